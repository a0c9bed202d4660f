#!/usr/bin/env bash
# In-process answering latency per distinct question (issue 13): p50/p99 with the sentence model, and without it in
# the same run. Needs ../shared/data/xxqg_challenge_tiku.json (the distractor bank). Usage: bench/answer-latency.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
"$ROOT/redengine" build
source "$ROOT/bench/lib.sh"
mkdir -p "$ROOT/bench/out"
cd "$ROOT"
"$JAVA" -Xmx2g --add-modules jdk.incubator.vector -cp "$ROOT/target/redengine.jar" "$ROOT/bench/AnswerLatency.java" "$ROOT" \
  "$ROOT/../shared/data/xxqg_challenge_tiku.json" "$ROOT/bench/out/embeddings" 2>/dev/null
