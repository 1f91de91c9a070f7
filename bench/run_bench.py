#!/usr/bin/env python3
"""argkb benchmark: ingest, re-ingest, ask and search, side by side with SQLite's own floor and a peer.

    make bench                      # 1k and 10k articles
    BENCH_SIZE=100000 make bench    # 1k, 10k and 100k
    BENCH_SIZE=1000 make bench      # 1k only (while developing)

Everything runs in one go on the same generated corpus, since the machines are noisy; each figure
is shown with its ratio to the floor measured in the same run:

- ingest: `argkb init` + `argkb ingest` of N generated articles (bench/generate_corpus.py), wall,
  CPU (user + sys) and peak RSS from /usr/bin/time -v; at 10k and below three rounds (BENCH_ROUNDS),
  each round argkb, then the floor, then the peer, and the median of each (one round at 100k);
- peer: the plain-Python regex pipeline a user could write instead (`peer_regex.py --jobs 2`,
  BENCH_PEER, by default ../shared/bench/peer_regex.py beside the repository; skipped when absent),
  into a new database of its own each round; the ratio peer / argkb is >= 1.0 when argkb is faster;
- size: the database's bytes against the corpus text (the sum of its files' sizes), for argkb, the
  floor and the peer;
- re-ingest: the same command again on the unchanged corpus (median of 3);
- floor: the sqlite3 CLI importing the very sentences argkb stored (exported with `argkb sql
  --tsv` before timing) with `.import`, then building the same FTS5 index over them;
- ask / search: p50 and p95 wall of 100 varied questions and 100 searches on the largest
  database, process start included, after one untimed pass over the same commands (warm page
  cache); their floor is the sqlite3 CLI running an FTS5 MATCH, timed the same way; then every
  question form of the README on its own, each of its questions three times, its p95 printed;
- html: pages per second of `init` + `ingest` over 300 generated HTML pages with their furniture
  (bench/html_bench.py; `make bench-html` compares argkb with trafilatura and readability-lxml).

Corpora and databases go to a temporary folder (BENCH_DIR to choose it, BENCH_KEEP=1 to keep it).
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
ARGKB = os.environ.get("ARGKB_BIN", os.path.join(ROOT, ".build", "release", "argkb"))
SQLITE3 = os.environ.get("SQLITE3", "sqlite3")
TIME = "/usr/bin/time"

# Targets of issue 7.
INGEST_FLOOR_RATIO = 2.0
PEAK_RSS_MB = 200
REINGEST_SHARE = 0.05
ASK_P95_MS = 50
# Targets of issue 19.
PEER_RATIO = 1.0
SIZE_RATIO = 4.0

PEER = os.environ.get("BENCH_PEER", os.path.join(ROOT, "..", "shared", "bench", "peer_regex.py"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))

FLOOR_SQL = """PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE sentences (id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, ordinal INTEGER NOT NULL,
                        start INTEGER NOT NULL, length INTEGER NOT NULL, text TEXT NOT NULL) STRICT;
.mode tabs
.import {tsv} sentences
CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content="sentences", content_rowid="id",
                                               tokenize="porter unicode61 remove_diacritics 2");
INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild');
"""


def log(message):
    print(message, file=sys.stderr, flush=True)


def timed(command, **kwargs):
    """Runs a command under /usr/bin/time -v: wall and CPU seconds, peak RSS in MB."""
    report = tempfile.NamedTemporaryFile(mode="r", suffix=".time", delete=False)
    report.close()
    try:
        done = subprocess.run([TIME, "-v", "-o", report.name] + command, check=True, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, **kwargs)
        with open(report.name) as handle:
            text = handle.read()
    finally:
        os.unlink(report.name)

    def field(name):
        return re.search(re.escape(name) + r": (.*)", text).group(1).strip()

    wall = 0.0
    for part in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":"):
        wall = wall * 60 + float(part)
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    # `argkb ingest --timings` lines: "timing: claims   3.760 s".
    stages = [(m.group(1).strip(), float(m.group(2)))
              for m in re.finditer(r"^timing: (.+?)\s+([0-9.]+) s$", done.stderr, re.M)]
    return {"wall": wall, "cpu": cpu, "rss": int(field("Maximum resident set size (kbytes)")) / 1024, "stages": stages}


def shell(*commands):
    """One timed process running several commands (init + ingest), so the figures cover both."""
    return ["/bin/sh", "-c", " && ".join(commands)]


def quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


def corpus_of(size, work):
    corpus = os.path.join(work, "corpus-%d" % size)
    if not os.path.isdir(corpus):
        log("generating %d articles..." % size)
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate_corpus.py"), "--count", str(size),
                        "--out", corpus], check=True)
    return corpus


def remove_database(db):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.unlink(db + suffix)


def database_bytes(db):
    return sum(os.path.getsize(db + suffix) for suffix in ("", "-wal") if os.path.exists(db + suffix))


def corpus_bytes(corpus):
    return sum(os.path.getsize(os.path.join(folder, name)) for folder, _, names in os.walk(corpus) for name in names)


ENV = dict(os.environ, ARGKB_LEXICONS=os.path.join(ROOT, "data", "lexicon"),
           ARGKB_ANNOTATIONS=os.path.join(ROOT, "data", "annotations"))


def ingest(size, corpus, work):
    """One `init` + `ingest` into a new database."""
    db = os.path.join(work, "argkb-%d.db" % size)
    remove_database(db)
    log("ingesting %d articles..." % size)
    return db, timed(shell("%s init --db %s" % (quote(ARGKB), quote(db)),
                           "%s ingest --quiet --timings --db %s %s" % (quote(ARGKB), quote(db), quote(corpus))),
                     env=ENV)


def reingest(db, corpus):
    """The same ingest again on the unchanged corpus, three times: the median (one run of a third of
    a second was at the mercy of a cold page)."""
    log("re-ingesting the unchanged corpus...")
    again = median_run([timed([ARGKB, "ingest", "--quiet", "--db", db, corpus], env=ENV) for _ in range(3)])
    counts = {}
    for table in ("sources", "sentences", "mentions", "claims", "relations", "argument_links"):
        counts[table] = int(subprocess.run([ARGKB, "sql", "--db", db, "--tsv", "--no-headers",
                                            "SELECT count(*) FROM %s" % table],
                                           check=True, capture_output=True, text=True).stdout.strip())
    return again, counts


def flat_view(corpus):
    """The corpus as one folder of links (the peer reads the .txt files of one folder; the generator
    shards its files into folders of a thousand). Made untimed, once."""
    flat = corpus + "-flat"
    if not os.path.isdir(flat):
        os.makedirs(flat)
        for folder, _, names in os.walk(corpus):
            for name in names:
                if name.endswith(".txt"):
                    relative = os.path.relpath(os.path.join(folder, name), corpus).replace(os.sep, "-")
                    os.symlink(os.path.join(folder, name), os.path.join(flat, relative))
    return flat


def peer(size, corpus, work):
    """The peer pipeline into a new database of its own."""
    corpus = flat_view(corpus)
    db = os.path.join(work, "peer-%d.db" % size)
    remove_database(db)
    log("peer: %s over %d articles..." % (os.path.basename(PEER), size))
    return db, timed([sys.executable, PEER, corpus, db, "--jobs", "2"])


def export_sentences(size, db, work):
    """argkb's own sentences as TSV for the floor (exported untimed, once a size)."""
    tsv = os.path.join(work, "sentences-%d.tsv" % size)
    with open(tsv, "w") as handle:
        # No time limit: the 3 million sentences of 100k articles take about 10 s, sql's default.
        subprocess.run([ARGKB, "sql", "--db", db, "--tsv", "--no-headers", "--timeout", "0",
                        "SELECT id, source_id, ordinal, start, length, text FROM sentences ORDER BY id"],
                       check=True, stdout=handle)
    return tsv


def floor(size, tsv, work):
    """The sqlite3 CLI importing argkb's own sentences and indexing them with FTS5."""
    floor_db = os.path.join(work, "floor-%d.db" % size)
    remove_database(floor_db)
    script = os.path.join(work, "floor-%d.sql" % size)
    with open(script, "w") as handle:
        handle.write(FLOOR_SQL.format(tsv=tsv))
    log("storage floor: sqlite3 .import + FTS5 over %s..." % os.path.basename(tsv))
    with open(script) as handle:
        result = timed([SQLITE3, floor_db], stdin=handle)
    imported = subprocess.run([SQLITE3, floor_db, "SELECT count(*) FROM sentences"], check=True,
                              capture_output=True, text=True).stdout.strip()
    return floor_db, result, int(imported)


def median_run(runs):
    """The median of each figure over the rounds (stages too)."""
    result = {key: statistics.median(run[key] for run in runs) for key in ("wall", "cpu", "rss")}
    names = [name for name, _ in runs[0]["stages"]]
    result["stages"] = [(name, statistics.median(dict(run["stages"]).get(name, 0.0) for run in runs))
                        for name in names]
    return result


def questions():
    """100 varied questions over every form `ask` understands (README, "Questions ask understands")."""
    things = ["an alliance", "a bloc", "a military alliance", "a military pact", "a treaty", "an alliance"]
    low = ["improbable", "unlikely", "doubtful", "highly improbable", "impossible", "far from"]
    high = ["likely", "probable", "possible", "inevitable", "very likely", "certain"]
    actors = ["India", "New Delhi", "Russia", "Moscow", "China", "Beijing", "Japan", "Iran", "Turkey", "Putin",
              "Xi Jinping", "Central Asia", "the Arctic", "Kazakhstan", "Vietnam", "Pakistan"]
    result = []
    for i in range(6):
        thing = things[i]
        result += [
            "which sources call %s %s" % (thing, low[i]),
            "which sources consider %s %s" % (thing, high[i]),
            "who says %s is %s" % (thing, high[(i + 2) % 6]),
            "which sources are against %s" % thing,
            "which sources are for %s" % thing,
            "how many sources call %s %s" % (thing, low[(i + 1) % 6]),
            "what reasons are given against %s" % thing,
            "what reasons are given for %s" % thing,
            "which sources rate %s %s" % (thing, low[(i + 3) % 6]),
            "who says %s is %s" % (thing, low[(i + 4) % 6]),
        ]
    result += ["what is the most skeptical source", "what is the most optimistic source",
               "what is the most confident source", "which sources are skeptical about an alliance"]
    for actor in actors:
        result.append("what does the corpus say about %s" % actor)
    while len(result) < 100:
        i = len(result)
        result.append("which sources call %s %s" % (things[i % 6], (low + high)[i % 12]))
    return result[:100]


def searches():
    words = ["alliance", "\"military alliance\"", "Beijing", "Moscow", "sanctions", "treaty", "Arctic", "energy",
             "\"Central Asia\"", "strategic partnership", "NATO", "exercises", "India", "Japan", "trade",
             "pipeline", "security", "\"South China Sea\"", "Putin", "Xi", "competition", "distrust", "bloc",
             "cooperation", "\"Belt and Road\"", "weapons", "military", "improbable", "unlikely", "doubt"]
    return [words[i % len(words)] if i < len(words) else "%s %s" % (words[i % len(words)], words[(i * 7) % len(words)])
            for i in range(100)]


def forms():
    """Every question form of the README's table, and open questions, a few questions each."""
    return {
        "sources by verdict": ["which sources call an alliance improbable", "which sources consider a bloc unlikely",
                               "which sources say an alliance is possible", "which sources call an alliance inevitable"],
        "sources by side": ["which sources are against an alliance", "which sources favour a military alliance"],
        "superlatives": ["what is the most skeptical source", "which source is the most optimistic about an alliance",
                         "what is the most bullish piece", "which source gives the lowest likelihood"],
        "counts": ["how many sources call an alliance unlikely", "how many sources after 2021 call an alliance likely"],
        "dates": ["which sources published in 2021 call an alliance unlikely", "which sources since 2021 call an alliance likely",
                  "when did sources call an alliance unlikely"],
        "no side, dated": ["which article makes no prediction", "which sources with a publication date call an alliance unlikely"],
        "yes/no": ["is an alliance likely", "will Russia and China form a military alliance"],
        "speakers": ["who says an alliance is possible", "who is quoted", "what does Putin say"],
        "topics": ["what does the corpus say about India", "which sources mention India", "which actors are mentioned most"],
        "reasons": ["what reasons are given against an alliance", "what reasons are given for an alliance"],
        "relations": ["which actors compete with China", "which actors compete with China in Central Asia",
                      "what links Russia and India"],
        # Slugs of the generated corpus (every size has them): a skeptic and an optimist. The seeds'
        # slug this form named before is not in it, so the bench timed the fallback search.
        "contradictions": ["which sources contradict the article-000000 source",
                           "which sources contradict the article-000500 source"],
        "acceptability": ["which claims are unchallenged", "which claims are defeated", "which claims are contested"],
        "ad hoc proposition": ["which sources consider a Chinese invasion of Taiwan unlikely"],
        "open questions": ["where have Russian and Chinese forces held exercises",
                           "since when have Russia and China held joint exercises",
                           "which expert expects an alliance"],
    }


def latency(commands):
    """p50 and p95 wall milliseconds of each command run as its own process.

    Every command runs once untimed first: the database was just written and the machine's page
    cache may have dropped it meanwhile, and the figure to compare is the query's, not the disk's
    (the first, cold pass is printed on stderr)."""
    started = time.perf_counter()
    for command in commands:
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    log("  warm-up pass: %.1f s for %d commands" % (time.perf_counter() - started, len(commands)))
    samples = []
    for command in commands:
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), percentile95(samples)


def percentile95(samples):
    samples = sorted(samples)
    return samples[min(len(samples) - 1, max(0, int(round(0.95 * len(samples))) - 1))]


def form_latency(db):
    """p95 wall milliseconds of each question form, each of its questions run three times (warm)."""
    result = []
    for form, asked in forms().items():
        commands = [[ARGKB, "ask", "--db", db, question] for question in asked]
        for command in commands:
            # Untimed, and checked: a question the corpus does not let argkb read as its form is
            # answered by the full-text fallback (exit status 1), and its time is not the form's.
            first = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if "could not understand" in first.stderr:
                sys.exit("form %r: %r is not read as its form on %s:\n%s" % (form, command[-1], db, first.stderr))
        samples = []
        for _ in range(3):
            for command in commands:
                started = time.perf_counter()
                subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                samples.append((time.perf_counter() - started) * 1000)
        result.append((form, len(asked), percentile95(samples)))
    return result


def main():
    largest = int(os.environ.get("BENCH_SIZE", "10000"))
    sizes = sorted({size for size in (1000, 10000) if size <= largest} | {largest})
    work = os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="argkb-bench-")
    os.makedirs(work, exist_ok=True)
    if not os.access(ARGKB, os.X_OK):
        sys.exit("no release binary at %s: run `make bench` (it builds it)" % ARGKB)
    log("argkb bench in %s (%d cores, load %.1f)" % (work, os.cpu_count(), os.getloadavg()[0]))

    rows = []   # (figure, value, floor, ratio, target, met)

    def row(figure, value, unit, floor_value=None, target=None, met=None):
        ratio = "%.2fx" % (value / floor_value) if floor_value else ""
        floor_text = ("%.3g %s" % (floor_value, unit)) if floor_value else ""
        rows.append((figure, "%.3g %s" % (value, unit), floor_text, ratio, target or "",
                     "" if met is None else ("yes" if met else "NO")))

    largest_db = None
    has_peer = os.path.exists(PEER)
    if not has_peer:
        log("no peer at %s (BENCH_PEER): its rows are left out" % PEER)
    for size in sizes:
        corpus = corpus_of(size, work)
        label = "%dk" % (size // 1000) if size % 1000 == 0 else str(size)
        rounds = ROUNDS if size <= 10000 else 1
        firsts, floors, peers = [], [], []
        tsv = None
        for number in range(rounds):
            log("%s, round %d of %d" % (label, number + 1, rounds))
            db, first = ingest(size, corpus, work)
            firsts.append(first)
            if tsv is None:
                tsv = export_sentences(size, db, work)
            floor_db, floor_result, imported = floor(size, tsv, work)
            floors.append(floor_result)
            if has_peer:
                peer_db, peer_result = peer(size, corpus, work)
                peers.append(peer_result)
        again, counts = reingest(db, corpus)
        if imported != counts["sentences"]:
            sys.exit("floor imported %d sentences, argkb stored %d" % (imported, counts["sentences"]))
        log("%s: %s" % (label, ", ".join("%d %s" % (v, k) for k, v in counts.items())))
        first, floor_result = median_run(firsts), median_run(floors)
        of = "median of %d" % rounds if rounds > 1 else "one round"
        row("floor %s: sqlite3 .import + FTS5, wall (%d sentences, %s)" % (label, imported, of), floor_result["wall"], "s")
        row("floor %s: CPU" % label, floor_result["cpu"], "s")
        if peers:
            peer_result = median_run(peers)
            row("peer %s: peer_regex.py --jobs 2, wall (%s)" % (label, of), peer_result["wall"], "s",
                floor_result["wall"])
            row("peer %s: CPU" % label, peer_result["cpu"], "s", floor_result["cpu"])
        ratio_target = "<= %gx floor" % INGEST_FLOOR_RATIO if size == 10000 else None
        row("ingest %s: init + ingest, wall (%s)" % (label, of), first["wall"], "s", floor_result["wall"], ratio_target,
            first["wall"] <= INGEST_FLOOR_RATIO * floor_result["wall"] if size == 10000 else None)
        row("ingest %s: CPU (user + sys)" % label, first["cpu"], "s", floor_result["cpu"])
        if peers:
            speed = peer_result["wall"] / first["wall"]
            row("ingest %s: peer wall / argkb wall" % label, speed, "x", None,
                ">= %g" % PEER_RATIO if size == 10000 else None, speed >= PEER_RATIO if size == 10000 else None)
        for stage, seconds in first["stages"]:
            if stage != "total (wall)":
                row("ingest %s: %s (--timings)" % (label, stage), seconds, "s")
        rss_target = "< %d MB" % PEAK_RSS_MB if size >= 100000 else None
        row("ingest %s: peak RSS" % label, first["rss"], "MB", floor_result["rss"], rss_target,
            first["rss"] < PEAK_RSS_MB if size >= 100000 else None)
        text_bytes = corpus_bytes(corpus)
        size_ratio = database_bytes(db) / text_bytes
        row("size %s: corpus text (%d files)" % (label, counts["sources"]), text_bytes / 1e6, "MB")
        row("size %s: argkb database / corpus text" % label, size_ratio, "x", None,
            "<= %gx" % SIZE_RATIO if size == 10000 else None, size_ratio <= SIZE_RATIO if size == 10000 else None)
        row("size %s: floor database / corpus text" % label, database_bytes(floor_db) / text_bytes, "x")
        if peers:
            row("size %s: peer database / corpus text" % label, database_bytes(peer_db) / text_bytes, "x")
        row("re-ingest %s unchanged: wall" % label, again["wall"], "s", floor_result["wall"],
            "< %d%% of ingest (%.1f%%)" % (REINGEST_SHARE * 100, 100 * again["wall"] / first["wall"]),
            again["wall"] < REINGEST_SHARE * first["wall"])
        row("re-ingest %s unchanged: peak RSS" % label, again["rss"], "MB")
        largest_db = (label, db)

    label, db = largest_db
    log("timing 100 questions and 100 searches on the %s database..." % label)
    fts_floor = latency([[SQLITE3, "-readonly", db,
                          "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH %s ORDER BY rank LIMIT 20"
                          % ("'" + query.replace("'", "''") + "'")] for query in searches()])
    ask = latency([[ARGKB, "ask", "--db", db, question] for question in questions()])
    search = latency([[ARGKB, "search", "--db", db, query] for query in searches()])
    row("floor %s: sqlite3 CLI FTS5 MATCH p50" % label, fts_floor[0], "ms")
    row("floor %s: sqlite3 CLI FTS5 MATCH p95" % label, fts_floor[1], "ms")
    row("ask %s: p50 (100 questions, process start included)" % label, ask[0], "ms", fts_floor[0])
    row("ask %s: p95" % label, ask[1], "ms", fts_floor[1], "< %d ms" % ASK_P95_MS if label == "100k" else None,
        ask[1] < ASK_P95_MS if label == "100k" else None)
    row("search %s: p50 (100 queries)" % label, search[0], "ms", fts_floor[0])
    row("search %s: p95" % label, search[1], "ms", fts_floor[1])
    log("timing each question form on the %s database..." % label)
    for form, count, p95 in form_latency(db):
        row("ask %s, %s: p95 (%d questions x 3)" % (label, form, count), p95, "ms", None,
            "< %d ms" % ASK_P95_MS if label == "100k" else None, p95 < ASK_P95_MS if label == "100k" else None)

    log("reading 300 generated HTML pages (bench/html_bench.py --argkb-only)...")
    html = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "html_bench.py"), "--argkb-only", "--pages", "300"],
                          check=True, capture_output=True, text=True, env=dict(os.environ, ARGKB_BIN=ARGKB)).stdout
    pages_per_second = float(html.split()[0])
    row("html 300 pages: init + ingest, pages per second (%s)" % html.strip().split("(", 1)[1].rstrip(")"),
        pages_per_second, "pages/s")

    header = ("figure", "value", "floor", "ratio", "target", "met")
    table = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    table += ["| " + " | ".join(cells) + " |" for cells in rows]
    text = "\n".join(table)
    print(text)
    if os.environ.get("BENCH_KEEP") or os.environ.get("BENCH_DIR"):
        with open(os.path.join(work, "results.md"), "w") as handle:
            handle.write(text + "\n")
        log("kept %s (results.md)" % work)
    else:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
