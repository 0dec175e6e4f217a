#!/usr/bin/env bash
# Benchmark: the national graph. Publishes synthetic chambers (the generate command turns the Foggia document into
# plausible chambers' documents, marked synthetic) into one running service, over HTTP as an editor would, and at
# N = 1, 10, 100 chambers (first editions) and then 100 x up to 5 editions measures, in one run:
#   triples in the store, publish time per chamber (median of that step's publications), start time (restart on
#   the loaded store to first answer), dumps s (from then until the background whole-store dumps are on disk; the
#   routes are measured after), unit page p50/p99 and cross-chamber view p50/p99 (wrk, fixed connections),
#   search p50, heap after a full GC (jcmd), disk of the embedded store after compaction (each step restarts the
#   service, which compacts a store changed since its last start). Each route is warmed up 3 s before it is measured.
# Usage: bash bench/national.sh [chambers, default 100] [seconds per wrk route, default 10] [connections, default 8]
#   KEEP=1 keeps the working directory (the store, the service log, the documents) for a look afterwards.
# Needs JAVA_HOME (JDK 21+), the packaged jar (mvn -q package -DskipTests), wrk and curl (apt-get install -y wrk curl).
# Not a test: it takes about 20-30 minutes at 100 chambers on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
chambers=${1:-100}
seconds=${2:-10}
connections=${3:-8}
port=${PORT:-18090}
heap=${HEAP:-1g}
jar=${JAR:-target/organigramma-kg.jar}
java=${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
work=$(mktemp -d)
data=$work/run
password=bench-editor-password
hash=$(echo "$password" | "$java" -jar "$jar" hash-password 2>/dev/null | tail -1)
export KG_USERS="bench=editor:$hash"
base="http://127.0.0.1:$port"
pid=
stop_service() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi; }
trap 'stop_service; [ -n "${KEEP:-}" ] && echo "kept $work" >&2 || rm -rf "$work"' EXIT

start_service() { # sets start_ms: from start to ready (the store loaded, the first edition published if empty)
  local begin; begin=$(date +%s%N)
  "$java" -Xmx"$heap" -jar "$jar" serve --port "$port" --data-dir "$data" >>"$work/service.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness")" = 200 ] \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: application/json' "$base/enti")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "the service died:" >&2; tail -30 "$work/service.log" >&2; exit 1; }
    sleep 0.1
  done
  start_ms=$(( ($(date +%s%N) - begin) / 1000000 ))
}

publish() { # file date -> ms
  local begin code; begin=$(date +%s%N)
  code=$(curl -s -o "$work/answer.json" -w '%{http_code}' -u "bench:$password" -H 'Content-Type: text/plain; charset=UTF-8' \
    -H 'Accept: application/json' --data-binary @"$1" "$base/admin/edizioni?data=$2")
  if [ "$code" != 201 ] && [ "$code" != 200 ]; then echo "publication of $1 answered $code:" >&2; cat "$work/answer.json" >&2; exit 1; fi
  echo $(( ($(date +%s%N) - begin) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else print a[int((NR+1)/2)]}'; }

wrk_run() { # path accept -> "p50 p99"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Accept: $2" "$base$1" >"$work/wrk.txt"
  echo "$(awk '$1=="50%"{print $2}' "$work/wrk.txt") $(awk '$1=="99%"{print $2}' "$work/wrk.txt")"
}

triples() { # every quad of the store, counted by the embedded Fuseki itself (the public endpoint stops at 10 s)
  local fuseki
  fuseki=$(grep -o 'Embedded Fuseki over TDB2 at .* on http://[^ ]*' "$work/service.log" | tail -1 | awk '{print $NF}')
  curl -s -H 'Accept: text/csv' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' \
    "$fuseki" | tail -1 | tr -d '\r'
}

heap_after_gc() { # MB used after a full collection
  "$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null
  "$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K","",v); print int(v/1024); exit}}'
}

disk_mb() { # MB of disk blocks the TDB2 database uses (after the start's compaction, when the step restarts)
  echo $(( $(du -sk "$data/tdb2" | cut -f1) / 1024 ))
}

echo "generating $chambers synthetic chambers..." >&2
"$java" -jar "$jar" generate --chambers "$chambers" --seed 1 --max-editions 5 --out "$work/chambers" >&2
mapfile -t dirs < <(find "$work/chambers" -mindepth 1 -maxdepth 1 -type d | sort)

echo "| step | chambers | editions | triples | publish ms/chamber (median) | start ms | dumps s | unit p50 | unit p99 | cross-chamber p50 | cross-chamber p99 | search p50 | heap MB after GC | disk MB | disk MB/chamber |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
start_service
published=0
editions=0
step() { # name
  local name=$1 unit cross search heapmb disk unitpath dumped
  dumped=$(grep -c "whole-store dumps" "$work/service.log" || true)
  stop_service
  start_service # compacts the store, changed since the last start
  disk=$(disk_mb)
  # The whole-store dumps of a changed store are written in the background after start: measure once they are done.
  local waited=0
  until [ "$(grep -c "whole-store dumps" "$work/service.log" || true)" -gt "$dumped" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "the service died:" >&2; tail -30 "$work/service.log" >&2; exit 1; }
    sleep 1; waited=$((waited + 1))
  done
  unitpath=$(curl -s -H 'Accept: text/csv' "$base/api/queries/organigram/units?format=csv" | tail -n +2 | cut -d, -f1 \
    | grep support-unit | tail -1 | sed "s#^https://w3id.org/organigramma-kg##")
  for path in "$unitpath" "/api/queries/national/activity-across-chambers?activity=C2.6.1.1" "/api/search?q=protesti"; do
    wrk -t2 -c"$connections" -d3s "$base$path" >/dev/null # warm-up: every step measures a warmed service
  done
  unit=$(wrk_run "$unitpath" "text/html")
  cross=$(wrk_run "/api/queries/national/activity-across-chambers?activity=C2.6.1.1" "application/json")
  search=$(wrk_run "/api/search?q=protesti" "application/json")
  heapmb=$(heap_after_gc)
  echo "| $name | $published | $editions | $(triples) | $(median <"$work/publish-$name.txt") | $start_ms | $waited | ${unit% *} | ${unit#* } | ${cross% *} | ${cross#* } | ${search% *} | $heapmb | $disk | $(awk -v d="$disk" -v n="$published" 'BEGIN {printf "%.1f", d/n}') |"
}

# The seed (Foggia) is the first chamber; then the synthetic chambers' first editions, in steps.
: >"$work/publish-N=1.txt"
published=1; editions=1
step "N=1"
for target in 10 100; do
  [ "$target" -le $((chambers + 1)) ] || continue
  : >"$work/publish-N=$target.txt"
  while [ "$published" -lt "$target" ]; do
    dir=${dirs[$((published - 1))]}
    first=$(ls "$dir" | sort | head -1)
    publish "$dir/$first" "${first%.txt}" >>"$work/publish-N=$target.txt"
    published=$((published + 1)); editions=$((editions + 1))
  done
  step "N=$target"
done
: >"$work/publish-editions.txt"
for dir in "${dirs[@]:0:$((published - 1))}"; do
  for file in $(ls "$dir" | sort | tail -n +2); do
    publish "$dir/$file" "${file%.txt}" >>"$work/publish-editions.txt"
    editions=$((editions + 1))
  done
done
cp "$work/publish-editions.txt" "$work/publish-all editions.txt"
step "all editions"
echo
echo "publish time into a store of 1 chamber: $(head -1 "$work/publish-N=10.txt") ms; median of the last 10 publications at N=100: $(tail -10 "$work/publish-N=100.txt" 2>/dev/null | median) ms"
