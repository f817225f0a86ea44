"""`make bench`: start-up and per-keystroke search latency, each beside a
reference measured in the same run (the machine is shared and noisy, so the
figures are medians and ratios, not single timings).

(a) start to window shown and to search-ready, against a bare PySide6 window;
(b) search latency per keystroke, replaying ../shared/eval/queries.tsv one
    character at a time (results with snippets), against SQLite FTS5 over the
    same text (prefix queries, no stemming) as a floor.
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
RUNS = int(os.environ.get("BENCH_RUNS", "9"))


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(round(0.95 * len(values))) - 1)]


def timed_start(args: list[str], env: dict[str, str]) -> dict[str, float]:
    env = dict(env, EQUALCITY_T0=repr(time.time()))
    out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT,
                         check=False)
    marks = {}
    for line in out.stderr.splitlines():
        name, _, value = line.partition(" ")
        if name in ("shown", "ready"):
            marks[name] = float(value)
    if "shown" not in marks:
        raise SystemExit(f"no start-up milestone from {args}: {out.stderr[-500:]}")
    return marks


def bench_startup(env: dict[str, str]) -> None:
    app = [sys.executable, "-m", "equalcity_desktop", "--exit-when-ready"]
    bare = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    timed_start(app, env)  # warm the index and the file cache
    shown, ready, floor = [], [], []
    for _ in range(RUNS):  # alternate, so drift hits both alike
        floor.append(timed_start(bare, env)["shown"])
        marks = timed_start(app, env)
        shown.append(marks["shown"])
        ready.append(marks["ready"])
    f, s, r = (statistics.median(x) for x in (floor, shown, ready))
    print(f"start-up, median of {RUNS} alternating runs (offscreen):")
    print(f"  bare PySide6 window shown   {f * 1000:7.0f} ms   (the floor)")
    print(f"  Equalcity window shown      {s * 1000:7.0f} ms   x{s / f:.2f}  (target x1.5)")
    print(f"  Equalcity search-ready      {r * 1000:7.0f} ms   x{r / f:.2f}  (target x2.0)")


def keystrokes() -> list[tuple[str, str]]:
    out = []
    for line in QUERIES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, lang, _ = line.split("\t")
            out += [(query[:i], lang) for i in range(1, len(query) + 1)]
    return out


def fts5_table(service: ContentService) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    cols = ", ".join(f"head_{lang}, body_{lang}" for lang in LANGS)
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, {cols}, "
               "tokenize='unicode61 remove_diacritics 2')")
    from equalcity_desktop.library.index import documents

    rows = [(d["id"], *(v for lang in LANGS for v in (d.get(f"head_{lang}", ""),
                                                       d.get(f"body_{lang}", ""))))
            for d in documents(service.library)]
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


def bench_keystrokes(cache: Path) -> None:
    service = ContentService([resources.content_dir()], cache=cache)
    service.searcher()
    strokes = keystrokes()
    db = fts5_table(service)
    for text, lang in strokes[:50]:  # warm both
        service.search(text, lang, 20)
        fts5_search(db, text)
    whoosh_ms, fts_ms = [], []
    for text, lang in strokes:
        t = time.perf_counter()
        service.search(text, lang, 20)
        whoosh_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        fts5_search(db, text)
        fts_ms.append((time.perf_counter() - t) * 1000)
    items = len(service.library.items)
    print(f"search per keystroke, {len(strokes)} keystrokes of {QUERIES.name}, "
          f"{items} items x {len(LANGS)} languages, top 20 with snippets:")
    wm, wp = statistics.median(whoosh_ms), p95(whoosh_ms)
    fm, fp = statistics.median(fts_ms), p95(fts_ms)
    print(f"  Whoosh (stemmed + folded prefix)  median {wm:6.2f} ms  p95 {wp:6.2f} ms"
          f"  (target p95 < 16 ms)")
    print(f"  SQLite FTS5 (floor, no stemming)  median {fm:6.2f} ms  p95 {fp:6.2f} ms")
    print(f"  ratio Whoosh/FTS5                 median x{wm / fm:.1f}    p95 x{wp / fp:.1f}")
    service.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   EQUALCITY_SETTINGS_DIR=str(Path(tmp) / "settings"),
                   EQUALCITY_CACHE_DIR=str(Path(tmp) / "cache"))
        subprocess.run([sys.executable, "-m", "equalcity_desktop", "build-index"], env=env,
                       check=True, capture_output=True, cwd=ROOT)
        bench_startup(env)
        bench_keystrokes(Path(tmp) / "cache" / "index")
    return 0


if __name__ == "__main__":
    sys.exit(main())
