#!/usr/bin/env bash
# Benchmark: this service against a standalone Fuseki 6.2 on the same data, measured in one run (issue 10).
# Usage: bash bench/compare.sh [connections, default 8] [seconds per route, default 15]  (WARMUP=s per route,
# default 5; PROFILE=1 records JFR during the uncached page and prints its hottest frames; RESULTS=1 appends)
# Needs JAVA_HOME (JDK 21+), the packaged jar and target/fuseki/jena-fuseki-server.jar (mvn -q package
# -DskipTests copies it), wrk and curl. Prints a table with ratios; appends it, with the machine, to bench/RESULTS.md
# when RESULTS=1.
#
# What it does, in order:
#  1. first start on an empty data directory with ./kg serve (the Foggia seed is published; the JVM's class cache of
#     this build is written when it stops, unless an earlier run wrote it): time to the first unit page; every
#     start with KG_SLOTS_PER_CLIENT=1000, as wrk sends every connection from one address;
#  2. the service's own whole-store dump (N-Quads) loaded into a TDB2 database with Fuseki's tdb2.tdbloader, and
#     Fuseki 6.2 started on it (fuseki-server --tdb2 --loc);
#  3. with the answer cache on: the static file /css/site.css (the ceiling), the unit page (HTML), cached;
#  4. the service restarted on the loaded store with the answer cache off (KG_ANSWER_CACHE_SIZE=0): time to the
#     first answer; then uncached: the unit page, the unit as Turtle, /sparql with the same question as the Turtle
#     view (queries/linkeddata/describe.rq bound to the unit and its edition), search;
#  5. Fuseki asked that same question;
#  6. the service's heap after a full GC (jcmd).
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-8}
seconds=${2:-15}
warmup=${WARMUP:-5}
port=${PORT:-18080}
fuseki_port=${FUSEKI_PORT:-18030}
jar=target/organigramma-kg.jar
fuseki_jar=target/fuseki/jena-fuseki-server.jar
java="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"
for tool in wrk curl python3; do
  command -v $tool >/dev/null || { echo "$tool is needed (apt-get install -y $tool)" >&2; exit 1; }
done
[ -f "$jar" ] && [ -f "$fuseki_jar" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }

for p in "$port" "$fuseki_port"; do
  if curl -s -o /dev/null "http://127.0.0.1:$p/"; then
    echo "port $p is in use: stop what listens on it, or set PORT / FUSEKI_PORT" >&2
    exit 1
  fi
done
work=$(mktemp -d)
pid=
fuseki_pid=
cleanup() {
  set +e
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  [ -n "$fuseki_pid" ] && kill "$fuseki_pid" 2>/dev/null && wait "$fuseki_pid" 2>/dev/null
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
unit=/data/organization/support-unit/cciaa-di-foggia/ufficio-2-1
base=http://127.0.0.1:$port
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts the service on $work/data with extra environment "$@"; sets pid and started (ms to the first 200 of the
# unit page).
start_service() {
  local start
  start=$(now_ms)
  # as a newcomer starts it: ./kg (unpacked jar, JVM class cache written by the first run and read by the next)
  env "$@" KG_JAVA_OPTIONS=-Xmx1g ./kg serve --port "$port" --data-dir "$work/data" >>"$work/service.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: text/html' "$base$unit")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "the service died:" >&2; tail -20 "$work/service.log" >&2; exit 1; }
    sleep 0.05
  done
  started=$(( $(now_ms) - start ))
}
stop_service() {
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=
}

# wrk on a URL with an Accept header; sets rps and p50 (ms).
measure() {
  local url=$1 accept=$2
  wrk -t2 -c"$connections" -d"${warmup}s" -H "Accept: $accept" "$url" >/dev/null # warm-up (JIT, caches)
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Accept: $accept" "$url" >"$work/wrk.txt"
  if grep -q 'Non-2xx' "$work/wrk.txt"; then
    echo "errors on $url:" >&2
    cat "$work/wrk.txt" >&2
    exit 1
  fi
  rps=$(awk '/Requests\/sec/{print $2}' "$work/wrk.txt")
  p50=$(awk '$1=="50%"{v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; printf "%.2f", v}' "$work/wrk.txt")
}
declare -A RPS P50
row() { # name url accept [connections]
  local saved=$connections
  connections=${4:-$connections}
  measure "$2" "$3"
  connections=$saved
  RPS[$1]=$rps
  P50[$1]=$p50
  echo "  $1: $rps req/s, p50 $p50 ms" >&2
}

echo "1. first start on an empty store (the Foggia seed)…" >&2
start_service KG_ANSWER_CACHE_SIZE=64MB KG_SLOTS_PER_CLIENT=1000
first_start=$started

echo "2. Fuseki on the service's own dump…" >&2
curl -sf -o "$work/dump.nq" "$base/dump/organigramma.nq"
"$java" -cp "$fuseki_jar" tdb2.tdbloader --loc "$work/fuseki-db" "$work/dump.nq" >"$work/loader.log" 2>&1
"$java" -Xmx1g -jar "$fuseki_jar" --tdb2 --loc "$work/fuseki-db" --localhost --port="$fuseki_port" /ds \
  >"$work/fuseki.log" 2>&1 &
fuseki_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$fuseki_port/ds?query=ASK%7B%7D"; do
  kill -0 "$fuseki_pid" 2>/dev/null || { echo "Fuseki died:" >&2; cat "$work/fuseki.log" >&2; exit 1; }
  sleep 0.1
done
quads=$(wc -l <"$work/dump.nq")

# The Turtle view's question: queries/linkeddata/describe.rq bound to the unit and its current edition's graph.
question=$(python3 - "$base" "$unit" <<'EOF'
import json, re, sys, urllib.parse, urllib.request
base, unit = sys.argv[1], sys.argv[2]
current = json.load(urllib.request.urlopen(urllib.request.Request(base + "/api/queries/home/current-edition",
                                                                   headers={"Accept": "application/json"})))
graph = current[0]["edition"].replace("/data/dataset/organigramma/", "/graph/organigramma/")
text = "\n".join(line.rstrip("\n") for line in open("queries/linkeddata/describe.rq") if not line.startswith("#+"))
text = re.sub(r"\?__edition\b", "<" + graph + ">", text)
text = re.sub(r"\?_resource\b", "<https://w3id.org/organigramma-kg" + unit + ">", text)
print(urllib.parse.quote(text))
EOF
)

echo "3. cached answers…" >&2
row static "$base/css/site.css" "text/css"
row cached_page "$base$unit" "text/html"
row cached_turtle "$base$unit" "text/turtle"

echo "4. restart on the loaded store, answer cache off…" >&2
stop_service
start_service KG_ANSWER_CACHE_SIZE=0 KG_SLOTS_PER_CLIENT=1000
loaded_start=$started
if [ "${PROFILE:-0}" = 1 ]; then # JFR during the uncached page, the worst ratio: the hottest frames
  "$JAVA_HOME/bin/jcmd" "$pid" JFR.start name=page settings=profile filename="$work/page.jfr" >/dev/null
fi
row page "$base$unit" "text/html"
if [ "${PROFILE:-0}" = 1 ]; then
  "$JAVA_HOME/bin/jcmd" "$pid" JFR.stop name=page >/dev/null
  "$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample "$work/page.jfr" >"$work/samples.txt"
  python3 - "$work/samples.txt" >"$work/profile.txt" <<'EOF'
import collections, re, sys
top, ours, total = collections.Counter(), collections.Counter(), 0
for sample in open(sys.argv[1]).read().split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>]+)\(", sample, re.M)
    if not frames:
        continue
    total += 1
    top[frames[0]] += 1
    for frame in frames:
        if frame.startswith("it.cciaa.organigramma.") or frame.startswith("org.thymeleaf.") \
                or frame.startswith("org.apache.jena."):
            ours[frame.rsplit(".", 1)[0]] += 1
            break
print(f"JFR, uncached unit page: {total} samples")
print("hottest methods (self):")
for frame, n in top.most_common(12):
    print(f"  {100 * n / total:5.1f} %  {frame}")
print("first frame of this service, Thymeleaf or Jena on the stack (inclusive):")
for frame, n in ours.most_common(12):
    print(f"  {100 * n / total:5.1f} %  {frame}")
EOF
  cat "$work/profile.txt" >&2
fi
row turtle "$base$unit" "text/turtle"
# /sparql runs at most 4 public queries at once, and one client address may hold all 4 (KG_SLOTS_PER_CLIENT):
# a fifth connection of wrk's would be refused (429), so /sparql and Fuseki's twin row are measured with 4.
sparql_connections=$(( connections < 4 ? connections : 4 ))
row sparql "$base/sparql?query=$question" "text/turtle" "$sparql_connections"
row search "$base/cerca?q=protocollo" "text/html"

echo "5. Fuseki, same question…" >&2
row fuseki "http://127.0.0.1:$fuseki_port/ds?query=$question" "text/turtle"
row fuseki4 "http://127.0.0.1:$fuseki_port/ds?query=$question" "text/turtle" "$sparql_connections"

echo "6. heap after a full GC…" >&2
"$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null
heap=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub(/K,?/,"",v); print int(v/1024); exit}}')

ratio() { python3 -c "print(f'{float(\"$1\")/float(\"$2\"):.2f}')"; }
commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
table=$(cat <<EOF
\`bash bench/compare.sh $connections $seconds\` on $(date -u +%F), commit $commit, $(nproc) cores, $(awk '/MemTotal/{printf "%d GiB", $2/1048576}' /proc/meminfo), $("$java" -version 2>&1 | head -1), \`-Xmx1g\`, wrk 2 threads $connections connections ${seconds} s per route after ${warmup} s of warm-up; $quads quads (Foggia); Fuseki 6.2 over TDB2 loaded with the service's dump. One run; compare within it.

| what | req/s | p50 | ratio |
|---|---|---|---|
| static file \`/css/site.css\` (the ceiling) | ${RPS[static]} | ${P50[static]} ms | 1 |
| unit page, HTML, cached | ${RPS[cached_page]} | ${P50[cached_page]} ms | $(ratio "${RPS[cached_page]}" "${RPS[static]}") of static |
| unit as Turtle, cached | ${RPS[cached_turtle]} | ${P50[cached_turtle]} ms | $(ratio "${RPS[cached_turtle]}" "${RPS[static]}") of static |
| unit page, HTML, uncached | ${RPS[page]} | ${P50[page]} ms | $(ratio "${RPS[page]}" "${RPS[static]}") of static |
| unit as Turtle, uncached | ${RPS[turtle]} | ${P50[turtle]} ms | $(ratio "${RPS[turtle]}" "${RPS[fuseki]}") of Fuseki |
| Fuseki, same question | ${RPS[fuseki]} | ${P50[fuseki]} ms | 1 |
| Fuseki, same question, $sparql_connections connections | ${RPS[fuseki4]} | ${P50[fuseki4]} ms | 1 |
| \`/sparql\`, same question, uncached, $sparql_connections connections | ${RPS[sparql]} | ${P50[sparql]} ms | $(ratio "${RPS[sparql]}" "${RPS[fuseki4]}") of Fuseki |
| search page, uncached | ${RPS[search]} | ${P50[search]} ms | |

Start to first answer: first start with the seed ${first_start} ms; with the store loaded ${loaded_start} ms. Heap after a full GC: ${heap} MB.
EOF
)
echo "$table"
if [ "${RESULTS:-0}" = 1 ]; then
  printf '\n# bench/compare.sh (issue 10)\n\n%s\n' "$table" >>bench/RESULTS.md
fi
