"""The parsed library saved beside the index comes back identical."""

from __future__ import annotations

from pathlib import Path

from equalcity_desktop.library import loader, snapshot

from ..conftest import CONTENT


def test_round_trip_of_the_bundled_library(tmp_path: Path) -> None:
    result = loader.load([CONTENT])
    path = snapshot.path_for(tmp_path, "k" * 64)
    snapshot.save(result, path)
    back = snapshot.load(path)
    assert back is not None
    assert back.library.items == result.library.items
    assert back.library.toolkits == result.library.toolkits
    contact = next(i for i in back.library.items.values() if i.kind == "contact")
    assert contact.extra["country"] and contact.extra["last_checked"]


def test_a_damaged_or_old_snapshot_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    path.write_text("{broken", encoding="utf-8")
    assert snapshot.load(path) is None
    path.write_text('{"format": 0}', encoding="utf-8")
    assert snapshot.load(path) is None
    assert snapshot.load(tmp_path / "missing.json") is None
