"""Typo correction: one edit for short words, two for long ones."""

from __future__ import annotations

from equalcity_desktop.library.correct import Corrector, distance
from equalcity_desktop.library.service import ContentService

WORDS = [("interpreter", 9), ("interpret", 3), ("violence", 12), ("gedwongen", 2),
         ("excision", 4), ("abuse", 7), ("abuso", 2), ("mariage", 3)]


def test_distance_counts_a_swap_as_one_edit() -> None:
    assert distance("abuse", "abuse", 2) == 0
    assert distance("abuse", "abuze", 2) == 1
    assert distance("mariage", "mairage", 2) == 1
    assert distance("interpeter", "interpreter", 2) == 1
    assert distance("abc", "xyzxyz", 2) == 3  # stops early past the limit


def test_short_words_get_one_edit_long_words_two() -> None:
    corrector = Corrector(WORDS)
    assert corrector.suggest("abuze") == ["abuse"]  # "abuso" is two edits away
    assert corrector.suggest("abzze") == []  # two edits is too many for a short word
    assert corrector.suggest("mairage") == ["mariage"]  # a swap is one edit
    assert corrector.suggest("violanse") == ["violence"]  # two edits in a long word
    assert corrector.suggest("gedwongn") == ["gedwongen"]


def test_known_words_and_short_words_are_left_alone() -> None:
    corrector = Corrector(WORDS)
    assert corrector.suggest("violence") == []
    assert corrector.suggest("abu") == []
    assert corrector.suggest("12345") == []


def test_a_typo_finds_the_card_ranked_below_exact_matches(service: ContentService) -> None:
    results = service.search("interpeter", "en", 3)
    assert results[0].id in ("interpreter-working", "no-interpreter")
    assert results.did_you_mean == "interpreter"
    exact = service.search("interpreter", "en", 3)
    assert exact.did_you_mean is None
    # The same card scores lower through a correction than through the word itself
    # (the exact query puts the glossary term first: the word is its title).
    typo_score = {r.id: r.score for r in results}
    exact_score = {r.id: r.score for r in exact}
    card = results[0].id
    assert exact_score[card] > typo_score[card]


def test_a_word_still_being_typed_is_not_corrected(service: ContentService) -> None:
    assert service.search("interp", "en", 3).did_you_mean is None
    assert service.search("microagression", "en", 3)  # found, corrected or not


def test_dutch_compounds_both_ways() -> None:
    corrector = Corrector([("geweld", 9), ("partnergeweld", 3), ("eergeweld", 2),
                           ("partner", 5), ("huwelijk", 4), ("kinder", 2)])
    assert corrector.compounds_ending_with("geweld") == ["partnergeweld", "eergeweld"]
    assert corrector.compounds_ending_with("eld") == []  # too short to be a part
    assert corrector.split_compound("kinderhuwelijk") == ("kinder", "huwelijk")
    assert corrector.split_compound("partnergeweld") is None  # a known word stays whole


def test_a_compound_finds_its_parts(service: ContentService) -> None:
    assert "forced-marriage-risk" in [r.id for r in service.search("kinderhuwelijk", "nl", 3)]
