#!/usr/bin/env bash
# Messages per second with 1, 2 and 3 nodes sharing one PostgreSQL (started by the benchmark; needs root and
# /usr/lib/postgresql/*/bin), all on this machine, beside GET /healthz on one node. See bench/ClusterBench.java.
# Usage: bench/cluster-bench.sh [seconds, default 15] [total connections, default 48]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECS="${1:-15}"; CONNS="${2:-48}"; OUT="$ROOT/bench/out/cluster"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
"$ROOT/redengine" build
source <(sed -n '/^java_major()/,/^}/p;/^find_java_home()/,/^}/p' "$ROOT/redengine"); MIN_JAVA=21
export JAVA_HOME="$(find_java_home)"; export PATH="$JAVA_HOME/bin:$PATH"
(cd "$ROOT" && mvn -B -q -DskipTests test-compile && mvn -B -q dependency:build-classpath -Dmdep.outputFile=bench/out/cp.txt -Dmdep.includeScope=test)
rm -rf "$OUT"; mkdir -p "$OUT"
cd "$ROOT"
"$JAVA_HOME/bin/java" -cp "target/classes:target/test-classes:$(cat bench/out/cp.txt)" bench/ClusterBench.java "$ROOT" "$OUT" "$SECS" "$CONNS" \
  | tee "$OUT/summary.txt"
awk 'NR==1 {base=$2} {printf "%-16s %7.0f msg/s  worst p99 %-9s non-2xx %-5s ratio to healthz %.3f\n", $1, $2, $3, $4, $2/base}' "$OUT/summary.txt"
