# Shared by the benchmark scripts: find a JDK 21+ like the launcher does, and run wrk with a one-line summary.
# shellcheck shell=bash
source <(sed -n '/^java_major()/,/^}/p;/^find_java_home()/,/^}/p' "$ROOT/redengine"); MIN_JAVA=21
JAVA="$(find_java_home)/bin/java"
# benchmarks speak for many web users at once: with the admin token a client may (automation), where a browser
# would hold one session per user
export BENCH_TOKEN="${BENCH_TOKEN:-bench-admin}"

# run_wrk NAME WRK-ARGS… : runs wrk with --latency, keeps its output in $OUT/result-NAME.txt and prints
# "NAME requests/s p99 non-2xx"
run_wrk() {
  local name="$1"; shift
  wrk -t"$THREADS" -c"$CONNS" -d"${SECS}s" --latency "$@" > "$OUT/result-$name.txt"
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/result-$name.txt")
  p99=$(awk '$1=="99%" {print $2}' "$OUT/result-$name.txt")
  errors=$(awk '/Non-2xx/ {print $5}' "$OUT/result-$name.txt"); errors=${errors:-0}
  echo "$name $rps $p99 $errors"
}

# print_ratios FILE : the summary lines of FILE as a table, each rate as a ratio to the first line's
print_ratios() {
  awk 'NR==1 {base=$2; first=$1} {printf "%-13s %10.0f req/s  p99 %-9s non-2xx %-6s ratio to %s %.3f\n", $1, $2, $3, $4, first, $2/base}' "$1"
}
