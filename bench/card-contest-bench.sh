#!/usr/bin/env bash
# A live contest on WeCom robot cards: MEMBERS members of one group tap an option at once (plus redelivered and
# second taps), over the robot's long connection to a local fake of the platform; checks every first tap is
# scored exactly once and reports taps/s beside the baseline of the same members' @-mentions in the same run.
# Usage: bench/card-contest-bench.sh [members, default 500]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
MEMBERS="${1:-500}"; PORT="${BENCH_PORT:-18083}"; OUT="$ROOT/bench/out/card-contest"; TOKEN="${BENCH_TOKEN:-bench-admin}"
"$ROOT/redengine" build
source "$ROOT/bench/lib.sh"
rm -rf "$OUT"; mkdir -p "$OUT/quizzes"
{
  echo "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,分类,难度,来源"
  echo "单选,遵义会议是哪一年召开的？,1921年,1935年,1949年,1978年,,,B,遵义会议于1935年1月召开。,党史,易,压测"
} > "$OUT/quizzes/卡片压测.csv"
"$JAVA" -cp "$ROOT/target/redengine.jar" "$ROOT/bench/CardContestBench.java" "$OUT/platform.port" "http://127.0.0.1:$PORT" "$TOKEN" "$MEMBERS" &
BENCH=$!
for _ in $(seq 1 300); do [ -s "$OUT/platform.port" ] && break; sleep 0.1; done
"$JAVA" ${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC} --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -jar "$ROOT/target/redengine.jar" serve --port "$PORT" --host 127.0.0.1 --knowledge "$ROOT/knowledge" \
  --quizzes "$OUT/quizzes" --data "$OUT/data" --no-watch --admin-token "$TOKEN" \
  --wecom-bot-id bench-bot --wecom-bot-secret bench-secret --wecom-bot-url "ws://127.0.0.1:$(cat "$OUT/platform.port")/" 2>"$OUT/server.log" >/dev/null &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; kill $BENCH 2>/dev/null || true' EXIT
wait $BENCH
