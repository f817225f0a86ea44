"""The index is built atomically, opened read-only, and rebuilt when damaged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from equalcity_desktop.library import index as index_mod
from equalcity_desktop.library import loader
from equalcity_desktop.library.service import ContentService


def _open(content: Path, cache: Path):
    key = index_mod.content_key([content])
    calls = []

    def load():
        calls.append(1)
        return loader.load([content]).library

    return index_mod.open_or_build(load, key, cache), key, calls


def test_build_then_open_without_parsing_content(mini_content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    ix, key, calls = _open(mini_content, cache)
    assert ix.doc_count() == 4
    assert calls == [1]
    assert [p.name for p in cache.iterdir()] == [index_mod.index_name(key)]
    ix.close()
    ix, _, calls = _open(mini_content, cache)
    assert calls == []  # a valid index opens from the hash alone
    ix.close()


def test_changed_content_gets_a_new_index_and_the_old_is_removed(
        mini_content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _open(mini_content, cache)[0].close()
    path = mini_content / "glossary" / "safe-word.en.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    ix, key, calls = _open(mini_content, cache)
    assert calls == [1]
    assert [p.name for p in cache.iterdir()] == [index_mod.index_name(key)]
    ix.close()


@pytest.mark.parametrize("damage", ["truncate_toc", "delete_segment", "garbage_meta",
                                    "other_schema", "empty_folder"])
def test_a_damaged_index_is_rebuilt(mini_content: Path, tmp_path: Path, damage: str) -> None:
    cache = tmp_path / "cache"
    ix, key, _ = _open(mini_content, cache)
    ix.close()
    folder = cache / index_mod.index_name(key)
    if damage == "truncate_toc":
        toc = next(folder.glob("*.toc"))
        toc.write_bytes(toc.read_bytes()[:20])  # Whoosh raises a bare struct.error here
    elif damage == "delete_segment":
        for seg in folder.glob("*.seg"):
            seg.unlink()
    elif damage == "garbage_meta":
        (folder / index_mod.META_FILE).write_text("{not json", encoding="utf-8")
    elif damage == "other_schema":
        (folder / index_mod.META_FILE).write_text(
            f'{{"schema": {index_mod.SCHEMA_VERSION + 1}, "key": "{key}"}}', encoding="utf-8")
    else:
        for f in folder.iterdir():
            f.unlink()
    ix, _, calls = _open(mini_content, cache)
    assert calls == [1]
    with ix.searcher() as s:
        assert s.doc_count() == 4
    ix.close()


def test_a_leftover_temporary_build_is_cleaned_up(mini_content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    stale = cache / "tmp-abandoned"
    stale.mkdir(parents=True)
    (stale / "_MAIN_1.toc").write_bytes(b"half")
    old = os.path.getmtime(stale) - index_mod.STALE_TMP_SECONDS - 5
    os.utime(stale, (old, old))
    fresh = cache / "tmp-building-now"
    fresh.mkdir()
    _open(mini_content, cache)[0].close()
    assert not stale.exists()
    assert fresh.exists()  # perhaps another process is building it right now


def test_an_unwritable_cache_falls_back_to_memory(mini_content: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    ix, _, calls = _open(mini_content, blocker / "cache")
    assert calls == [1]
    assert ix.doc_count() == 4


def test_the_index_is_opened_read_only(mini_content: Path, tmp_path: Path) -> None:
    ix, _, _ = _open(mini_content, tmp_path / "cache")
    assert ix.storage.readonly
    ix.close()


def test_service_build_index_into_a_folder(mini_content: Path, tmp_path: Path) -> None:
    service = ContentService([mini_content], cache=tmp_path / "cache")
    out = service.build_index(tmp_path / "bundle")
    assert out.parent == tmp_path / "bundle"
    # A prebuilt index is used as is: the cache stays empty.
    prebuilt = ContentService([mini_content], cache=tmp_path / "cache2",
                              prebuilt=tmp_path / "bundle")
    assert prebuilt.search("alias-card-one")[0].id == "card-one"
    assert not (tmp_path / "cache2").exists()
    prebuilt.close()
