"""The command-line forms that the tests, the benchmark and the eval use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT


def cli(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
        check: bool = True) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "equalcity_desktop", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, env=full_env,
                          check=check, timeout=120)


def test_search_prints_results() -> None:
    out = cli("search", "suicide").stdout
    assert "suicidal-thoughts" in out.splitlines()[0]


def test_search_json_has_the_documented_fields() -> None:
    results = json.loads(cli("search", "--json", "--lang", "nl", "--limit", "3", "tolk").stdout)
    assert 0 < len(results) <= 3
    for key in ("id", "kind", "toolkit", "lang", "title", "score", "snippet"):
        assert key in results[0]
    assert results[0]["lang"] == "nl"


def test_batch_search_prints_one_line_per_query() -> None:
    queries = ["suicide", "", '"[a TO', "tolk", "x" * 10_000]
    out = cli("search", "--json", "--limit", "3", "-", stdin="\n".join(queries) + "\n").stdout
    lines = out.splitlines()
    assert len(lines) == len(queries)
    assert json.loads(lines[1]) == []
    assert json.loads(lines[0])[0]["id"] == "suicidal-thoughts"


def test_search_does_not_import_qt() -> None:
    code = ("import sys, runpy; sys.argv=['x','search','suicide'];\n"
            "import equalcity_desktop.cli as c; c.main(['search','suicide']);\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True)


def test_list_json() -> None:
    rows = json.loads(cli("list", "--json").stdout)
    ids = {r["id"] for r in rows}
    assert "suicidal-thoughts" in ids
    row = next(r for r in rows if r["id"] == "suicidal-thoughts")
    assert row["kind"] == "card" and row["title"]
    assert set(row["words"]) == {"en", "nl", "fr", "pt"}
    assert all(n > 100 for n in row["words"].values())


def test_check_content_passes_on_the_bundled_content() -> None:
    result = cli("check-content", check=False)
    assert result.returncode == 0, result.stdout
    assert "0 problems" in result.stdout


def test_check_content_fails_and_names_the_problem(mini_content: Path) -> None:
    (mini_content / "cards" / "card-one.fr.md").unlink()
    result = cli("check-content", str(mini_content), check=False)
    assert result.returncode == 1
    assert "language 'fr' is missing: add card-one.fr.md" in result.stdout


def test_build_index_into_a_folder(tmp_path: Path, mini_content: Path) -> None:
    out = cli("build-index", "--content", str(mini_content), "--out", str(tmp_path / "ix"))
    assert "index ready" in out.stdout
    entries = sorted(p.name for p in (tmp_path / "ix").iterdir())
    # One index, with the parsed library beside it and the manifest a bundle checks it by.
    assert len([name for name in entries if name.startswith("v")]) == 1
    assert entries[0] == "content-manifest.json" and entries[1].startswith("library-")
    assert len(entries) == 3


@pytest.mark.skipif(sys.platform != "linux", reason="display detection is for X11/Wayland")
def test_no_display_gives_one_clear_line() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "equalcity_desktop"], capture_output=True,
                            check=False,
                            text=True, cwd=ROOT, env=env, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "no display was found" in lines[0] and "search" in lines[0]
