#!/usr/bin/env bash
# Contests under load: 1,000 contests running at once on one node, members answering over HTTP (the answer path:
# parse, find the group's open question, check, store the first answer with its score and points), measured beside
# GET /healthz in the same run; then how soon after its deadline a question's result is posted.
# Usage: bench/contest-bench.sh [groups, default 1000] [members per group, default 100] [seconds, default 15]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
GROUPS_N="${1:-1000}"; MEMBERS="${2:-100}"; SECS="${3:-15}"; CONNS="${BENCH_CONNS:-64}"; THREADS=2; PORT="${BENCH_PORT:-18082}"
OUT="$ROOT/bench/out/contest"; TOKEN="${BENCH_TOKEN:-bench-admin}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
"$ROOT/redengine" build
source "$ROOT/bench/lib.sh"
rm -rf "$OUT"; mkdir -p "$OUT/quizzes"
{
  echo "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,分类,难度,来源"
  for i in 1 2 3; do echo "单选,压测题$i：选A,甲,乙,丙,,,,A,答案是甲。,,,"; done
} > "$OUT/quizzes/竞赛压测.csv"
"$JAVA" "$ROOT/bench/MakeContestBench.java" "$OUT" "$GROUPS_N" "$MEMBERS"
"$JAVA" ${BENCH_JAVA_OPTS:--Xmx2g -XX:+UseParallelGC} --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -jar "$ROOT/target/redengine.jar" serve --port "$PORT" --host 127.0.0.1 --knowledge "$ROOT/knowledge" \
  --quizzes "$OUT/quizzes" --data "$OUT/data" --no-watch --admin-token "$TOKEN" 2>"$OUT/server.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
curl -sf -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" -d '{"user":"boss","role":"admin"}' "http://127.0.0.1:$PORT/api/admin/roles" >/dev/null

once() { # sends every body of a file once, in parallel
  "$JAVA" "$ROOT/bench/PostOnce.java" "$1" "http://127.0.0.1:$PORT/api/messages" 32
}
echo "members join: $(wc -l < "$OUT/join.txt") messages"; once "$OUT/join.txt"
echo "contests start: $GROUPS_N"; once "$OUT/start.txt"
{
  run_wrk healthz "http://127.0.0.1:$PORT/healthz"
  run_wrk answers -s "$ROOT/bench/post-bodies.lua" "http://127.0.0.1:$PORT/" -- "$OUT/answers.txt" $THREADS
} | tee "$OUT/summary.txt"
print_ratios "$OUT/summary.txt"
answers=$(wc -l < "$OUT/answers.txt"); sent=$(awk '/^answers /{printf "%d", $2 * '"$SECS"'}' "$OUT/summary.txt")
echo "answer bodies: $answers (one per member); answers sent: about $sent"
echo "(while sent <= bodies every request is a member's first answer, the full path: check, score, store, points)"
echo "one contest in a group of 500, every member answering at once:"
"$JAVA" "$ROOT/bench/ContestLatency.java" "http://127.0.0.1:$PORT" "$TOKEN" 500
