#!/usr/bin/env bash
# Benchmark: latency of the running service under a fixed concurrency, and the time from start to first answer.
# Usage: bash bench/http-latency.sh [connections, default 8] [seconds per route, default 20]
# Needs JAVA_HOME (JDK 21+), the packaged jar (mvn -q package -DskipTests) and wrk (apt-get install wrk).
# Measures, in one run: start -> first 200 of a unit page (fresh data directory: includes loading the store),
# the first (uncached) visit of every unit page, then median and 99th percentile of a unit page (HTML, its queries'
# answers cached per store version after the first visit), its Turtle form and a simple /sparql query.
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-8}
seconds=${2:-20}
port=${PORT:-18080}
jar=${JAR:-target/organigramma-kg.jar}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
data=$(mktemp -d)
unit=/data/organization/support-unit/cciaa-di-foggia/ufficio-2-1
start=$(date +%s%N)
# Every client of this benchmark comes from 127.0.0.1: lift the per-address share of the public SPARQL slots.
KG_SLOTS_PER_CLIENT=1000 "$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" serve --port "$port" --data-dir "$data" >"$data/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: text/html' "http://127.0.0.1:$port$unit")" = 200 ]; do
  kill -0 $pid 2>/dev/null || { echo "the service died:"; tail -20 "$data/service.log"; exit 1; }
  sleep 0.1
done
echo "start to first answer (fresh store, includes loading it): $(( ($(date +%s%N) - start) / 1000000 )) ms"
# First visit of every unit page (nothing cached yet: the page's queries all reach the store), one at a time.
curl -s "http://127.0.0.1:$port/api/queries/organigram/units?format=csv" | tail -n +2 | cut -d, -f1 \
  | sed "s#^https://w3id.org/organigramma-kg##" >"$data/units.txt"
while read -r path; do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Accept: text/html' "http://127.0.0.1:$port$path"
done <"$data/units.txt" | sort -n >"$data/first.txt"
echo "first visit of each of the $(wc -l <"$data/units.txt") unit pages, sequential: median $(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]*1000}' "$data/first.txt") ms, max $(tail -1 "$data/first.txt" | awk '{print $1*1000}') ms"
query=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("SELECT ?unit ?name WHERE { GRAPH ?g { ?unit <http://www.w3.org/2004/02/skos/core#prefLabel> ?name } } LIMIT 10"))')
run() {
  local name=$1 accept=$2 path=$3
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Accept: $accept" "http://127.0.0.1:$port$path" >"$data/wrk.txt"
  local p50 p99 rps
  p50=$(awk '$1=="50%"{print $2}' "$data/wrk.txt")
  p99=$(awk '$1=="99%"{print $2}' "$data/wrk.txt")
  rps=$(awk '/Requests\/sec/{print $2}' "$data/wrk.txt")
  echo "$name: median $p50, p99 $p99, $rps req/s ($connections connections, ${seconds}s)"
}
run "unit page (HTML)" "text/html" "$unit"
run "unit page (Turtle)" "text/turtle" "$unit"
run "simple /sparql SELECT" "application/sparql-results+json" "/sparql?query=$query"
