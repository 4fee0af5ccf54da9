#!/usr/bin/env bash
# What the gateway costs: an authenticated GET (GET /api/training/tracks, a cadre's token) straight to the training
# service and through the gateway, same load, same run: wrk, 2 threads, 16 keep-alive connections, 10 s a round,
# rounds alternating so that drift hits each alike; medians of the measured rounds. Two loads: as fast as the box
# goes (saturated: wrk, gateway and service share its cores), and paced (each connection waits 8 ms between calls,
# paced.lua: a steady load the box carries either way, where the added time is the gateway's own). Two gateways of the built jar are
# started for it beside ./unionhub up's, on ports 18080 (rate limits off) and 18081 (rate limits on, with a limit no
# round reaches: every call takes its token from the bucket), as `up` starts apps (prod profile, same heap); the
# access log stays on, as in production. Needs wrk (apt-get install wrk) and ./unionhub up running.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-5}
DIRECT=http://127.0.0.1:8081
JAR=gateway/target/quarkus-app/quarkus-run.jar
LOGS=.unionhub/logs
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
curl -fsS -o /dev/null "$DIRECT/q/health/ready" || { echo "the training service is not ready at $DIRECT: ./unionhub up" >&2; exit 1; }
[ -f "$JAR" ] || { echo "no gateway jar: ./unionhub up builds it" >&2; exit 1; }

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop EXIT
start_gateway() { # port limits-enabled
  mkdir -p "$LOGS"
  QUARKUS_HTTP_PORT=$1 UNIONHUB_GATEWAY_RATE_LIMITS_ENABLED=$2 UNIONHUB_GATEWAY_RATE_LIMIT_CALLER=1000000000 \
    JWT_PUBLIC_KEY_LOCATION=dev-keys/unionhub-dev-public.pem \
    UNIONHUB_GATEWAY_SIGNING_KEY_LOCATION=kit-testing/src/main/resources/dev-keys/unionhub-dev-private.pem \
    java -Xms32m -Xmx256m -XX:+UseSerialGC -Dvertx.disableURIValidation=true -Dvertx.disableHttpHeadersValidation=true -jar "$JAR" \
    >"$LOGS/bench-gateway-$1.log" 2>&1 &
  pids+=($!)
}
start_gateway 18080 false
start_gateway 18081 true
for port in 18080 18081; do
  for _ in $(seq 1 120); do curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null && break; sleep 0.5; done
  curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" || { echo "the gateway on $port did not start: $LOGS/bench-gateway-$port.log" >&2; exit 1; }
done

TOKEN=$(./unionhub token --role cadre --sub bench-reader --hours 1)
PATH_=/api/training/tracks
# requests/s, p50 and p99 in ms of one round; a round with a non-2xx answer is a failure
round() { # url [wrk options]
  local url=$1; shift
  wrk -t2 -c16 -d10s --latency "$@" -H "Authorization: Bearer $TOKEN" "$url$PATH_" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Non-2xx/ { print "non-2xx answers: " $0 > "/dev/stderr"; bad = 1 }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } /Requests\/sec/ { rps = $2 }
    END { if (bad) exit 1; printf "%s %.3f %.3f\n", rps, p50, p99 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A TARGET=([direct]=$DIRECT [gateway]=http://127.0.0.1:18080 [gateway+limits]=http://127.0.0.1:18081)
ORDER=(direct gateway gateway+limits)
echo "warming up (a round each, twice)…"
for _ in 1 2; do for name in "${ORDER[@]}"; do round "${TARGET[$name]}" >/dev/null; done; done

measure() { # label [wrk options]
  local label=$1; shift
  declare -A results
  for r in $(seq 1 "$ROUNDS"); do
    for name in "${ORDER[@]}"; do
      line=$(round "${TARGET[$name]}" "$@")
      echo "$label round $r $name: $line (req/s p50-ms p99-ms)"
      results[$name]+="$line"$'\n'
    done
  done
  echo
  echo "$label:"
  echo "| path | requests/s (median of $ROUNDS) | p50 ms | p99 ms | throughput vs direct | p50 added |"
  echo "|---|---|---|---|---|---|"
  local d_rps d_p50 rps p50 p99
  d_rps=$(printf '%s' "${results[direct]}" | awk '{ print $1 }' | median)
  d_p50=$(printf '%s' "${results[direct]}" | awk '{ print $2 }' | median)
  for name in "${ORDER[@]}"; do
    rps=$(printf '%s' "${results[$name]}" | awk '{ print $1 }' | median)
    p50=$(printf '%s' "${results[$name]}" | awk '{ print $2 }' | median)
    p99=$(printf '%s' "${results[$name]}" | awk '{ print $3 }' | median)
    awk -v n="$name" -v r="$rps" -v p="$p50" -v q="$p99" -v dr="$d_rps" -v dp="$d_p50" \
      'BEGIN { printf "| %s | %.0f | %.2f | %.2f | %.0f %% | %+.2f ms |\n", n, r, p, q, 100 * r / dr, p - dp }'
  done
  echo
}
measure saturated
measure paced -s gateway/bench/paced.lua
