"""Queries accept any input, match as you type, and shape results."""

from __future__ import annotations

import pytest

from equalcity_desktop.library import query
from equalcity_desktop.library.languages import LANGS
from equalcity_desktop.library.service import ContentService

BAD_INPUT = ['"', "*", "AND", "OR NOT", "title:", "title:abuse", "[a TO", "(((", "a)", "~",
             "x" * 10_000, "word " * 2_000, "🏳️‍🌈 🙂", "line\nbreak\r\nmore", "\x00", "",
             "   ", "?", "-", "'", "l'interprète", "id:suicidal-thoughts", "kind:card",
             "\u202eright-to-left", "a*b?c", "^", "{", "}", "\\"]


@pytest.mark.parametrize("text", BAD_INPUT)
def test_any_input_returns_results_or_none(service: ContentService, text: str) -> None:
    results = service.search(text, "en")
    assert isinstance(results, list)
    for r in results:
        assert r.id in service.library.items


def test_three_letters_find_the_card(service: ContentService) -> None:
    assert "suicidal-thoughts" in [r.id for r in service.search("sui", "en", 3)]
    assert "interpreter-working" in [r.id for r in service.search("interp", "en", 3)]


def test_a_prefix_typed_past_the_stem_still_matches(service: ContentService) -> None:
    # "interpret" is a stem; "interprete" is past it, and still matches as a prefix.
    assert "interpreter-working" in [r.id for r in service.search("interprete", "en", 5)]


def test_accents_and_case_do_not_matter(service: ContentService) -> None:
    with_accents = [r.id for r in service.search("violência", "pt", 5)]
    without = [r.id for r in service.search("VIOLENCIA", "pt", 5)]
    assert with_accents and with_accents[:3] == without[:3]


def test_inflections_match_through_the_stemmed_field(service: ContentService) -> None:
    assert "interpreter-working" in [r.id for r in service.search("interpreters", "en", 3,)]
    assert "suicidal-thoughts" in [r.id for r in service.search("zelfdoding", "nl", 3)]


def test_results_are_in_the_reading_language_whatever_matched(service: ContentService) -> None:
    # A Dutch word, and the Dutch title of a glossary term: the term first (a
    # one-word query naming a term), then the card, both in French.
    results = service.search("tolk", "fr", 3)
    assert [r.id for r in results[:2]] == ["interpreter", "interpreter-working"]
    card = results[1]
    assert card.title == service.item("interpreter-working").title("fr")
    assert card.lang == "fr"
    assert card.matched_lang == "nl"
    own = service.search("interprète", "fr", 3)
    assert own[0].matched_lang is None


def test_snippets_mark_the_match(service: ContentService) -> None:
    result = service.search("suicide", "en", 1)[0]
    marked = [text for text, hit in result.snippet if hit]
    assert marked and all(t.lower().startswith("suicid") for t in marked)
    assert "<b>" in result.snippet_html()
    assert "**" in result.snippet_text()


def test_snippet_html_is_escaped(service: ContentService) -> None:
    for lang in LANGS:
        for result in service.search("a", lang, 50):
            html = result.snippet_html()
            assert "<script" not in html
            assert html.replace("<b>", "").replace("</b>", "").count("<") == 0


def test_cards_rank_above_long_sections(service: ContentService) -> None:
    results = service.search("safer space", "en", 10)
    kinds = [r.kind for r in results]
    assert "card" in kinds or "glossary" in kinds
    assert service.search("disclosure", "en", 1)[0].kind == "card"


def test_filters(service: ContentService) -> None:
    only_terms = service.search("gender", "en", 20, kinds=["glossary"])
    assert only_terms and {r.kind for r in only_terms} == {"glossary"}
    rome = service.search("child", "en", 20, toolkits=["rome"])
    assert rome and {r.toolkit for r in rome} == {"rome"}


def test_parse_keeps_the_last_word_as_prefix_and_drops_stop_words() -> None:
    parsed = query.parse("he is afraid of the interp")
    assert parsed.words == ("afraid", "interp")
    assert parsed.prefix
    assert not query.parse("he is afraid ").prefix
    assert query.parse("the and", typing=False).words == ("and",)
    assert query.parse("elle m'a dit qu'elle ").words == ("elle",)
    assert len(query.parse(" ".join(f"word{i}" for i in range(100))).words) == query.MAX_WORDS


def test_glossary_synonyms_expand_a_word_to_the_terms_titles(service: ContentService) -> None:
    synonyms = service.searcher()._synonyms  # noqa: SLF001 - the expansion table itself
    assert "interpreter" in synonyms["tolk"]
    assert "interprete" in synonyms["tolk"]
    ids = [r.id for r in service.search("vertaler", "en", 3)]  # a Dutch synonym
    assert "interpreter-working" in ids or "interpreter" in ids


# What the searcher keeps between keystrokes (scores, documents, completions)
# must never change what a search returns.

TYPED = ["v", "vi", "vio", "viol", "viole", "violence", "violence p", "violence par",
         "violence partner", "my client says her boyfriend reads all her mes",
         "my client says her boyfriend reads all her messages", "tolk", "interp", "sui",
         "elle a peur que son pere l'envoie au pays", "violanse", "partnergeweld"]


def _shown(results: list) -> list[tuple]:
    return [(r.id, round(r.score, 9), r.snippet, r.matched_lang, r.matched) for r in results]


def test_what_is_kept_between_searches_changes_no_result(service: ContentService) -> None:
    searcher = service.searcher()
    typed = [_shown(searcher.search(text, "fr", 20)) for text in TYPED]
    for text, before in zip(TYPED, typed, strict=True):
        searcher.drop_caches()
        assert _shown(searcher.search(text, "fr", 20)) == before, text
    again = [_shown(searcher.search(text, "fr", 20)) for text in reversed(TYPED)]
    assert again == typed[::-1]


def test_filters_and_exclusions_apply_to_kept_scores(service: ContentService) -> None:
    searcher = service.searcher()
    everything = [r.id for r in searcher.search("violence", "en", 50)]
    terms = [r.id for r in searcher.search("violence", "en", 50, kinds=["glossary"])]
    assert terms and {service.item(i).kind for i in terms} == {"glossary"}
    hidden = everything[0]
    assert hidden not in [r.id for r in searcher.search("violence", "en", 50,
                                                        exclude_ids=[hidden])]
    assert [r.id for r in searcher.search("violence", "en", 50)] == everything


def test_a_term_scores_as_whooshs_own_matcher_scores_it(service: ContentService) -> None:
    from whoosh.query import Term

    searcher = service.searcher()
    scores = searcher._scores  # noqa: SLF001 - the kept scores themselves
    whoosh = searcher._searcher  # noqa: SLF001
    for name, word in (("bodyfold", "violence"), ("head_en", "interpret"),
                       ("body_nl", "geweld"), ("headfold", "tolk"), ("bodyfold", "zzzz")):
        term = Term(name, word)
        expected = {}
        matcher = term.matcher(whoosh, whoosh.context(needs_current=False))
        while matcher.is_active():
            expected[matcher.id()] = matcher.score()
            matcher.next()
        found = scores.of(term)
        assert found.keys() == expected.keys(), (name, word)
        assert all(abs(found[d] - expected[d]) < 1e-9 for d in expected), (name, word)


def test_parts_of_a_query_combine_as_or_and_and_best_of(service: ContentService) -> None:
    from whoosh.query import And, DisjunctionMax, Or, Term

    scores = service.searcher()._scores  # noqa: SLF001
    one, two = Term("bodyfold", "violence"), Term("bodyfold", "partner")
    a, b = scores.of(one), scores.of(two)
    both = scores.of(Or([one, two], boost=0.5))
    assert both.keys() == a.keys() | b.keys()
    assert all(abs(both[d] - 0.5 * (a.get(d, 0) + b.get(d, 0))) < 1e-9 for d in both)
    each = scores.of(And([one, two]))
    assert each.keys() == a.keys() & b.keys()
    best = scores.of(DisjunctionMax([one, two]))
    assert all(abs(best[d] - max(a.get(d, 0), b.get(d, 0))) < 1e-9 for d in best)
    tie = scores.of(DisjunctionMax([one, two], tiebreak=0.2))
    for d in tie:
        top, other = max(a.get(d, 0), b.get(d, 0)), min(a.get(d, 0), b.get(d, 0))
        assert abs(tie[d] - (top + 0.2 * other)) < 1e-9


def test_highlighting_marks_whole_words_from_their_start_only() -> None:
    from equalcity_desktop.library.highlight import Highlighter

    marker = Highlighter(query.parse("viol ok", typing=False))
    text = "Violence, aviolent; ok the okay: VIOLÉE\nnothing\nok last"
    assert [text[s:e] for s, e in marker.spans(text, "en")] == ["Violence", "ok", "VIOLÉE", "ok"]
    snippet, found = marker.snippet(text, "en")
    assert found and [t for t, hit in snippet if hit] == ["Violence", "ok", "VIOLÉE"]
    assert marker.snippet("nothing here\nviolence", "en")[0] == (("violence", True),)
    assert marker.snippet("nothing here\nok", "en")[1]
    assert marker.snippet("nothing here\nokay", "en") == ((("nothing here", False),), False)
    assert not marker.found("aviolent okay", "en")
