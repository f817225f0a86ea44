"""The compiled concept lexicon comes back from the cache exactly as compiled, and a
changed or damaged cache never changes what a search finds."""

from __future__ import annotations

import marshal
from pathlib import Path

from equalcity_desktop.library import lexicon

from ..conftest import CONTENT

FOLDER = CONTENT / "lexicon"
SENTENCES = [
    "my client says her boyfriend reads all her messages",
    "de jongen in kamer 3 roept 's nachts",
    "elle a peur que son père l'envoie au pays",
    "a cliente diz que o namorado lhe controla o dinheiro",
    "he was pushed and called names",
]


def _matches(lx: lexicon.Lexicon) -> list:
    out = []
    for sentence in SENTENCES:
        words = sentence.split()
        out.append((lx.languages(words), lx.match(words, lx.languages(words)), lx.ignore))
    return out


def test_the_cached_lexicon_matches_as_the_compiled_one(tmp_path: Path) -> None:
    compiled = lexicon.load(FOLDER)
    first = lexicon.load_cached(FOLDER, tmp_path)
    cached = list(tmp_path.glob("lexicon-*.bin"))
    assert len(cached) == 1
    again = lexicon.load_cached(FOLDER, tmp_path)  # read back from the file
    assert _matches(again) == _matches(first) == _matches(compiled)
    assert any(m for _, m, _ in _matches(again))  # the sentences do name concepts
    assert len(again) == len(compiled)


def test_a_damaged_cache_is_compiled_again(tmp_path: Path) -> None:
    lexicon.load_cached(FOLDER, tmp_path)
    (cached,) = tmp_path.glob("lexicon-*.bin")
    whole = cached.read_bytes()
    for damaged in (whole[: len(whole) // 2], b"", b"\x00garbage", marshal.dumps((1, 2, 3)),
                    marshal.dumps(({}, {"en": ((("a",), 0),)}, ()))):
        cached.write_bytes(damaged)
        again = lexicon.load_cached(FOLDER, tmp_path)
        assert _matches(again) == _matches(lexicon.load(FOLDER))
        assert cached.read_bytes() == whole  # compiled and written again


def test_changed_files_get_a_new_cache_and_the_old_one_goes(tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    folder.mkdir()
    for path in FOLDER.glob("*.yaml"):
        (folder / path.name).write_bytes(path.read_bytes())
    cache = tmp_path / "cache"
    lexicon.load_cached(folder, cache)
    (before,) = cache.glob("lexicon-*.bin")
    en = folder / "en.yaml"
    en.write_text(en.read_text(encoding="utf-8").replace("pushed", "shoved"), encoding="utf-8")
    changed = lexicon.load_cached(folder, cache)
    (after,) = cache.glob("lexicon-*.bin")
    assert after != before
    words = "he shoved her".split()
    assert changed.match(words, ["en"])  # the new word names its concept
    assert changed.match(words, ["en"]) == lexicon.load(folder).match(words, ["en"])


def test_an_unwritable_cache_still_gives_the_lexicon(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")  # a file where the cache folder should be
    lx = lexicon.load_cached(FOLDER, blocked / "cache")
    assert _matches(lx) == _matches(lexicon.load(FOLDER))


def test_other_stemmers_get_a_cache_of_their_own(tmp_path: Path, monkeypatch) -> None:
    lexicon.load_cached(FOLDER, tmp_path)
    (before,) = tmp_path.glob("lexicon-*.bin")
    monkeypatch.setattr(lexicon, "_stemmers_stamp", lambda: "another stemmer release")
    lexicon.load_cached(FOLDER, tmp_path)
    (after,) = tmp_path.glob("lexicon-*.bin")
    assert after != before


def test_without_the_stemmer_files_the_app_itself_stands_for_them(monkeypatch) -> None:
    import importlib.util

    def frozen(name: str):  # a frozen app: the package's folder is not on disk
        raise ImportError(name)

    monkeypatch.setattr(importlib.util, "find_spec", frozen)
    stamp = lexicon._stemmers_stamp()
    assert "-app-" in stamp  # the executable's size and time: a new build, a new cache
