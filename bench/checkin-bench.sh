#!/usr/bin/env bash
# Check-ins and reports under load.
# 1. GROUPS groups of MEMBERS members all check in within one minute (every member once with a note, one in five
#    twice), sent evenly over 60 s; then as a burst (as fast as CONCURRENCY connections allow) by as many other
#    members; then every check-in is counted through the admin report API. GET /healthz is timed the same ways in
#    the same run, as the baseline.
# 2. A year of activity for a 500-member group is written into the database, and the month report
#    (GET /api/admin/reports?month=…) is timed 30 times.
# Usage: bench/checkin-bench.sh [groups, default 200] [members per group, default 50] [concurrency, default 64]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
GROUPS_N="${1:-200}"; MEMBERS="${2:-50}"; CONC="${3:-64}"; PORT="${BENCH_PORT:-18083}"
OUT="$ROOT/bench/out/checkin"; TOKEN="${BENCH_TOKEN:-bench-admin}"
"$ROOT/redengine" build
source "$ROOT/bench/lib.sh"
rm -rf "$OUT"; mkdir -p "$OUT"
"$JAVA" "$ROOT/bench/MakeCheckinBench.java" "$OUT" "$GROUPS_N" "$MEMBERS"
serve() {
  "$JAVA" ${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC} --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
    -jar "$ROOT/target/redengine.jar" serve --port "$PORT" --host 127.0.0.1 --knowledge "$ROOT/knowledge" \
    --quizzes "$ROOT/quizzes" --data "$OUT/data" --no-watch --admin-token "$TOKEN" 2>>"$OUT/server.log" &
  SERVER=$!
  for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
}
serve
trap 'kill $SERVER 2>/dev/null || true' EXIT
timed() { "$JAVA" "$ROOT/bench/TimedRequests.java" "$@"; }
total=$(wc -l < "$OUT/checkins.txt")
echo "name count seconds rate p50 p99 max failed"
rate=$(awk -v n="$total" 'BEGIN {printf "%.1f", n / 60}')
timed warm-up "GET:20000" "http://127.0.0.1:$PORT/healthz" "$CONC" >/dev/null
{
  timed healthz-minute "GET:$total" "http://127.0.0.1:$PORT/healthz" "$CONC" "$rate"
  timed checkins-minute "$OUT/checkins.txt" "http://127.0.0.1:$PORT/api/messages" "$CONC" "$rate"
  timed healthz-burst "GET:$total" "http://127.0.0.1:$PORT/healthz" "$CONC"
  timed checkins-burst "$OUT/burst.txt" "http://127.0.0.1:$PORT/api/messages" "$CONC"
} > "$OUT/summary.txt"
awk '{printf "%-16s %6d requests in %5.2f s: %6.0f/s  p50 %-8s p99 %-8s max %-9s failed %d\n", $1, $2, $3, $4, $5, $6, $7, $8}' "$OUT/summary.txt"
awk '/healthz-burst/ {h=$4} /checkins-burst/ {c=$4} END {printf "burst rate ratio to healthz: %.3f\n", c/h}' "$OUT/summary.txt"
month=$(TZ=Asia/Shanghai date +%Y-%m)
counted=0
for g in $(seq 0 $((GROUPS_N - 1))); do
  n=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/admin/reports?group=checkin-g$g&month=$month" | grep -o '"checkIns":[0-9]*' | head -1 | cut -d: -f2)
  counted=$((counted + n))
done
echo "check-ins recorded: $counted for $((2 * GROUPS_N * MEMBERS)) members (each exactly once: $([[ $counted == $((2 * GROUPS_N * MEMBERS)) ]] && echo yes || echo NO))"

kill $SERVER; wait $SERVER 2>/dev/null || true
last=$(TZ=Asia/Shanghai date +%Y-%m-%d)
"$JAVA" -cp "$ROOT/target/redengine.jar" "$ROOT/bench/MakeYearOfData.java" "$OUT/data/redengine.db" report-g 500 "$last"
serve
report="http://127.0.0.1:$PORT/api/admin/reports?group=report-g&month=$month"
curl -sf -H "Authorization: Bearer $TOKEN" "$report" > "$OUT/report.json"
times=$(for _ in $(seq 1 30); do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$report"; done | sort -n)
base=$(for _ in $(seq 1 30); do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORT/healthz"; done | sort -n)
med() { sed -n 15p <<<"$1"; }
echo "month report, 500 members, a year of data ($(grep -o '"checkIns":[0-9]*' "$OUT/report.json" | head -1) this month):" \
  "median $(awk '{printf "%.1f ms", $1*1000}' <<<"$(med "$times")"), slowest $(tail -1 <<<"$times" | awk '{printf "%.1f ms", $1*1000}')" \
  "of 30; GET /healthz median $(awk '{printf "%.1f ms", $1*1000}' <<<"$(med "$base")")"
