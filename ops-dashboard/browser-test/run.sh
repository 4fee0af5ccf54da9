#!/usr/bin/env bash
# The ops page in a real browser, through the gateway: headless Chromium from Debian (installed if missing, with a
# CJK font for the screenshots), driven by playwright-core from npm (the lock file's version; it downloads no
# browser). Uses the running platform, or starts it with ./unionhub up and stops it afterwards. Screenshots (the
# test's artefacts): ops-dashboard/target/browser-test/.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

if ! command -v chromium >/dev/null; then
  echo "browser test: installing Debian's chromium (apt-get)…"
  if [ "$(id -u)" = 0 ]; then SUDO=(); else SUDO=(sudo); fi
  "${SUDO[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null \
    || { echo "browser test: chromium is needed (apt-get install chromium)" >&2; exit 1; }
fi
command -v node >/dev/null || { echo "browser test: node is needed (apt-get install nodejs npm)" >&2; exit 1; }
(cd "$HERE" && [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --silent)

started_here=false
if ! curl -fsS -o /dev/null --max-time 2 http://127.0.0.1:8080/q/health/ready; then
  "$ROOT/unionhub" up
  started_here=true
fi
finish() { if $started_here; then "$ROOT/unionhub" down >/dev/null; fi; }
trap finish EXIT

OPS_TOKEN=$("$ROOT/unionhub" token --role ops --sub browser-test-ops) \
WORKER_TOKEN=$("$ROOT/unionhub" token --role worker --sub "browser-test-$(date +%s%N)") \
OUT_DIR="$ROOT/ops-dashboard/target/browser-test" \
  node "$HERE/page.test.mjs"
