"""The findability check at its target, the way ../shared/eval/run_eval.py runs
it: each query set through `search --json --limit 3 -` in one process.
tests/data/eval_queries.tsv is a copy of ../shared/eval/queries.tsv (keywords);
tests/data/sentence_queries.tsv holds everyday sentences as workers type them
(issue 13), written before the ranking was tuned."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

SETS = {"public": ROOT / "tests" / "data" / "eval_queries.tsv",
        "sentences": ROOT / "tests" / "data" / "sentence_queries.tsv"}


@pytest.mark.parametrize("name", SETS)
def test_top3_and_mrr(name: str) -> None:
    rows = []
    for line in SETS[name].read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, lang, expected = line.split("\t")
            rows.append((query, lang, {e.strip() for e in expected.split(",")}))
    out = subprocess.run([sys.executable, "-m", "equalcity_desktop", "search", "--json",
                          "--limit", "3", "-"], input="".join(q + "\n" for q, _, _ in rows),
                         capture_output=True, text=True, cwd=ROOT, check=True, timeout=600)
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
    assert reciprocal / len(rows) >= 0.90, misses
