#!/usr/bin/env bash
# Benchmark: import + SHACL validation of the Foggia Allegato C, cold and hot, and peak heap.
# Usage: bash bench/import-validate.sh [fresh-JVM runs, default 5]
# Needs JAVA_HOME pointing to a JDK 21+. Prints one line per fresh JVM (its first round is the cold figure) and
# the medians over those JVMs. Compare figures from one run of this script, never across machines.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
lines=()
for i in $(seq 1 "$runs"); do
  line=$("$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" it.cciaa.organigramma.benchmark.ImportValidateBenchmark 5 20 2>/dev/null)
  echo "run $i: $line"
  lines+=("$line")
done
printf '%s\n' "${lines[@]}" | python3 -c '
import sys, statistics, re
rows = [dict(re.findall(r"(\w+)=([\d.]+)", l)) for l in sys.stdin]
for key in ("cold_ms", "hot_median_ms", "hot_p90_ms", "peak_heap_mib"):
    print(f"median {key} over {len(rows)} JVMs: {statistics.median(float(r[key]) for r in rows):.1f}")
cold = statistics.median(float(r["cold_ms"]) for r in rows)
hot = statistics.median(float(r["hot_median_ms"]) for r in rows)
print(f"cold/hot ratio: {cold / hot:.1f}")
'
