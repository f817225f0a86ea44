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


def test_reading_the_snapshot_imports_none_of_the_parsing() -> None:
    import subprocess
    import sys

    code = ("import sys; from equalcity_desktop.library import snapshot; "
            "print(sorted(m for m in sys.modules if m.startswith(('yaml', 'markdown', "
            "'equalcity_desktop.library.loader', 'equalcity_desktop.library.frontmatter'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_a_truncated_snapshot_is_ignored(tmp_path: Path) -> None:
    result = loader.load([CONTENT])
    path = snapshot.path_for(tmp_path, "k" * 64)
    snapshot.save(result, path)
    data = path.read_bytes()
    for cut in (0, 1, len(data) // 2, len(data) - 1):
        path.write_bytes(data[:cut])
        assert snapshot.load(path) is None
    path.write_bytes(b"\xff" * 64)
    assert snapshot.load(path) is None


def test_saving_keeps_one_snapshot_and_removes_the_json_of_old_versions(tmp_path: Path) -> None:
    result = loader.load([CONTENT])
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "library-3-0123456789abcdef01234567.json").write_text("{}", encoding="utf-8")
    snapshot.save(result, snapshot.path_for(cache, "a" * 64))
    snapshot.save(result, snapshot.path_for(cache, "b" * 64))
    assert [p.name for p in cache.iterdir()] == [snapshot.path_for(cache, "b" * 64).name]


def test_the_service_parses_once_then_reads_the_snapshot(
        mini_content: Path, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from equalcity_desktop.library.service import ContentService

    first = ContentService([mini_content], cache=tmp_path / "cache")
    items = first.library.items
    assert snapshot.path_for(tmp_path / "cache", first.key).is_file()

    def refuse(*_args):  # noqa: ANN002, ANN202
        raise AssertionError("parsed again")

    monkeypatch.setattr(loader, "load", refuse)
    again = ContentService([mini_content], cache=tmp_path / "cache")
    assert again.library.items == items
