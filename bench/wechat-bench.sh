#!/usr/bin/env bash
# WeChat callbacks end to end (safe mode: decrypt, answer from the knowledge base, store, encrypt the reply)
# beside plaintext-mode callbacks, each mode on its own server (safe mode refuses plaintext) beside GET /healthz on that
# server, in one run, with wrk over keep-alive.
# Needs wrk and the bench data of qa-bench.sh (bench/out/mix.txt, bench/out/kb); run bench/qa-bench.sh first.
# Usage: bench/wechat-bench.sh [seconds per run, default 20] [connections, default 16]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECS="${1:-20}"; CONNS="${2:-16}"; THREADS=2; PORT="${BENCH_PORT:-18081}"
OUT="$ROOT/bench/out"; TOKEN=benchtoken; AES=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG; APPID=wxbench
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[[ -f "$OUT/mix.txt" && -d "$OUT/kb" ]] || { echo "run bench/qa-bench.sh first (it makes bench/out/kb and mix.txt)" >&2; exit 1; }
"$ROOT/redengine" build
source "$ROOT/bench/lib.sh"
"$JAVA" -cp "$ROOT/target/redengine.jar" "$ROOT/bench/MakeWeChatBench.java" "$OUT/mix.txt" "$OUT" 200000 "$TOKEN" "$AES" "$APPID"
# a server in safe mode accepts only encrypted callbacks, so each mode gets its own server, each with its baseline
serve() { # serve DATA-DIR [extra options]
  local data="$1"; shift
  rm -rf "$data"
  "$JAVA" ${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC} --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
    -jar "$ROOT/target/redengine.jar" serve --port "$PORT" --host 127.0.0.1 --knowledge "$OUT/kb" --data "$data" \
    --no-watch --wechat-token "$TOKEN" --wechat-appid "$APPID" --wechat-replay-window 3600 "$@" 2>>"$OUT/wechat-server.log" &
  SERVER=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
}
trap 'kill $SERVER 2>/dev/null || true' EXIT
SUMMARY="$OUT/wechat-summary.txt"; : > "$SUMMARY"
serve "$OUT/wechat-plain-data"
# warm-up (JIT) on the second half of the requests (the measured runs start at the beginning)
wrk -t$THREADS -c"$CONNS" -d10s -s "$ROOT/bench/wechat-requests.lua" "http://127.0.0.1:$PORT/" -- "$OUT/wechat-plain.txt" $THREADS >/dev/null
run_wrk healthz "http://127.0.0.1:$PORT/healthz" | tee -a "$SUMMARY"
run_wrk wechat-plain -s "$ROOT/bench/wechat-requests.lua" "http://127.0.0.1:$PORT/" -- "$OUT/wechat-plain.txt" $THREADS | tee -a "$SUMMARY"
kill $SERVER; wait $SERVER 2>/dev/null || true
serve "$OUT/wechat-safe-data" --wechat-aes-key "$AES"
wrk -t$THREADS -c"$CONNS" -d10s -s "$ROOT/bench/wechat-requests.lua" "http://127.0.0.1:$PORT/" -- "$OUT/wechat-safe.txt" $THREADS >/dev/null
run_wrk healthz-safe "http://127.0.0.1:$PORT/healthz" | tee -a "$SUMMARY"
run_wrk wechat-safe -s "$ROOT/bench/wechat-requests.lua" "http://127.0.0.1:$PORT/" -- "$OUT/wechat-safe.txt" $THREADS | tee -a "$SUMMARY"
print_ratios "$SUMMARY"
