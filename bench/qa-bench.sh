#!/usr/bin/env bash
# Question-answering throughput and latency over HTTP keep-alive, measured in one run beside a bare Netty server's
# static reply (bench/BareNetty.java) and GET /healthz: distinct answerable questions, a realistic repeat mix, and
# only repeated questions (the mix's 100 most frequent, answered from the cache).
# Needs: wrk (apt-get install wrk), ../shared/data/xxqg_challenge_tiku.json (to grow the knowledge base).
# Usage: bench/qa-bench.sh [seconds per run, default 20] [connections, default 16] [knowledge-base entries, default 2000]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECS="${1:-20}"; CONNS="${2:-16}"; ENTRIES="${3:-2000}"; THREADS=2; PORT="${BENCH_PORT:-18080}"; BARE_PORT=$((PORT + 1))
OUT="$ROOT/bench/out"; BANK="$ROOT/../shared/data/xxqg_challenge_tiku.json"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[[ -f "$BANK" ]] || { echo "missing $BANK" >&2; exit 1; }
"$ROOT/redengine" build
source "$ROOT/bench/lib.sh"
rm -rf "$OUT"; mkdir -p "$OUT"
"$JAVA" -cp "$ROOT/target/redengine.jar" "$ROOT/bench/MakeBenchData.java" "$ROOT/knowledge" "$BANK" "$OUT" "$ENTRIES"

"$JAVA" ${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC} --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -jar "$ROOT/target/redengine.jar" serve --port "$PORT" --host 127.0.0.1 \
  --knowledge "$OUT/kb" --data "$OUT/data" --no-watch --admin-token "$BENCH_TOKEN" 2>"$OUT/server.log" &
SERVER=$!
"$JAVA" -Xmx256m -cp "$ROOT/target/redengine.jar" "$ROOT/bench/BareNetty.java" "$BARE_PORT" 2>"$OUT/bare.log" &
BARE=$!
trap 'kill $SERVER $BARE 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$BARE_PORT/" >/dev/null && break; sleep 0.1; done
curl -s "http://127.0.0.1:$PORT/healthz"; echo

# the repeated load: the mix's 100 most frequent requests (each question already answered once, in the mix run)
sort "$OUT/mix.txt" | uniq -c | sort -rn | awk 'NR <= 100 { sub(/^ *[0-9]+ /, ""); print }' > "$OUT/repeated.txt"

# warm-up (JIT) on questions that are not among the measured ones
wrk -t$THREADS -c"$CONNS" -d10s -s "$ROOT/bench/post-bodies.lua" "http://127.0.0.1:$PORT/" -- "$OUT/warmup.txt" $THREADS >/dev/null
wrk -t$THREADS -c"$CONNS" -d5s "http://127.0.0.1:$BARE_PORT/" >/dev/null
{
  run_wrk bare-netty "http://127.0.0.1:$BARE_PORT/"
  run_wrk healthz "http://127.0.0.1:$PORT/healthz"
  run_wrk distinct -s "$ROOT/bench/post-bodies.lua" "http://127.0.0.1:$PORT/" -- "$OUT/distinct.txt" $THREADS
  run_wrk mix -s "$ROOT/bench/post-bodies.lua" "http://127.0.0.1:$PORT/" -- "$OUT/mix.txt" $THREADS
  run_wrk repeated -s "$ROOT/bench/post-bodies.lua" "http://127.0.0.1:$PORT/" -- "$OUT/repeated.txt" $THREADS
} | tee "$OUT/summary.txt"
print_ratios "$OUT/summary.txt"
