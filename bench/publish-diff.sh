#!/usr/bin/env bash
# Benchmark: publishing a second edition (import, validation, the one write transaction) and the diff between two
# editions, into the service's store (embedded Fuseki over TDB2) and into TDB2 opened directly (publish --data-dir).
# Usage: bash bench/publish-diff.sh [warm-up rounds, default 2] [timed rounds, default 7]
# Needs JAVA_HOME pointing to a JDK 21+. Prints the median of each phase over the timed rounds of one JVM; compare
# figures from one run of this script, never across machines.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" it.cciaa.organigramma.benchmark.PublishDiffBenchmark "${1:-2}" "${2:-7}" \
  2>/dev/null | tr ' ' '\n'
