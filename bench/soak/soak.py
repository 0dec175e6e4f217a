#!/usr/bin/env python3
"""Soak driver for bench/soak.sh (Python 3.11 standard library only).

Against a running service (started by bench/soak.sh on a fresh data directory with the Foggia seed) it:
  * discovers the URLs to ask from the service itself: the unit links of /organigramma, the Ufficio whose name is
    the one the publications change, a process page linked from that unit's page, the seed edition's date;
  * runs N closed-loop clients (threads, one keep-alive connection each, no think time) for M minutes over a mix of
    HTML pages, a unit's Turtle, a library query as JSON, the search API and a small /sparql SELECT;
  * publishes every minute (at 0:30, 1:30, ...) a new edition of the seed chamber: the Foggia document with Ufficio
    1.1's name changed to carry the edition's date ("SEGRETERIA E AFFARI GENERALI EDIZIONE 2025-01-03") and, every
    other edition, one activity line removed; each new edition must answer 201 "published"; right after, it
    re-publishes a random earlier edition (same bytes, same date), which must answer 200 "already-published";
  * samples every SAMPLE_SECONDS the heap after a full GC (jcmd GC.run; the size after it read from the service's
    -Xlog:gc file, which GC.heap_info would overstate by what the clients allocate meanwhile) and the data dir's size,
    waiting for the end of a publication in flight (so the samples compare like with like);
  * prints one summary (Markdown) and exits 1 when errors > 0, mixed > 0, stale > 0, a publication failed, or the heap
    after GC grew more than 50% from the first third of the run to the last (median of each third's samples).

What counts as a "mixed" answer (see bench/RESULTS.md, "Soak (issue 9)"):
  (a) body: every edition an answer names must be one edition. The edition is read from every IRI of the chamber's
      edition ("…/organigramma/{ente}/{date}…": dataset, graph, source-line, competence IRIs) and from Ufficio 1.1's
      name, which carries its edition's date (no date: the seed). An answer naming two dates mixes two editions.
      For the /sparql route (one row per edition graph holding Ufficio 1.1's name) each row's graph date must equal
      the date in the name read from it.
  (b) ETag: the service's ETag is W/"{store version}-{variant}". All answers with one store version must name one
      edition (the store is one state per version): answers whose edition differs from the edition most answers of
      that version name are counted as mixed (header and body disagree).
  And "stale": an answer to a request sent after the 201 of edition E was received must show E or a later one.
"""
import argparse
import base64
import collections
import datetime
import http.client
import json
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

LABEL = "SEGRETERIA E AFFARI GENERALI"
REMOVABLE_LINE = "\tA1.2.1.4 Codice di comportamento e gestione Whistleblowing\n"


def log(message):
    print(f"[soak {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class Service:
    def __init__(self, base):
        parsed = urllib.parse.urlsplit(base)
        self.host, self.port = parsed.hostname, parsed.port

    def connection(self, timeout=60):
        return http.client.HTTPConnection(self.host, self.port, timeout=timeout)

    def get(self, path, accept="text/html"):
        conn = self.connection()
        try:
            conn.request("GET", path, headers={"Accept": accept})
            resp = conn.getresponse()
            return resp.status, resp.read().decode("utf-8", "replace")
        finally:
            conn.close()


class Editions:
    """The editions of the chamber: the seed, then each one published here, with when it was sent and answered."""

    def __init__(self, seed):
        self.lock = threading.Lock()
        self.dates = [seed]            # in publication order, also date order
        self.done = {seed: 0.0}        # monotonic time the 201 was read (the seed: before the run)
        self.sent = {seed: 0.0}

    def add(self, date, sent, done):
        with self.lock:
            self.dates.append(date)
            self.sent[date] = sent
            self.done[date] = done

    def newest_done_before(self, t):
        with self.lock:
            best = None
            for date in self.dates:
                if self.done[date] < t:
                    best = date
            return best


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latency = collections.defaultdict(list)        # route -> seconds
        self.kind_of = {}
        self.errors = collections.Counter()                 # kind of error -> count
        self.mixed_body = 0
        self.stale = 0
        self.checked = collections.Counter()                # route -> answers whose edition was read
        self.no_edition = collections.Counter()             # route -> checked answers naming no edition
        self.by_version = collections.defaultdict(collections.Counter)  # store version -> edition -> answers
        self.version_examples = {}                          # (version, edition) -> (route, path)
        self.examples = collections.defaultdict(list)       # kind -> up to 5 examples

    def example(self, kind, text):
        with self.lock:
            if len(self.examples[kind]) < 5:
                self.examples[kind].append(text)


def excerpt(body, n=300):
    return body[:n].replace("\n", "\\n")


def edition_reader(slug, seed):
    iri = re.compile(r"organigramma/" + re.escape(slug) + r"/(\d{4}-\d{2}-\d{2})")
    label = re.compile(re.escape(LABEL) + r"(?: EDIZIONE (\d{4}-\d{2}-\d{2}))?")

    def dates(text):
        found = set(iri.findall(text))
        found.update(m or seed for m in label.findall(text))
        return found

    def row_dates(graph, name):
        g = iri.findall(graph)
        m = label.search(name)
        return (g[0] if g else None), ((m.group(1) or seed) if m else None)

    return dates, row_dates


def make_document(original, k, date):
    text = original.replace(f"Ufficio 1.1 – {LABEL}\n", f"Ufficio 1.1 – {LABEL} EDIZIONE {date}\n")
    if text.count(f"{LABEL} EDIZIONE {date}") != 2:
        raise SystemExit("the Foggia document changed: Ufficio 1.1's name is not where the soak expects it")
    if k % 2 == 1:
        if text.count(REMOVABLE_LINE) != 1:
            raise SystemExit("the Foggia document changed: the A1.2.1.4 line is not where the soak expects it")
        text = text.replace(REMOVABLE_LINE, "")
    return text.encode("utf-8")


def discover(service, document):
    status, body = service.get("/api/queries/home/current-edition", "application/json")
    if status != 200:
        raise SystemExit(f"GET /api/queries/home/current-edition answered {status}: {excerpt(body)}")
    current = json.loads(body)[0]
    seed = current["modified"]
    m = re.search(r"/organigramma/([^/]+)/" + re.escape(seed) + "$", current["edition"])
    slug = m.group(1)
    base_iri = current["edition"][: current["edition"].index("/data/dataset/")]
    status, page = service.get("/organigramma")
    if status != 200:
        raise SystemExit(f"GET /organigramma answered {status}")
    units = sorted(set(re.findall(r'href="(/data/organization/support-unit/' + re.escape(slug) + r'/[^"?#]+)"', page)))
    if not units:
        raise SystemExit("no unit links on /organigramma")
    changing = None
    for path in units:
        status, unit_page = service.get(path)
        if status == 200 and re.search(r"<h1>.*" + re.escape(LABEL), unit_page):
            changing = path
            break
    if changing is None:
        raise SystemExit(f"no unit page on /organigramma is named {LABEL}")
    processes = re.findall(r'href="(/controlled-vocabulary/mappa-processi/[^"?#]+)"', unit_page)
    if not processes:
        raise SystemExit(f"no process link on {changing}")
    # A level-2 process the unit page links (its org:purpose, e.g. A2.1): its page lists the units holding it, this
    # one among them; else the first process linked.
    level2 = sorted(p for p in set(processes) if p.rsplit("/", 1)[1].count(".") == 1)
    process = level2[0] if level2 else processes[0]
    status, api = service.get("/api/queries", "application/json")
    names = {q["name"]: q for q in json.loads(api)}
    if "organigram/unit-activities" not in names:
        raise SystemExit("the query library has no organigram/unit-activities")
    offices = [u for u in units if "/ufficio-" in u]
    return dict(seed=seed, slug=slug, base_iri=base_iri, units=units, offices=offices or units, changing=changing,
                process=process, api_path=names["organigram/unit-activities"]["path"])


class Route:
    def __init__(self, name, kind, weight, accept, paths, check):
        self.name, self.kind, self.weight, self.accept, self.paths, self.check = name, kind, weight, accept, paths, check


def routes_for(d):
    q = urllib.parse.quote
    sparql = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?g ?name WHERE { GRAPH ?g { <"
              + d["base_iri"] + d["changing"] + "> skos:prefLabel ?name } }")
    return [
        Route("home /", "html", 1, "text/html", ["/"], "current"),
        Route("/organigramma", "html", 1, "text/html", ["/organigramma"], "current"),
        Route("unit page", "html", 3, "text/html", d["units"], "current"),
        Route("process page", "html", 1, "text/html", [d["process"]], "current"),
        Route("/cerca?q=registro", "html", 1, "text/html", ["/cerca?q=registro"], None),
        Route("unit Turtle", "rdf", 3, "text/turtle", d["units"], "current"),
        Route("api unit-activities", "api", 2, "application/json",
              [d["api_path"] + "?unit=" + q(d["base_iri"] + u, safe="") for u in d["offices"]], "current"),
        Route("/api/search?q=imprese", "search", 1, "application/json", ["/api/search?q=imprese"], None),
        Route("/sparql SELECT", "sparql", 1, "application/sparql-results+json",
              ["/sparql?query=" + q(sparql, safe="")], "rows"),
    ]


def client(service, routes, weights, stop, stats, editions, dates_of, row_dates, rng):
    conn = service.connection()
    while not stop.is_set():
        route = rng.choices(routes, weights)[0]
        path = rng.choice(route.paths)
        t0, w0 = time.monotonic(), time.time()
        try:
            conn.request("GET", path, headers={"Accept": route.accept})
            resp = conn.getresponse()
            raw = resp.read()
        except (OSError, http.client.HTTPException) as e:
            with stats.lock:
                stats.errors["connection/timeout"] += 1
            stats.example("connection/timeout", f"GET {path} ({route.accept}): {type(e).__name__}: {e}")
            conn.close()
            conn = service.connection()
            continue
        elapsed = time.monotonic() - t0
        stats.latency[route.name].append(elapsed)
        body = raw.decode("utf-8", "replace")
        if resp.status != 200:
            kind = "5xx" if resp.status >= 500 else "unexpected 4xx" if resp.status >= 400 else "unexpected status"
            with stats.lock:
                stats.errors[kind] += 1
            stats.example(kind, f"GET {path} ({route.accept}) -> {resp.status}: {excerpt(body)}")
        elif route.check:
            check(route, path, resp, body, t0, f"sent {clock(w0)}, {elapsed * 1000:.0f} ms", stats, editions,
                  dates_of, row_dates)
        if resp.will_close:
            conn.close()
            conn = service.connection()
    conn.close()


def clock(wall):
    return time.strftime("%H:%M:%S", time.localtime(wall)) + f".{int(wall * 1000) % 1000:03d}"


def check(route, path, resp, body, t0, when, stats, editions, dates_of, row_dates):
    if route.check == "rows":
        try:
            rows = json.loads(body)["results"]["bindings"]
        except (ValueError, KeyError) as e:
            with stats.lock:
                stats.errors["unreadable answer"] += 1
            stats.example("unreadable answer", f"GET {path} -> {e}: {excerpt(body)}")
            return
        shown = set()
        for row in rows:
            graph_date, name_date = row_dates(row["g"]["value"], row["name"]["value"])
            if graph_date is None or name_date is None:
                continue
            shown.add(graph_date)
            if graph_date != name_date:
                with stats.lock:
                    stats.mixed_body += 1
                stats.example("mixed (body)", f"GET {path} {when}: graph {row['g']['value']} holds name "
                              f"{row['name']['value']}")
        newest = max(shown) if shown else None
    else:
        found = dates_of(body)
        if len(found) > 1:
            with stats.lock:
                stats.mixed_body += 1
            stats.example("mixed (body)", f"GET {path} ({route.accept}) {when} names editions {sorted(found)}; "
                          f"ETag {resp.getheader('ETag')}")
        newest = max(found) if found else None
        if len(found) == 1:
            etag = resp.getheader("ETag") or ""
            m = re.match(r'(?:W/)?"([^"-]+)-', etag)
            if m:
                with stats.lock:
                    stats.by_version[m.group(1)][newest] += 1
                    stats.version_examples.setdefault((m.group(1), newest), f"{route.name}: GET {path} "
                                                      f"({route.accept}) {when}, ETag {etag}, Last-Modified "
                                                      f"{resp.getheader('Last-Modified')}")
    with stats.lock:
        stats.checked[route.name] += 1
        if newest is None:
            stats.no_edition[route.name] += 1
    expected = editions.newest_done_before(t0)
    if newest is not None and expected is not None and newest < expected:
        with stats.lock:
            stats.stale += 1
        stats.example("stale", f"GET {path} ({route.accept}) {when} shows {newest}, but the 201 of {expected} was "
                      f"read {t0 - editions.done[expected]:.3f} s before it was sent; ETag {resp.getheader('ETag')}")


def publisher(service, start, count, editions, original, auth, stop, stats, pubs, rng, publishing):
    seed = datetime.date.fromisoformat(editions.dates[0])
    documents = {editions.dates[0]: original.encode("utf-8")}
    for k in range(1, count + 1):
        when = start + (k - 0.5) * 60
        while time.monotonic() < when:
            if stop.wait(min(1.0, max(0.0, when - time.monotonic()))):
                return
        date = (seed + datetime.timedelta(days=k)).isoformat()
        document = make_document(original, k, date)
        publishing.set()
        sent = time.monotonic()
        status, answer = publish(service, auth, date, document)
        done = time.monotonic()
        outcome = outcome_of(answer)
        pubs["new"].append((date, status, outcome, round((done - sent) * 1000)))
        if status == 201 and outcome == "published":
            editions.add(date, sent, done)
            documents[date] = document
            log(f"published {date}: 201 in {round((done - sent) * 1000)} ms (sent {clock(time.time() - done + sent)})")
        else:
            with stats.lock:
                stats.errors["publication"] += 1
            stats.example("publication", f"POST /admin/edizioni?data={date} -> {status}: {excerpt(answer, 600)}")
            log(f"publication of {date} answered {status}: {excerpt(answer, 300)}")
        older = rng.choice([d for d in documents if d != date])
        sent = time.monotonic()
        status, answer = publish(service, auth, older, documents[older])
        done = time.monotonic()
        outcome = outcome_of(answer)
        pubs["again"].append((older, status, outcome, round((done - sent) * 1000)))
        if not (status == 200 and outcome == "already-published"):
            with stats.lock:
                stats.errors["re-publication"] += 1
            stats.example("re-publication", f"POST /admin/edizioni?data={older} (already published) -> {status}: "
                          f"{excerpt(answer, 600)}")
            log(f"re-publication of {older} answered {status}: {excerpt(answer, 300)}")
        publishing.clear()


def outcome_of(answer):
    try:
        return json.loads(answer).get("outcome")
    except ValueError:
        return None


def publish(service, auth, date, document):
    conn = service.connection(timeout=300)
    try:
        conn.request("POST", "/admin/edizioni?data=" + date, body=document,
                     headers={"Authorization": auth, "Content-Type": "text/plain; charset=UTF-8",
                              "Accept": "application/json"})
        resp = conn.getresponse()
        return resp.status, resp.read().decode("utf-8", "replace")
    except (OSError, http.client.HTTPException) as e:
        return 0, f"{type(e).__name__}: {e}"
    finally:
        conn.close()


FULL_GC = re.compile(r"Pause Full \((?:Diagnostic Command|System\.gc\(\))\) (\d+)M->(\d+)M")


def full_gcs(gc_log):
    try:
        with open(gc_log, encoding="utf-8", errors="replace") as f:
            return FULL_GC.findall(f.read())
    except OSError:
        return []


def heap_after_gc(jcmd, pid, gc_log):
    """MB live after a full GC, as the GC logs it (-Xlog:gc): "Pause Full (Diagnostic Command) 156M->49M(167M)".
    (GC.heap_info read after GC.run is off by what the clients allocated in between: tens of MB under load.)"""
    before = len(full_gcs(gc_log))
    subprocess.run([jcmd, str(pid), "GC.run"], capture_output=True, timeout=120, check=True)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        found = full_gcs(gc_log)
        if len(found) > before:
            return float(found[-1][1])
        time.sleep(0.1)
    info = subprocess.run([jcmd, str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=60, check=True)
    m = re.search(r"used (\d+)K", info.stdout)
    log("no full GC in the GC log: heap read from GC.heap_info")
    return int(m.group(1)) / 1024 if m else None


def peak_heap(gc_log):
    """The most heap any GC found in use when it started (MB), from the GC log."""
    try:
        with open(gc_log, encoding="utf-8", errors="replace") as f:
            return max((int(m) for m in re.findall(r" (\d+)M->\d+M", f.read())), default=None)
    except OSError:
        return None


def disk_mb(path):
    out = subprocess.run(["du", "-sk", path], capture_output=True, text=True, timeout=120).stdout
    return int(out.split()[0]) / 1024 if out else None


def sample(jcmd, pid, gc_log, data_dir, start, samples):
    t = time.monotonic() - start
    try:
        heap = heap_after_gc(jcmd, pid, gc_log)
    except (subprocess.SubprocessError, OSError) as e:
        log(f"heap sample failed: {e}")
        heap = None
    samples.append((t, heap, disk_mb(data_dir)))
    log(f"t={t:5.0f}s heap after GC {heap and round(heap)} MB, data dir {round(samples[-1][2] or 0)} MB")


def sampler(jcmd, pid, gc_log, data_dir, start, every, stop, samples, publishing):
    """Every `every` seconds, but never while a publication is in flight (its candidate edition, report and update
    request are garbage a moment later: sampled then, the heap after GC says more about when than about a leak)."""
    while not stop.wait(every):
        while publishing.is_set():
            if stop.wait(0.5):
                return
        sample(jcmd, pid, gc_log, data_dir, start, samples)


def cpu_seconds(pid):
    tick = os.sysconf("SC_CLK_TCK")
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    busy = sum(fields) - fields[3] - fields[4]  # all but idle and iowait
    try:
        with open(f"/proc/{pid}/stat") as f:
            st = f.read().rsplit(")", 1)[1].split()
        service = (int(st[11]) + int(st[12])) / tick
    except OSError:
        service = None
    t = os.times()
    return busy / tick, service, t.user + t.system


def pct(values, p):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def ms(v):
    return "-" if v is None else f"{v * 1000:.1f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--jcmd", required=True)
    parser.add_argument("--gc-log", required=True, help="the service's -Xlog:gc file")
    parser.add_argument("--document", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--sample-seconds", type=float, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    password = os.environ["SOAK_PASSWORD"]
    auth = "Basic " + base64.b64encode(f"{args.user}:{password}".encode()).decode()

    service = Service(args.base)
    with open(args.document, encoding="utf-8") as f:
        original = f.read()
    found = discover(service, original)
    log(f"discovered: seed edition {found['slug']}/{found['seed']}, {len(found['units'])} units "
        f"({len(found['offices'])} offices), changing unit {found['changing']}, process {found['process']}, "
        f"query {found['api_path']}")
    routes = routes_for(found)
    weights = [r.weight for r in routes]
    dates_of, row_dates = edition_reader(found["slug"], found["seed"])
    editions = Editions(found["seed"])
    stats = Stats()
    stop = threading.Event()
    pubs = {"new": [], "again": []}
    samples = []
    rng = random.Random(args.seed)
    duration = args.minutes * 60
    planned = sum(1 for k in range(1, int(args.minutes) + 2) if (k - 0.5) * 60 < duration)  # at 0:30, 1:30, ...

    cpu0 = cpu_seconds(args.pid)
    load0 = os.getloadavg()
    start = time.monotonic()
    sample(args.jcmd, args.pid, args.gc_log, args.data_dir, start, samples)  # the first sample, before the load
    start = time.monotonic()
    samples[0] = (0.0,) + samples[0][1:]
    publishing = threading.Event()
    threads = [threading.Thread(target=sampler, args=(args.jcmd, args.pid, args.gc_log, args.data_dir, start,
                                                      args.sample_seconds,
                                                      stop, samples, publishing), daemon=True),
               threading.Thread(target=publisher, args=(service, start, planned, editions, original, auth,
                                                        stop, stats, pubs, random.Random(args.seed + 1), publishing),
                                daemon=True)]
    for i in range(args.clients):
        threads.append(threading.Thread(target=client, args=(service, routes, weights, stop, stats, editions,
                                                             dates_of, row_dates, random.Random(args.seed * 1000 + i)),
                                        daemon=True))
    for t in threads:
        t.start()
    log(f"{args.clients} clients for {args.minutes} min")
    try:
        while time.monotonic() - start < duration:
            time.sleep(1)
    except KeyboardInterrupt:
        log("interrupted: summarising what ran")
    stop.set()
    for t in threads[2:]:
        t.join(timeout=120)
    elapsed = time.monotonic() - start
    threads[1].join(timeout=600)  # a publication in flight
    cpu1 = cpu_seconds(args.pid)
    load1 = os.getloadavg()
    threads[0].join(timeout=300)
    sample(args.jcmd, args.pid, args.gc_log, args.data_dir, start, samples)  # the last sample, after the load

    # (b) one edition per store version
    mixed_etag = 0
    for version, counter in stats.by_version.items():
        if len(counter) > 1:
            majority = counter.most_common(1)[0][0]
            for edition, n in counter.items():
                if edition != majority:
                    mixed_etag += n
                    stats.examples["mixed (ETag vs body)"].append(
                        f"store version {version}, answers by edition named {dict(counter)}; first answer naming "
                        f"{edition}: {stats.version_examples[(version, edition)]}; first naming {majority}: "
                        f"{stats.version_examples[(version, majority)]}")
    mixed = stats.mixed_body + mixed_etag
    errors = sum(stats.errors.values())
    requests = sum(len(v) for v in stats.latency.values()) + stats.errors["connection/timeout"]

    heaps = [(t, h) for t, h, _ in samples if h is not None]
    disks = [d for _, _, d in samples if d is not None]
    first_third = [h for t, h in heaps if t <= elapsed / 3]
    last_third = [h for t, h in heaps if t >= elapsed * 2 / 3]
    growth = None
    if first_third and last_third:
        growth = statistics.median(last_third) / statistics.median(first_third) - 1
    new_ok = sum(1 for _, s, o, _ in pubs["new"] if s == 201 and o == "published")
    again_ok = sum(1 for _, s, o, _ in pubs["again"] if s == 200 and o == "already-published")
    pub_ms = [m for _, s, _, m in pubs["new"] if s == 201]

    kinds = collections.OrderedDict()
    for r in routes:
        kinds.setdefault(r.kind, []).extend(stats.latency[r.name])
    busy = cpu1[0] - cpu0[0]
    service_cpu = (cpu1[1] - cpu0[1]) if cpu1[1] is not None and cpu0[1] is not None else None
    client_cpu = cpu1[2] - cpu0[2]
    others = busy - (service_cpu or 0) - client_cpu

    out = []
    out.append("| figure | value |")
    out.append("|---|---|")
    out.append(f"| duration | {elapsed / 60:.1f} min ({elapsed:.0f} s) |")
    out.append(f"| clients | {args.clients} (closed loop, no think time, keep-alive) |")
    out.append(f"| requests | {requests} |")
    out.append(f"| req/s | {requests / elapsed:.1f} |")
    out.append(f"| errors | {errors}" + (" (" + ", ".join(f"{k} {v}" for k, v in sorted(stats.errors.items())) + ")"
                                          if errors else "") + " |")
    out.append(f"| mixed answers | {mixed} (body {stats.mixed_body}, ETag vs body {mixed_etag}; "
               f"{sum(stats.checked.values())} answers checked, {len(stats.by_version)} store versions seen) |")
    out.append(f"| stale answers | {stats.stale} |")
    out.append(f"| publications | {new_ok}/{len(pubs['new'])} new editions 201 published"
               + (f" (median {statistics.median(pub_ms):.0f} ms, max {max(pub_ms)} ms)" if pub_ms else "")
               + f"; {again_ok}/{len(pubs['again'])} re-publications 200 already-published |")
    if heaps:
        hs = [h for _, h in heaps]
        out.append(f"| heap after GC MB first / last / max | {hs[0]:.0f} / {hs[-1]:.0f} / {max(hs):.0f} "
                   f"({len(hs)} samples; median of last third / first third "
                   + (f"{growth * 100:+.0f}%" if growth is not None else "-") + ") |")
    out.append(f"| heap MB at most in use (when a GC started) | {peak_heap(args.gc_log)} |")
    if disks:
        out.append(f"| data dir MB first / last | {disks[0]:.0f} / {disks[-1]:.0f} |")
    out.append(f"| CPU s during the run (2 cores = {2 * elapsed:.0f} available) | service {service_cpu and round(service_cpu)}"
               f", soak client {client_cpu:.0f}, other processes {others:.0f}; load average {load0[0]:.1f} -> "
               f"{load1[0]:.1f} |")
    out.append("")
    out.append("| route kind | requests | p50 ms | p99 ms | max ms |")
    out.append("|---|---|---|---|---|")
    for kind, values in kinds.items():
        out.append(f"| {kind} | {len(values)} | {ms(pct(values, 50))} | {ms(pct(values, 99))} | "
                   f"{ms(max(values) if values else None)} |")
    out.append("")
    out.append("| route | kind | requests | p50 ms | p99 ms | answers checked (no edition named) |")
    out.append("|---|---|---|---|---|---|")
    for r in routes:
        values = stats.latency[r.name]
        checked = f"{stats.checked[r.name]} ({stats.no_edition[r.name]})" if r.check else "-"
        out.append(f"| {r.name} | {r.kind} | {len(values)} | {ms(pct(values, 50))} | {ms(pct(values, 99))} | "
                   f"{checked} |")
    print("\n".join(out), flush=True)

    if stats.examples:
        print("\nexamples:")
        for kind, lines in stats.examples.items():
            for line in lines[:5]:
                print(f"  [{kind}] {line}")
    print("\nsamples (t s, heap MB after GC, data dir MB): "
          + ", ".join(f"({t:.0f}, {h and round(h)}, {d and round(d)})" for t, h, d in samples))
    print("publications (date, status, outcome, ms): " + ", ".join(str(p) for p in pubs["new"]))
    print("re-publications (date, status, outcome, ms): " + ", ".join(str(p) for p in pubs["again"]))

    failures = []
    if errors:
        failures.append(f"{errors} errors")
    if mixed:
        failures.append(f"{mixed} mixed answers")
    if stats.stale:
        failures.append(f"{stats.stale} stale answers")
    if new_ok < planned:
        failures.append(f"{new_ok} of {planned} publications done")
    if growth is not None and growth > 0.5:
        failures.append(f"heap after GC grew {growth * 100:.0f}% from the first third to the last")
    if failures:
        print("\nFAIL: " + "; ".join(failures))
        return 1
    print("\nPASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
