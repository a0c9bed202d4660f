#!/usr/bin/env bash
# Acknowledged (committed, durable) single-row writes per second through Database.write: embedded SQLite
# (WAL, synchronous=FULL) and a throw-away PostgreSQL started by the benchmark (needs root and
# /usr/lib/postgresql/*/bin; skipped otherwise). Prints a Markdown table on stdout.
# Usage: bench/storage-bench.sh [--clients N (64)] [--seconds S (10)] [--skip-postgres]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/bench/out"
command -v mvn >/dev/null || { echo "mvn is missing: apt-get install maven" >&2; exit 1; }
source <(sed -n '/^java_major()/,/^}/p;/^find_java_home()/,/^}/p' "$ROOT/redengine"); MIN_JAVA=21
export JAVA_HOME="$(find_java_home)"
export PATH="$JAVA_HOME/bin:$PATH"
mkdir -p "$OUT"

(cd "$ROOT" && mvn -B -q -DskipTests package test-compile)
(cd "$ROOT" && mvn -B -q dependency:build-classpath -Dmdep.outputFile=bench/out/cp.txt -Dmdep.includeScope=test)

cd "$ROOT"
REDENGINE_LOG_LEVEL="${REDENGINE_LOG_LEVEL:-WARN}" "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC} \
  --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 \
  -cp "target/classes:target/test-classes:$(cat bench/out/cp.txt)" bench/StorageBench.java "$@"
