#!/usr/bin/env bash
# Soak test (issue 9): the packaged service under N concurrent clients for M minutes while a new edition of its
# chamber is published every minute, and an older one re-published (which must answer "already published").
# Usage: bash bench/soak.sh [minutes, default 10] [clients, default 32]
#   PORT=… (default: a free port), HEAP=… (default 512m), JAR=… (default target/organigramma-kg.jar),
#   SAMPLE_SECONDS=… (heap/disk sample period, default 30), KEEP=1 keeps the working directory (store, service log,
#   summary); it is kept anyway when the run fails.
# Needs a JDK 21+ (JAVA_HOME, or found as ./kg finds it), the packaged jar (mvn -q package -DskipTests), curl and
# Python 3.11+ (standard library only). The jar is copied into the working directory first, so a rebuild during the
# run does not change the service under test.
# What it does (details and the mixed-edition check: bench/soak/soak.py and bench/RESULTS.md "Soak (issue 9)"):
#   1. starts `serve` on a free port with a fresh data directory, the Foggia seed dated 2025-01-01 and one editor;
#   2. drives the clients (closed loop, keep-alive) over HTML pages (/, /organigramma, unit pages, a process page,
#      /cerca?q=registro), a unit's Turtle, a library query as JSON, /api/search?q=imprese and a small /sparql SELECT,
#      with the URLs discovered from the service (the unit links of /organigramma and what they link);
#   3. publishes at 0:30, 1:30, … a new edition of cciaa-di-foggia (the Foggia document with Ufficio 1.1's name
#      carrying the edition's date, every other one without one activity line), each expected 201, and re-publishes
#      an earlier one, expected 200 "already-published";
#   4. counts requests, errors (5xx, connection failures and timeouts, any other non-200, failed publications),
#      mixed answers (an answer naming two editions, or ETag store version and body disagreeing) and stale answers
#      (an edition older than one whose 201 was received before the request was sent);
#   5. samples the heap after a full GC (jcmd GC.run; the size after it from the service's -Xlog:gc file) and the
#      data directory's size every SAMPLE_SECONDS, never while a publication is in flight;
#   prints a summary table and exits 1 when errors > 0, mixed > 0, stale > 0, a publication failed or the heap after
#   GC grew more than 50% from the first third of the run to the last; 2 when the service cannot be set up.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
clients=${2:-32}
heap=${HEAP:-512m}
jar=${JAR:-target/organigramma-kg.jar}
if [ -z "${JAVA_HOME:-}" ]; then
  # shellcheck source=../bin/jdk.sh
  . bin/jdk.sh
  JAVA_HOME=$(find_jdk) || { no_jdk_message; exit 2; }
fi
java=$JAVA_HOME/bin/java
[ -f "$jar" ] || { echo "no $jar: build it first (mvn -q package -DskipTests)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }
port=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
work=$(mktemp -d /tmp/soak.XXXXXX)
cp "$jar" "$work/organigramma-kg.jar"
provenance="jar $jar of $(date -u -r "$jar" '+%Y-%m-%d %H:%M UTC'), sha256 $(sha256sum "$work/organigramma-kg.jar" | cut -c1-12); \
commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src pom.xml queries 2>/dev/null || echo ' with uncommitted changes to src/pom/queries'); \
$(nproc) cores; $("$java" -version 2>&1 | head -1)"
data=$work/data
password=soak-editor-$RANDOM$RANDOM
hash=$(echo "$password" | "$java" -jar "$work/organigramma-kg.jar" hash-password 2>/dev/null | tail -1)
case $hash in '{bcrypt}'*) ;; *) echo "hash-password printed no hash: $hash" >&2; exit 2 ;; esac
base="http://127.0.0.1:$port"
pid=
status=2
stop_service() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi; }
finish() {
  stop_service
  if [ -n "${KEEP:-}" ] || [ "$status" != 0 ]; then echo "kept $work (service.log, summary.txt, data/)" >&2
  else rm -rf "$work"; fi
}
trap finish EXIT

echo "soak: $minutes min, $clients clients, service on $base (-Xmx$heap), working directory $work" >&2
# Every client of this benchmark comes from 127.0.0.1: lift the per-address share of the public SPARQL slots.
KG_SLOTS_PER_CLIENT=1000 "$java" -Xmx"$heap" -Xlog:gc:file="$work/gc.log" -jar "$work/organigramma-kg.jar" serve --server.port="$port" --kg.data-dir="$data" \
  --kg.seed-edition-date=2025-01-01 "--kg.users=soak=editor:$hash" >"$work/service.log" 2>&1 &
pid=$!
begin=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness")" = 200 ] \
    && [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: application/json' "$base/api/queries/home/current-edition")" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { echo "the service died:" >&2; tail -30 "$work/service.log" >&2; exit 2; }
  [ $(( $(date +%s) - begin )) -lt 300 ] || { echo "the service was not ready in 300 s" >&2; exit 2; }
  sleep 0.5
done
echo "soak: service ready in $(( $(date +%s) - begin )) s (pid $pid)" >&2

echo "$provenance" | tee "$work/summary.txt"
set +e
SOAK_PASSWORD=$password python3 bench/soak/soak.py --base "$base" --minutes "$minutes" --clients "$clients" \
  --pid "$pid" --data-dir "$data" --jcmd "$JAVA_HOME/bin/jcmd" --gc-log "$work/gc.log" --document data/source/allegato-c-cciaa-foggia.txt \
  --user soak --sample-seconds "${SAMPLE_SECONDS:-30}" | tee -a "$work/summary.txt"
status=${PIPESTATUS[0]}
set -e
kill -0 "$pid" 2>/dev/null || { echo "the service is no longer running" >&2; status=1; }
errors=$(grep -c ' ERROR ' "$work/service.log" || true)
warnings=$(grep -c ' WARN ' "$work/service.log" || true)
echo "service log: $errors ERROR lines, $warnings WARN lines" | tee -a "$work/summary.txt"
grep -m 5 -E ' (ERROR|WARN) ' "$work/service.log" | grep -v SpringDoc | cut -c1-300 || true
exit "$status"
