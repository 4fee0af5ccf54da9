#!/usr/bin/env bash
# Cadre registrations per second through the running platform (./unionhub up: the packaged app in its prod profile,
# its own JVM, the real broker), against pgbench running the same statements on the same database: the ceiling of
# this machine. wrk drives it (a C client: its CPU is a small part of the box's, unlike a JVM client's); the service
# is first warmed until its rate settles (a fresh JVM gives a fifth of its steady rate while the JIT compiles the
# request path), and each measured run starts with the outbox drained. Needs wrk and pgbench (apt-get install wrk postgresql).
# It writes: every registration is a real cadre with its event, deleted again at the end (the events stay on the
# topic), so run it on a platform whose data may take that (the demo one).
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=training-service/bench
URL=${TRAINING_URL:-http://127.0.0.1:8081}
DB=(-h 127.0.0.1 -U training training)
export PGPASSWORD=${PGPASSWORD:-training}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v pgbench >/dev/null || { echo "pgbench is needed: apt-get install postgresql" >&2; exit 1; }
curl -fsS -o /dev/null "$URL/q/health/ready" || { echo "the training service is not ready at $URL: ./unionhub up" >&2; exit 1; }

TOKEN=$(./unionhub token --role union-staff --sub bench-registrar)
RUN=$(date +%s)
# the rows the relay still has to send (parked rows it never sends)
pending() { psql "${DB[@]}" -Atc "select count(*) from outbox where published_at is null and parked_at is null"; }
drained() {
  local deadline=$((SECONDS + 120))
  until [ "$(pending)" = 0 ]; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "the outbox did not drain in 2 minutes" >&2; exit 1; }
    sleep 1
  done
}
clean_up() {
  psql "${DB[@]}" -qc "delete from outbox where payload->>'district' in ('WrkBench', 'Pgbench');
    delete from cadre where district in ('WrkBench', 'Pgbench')" || true
}
trap clean_up EXIT
rate() { wrk -t2 -c16 -d15s -s "$BENCH/register-cadre.lua" "$URL" -- "$1" "$TOKEN" \
  | awk '/Non-2xx/ { print "failed requests: " $0 > "/dev/stderr"; exit 1 } /Requests\/sec/ { print $2 }'; }

# warm up until two rounds in a row agree within 10 % (at most 12 rounds, 3 minutes)
previous=0 settled=no
for round in $(seq 1 12); do
  current=$(rate "warm-$RUN-$round")
  echo "warm-up $round: $current registrations/s"
  if awk -v p="$previous" -v c="$current" 'BEGIN { exit !(p > 0 && c < p * 1.1 && c > p * 0.9) }'; then
    settled=yes
    break
  fi
  previous=$current
done
[ "$settled" = yes ] || echo "warning: the rate did not settle in 12 rounds; the figures below are not a steady state" >&2
measured=()
for round in 1 2; do
  drained
  measured+=("$(rate "run-$RUN-$round")")
  echo "measured $round: ${measured[-1]} registrations/s"
done
drained
name=$(psql "${DB[@]}" -Atc "select name from cadre where district = 'WrkBench' limit 1")
tps=$(pgbench -n -c 16 -j 2 -T 20 -D "name=$name" -f "$BENCH/register-cadre.pgbench.sql" "${DB[@]}" \
  | awk '/^tps/ { print $3 }')
echo "pgbench, the same statements, 16 clients: $tps transactions/s"
for rate in "${measured[@]}"; do
  awk -v r="$rate" -v t="$tps" 'BEGIN { printf "%.0f registrations/s = %.0f %% of the ceiling\n", r, 100 * r / t }'
done
