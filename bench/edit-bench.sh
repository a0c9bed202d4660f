#!/usr/bin/env bash
# Knowledge edits at 10,000 entries while questions are being answered, and start-up with that knowledge base.
# Needs: wrk, ../shared/data/xxqg_challenge_tiku.json.
# Usage: bench/edit-bench.sh [edits, default 50] [seconds of answering load, default 40]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
EDITS="${1:-50}"; LOAD_SECS="${2:-40}"; THREADS=2; CONNS=16; PORT="${BENCH_PORT:-18081}"
OUT="$ROOT/bench/out-edit"; BANK="$ROOT/../shared/data/xxqg_challenge_tiku.json"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[[ -f "$BANK" ]] || { echo "missing $BANK" >&2; exit 1; }
"$ROOT/redengine" build
source "$ROOT/bench/lib.sh"
# KEEP_EMBEDDINGS=1 keeps the sentence vectors of an earlier run (the first start then skips encoding 10,000 sentences)
if [[ "${KEEP_EMBEDDINGS:-0}" == 1 && -d "$OUT/data/embeddings" ]]; then
  mv "$OUT/data/embeddings" /tmp/edit-bench-embeddings.$$; rm -rf "$OUT"; mkdir -p "$OUT/data"; mv /tmp/edit-bench-embeddings.$$ "$OUT/data/embeddings"
  FIRST="first start (fresh data directory, sentence vectors kept from an earlier run)"
else
  rm -rf "$OUT"; mkdir -p "$OUT"; FIRST="first start (fresh data directory: every sentence encoded once)"
fi
"$JAVA" -cp "$ROOT/target/redengine.jar" "$ROOT/bench/MakeBenchData.java" "$ROOT/knowledge" "$BANK" "$OUT" 10000

start_server() { # starts the server in the background; sets SERVER and STARTUP_MS (launch to /healthz answering 200)
  local t0; t0=$(date +%s%N)
  "$JAVA" -Xmx1g -XX:+UseParallelGC --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -jar "$ROOT/target/redengine.jar" serve --port "$PORT" --host 127.0.0.1 \
    --knowledge "$OUT/kb" --data "$OUT/data" --admin-token "$BENCH_TOKEN" >>"$OUT/server.log" 2>&1 &
  SERVER=$!
  until curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null; do sleep 0.05; done
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop_server() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; }
trap 'kill ${SERVER:-0} 2>/dev/null || true' EXIT

start_server; echo "$FIRST: $STARTUP_MS ms"
stop_server
for i in 1 2 3; do
  start_server; echo "restart $i (unchanged knowledge base: saved index, cached sentence vectors): $STARTUP_MS ms"
  [[ $i == 3 ]] || stop_server
done
curl -s "http://127.0.0.1:$PORT/healthz" | head -c 300; echo

wrk -t$THREADS -c$CONNS -d10s -s "$ROOT/bench/post-bodies.lua" "http://127.0.0.1:$PORT/" -- "$OUT/warmup.txt" $THREADS >/dev/null
wrk -t$THREADS -c$CONNS -d"${LOAD_SECS}s" --latency -s "$ROOT/bench/post-bodies.lua" "http://127.0.0.1:$PORT/" -- "$OUT/distinct.txt" $THREADS > "$OUT/load.txt" &
LOAD=$!
sleep 2
"$JAVA" -cp "$ROOT/target/redengine.jar" "$ROOT/bench/EditLatency.java" "http://127.0.0.1:$PORT" "$EDITS"
wait $LOAD
echo "answering load during the edits: $(awk '/Requests\/sec/ {print $2}' "$OUT/load.txt") questions/s, p99 $(awk '$1=="99%" {print $2}' "$OUT/load.txt"), non-2xx $(awk '/Non-2xx/ {print $5}' "$OUT/load.txt")"
grep -c "updated (" "$OUT/server.log" | sed 's/^/index generations made by update: /'
grep -c " built in " "$OUT/server.log" | sed 's/^/index generations built whole (start-ups included): /'
