"""Search understands what a worker types mid-consultation (issue 13): whole
sentences, everyday words through the concept lexicon, conversational words
ignored, cards first for sentences, and why each result was found. Real index
of the real content (the session's bundled_index), real lexicon."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from equalcity_desktop import resources
from equalcity_desktop.library import lexicon as lexicon_mod
from equalcity_desktop.library.languages import LANGS
from equalcity_desktop.library.query import parse
from equalcity_desktop.library.service import ContentService

ROOT = Path(__file__).resolve().parents[2]


def ids(service: ContentService, text: str, lang: str = "en", limit: int = 3) -> list[str]:
    return [r.id for r in service.search(text, lang, limit)]


def test_the_lexicon_of_every_language_loads_with_enough_concepts() -> None:
    folder = resources.content_dir() / "lexicon"
    for lang in LANGS:
        assert len(lexicon_mod.load(folder, [lang])) >= 40, lang
    assert (folder / "README.md").is_file()


def test_lexicon_words_meet_in_any_inflection_and_with_or_without_accents() -> None:
    lexicon = lexicon_mod.bundled()
    for words, lang in ((["she", "was", "pushed"], "en"), (["ze", "werd", "geduwd"], "nl"),
                        (["elle", "a", "ete", "poussee"], "fr"),
                        (["elle", "a", "été", "poussée"], "fr"),
                        (["foi", "empurrada"], "pt")):
        found = lexicon.match(words, lexicon.languages(words))
        assert found, (words, lang)
        assert any(m.lang == lang for match in found for m in match.means)


def test_a_phrase_matches_its_words_in_any_order_and_only_when_all_are_there() -> None:
    lexicon = lexicon_mod.bundled()
    words = "he reads all of her messages".split()
    assert any("messages" in m.words for m in lexicon.match(words))
    assert not any(m.words == ("reads",) for m in lexicon.match(["reads", "books"]))


def test_a_damaged_lexicon_file_is_left_out_not_raised(tmp_path: Path) -> None:
    (tmp_path / "en.yaml").write_text("concepts: [\n  - words: [", encoding="utf-8")
    (tmp_path / "nl.yaml").write_text("concepts:\n  - words: [geduwd]\n    means: [geweld]\n",
                                      encoding="utf-8")
    lexicon = lexicon_mod.load(tmp_path)
    assert len(lexicon) == 1


def test_conversational_words_neither_match_nor_dilute(service: ContentService) -> None:
    lexicon = lexicon_mod.bundled()
    parsed = parse("my client says she tells me today her partner hits her",
                   typing=False, ignore=lexicon.ignore)
    assert "client" not in parsed.folded and "says" not in parsed.folded
    assert "today" not in parsed.folded and "partner" in parsed.folded
    plain = ids(service, "partner hits her")
    chatty = ids(service, "my client says she tells me today her partner hits her")
    assert chatty[:1] == plain[:1]


def test_a_query_of_conversational_words_only_still_searches() -> None:
    lexicon = lexicon_mod.bundled()
    assert parse("client", typing=False, ignore=lexicon.ignore).words == ("client",)


@pytest.mark.parametrize(("text", "lang", "wanted"), [
    ("my client says her boyfriend reads all her messages", "en",
     {"disclosure-violence-adult", "immediate-danger-home"}),
    ("ze werd gisteren door haar man geduwd", "nl",
     {"disclosure-violence-adult", "immediate-danger-home"}),
    ("elle est enfermee a la maison par son mari", "fr",
     {"immediate-danger-home", "disclosure-violence-adult", "honour-violence-signs"}),
    ("a cliente diz que o namorado lhe controla o dinheiro", "pt",
     {"disclosure-violence-adult", "immediate-danger-home"}),
])
def test_a_sentence_finds_the_situation_it_describes(service: ContentService, text: str,
                                                     lang: str, wanted: set[str]) -> None:
    assert wanted & set(ids(service, text, lang)), ids(service, text, lang, 5)


@pytest.mark.parametrize("content_lang", LANGS)
def test_a_query_in_another_language_still_finds_the_item(service: ContentService,
                                                          content_lang: str) -> None:
    results = service.search("hij is uitgescholden omdat hij homo is", content_lang, 3)
    assert "hate-crime-support" in [r.id for r in results]
    assert all(r.lang == content_lang for r in results)


def test_cards_lead_for_a_sentence_but_a_term_named_alone_comes_first(
        service: ContentService) -> None:
    assert ids(service, "misgendering", limit=1) == ["misgendering"]
    assert service.search("misgendering", "en", 1)[0].kind == "glossary"
    sentence = service.search("i keep misgendering my client and she gets upset", "en", 3)
    assert sentence[0].kind == "card"


def test_a_sentence_with_any_content_word_is_never_empty(service: ContentService) -> None:
    for text in ("she is shaking and cannot stop", "il a pris son passeport",
                 "ze durft niet meer buiten", "tem pesadelos"):
        assert service.search(text, "en", 5), text


def test_each_result_says_what_it_matched_and_what_a_word_stood_for(
        service: ContentService) -> None:
    results = service.search("her boyfriend pushed her", "en", 5)
    assert results
    top = results[0]
    assert top.matched
    words = {word for word, source in top.matched if source is None}
    concepts = {(word, source) for word, source in top.matched if source is not None}
    assert "pushed" in words or any(source == "pushed" for _, source in concepts)
    assert any(source == "pushed" for _, source in concepts)
    assert "for: pushed" in top.matched_text()
    assert top.as_json()["matched"] == [f"{w}, for: {s}" if s else w for w, s in top.matched]


def test_search_json_carries_the_matched_words() -> None:
    out = subprocess.run([sys.executable, "-m", "equalcity_desktop", "search", "--json",
                          "--limit", "3", "she says he hits her"], capture_output=True,
                         text=True, cwd=ROOT, check=True, timeout=300)
    results = json.loads(out.stdout)
    assert results and all("matched" in r for r in results)
    assert any(", for: hits" in m for r in results for m in r["matched"])


@pytest.mark.parametrize(("pasted", "typed"), [
    ("viole\u0301ncia dome\u0301stica", "violência doméstica"),
    ("vio\u00adlence conju\u00adgale", "violence conjugale"),
    ("\ufb01lle mari\u00e9e de force", "fille mariée de force"),
    ("\uff46\uff47\uff4d", "fgm"),
])
def test_pasted_text_finds_what_typed_text_finds(service: ContentService, pasted: str,
                                                 typed: str) -> None:
    assert ids(service, pasted, limit=5) == ids(service, typed, limit=5)
    assert ids(service, typed, limit=5)


def test_concepts_named_by_the_same_word_come_in_the_lexicons_order() -> None:
    # The "why" line lists them in this order, the same at every run.
    concepts = [{"words": ["hit me", "hits"], "means": ["violence"]},
                {"words": ["hits"], "means": ["assault"]},
                {"words": ["me hits"], "means": ["abuse"]}]
    for order in (concepts, concepts[::-1]):
        lexicon = lexicon_mod.Lexicon({"en": {"concepts": order}})
        found = [m.means[0].text for m in lexicon.match(["she", "hits", "me"])]
        assert found == [c["means"][0] for c in order]
