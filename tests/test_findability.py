"""The findability check at its target, the way ../shared/eval/run_eval.py runs
it: the public queries through `search --json --limit 3 -` in one process.
(tests/data/eval_queries.tsv is a copy of ../shared/eval/queries.tsv.)"""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import ROOT

QUERIES = ROOT / "tests" / "data" / "eval_queries.tsv"


def test_top3_and_mrr_on_the_public_queries() -> None:
    rows = []
    for line in QUERIES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, lang, expected = line.split("\t")
            rows.append((query, lang, {e.strip() for e in expected.split(",")}))
    out = subprocess.run([sys.executable, "-m", "equalcity_desktop", "search", "--json",
                          "--limit", "3", "-"], input="".join(q + "\n" for q, _, _ in rows),
                         capture_output=True, text=True, cwd=ROOT, check=True, timeout=300)
    lines = out.stdout.splitlines()
    assert len(lines) == len(rows)
    hits, reciprocal, misses = 0, 0.0, []
    for (query, _lang, expected), line in zip(rows, lines, strict=True):
        ids = [r["id"] for r in json.loads(line)][:3]
        rank = next((i + 1 for i, x in enumerate(ids) if x in expected), None)
        if rank:
            hits += 1
            reciprocal += 1 / rank
        else:
            misses.append((query, ids))
    assert hits / len(rows) >= 0.95, misses
    assert reciprocal / len(rows) >= 0.90
