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


# -- the content key without reading the files ---------------------------------------------


def _age(folder: Path, seconds: int = 3600) -> None:
    """Make every content file look written an hour ago."""
    for path in folder.rglob("*"):
        stamp = path.stat().st_mtime - seconds
        os.utime(path, (stamp, stamp))


def test_the_remembered_key_is_the_content_hash_and_reads_no_file(
        mini_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_mod, "SETTLE_NS", 0)
    cache = tmp_path / "cache"
    key = index_mod.cached_content_key([mini_content], cache)
    assert key == index_mod.content_key([mini_content])
    assert (cache / index_mod.KEY_CACHE).is_file()
    stored = (cache / index_mod.KEY_CACHE).read_text(encoding="utf-8")
    assert str(mini_content) not in stored and "card-one" not in stored  # digests only

    def no_reading(_listing):  # noqa: ANN001, ANN202
        raise AssertionError("the content files were read")

    monkeypatch.setattr(index_mod, "_hash_files", no_reading)
    assert index_mod.cached_content_key([mini_content], cache) == key


@pytest.mark.parametrize("change", ["longer", "same_size", "same_size_and_times", "new_file",
                                    "removed_file"])
def test_a_changed_file_changes_the_remembered_key(
        mini_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        change: str) -> None:
    if change == "same_size_and_times" and os.name == "nt":
        pytest.skip("on Windows st_ctime is the creation time, which an edit keeps")
    monkeypatch.setattr(index_mod, "SETTLE_NS", 0)
    cache = tmp_path / "cache"
    _age(mini_content)
    before = index_mod.cached_content_key([mini_content], cache)
    path = mini_content / "glossary" / "safe-word.en.md"
    text = path.read_text(encoding="utf-8")
    times = path.stat()
    if change == "longer":
        path.write_text(text + "\nMore.\n", encoding="utf-8")
    elif change.startswith("same_size"):
        path.write_text(text.replace("safe", "sage", 1), encoding="utf-8")
        assert len(path.read_bytes()) == times.st_size
        if change == "same_size_and_times":  # as `cp -p` or an unpacker keeping times
            os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))
    elif change == "new_file":
        (mini_content / "glossary" / "notes.en.md").write_text(text, encoding="utf-8")
    else:
        path.unlink()
    after = index_mod.cached_content_key([mini_content], cache)
    assert after != before
    assert after == index_mod.content_key([mini_content])


def test_a_file_changed_just_now_is_not_remembered(mini_content: Path, tmp_path: Path) -> None:
    # Within the file system's time granularity a second edit could keep the size and
    # the time: the key of files this fresh is hashed again at every start.
    cache = tmp_path / "cache"
    key = index_mod.cached_content_key([mini_content], cache)
    assert key == index_mod.content_key([mini_content])
    assert not (cache / index_mod.KEY_CACHE).exists()


@pytest.mark.parametrize("garbage", ["{not json", '{"schema": 5, "keys": 7}', "[]",
                                     '{"schema": 5, "keys": [["a"]]}'])
def test_a_damaged_key_cache_means_hashing(mini_content: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           garbage: str) -> None:
    monkeypatch.setattr(index_mod, "SETTLE_NS", 0)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / index_mod.KEY_CACHE).write_text(garbage, encoding="utf-8")
    assert index_mod.cached_content_key([mini_content], cache) == index_mod.content_key(
        [mini_content])


def test_an_edited_file_rebuilds_the_index_through_the_service(
        mini_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_mod, "SETTLE_NS", 0)
    _age(mini_content)
    cache = tmp_path / "cache"
    first = ContentService([mini_content], cache=cache)
    assert not first.search("zanzibarword")
    first.close()
    path = mini_content / "glossary" / "safe-word.en.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nzanzibarword\n", encoding="utf-8")
    again = ContentService([mini_content], cache=cache)
    assert [r.id for r in again.search("zanzibarword")] == ["safe-word"]
    assert len([p for p in cache.iterdir() if p.name.startswith("v")]) == 1
    again.close()


def test_a_bundle_accepts_its_index_by_the_manifest_without_reading_the_files(
        mini_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from equalcity_desktop.library import loader as loader_mod

    ContentService([mini_content], cache=tmp_path / "cache").build_index(tmp_path / "bundle")
    assert (tmp_path / "bundle" / index_mod.MANIFEST_FILE).is_file()
    _age(mini_content)  # unpacking a bundle gives its files other times

    def refuse(*_args):  # noqa: ANN002, ANN202
        raise AssertionError("read the content files")

    monkeypatch.setattr(index_mod, "_hash_files", refuse)
    monkeypatch.setattr(loader_mod, "load", refuse)
    bundled = ContentService([mini_content], cache=tmp_path / "cache2",
                             prebuilt=tmp_path / "bundle")
    assert bundled.search("alias-card-one")[0].id == "card-one"
    assert bundled.library.items["card-one"].title("en")  # the snapshot beside the index
    assert not (tmp_path / "cache2").exists()
    bundled.close()


def test_a_bundle_whose_content_changed_size_is_hashed_and_indexed_again(
        mini_content: Path, tmp_path: Path) -> None:
    ContentService([mini_content], cache=tmp_path / "cache").build_index(tmp_path / "bundle")
    path = mini_content / "glossary" / "safe-word.en.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nzanzibarword\n", encoding="utf-8")
    bundled = ContentService([mini_content], cache=tmp_path / "cache2",
                             prebuilt=tmp_path / "bundle")
    assert bundled.key == index_mod.content_key([mini_content])
    assert [r.id for r in bundled.search("zanzibarword")] == ["safe-word"]
    assert "zanzibarword" in bundled.library.items["safe-word"].variants["en"].body
    bundled.close()


def test_whoosh_reads_its_index_parts_in_place(mini_content: Path, tmp_path: Path) -> None:
    import gc
    import io

    from whoosh.filedb.structfile import BufferFile

    ix, _, _ = _open(mini_content, tmp_path / "cache")
    with ix.searcher() as searcher:
        assert searcher.doc_count() == 4
        assert [d["id"] for d in searcher.documents(kind="card")]
        parts = [o for o in gc.get_objects() if isinstance(o, BufferFile)]
        assert any(isinstance(p._buf, memoryview) for p in parts)  # noqa: SLF001
        assert not [p for p in parts if isinstance(p._stream, io.BytesIO)]  # noqa: SLF001
    ix.close()
    data = b"\x00\x00\x00\x05hello\nworld\n"
    for part in (BufferFile(memoryview(data)), BufferFile(data)):  # mapped, and in memory
        assert part.read(4) == b"\x00\x00\x00\x05"
        assert part.get(4, 5) == b"hello"
        assert part.readline() == b"hello\n"
        assert part.tell() == 10
        part.seek(-6, 2)
        assert part.read() == b"world\n"
        assert part.read(3) == b""
        part.close()


def test_whooshs_variations_still_work_behind_the_stand_in() -> None:
    from whoosh.query.terms import variations

    assert {"run", "runs", "running"} <= set(variations("running"))


def test_the_faster_pyside_import_hook_gives_pysides_answers() -> None:
    import sys

    pytest.importorskip("PySide6.QtCore")
    import equalcity_desktop.library.search  # noqa: F401 - the search thread's imports
    from equalcity_desktop.library import whoosh_shim

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide6 has no import hook to speed up")
    whoosh_shim.faster_pyside_import_hook()
    fast = feature._mod_uses_pyside  # noqa: SLF001
    assert fast.equalcity
    whoosh_shim.faster_pyside_import_hook()  # once only
    assert feature._mod_uses_pyside is fast  # noqa: SLF001
    original = fast.__closure__[next(i for i, name in enumerate(fast.__code__.co_freevars)
                                     if name == "original")].cell_contents
    modules = [m for name, m in sorted(sys.modules.items())
               if not name.startswith(whoosh_shim.PYSIDE_FREE)]
    assert len(modules) > 100
    assert [fast(m) for m in modules] == [original(m) for m in modules]
    assert any(fast(m) for m in modules)  # the Qt-using ones are found
    assert not fast(sys.modules["whoosh.index"])
