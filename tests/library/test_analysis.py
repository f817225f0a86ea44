"""The analysis chain, per language: stems, accents, prefixes, stop words."""

from __future__ import annotations

import pytest

from equalcity_desktop.library.analysis import fold_word, stem_word, stop_words
from equalcity_desktop.library.query import parse
from equalcity_desktop.library.search import fold_same_length


@pytest.mark.parametrize(("lang", "forms"), [
    ("en", ["discrimination", "discriminations"]),
    ("en", ["interpreter", "interpreters"]),
    ("fr", ["migrante", "migrantes", "migrants"]),
    ("fr", ["vulnérabilité", "vulnérabilités"]),
    ("pt", ["discriminação", "discriminações"]),
    ("pt", ["violência", "violencia"]),  # typed without the accent
    ("nl", ["migranten", "migrant"]),
])
def test_inflections_share_a_stem(lang: str, forms: list[str]) -> None:
    stems = {tuple(stem_word(lang, f)) for f in forms}
    assert len(stems) == 1, stems


def test_folding_removes_accents_and_case() -> None:
    assert fold_word("Intérprete") == "interprete"
    assert fold_word("RÉFUGIÉS") == "refugies"
    assert fold_word("Ação") == "acao"
    assert fold_same_length("Mariage Forcé") == "mariage force"


def test_stop_words_of_all_four_languages() -> None:
    words = stop_words()
    for word in ("the", "het", "des", "uma"):
        assert word in words
    for word in ("gay", "tolk", "viol", "abuse"):
        assert word not in words


def test_parse_is_accent_free_and_keeps_the_typed_form_for_stemming() -> None:
    parsed = parse("Violência doméstica")
    assert parsed.folded == ("violencia", "domestica")
    assert parsed.words == ("violência", "doméstica")
    assert parsed.prefix


@pytest.mark.parametrize("forms", [["discriminatie", "discriminaties"], ["huwelijk", "huwelijken"],
                                   ["slachtoffer", "slachtoffers"], ["tolk", "tolken"]])
def test_dutch_plurals_share_a_stem(forms: list[str]) -> None:
    assert len({tuple(stem_word("nl", f)) for f in forms}) == 1


def test_a_dutch_plural_finds_the_singular(service) -> None:
    ids = [r.id for r in service.search("gedwongen huwelijken", "nl", 3)]
    assert "forced-marriage-risk" in ids
