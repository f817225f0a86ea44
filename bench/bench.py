"""`make bench`: start-up and per-keystroke search latency, each beside a
reference measured in the same run (the machine is shared and noisy, so the
figures are medians and ratios, not single timings).

(a) start to window shown and to search-ready, against a bare PySide6 window, and beside
    the least a search window can be with PySide6 and Whoosh (a box, a list, one Whoosh
    search over the same index: bench/minimal_search_window.py);
(b) search latency per keystroke, replaying ../shared/eval/queries.tsv one
    character at a time (results with snippets), against SQLite FTS5 over the
    same text (prefix queries, no stemming) as a floor;
(c) the same at scale: a generated library ten times the bundled one (each
    item copied ten times with its paragraphs in another order), its index
    build time, and the time to open it (the window opens it in the
    background, so start-up does not wait for it);
(d) the frozen bundle (`make bundle`, which `make bench` runs first): start-up
    beside running from source, paired and alternating, and its size.

`python bench/bench.py --keystrokes` runs only (b) and (c), each also over the
everyday sentences of tests/data/sentence_queries.tsv; `--startup` runs only (a),
and (d) when the bundle is already built (BENCH_RUNS sets the runs, default 9).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from equalcity_desktop import resources  # noqa: E402
from equalcity_desktop.library.languages import LANGS  # noqa: E402
from equalcity_desktop.library.query import parse  # noqa: E402
from equalcity_desktop.library.service import ContentService  # noqa: E402

QUERIES = ROOT.parent / "shared" / "eval" / "queries.tsv"
SENTENCES = ROOT / "tests" / "data" / "sentence_queries.tsv"  # whole everyday sentences
RUNS = int(os.environ.get("BENCH_RUNS", "9"))
ROUNDS = 3


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(round(0.95 * len(values))) - 1)]


# The app's milestones (equalcity_desktop/timing.py): the window's, and the search
# thread's on its way to the first search (index-open, library-loaded).
MILESTONES = ("shown", "index-open", "library-loaded", "ready")


def timed_start(args: list[str], env: dict[str, str]) -> dict[str, float]:
    env = dict(env, EQUALCITY_T0=repr(time.time()))
    out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT,
                         check=False)
    marks = {}
    for line in out.stderr.splitlines():
        name, _, value = line.partition(" ")
        if name in MILESTONES:
            marks[name] = float(value)
    if "shown" not in marks:
        raise SystemExit(f"no start-up milestone from {args}: {out.stderr[-500:]}")
    return marks


def bench_startup(env: dict[str, str]) -> None:
    app = [sys.executable, "-m", "equalcity_desktop", "--exit-when-ready"]
    bare = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    # Byte code as an installed app has it: with PYTHONDONTWRITEBYTECODE set (as in some
    # shells and CI), every module changed since its .pyc was written would be compiled
    # again at each start (measured: 20-70 ms), which no user ever pays.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "equalcity_desktop")],
                   check=False, capture_output=True)
    least = [sys.executable, str(ROOT / "bench" / "minimal_search_window.py")]
    timed_start(app, env)  # warm the index and the file cache
    timed_start(least, env)
    shown, ready, floor, runs, minimal = [], [], [], [], []
    for _ in range(RUNS):  # alternate, so drift hits all alike
        floor.append(timed_start(bare, env)["shown"])
        marks = timed_start(app, env)
        runs.append(marks)
        shown.append(marks["shown"])
        ready.append(marks["ready"])
        minimal.append(timed_start(least, env))
    f, s, r = (statistics.median(x) for x in (floor, shown, ready))
    ms, mr = (statistics.median(m[mark] for m in minimal) for mark in ("shown", "ready"))
    print(f"start-up, median of {RUNS} alternating runs (offscreen):")
    print(f"  bare PySide6 window shown   {f * 1000:7.0f} ms   (the floor)")
    print(f"  Equalcity window shown      {s * 1000:7.0f} ms   x{s / f:.2f}  (target x1.5)")
    print(f"  Equalcity search-ready      {r * 1000:7.0f} ms   x{r / f:.2f}  (target x2.0)")
    # The least a search window can be with PySide6 and Whoosh (bench/minimal_search_window.py).
    print(f"  minimal search window       shown {ms * 1000:5.0f} ms x{ms / f:.2f}   "
          f"ready {mr * 1000:5.0f} ms x{mr / f:.2f}")
    steps = [m for m in MILESTONES[1:-1] if all(m in marks for marks in runs)]
    if steps:  # where the time between shown and ready goes
        gaps = "   ".join(f"{m} {statistics.median(x[m] - x['shown'] for x in runs) * 1000:+.0f} ms"
                           for m in (*steps, "ready"))
        print(f"    after shown (search thread): {gaps}")


FROZEN = ROOT / "dist" / "equalcity" / ("equalcity.exe" if os.name == "nt" else "equalcity")


def bench_frozen(env: dict[str, str]) -> None:
    """(d) The onedir bundle: start-up beside running from source, and its size."""
    if not FROZEN.is_file():
        print("frozen bundle: not built (run `make bundle`); skipped")
        return
    source = [sys.executable, "-m", "equalcity_desktop", "--exit-when-ready"]
    frozen = [str(FROZEN), "--exit-when-ready"]
    timed_start(frozen, env)  # warm the file cache for both
    timed_start(source, env)
    pairs = [(timed_start(frozen, env), timed_start(source, env)) for _ in range(RUNS)]
    print(f"frozen bundle, median of {RUNS} alternating runs (offscreen):")
    for mark, label in (("shown", "window shown"), ("ready", "search-ready")):
        fz = statistics.median(f[mark] for f, _ in pairs)
        src = statistics.median(s[mark] for _, s in pairs)
        target = "  (target x1.1)" if mark == "ready" else ""
        print(f"  {label:13} frozen {fz * 1000:5.0f} ms   from source {src * 1000:5.0f} ms   "
              f"x{fz / src:.2f}{target}")
    files = [f for f in FROZEN.parent.rglob("*") if f.is_file() and not f.is_symlink()]
    total = sum(f.stat().st_size for f in files)
    print(f"  bundle size  {total / 1e6:.1f} MB ({total / 2**20:.1f} MiB), {len(files)} files "
          "(target < 130 MB)")
    parts: dict[str, int] = {}
    for f in files:
        key = _component(f.relative_to(FROZEN.parent))
        parts[key] = parts.get(key, 0) + f.stat().st_size
    for name, size in sorted(parts.items(), key=lambda kv: -kv[1])[:8]:
        print(f"    {size / 1e6:5.1f} MB  {name}")


def _component(rel: Path) -> str:
    """A coarse name for a file of the bundle, for the size table."""
    name, text = rel.name, rel.as_posix()
    if name.startswith("libicu"):
        return "ICU (two libraries + data filtered by packaging/icu_data.py)"
    if "/Qt/" in text:
        return "Qt libraries, plugins, translations"
    if "PySide6" in text or "shiboken6" in text:
        return "PySide6 bindings"
    for folder, label in (("index", "prebuilt search index"), ("content", "content"),
                          ("resources", "fonts and style sheet"), ("python3", "Python stdlib")):
        if f"_internal/{folder}" in text:
            return label
    if name.startswith(("libcups", "libgnutls", "libkrb5", "libk5crypto", "libgssapi",
                        "libp11-kit", "libunistring", "libidn2", "libnettle", "libhogweed",
                        "libgmp", "libtasn1", "libavahi")):
        return "CUPS printing and its libraries"
    if name.startswith("libpython") or name == "base_library.zip":
        return "Python runtime"
    if rel.parent.name == "" or rel.as_posix() == FROZEN.name:
        return "executable (bootloader + app code)"
    return "other system libraries and packages"


def keystrokes(path: Path = QUERIES) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, lang, _ = line.split("\t")
            out += [(query[:i], lang) for i in range(1, len(query) + 1)]
    return out


def scaled(library, times: int):
    """A library ``times`` as large: every item copied, paragraphs reordered."""
    import copy
    import random

    from equalcity_desktop.library.model import Library

    rng = random.Random(7)
    big = Library(toolkits=library.toolkits)
    for n in range(times):
        for item in library.items.values():
            twin = copy.deepcopy(item)
            twin.id = item.id if n == 0 else f"{item.id}-copy{n}"
            for variant in twin.variants.values():
                paragraphs = variant.body.split("\n\n")
                if n:
                    rng.shuffle(paragraphs)
                variant.body = "\n\n".join(paragraphs)
            big.items[twin.id] = twin
    return big


def fts5_table(library) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    cols = ", ".join(f"head_{lang}, body_{lang}" for lang in LANGS)
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, {cols}, "
               "tokenize='unicode61 remove_diacritics 2')")
    from equalcity_desktop.library.index import documents

    rows = [(d["id"], *(v for lang in LANGS for v in (d.get(f"head_{lang}", ""),
                                                       d.get(f"body_{lang}", ""))))
            for d in documents(library)]
    db.executemany(f"INSERT INTO t VALUES ({', '.join('?' * (1 + 2 * len(LANGS)))})", rows)
    return db


def fts5_search(db: sqlite3.Connection, text: str) -> list:
    parsed = parse(text)
    if parsed.empty:
        return []
    terms = [f'"{w}"' for w in parsed.folded]
    if parsed.prefix:
        terms[-1] += "*"
    query = " OR ".join(terms)
    return db.execute("SELECT id, snippet(t, -1, '<b>', '</b>', '…', 12) FROM t "
                      "WHERE t MATCH ? ORDER BY rank LIMIT 20", (query,)).fetchall()


def replay(searcher, library, target: float, path: Path = QUERIES) -> None:
    strokes = keystrokes(path)
    db = fts5_table(library)
    searcher.corrector().warm_up()  # the app does this in the background at start
    def run(engine) -> tuple[float, float]:
        # Each pass starts with nothing kept from the one before (the searcher
        # keeps scores, completions and documents between searches, as in the
        # window: within a pass, later keystrokes and queries do profit).
        searcher.drop_caches()
        times = []
        for text, lang in strokes:
            t = time.perf_counter()
            engine(text, lang)
            times.append((time.perf_counter() - t) * 1000)
        return statistics.median(times), p95(times)

    def whoosh(text: str, lang: str) -> None:
        searcher.search(text, lang, 20)

    def fts5(text: str, _lang: str) -> None:
        fts5_search(db, text)

    run(whoosh)  # a warm-up pass of each
    run(fts5)
    # Whole passes, engines alternating: interleaving every keystroke made
    # each engine evict the other's caches and measured that instead.
    rounds = [(run(whoosh), run(fts5)) for _ in range(ROUNDS)]
    print(f"  {len(strokes)} keystrokes of {path.name}, {len(library.items)} items x "
          f"{len(LANGS)} languages, top 20 with snippets, median of {ROUNDS} passes:")
    wm = statistics.median(w[0] for w, _ in rounds)
    wp = statistics.median(w[1] for w, _ in rounds)
    fm = statistics.median(f[0] for _, f in rounds)
    fp = statistics.median(f[1] for _, f in rounds)
    print(f"  Whoosh (stemmed + folded prefix)  median {wm:6.2f} ms  p95 {wp:6.2f} ms"
          f"  (target p95 < {target:.0f} ms)")
    print(f"  SQLite FTS5 (floor, no stemming)  median {fm:6.2f} ms  p95 {fp:6.2f} ms")
    print(f"  ratio Whoosh/FTS5                 median x{wm / fm:.1f}    p95 x{wp / fp:.1f}")


def bench_keystrokes(cache: Path) -> None:
    service = ContentService([resources.content_dir()], cache=cache)
    print("search per keystroke, bundled content:")
    replay(service.searcher(), service.library, 16)
    replay(service.searcher(), service.library, 16, SENTENCES)
    service.close()


def bench_scale(folder: Path, times: int = 10) -> None:
    from equalcity_desktop.library import index as index_mod
    from equalcity_desktop.library.search import Searcher

    service = ContentService([resources.content_dir()], cache=folder / "small")
    service.searcher()
    library = scaled(service.library, times)
    t = time.perf_counter()
    path = index_mod.build(library, folder / "big", "scale")
    built = time.perf_counter() - t
    t = time.perf_counter()
    ix = index_mod.open_checked(path, "scale")
    opened = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    index_mod.open_checked(service.cache / index_mod.index_name(service.key), service.key)
    small = (time.perf_counter() - t) * 1000
    size = sum(f.stat().st_size for f in path.iterdir()) / 1e6
    print(f"scale: {times} x the bundled content ({len(library.items)} items), generated here:")
    print(f"  index build {built:5.1f} s, {size:.0f} MB; open {opened:.0f} ms "
          f"(bundled index: {small:.0f} ms; opened off the UI thread, after the window)")
    searcher = Searcher(ix)
    replay(searcher, library, 50)
    replay(searcher, library, 50, SENTENCES)


def main() -> int:
    if "--keystrokes" in sys.argv:  # only (b) and (c): no bundle, no start-up runs
        with tempfile.TemporaryDirectory() as tmp:
            bench_keystrokes(Path(tmp) / "cache")
            bench_scale(Path(tmp) / "scale")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   EQUALCITY_SETTINGS_DIR=str(Path(tmp) / "settings"),
                   EQUALCITY_CACHE_DIR=str(Path(tmp) / "cache"))
        subprocess.run([sys.executable, "-m", "equalcity_desktop", "build-index"], env=env,
                       check=True, capture_output=True, cwd=ROOT)
        bench_startup(env)
        bench_frozen(env)
        if "--startup" in sys.argv:  # only (a) and (d)
            return 0
        bench_keystrokes(Path(tmp) / "cache" / "index")
        bench_scale(Path(tmp) / "scale")
    return 0


if __name__ == "__main__":
    sys.exit(main())
