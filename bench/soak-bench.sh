#!/usr/bin/env bash
# Hostile clients beside normal traffic (issue 12): normal questions and /healthz from 127.0.0.1 alone for a third of
# the time, then for SECONDS beside 6 WebSocket clients that never read and keep subscribing to a chat with 500
# stored messages, 300 slowloris connections and 500 idle ones (from other loopback addresses). Prints normal
# traffic's p50/p99 and failures in both phases, and the server's heap before, at its peak and after.
# Usage: bench/soak-bench.sh [seconds, default 60] [normal clients, default 8]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECS="${1:-60}"; CLIENTS="${2:-8}"; PORT="${BENCH_PORT:-18084}"
OUT="$ROOT/bench/out/soak"
"$ROOT/redengine" build
source "$ROOT/bench/lib.sh"
rm -rf "$OUT"; mkdir -p "$OUT"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
"$JAVA" ${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC} --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -jar "$ROOT/target/redengine.jar" serve --port "$PORT" --host 127.0.0.1 --knowledge "$ROOT/knowledge" \
  --quizzes "$ROOT/quizzes" --data "$OUT/data" --no-watch --admin-token "$BENCH_TOKEN" 2>"$OUT/server.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
base="http://127.0.0.1:$PORT"
# the questions normal clients ask: the bundled FAQ's
awk -F, 'NR > 1 && $1 !~ /"/ {print $1}' "$ROOT"/knowledge/faq/*.csv | head -200 > "$OUT/questions.txt"
# a chat with 500 stored messages for the hostile clients to subscribe to, and a session that belongs to it
chat=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{}' "$base/api/session")
chat_token=$(sed 's/.*"token":"\([^"]*\)".*/\1/' <<<"$chat")
for i in $(seq 1 500); do echo "{\"user\":\"soak-m$((i % 50))\",\"group\":\"soak-g\",\"text\":\"@红色引擎助手 遵义会议是哪年召开的\"}"; done > "$OUT/fill.txt"
curl -sf -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $chat_token" \
  -d '{"group":"soak-g","text":"大家好"}' "$base/api/messages" >/dev/null # a member before the 500 messages
"$JAVA" "$ROOT/bench/PostOnce.java" "$OUT/fill.txt" "$base/api/messages" 16
"$JAVA" "$ROOT/bench/Soak.java" "$base" "$BENCH_TOKEN" "$OUT/questions.txt" "$chat_token" "$SECS" "$CLIENTS" | tee "$OUT/summary.txt"
echo "open connections refused or closed by the caps: see $OUT/server.log ($(grep -c 'connection refused' "$OUT/server.log" || true) rate-limited log lines)"
