"""From typed text to a Whoosh query (library/query.py), on its own: parse() on good and
bad input, and the queries build() makes, run against the bundled index.
tests/library/test_search.py checks what a search finds; here, the query module's own
promises: no input is syntax, stop words and repeats go, the last word is a prefix
while it is being typed, and each extra word ranks below the word itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.query import And, DisjunctionMax, Or, Query, Term

from equalcity_desktop.library import index as index_mod
from equalcity_desktop.library import query
from equalcity_desktop.library.languages import LANGS
from equalcity_desktop.library.query import Extras, ParsedQuery, build, parse


@pytest.fixture(scope="module")
def ix(bundled_index: Path):
    from equalcity_desktop import resources
    from equalcity_desktop.library.service import ContentService

    service = ContentService([resources.content_dir()], cache=bundled_index)
    key = service.key
    path = service.build_index(bundled_index)  # the one already built: found, not rebuilt
    service.close()
    opened = index_mod.try_open(path, key)
    assert opened is not None
    yield opened
    opened.close()


@pytest.fixture
def searcher(ix):
    with ix.searcher() as searcher:
        yield searcher


def terms(q: Query) -> set[tuple[str, str]]:
    return {(t.fieldname, t.text) for t in q.leaves() if isinstance(t, Term)}


def children(q: Query) -> list[Query]:
    return list(q.children())


# -- parse -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", " ", "\t\n", "\x00", "🙂 🏳️‍🌈", "…", "--- ***", "\u200b"])
def test_nothing_searchable_parses_empty_and_builds_nothing(text: str) -> None:
    parsed = parse(text)
    assert parsed.empty
    assert parsed.words == parsed.folded == ()
    assert not parsed.prefix
    assert build(parsed) is None


def test_an_empty_parsed_query_is_empty() -> None:
    assert ParsedQuery((), (), False).empty
    assert not ParsedQuery(("a",), ("a",), False).empty


def test_words_are_lowercased_and_folded_in_the_same_order() -> None:
    parsed = parse("Violência DOMÉSTICA", typing=False)
    assert parsed.words == ("violência", "doméstica")
    assert parsed.folded == ("violencia", "domestica")
    assert parsed.all_words == ("violência", "doméstica")


def test_the_last_word_is_a_prefix_only_while_it_is_being_typed() -> None:
    assert parse("interp").prefix
    assert not parse("interp ").prefix  # a space: the word is finished
    assert not parse("interp", typing=False).prefix
    assert not parse('interp"').prefix  # something after it: finished too


def test_stop_words_go_unless_they_are_being_typed() -> None:
    assert parse("she is afraid of the", typing=False).words == ("afraid",)
    # "the" could be the start of "therapy": kept while typed.
    assert parse("she is afraid of the").words == ("afraid", "the")
    assert parse("elle a peur de", typing=False).words == ("peur",)


def test_a_query_of_only_stop_words_searches_the_last_of_them() -> None:
    assert parse("of the and", typing=False).words == ("and",)
    assert parse("AND OR NOT").words == ("not",)


def test_repeats_count_once_and_accents_make_no_new_word() -> None:
    assert parse("viol viol VIOL", typing=False).words == ("viol",)
    assert parse("ecole école", typing=False).folded == ("ecole",)


def test_stray_letters_go_but_a_single_letter_alone_is_kept() -> None:
    assert parse("violence m'a x", typing=False).words == ("violence",)
    assert parse("a b c").words == ("c",)
    assert parse("x").words == ("x",)


def test_ignored_words_go_as_stop_words_do() -> None:
    assert parse("client says partner", typing=False,
                 ignore={"client", "says"}).words == ("partner",)
    assert parse("partner client", ignore={"client"}).words == ("partner", "client")


@pytest.mark.parametrize("text", ['"', "*", "title:abuse", "[a TO", "(((", "a)", "~", "^",
                                  "id:suicidal-thoughts", "kind:card", "a*b?c", "{", "}", "\\",
                                  "NOT violence", "violence AND", "-violence", "+x"])
def test_query_syntax_is_only_characters(searcher, text: str) -> None:
    parsed = parse(text)
    for word in parsed.folded:
        assert not set(word) & set('"*[]()~^{}\\:?'), word
    built = build(parsed, searcher.reader())
    assert (built is None) == parsed.empty
    if built is not None:
        assert not any(isinstance(leaf, Term) and leaf.fieldname in ("id", "kind")
                       for leaf in built.leaves())
        searcher.search(built, limit=3)  # Whoosh runs it


def test_a_field_name_typed_is_searched_as_a_word() -> None:
    assert parse("title:abuse", typing=False).words == ("title", "abuse")


def test_long_input_is_cut_not_refused() -> None:
    pasted = parse("violence " * 1_000)
    assert pasted.words[0] == "violence"
    assert len(" ".join(pasted.all_words)) <= query.MAX_INPUT  # only the first 500 characters
    many = parse(" ".join(f"word{i}" for i in range(200)), typing=False)
    assert len(many.words) == query.MAX_WORDS
    long_word = parse("x" * 10_000)
    assert long_word.words == ("x" * query.MAX_WORD,)


def test_the_last_words_are_kept_when_there_are_too_many() -> None:
    text = " ".join(f"w{i:02d}" for i in range(20))
    parsed = parse(text, typing=False)
    assert parsed.words == tuple(f"w{i:02d}" for i in range(8, 20))


def test_a_dropped_last_word_is_no_prefix() -> None:
    # The last word typed is a repeat: what remains is finished words.
    parsed = parse("violence school violence")
    assert parsed.words == ("violence", "school")
    assert not parsed.prefix


# -- build -------------------------------------------------------------------------------

def test_one_word_is_searched_in_every_language_and_folded() -> None:
    built = build(parse("violence", typing=False))
    assert isinstance(built, Or)
    fields = {field for field, _ in terms(built)}
    assert fields == {f"{part}_{lang}" for part in ("head", "body") for lang in LANGS} | {
        "headfold", "bodyfold"}
    assert ("headfold", "violence") in terms(built)


def test_several_words_are_a_sum_of_word_queries() -> None:
    built = build(parse("violence school", typing=False))
    assert isinstance(built, Or) and len(children(built)) == 2
    one, two = children(built)
    assert ("headfold", "violence") in terms(one) and ("headfold", "school") in terms(two)
    assert ("headfold", "school") not in terms(one)


def test_without_a_reader_no_word_is_expanded() -> None:
    built = build(parse("interp"))
    assert not any(isinstance(q, DisjunctionMax) for q in children(built))


def test_while_typing_the_last_word_completes_from_the_index(searcher) -> None:
    built = build(parse("interp"), searcher.reader())
    completions = [q for q in children(built) if isinstance(q, DisjunctionMax)]
    assert completions, "a half-typed word must complete"
    assert all(q.boost == query.COMPLETION_WEIGHT for q in completions)
    words = {t.text for q in completions for t in q.leaves()}
    assert "interpreter" in words
    assert all(w.startswith("interp") and w != "interp" for w in words)


def test_only_the_last_word_completes(searcher) -> None:
    built = build(parse("interp viol"), searcher.reader())
    first, last = children(built)
    assert not any(isinstance(q, DisjunctionMax) for q in children(first))
    assert any(isinstance(q, DisjunctionMax) for q in children(last))


def test_a_finished_word_does_not_complete(searcher) -> None:
    built = build(parse("interp "), searcher.reader())
    assert not any(isinstance(q, DisjunctionMax) for q in children(built))


def test_short_prefixes_complete_against_titles_only_and_shorter_ones_not_at_all(
        searcher) -> None:
    reader = searcher.reader()

    def completed_fields(text: str) -> set[str]:
        built = query.word_query(text, text, True, reader)
        return {t.fieldname for q in children(built) if isinstance(q, DisjunctionMax)
                for t in q.leaves()}

    assert completed_fields("vi") == set()  # shorter than MIN_PREFIX
    assert completed_fields("vio") == {"headfold"}
    assert completed_fields("viole") == {"headfold", "bodyfold"}


def test_completions_are_index_words_never_the_prefix_itself(searcher) -> None:
    reader = searcher.reader()
    found = query.completions(reader, "bodyfold", "viol")
    assert found and all(w.startswith("viol") and w != "viol" for w in found)
    assert len(found) <= query.MAX_COMPLETIONS
    assert query.completions(reader, "bodyfold", "zzqxj") == []


def test_many_completions_keep_the_most_frequent(searcher) -> None:
    reader = searcher.reader()
    every = [t.decode() if isinstance(t, bytes) else t
             for t in reader.expand_prefix("bodyfold", "s")]
    assert len(every) > query.MAX_COMPLETIONS
    found = query.completions(reader, "bodyfold", "s")
    assert len(found) <= query.MAX_COMPLETIONS
    least_kept = min(reader.doc_frequency("bodyfold", w) for w in found)
    dropped = set(every) - set(found) - {"s"}
    assert all(reader.doc_frequency("bodyfold", w) <= least_kept for w in dropped)


def test_extras_rank_below_the_word_itself() -> None:
    extras = Extras(corrections=("violence",), synonyms=("geweld", "violencia"),
                    compounds=("partnergeweld",), parts=("partner", "geweld"))
    built = query.word_query("violnce", "violnce", False, None, extras)
    boosts = {type(q).__name__: q.boost for q in children(built) if q.boost != 1.0}
    assert boosts["Or"] == query.CORRECTION_WEIGHT
    dismax = [q for q in children(built) if isinstance(q, DisjunctionMax)]
    assert sorted(q.boost for q in dismax) == sorted([query.SYNONYM_WEIGHT,
                                                      query.COMPOUND_WEIGHT])
    parts = [q for q in children(built) if isinstance(q, And)]
    assert len(parts) == 1 and parts[0].boost == query.COMPOUND_WEIGHT
    assert {("headfold", "partner"), ("bodyfold", "geweld")} <= terms(parts[0])
    assert all(q.boost < 1 for q in children(built) if q.boost != 1.0)


def test_no_extras_add_nothing() -> None:
    plain = query.word_query("school", "school", False)
    assert plain == query.word_query("school", "school", False, None, query.NO_EXTRAS)
    assert plain == query.word_query("school", "school", False, None, Extras())


def test_extras_go_to_the_word_at_their_position_only() -> None:
    parsed = parse("violence school", typing=False)
    built = build(parsed, None, {1: Extras(synonyms=("ecole",)), 7: Extras(synonyms=("x",))})
    first, second = children(built)
    assert ("headfold", "ecole") in terms(second)
    assert ("headfold", "ecole") not in terms(first)
    assert ("headfold", "x") not in terms(built)  # no word 7: ignored, not an error


def test_meanings_and_concepts() -> None:
    one = query.meaning_query("nl", ["sla"])
    assert terms(one) == {("head_nl", "sla"), ("body_nl", "sla")}
    two = query.meaning_query("en", ["hit", "partner"])
    assert isinstance(two, And) and len(children(two)) == 2
    concept = query.concept_query([one, two])
    assert isinstance(concept, DisjunctionMax)
    assert concept.boost == query.CONCEPT_WEIGHT and concept.boost < 1


@pytest.mark.parametrize(("text", "expected"), [
    ("suicidal thoughts", "suicidal-thoughts"), ("tolk", "interpreter"),
    ("interprète", "interpreter"),
])
def test_built_queries_find_the_item_in_the_bundled_index(searcher, text: str,
                                                          expected: str) -> None:
    built = build(parse(text, typing=False), searcher.reader())
    ids = [hit["id"] for hit in searcher.search(built, limit=10)]
    assert expected in ids
