"""The analysis chain, per language: stems, accents, prefixes, stop words."""

from __future__ import annotations

import pytest

from equalcity_desktop.library.analysis import fold_word, stem_word, stop_words
from equalcity_desktop.library.highlight import fold_same_length
from equalcity_desktop.library.query import parse


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


# Issue 17, item 5: text pasted from a PDF or a Mac finds what the same text typed finds.
PASTED = [
    ("decomposed accents (Mac)", "viole\u0301ncia dome\u0301stica", "violência doméstica", "pt"),
    ("soft hyphen (PDF line break)", "vio\u00adlence con\u00adju\u00adgale",
     "violence conjugale", "fr"),
    ("ligature (PDF)", "\ufb01lle mari\u00e9e de force", "fille mariée de force", "fr"),
    ("full-width letters", "\uff56\uff49\uff4f\uff4c\uff45\uff4e\uff43\uff45", "violence", "en"),
    ("zero-width space", "huiselijk\u200b geweld", "huiselijk geweld", "nl"),
    ("decomposed and soft hyphen (nl)", "be\u0301drei\u00adging", "bédreiging", "nl"),
]


@pytest.mark.parametrize(("case", "pasted", "typed", "lang"), PASTED,
                         ids=[p[0] for p in PASTED])
def test_pasted_text_is_analysed_as_typed_text(case: str, pasted: str, typed: str,
                                               lang: str) -> None:
    from equalcity_desktop.library.analysis import folded, normalise, stemmed

    assert normalise(pasted) == normalise(typed) or [t.text for t in folded()(pasted)] == [
        t.text for t in folded()(typed)]
    assert [t.text for t in folded()(pasted)] == [t.text for t in folded()(typed)]
    assert [t.text for t in stemmed(lang)(pasted)] == [t.text for t in stemmed(lang)(typed)]
    assert parse(pasted).folded == parse(typed).folded


def test_normalise_leaves_plain_text_alone_and_drops_invisible_characters() -> None:
    from equalcity_desktop.library.analysis import normalise

    assert normalise("plain words") == "plain words"
    assert normalise("e\u0301") == "é"
    assert normalise("a\u00adb\u200bc\ufeff") == "abc"


# The Dutch stemmer's module loaded alone (whoosh_shim.snowball_dutch), in a fresh
# interpreter: it stems as the package's own stemmer does, leaves the package unimported,
# and the package imported afterwards works whole.
DUTCH_ALONE = """
import sys
from equalcity_desktop.library.analysis import dutch_stem
words = ["discriminaties", "discriminatie", "meisjes", "gevlucht", "huiselijk", "geweld",
         "kinderen", "ouders", "bescherming", "vertrouwenspersoon"]
alone = [dutch_stem(w) for w in words]
assert "snowballstemmer" not in sys.modules, "the package was imported"
assert "snowballstemmer.english_stemmer" not in sys.modules
import snowballstemmer
assert [snowballstemmer.stemmer("dutch").stemWord(w) for w in words] == alone, alone
assert snowballstemmer.stemmer("english").stemWord("children") == "children"
assert alone[0] == alone[1]
print("ok")
"""


def test_the_dutch_stemmer_alone_stems_as_the_package_does() -> None:
    import subprocess
    import sys

    from ..conftest import ROOT

    out = subprocess.run([sys.executable, "-c", DUTCH_ALONE], cwd=ROOT, capture_output=True,
                         text=True, timeout=300, check=False)
    assert out.stdout.strip() == "ok", out.stderr[-2000:]
