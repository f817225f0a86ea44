"""The one API to the content (library/service.py ContentService), on its own: over the
bundled library and over a small library written by the test, with unknown ids, bad
links, missing and unwritable folders. tests/library/test_contacts.py covers the office's
own contacts and tests/library/test_search.py what a search finds."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from equalcity_desktop.library import index as index_mod
from equalcity_desktop.library import loader, snapshot
from equalcity_desktop.library.languages import LANGS
from equalcity_desktop.library.service import ContentService

from ..conftest import CONTENT, card_text


@pytest.fixture
def mini(mini_content: Path, tmp_path: Path) -> ContentService:
    svc = ContentService([mini_content], cache=tmp_path / "mini-cache")
    yield svc
    svc.close()


# -- items ------------------------------------------------------------------------------

def test_item_finds_every_kind(service: ContentService) -> None:
    for item_id, kind in (("suicidal-thoughts", "card"), ("interpreter", "glossary"),
                          ("country-be", "country"), ("be-1712", "contact")):
        item = service.item(item_id)
        assert item is not None and item.id == item_id and item.kind == kind


@pytest.mark.parametrize("item_id", ["", " ", "nope", "Suicidal-Thoughts", "suicidal-thoughts ",
                                     "card:suicidal-thoughts", "../etc/passwd", "\x00"])
def test_an_unknown_id_is_none(service: ContentService, item_id: str) -> None:
    assert service.item(item_id) is None


def test_library_and_problems_of_the_bundled_content(service: ContentService) -> None:
    assert service.problems == []
    assert set(service.library.toolkits) == {"brussels", "gothenburg", "luxembourg", "rome"}
    assert service.library.of_kind("card")


# -- links ------------------------------------------------------------------------------

def test_links_resolve_to_the_item_they_open(service: ContentService) -> None:
    first_section = service.library.toolkits["brussels"].documents[0].sections[0]
    assert service.resolve("card:suicidal-thoughts") == "suicidal-thoughts"
    assert service.resolve("term:interpreter") == "interpreter"
    assert service.resolve("doc:brussels-introduction") == first_section
    assert service.resolve(f"doc:{first_section}") == first_section
    assert service.resolve("country:country-be") == "country-be"
    assert service.resolve("contact:be-1712") == "be-1712"


@pytest.mark.parametrize("target", [
    "", ":", "card:", "card:nope", "term:suicidal-thoughts", "card:interpreter",
    "doc:suicidal-thoughts", "contact:nope", "contact:", "nonsense", "suicidal-thoughts",
    "http://example.org", "file:///etc/passwd", "CARD:suicidal-thoughts", "card: suicidal-thoughts",
])
def test_a_bad_link_resolves_to_nothing(service: ContentService, target: str) -> None:
    assert service.resolve(target) is None


# -- pages ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_a_page_is_in_the_language_asked(service: ContentService, lang: str) -> None:
    html = service.page_html("suicidal-thoughts", lang)
    assert f"<h1>{escape(service.item('suicidal-thoughts').title(lang))}</h1>" in html


def test_an_unknown_language_falls_back_to_english(service: ContentService) -> None:
    assert service.page_html("suicidal-thoughts", "xx") == service.page_html(
        "suicidal-thoughts", "en")


@pytest.mark.parametrize("item_id", ["", "nope", "card:suicidal-thoughts"])
def test_a_page_for_an_unknown_id_is_a_key_error(service: ContentService,
                                                 item_id: str) -> None:
    with pytest.raises(KeyError):
        service.page_html(item_id, "en")


def test_the_printed_page_leaves_out_the_sources(service: ContentService) -> None:
    item = service.item("suicidal-thoughts")
    assert item.sources
    on_screen = service.page_html(item.id, "en")
    printed = service.page_html(item.id, "en", for_print=True)
    assert 'class="sources"' in on_screen
    assert 'class="sources"' not in printed
    assert f"<h1>{escape(item.title('en'))}</h1>" in printed


def test_a_title_is_escaped(mini_content: Path, tmp_path: Path) -> None:
    path = mini_content / "cards" / "card-one.en.md"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "title: Card card-one en", "title: \"<script>alert(1)</script> & co\""),
        encoding="utf-8")
    svc = ContentService([mini_content], cache=tmp_path / "c")
    try:
        html = svc.page_html("card-one", "en")
        assert "<script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    finally:
        svc.close()


def test_sources_list_every_cited_source(mini: ContentService, service: ContentService) -> None:
    assert "Test Org: Test guidance (2020)" in mini.sources_html("en")
    html = service.sources_html("nl")
    for item in service.library.items.values():
        for source in item.sources[:1]:
            assert escape(source.org) in html


# -- country guides, contacts, topics ----------------------------------------------------

def test_country_guides_by_code(service: ContentService, mini: ContentService) -> None:
    assert service.country_guides() == {"be": "country-be", "it": "country-it",
                                        "lu": "country-lu", "se": "country-se"}
    assert mini.country_guides() == {}


def test_contacts_without_a_local_file_are_the_bundled_ones(service: ContentService,
                                                            private_profile: Path) -> None:
    bundled = {c.id for c in service.library.of_kind("contact")}
    listed = service.contacts("fr")
    assert {c.id for c in listed} == bundled
    assert len(listed) == len(bundled)
    assert not list((private_profile / "data").iterdir())  # reading wrote no file


def test_card_topics(service: ContentService, mini: ContentService) -> None:
    assert "suicide" in service.card_topics(service.item("suicidal-thoughts"))
    assert service.card_topics(service.item("interpreter")) == ()
    assert mini.card_topics(mini.item("card-one")) == ()


# -- search -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "   ", "the", "\x00", "🙂"])
def test_nothing_to_search_finds_nothing_or_little(service: ContentService, text: str) -> None:
    results = service.search(text, "en")
    assert isinstance(results, list)
    assert all(service.item(r.id) is not None for r in results)
    if text.strip() in ("", "\x00", "🙂"):
        assert results == []


def test_search_filters_and_limits(service: ContentService) -> None:
    assert len(service.search("violence", "en", 3)) == 3
    assert service.search("violence", "en", 0) == []
    assert {r.kind for r in service.search("violence", "en", kinds=["glossary"])} == {"glossary"}
    assert {r.toolkit for r in service.search("violence", "en", toolkits=["rome"])} == {"rome"}
    assert service.search("violence", "en", kinds=["no-such-kind"]) == []
    assert service.search("violence", "en", toolkits=["no-such-toolkit"]) == []


def test_search_in_an_unknown_language_answers_in_english(service: ContentService) -> None:
    results = service.search("violence", "xx", 5)
    assert [r.id for r in results] == [r.id for r in service.search("violence", "en", 5)]


# -- loading, the cache, the index -------------------------------------------------------

def test_a_second_start_parses_nothing_and_builds_nothing(
        service: ContentService, bundled_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = list(service.library.items)

    def refuse(*_args, **_kwargs):
        raise AssertionError("parsed or built again")

    monkeypatch.setattr(loader, "load", refuse)
    monkeypatch.setattr(index_mod, "build", refuse)
    again = ContentService([CONTENT], cache=bundled_index)
    try:
        assert list(again.library.items) == ids
        assert again.search("interpreter", "en", 1)
    finally:
        again.close()


def test_the_key_follows_the_content(mini_content: Path, tmp_path: Path) -> None:
    first = ContentService([mini_content], cache=tmp_path / "c").key
    assert ContentService([mini_content], cache=tmp_path / "other").key == first
    path = mini_content / "cards" / "card-two.en.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert ContentService([mini_content], cache=tmp_path / "c").key != first


def test_a_changed_file_is_read_again_not_taken_from_the_snapshot(mini_content: Path,
                                                                  tmp_path: Path) -> None:
    cache = tmp_path / "c"
    old = ContentService([mini_content], cache=cache)
    assert old.item("card-two").title("en") == "Card card-two en"
    old.close()
    path = mini_content / "cards" / "card-two.en.md"
    path.write_text(card_text("card-two", "en").replace("Card card-two en", "Renamed card"),
                    encoding="utf-8")
    new = ContentService([mini_content], cache=cache)
    try:
        assert new.item("card-two").title("en") == "Renamed card"
        assert [r.id for r in new.search("renamed", "en")] == ["card-two"]
    finally:
        new.close()


def test_a_damaged_snapshot_is_parsed_again(mini_content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "c"
    first = ContentService([mini_content], cache=cache)
    ids = sorted(first.library.items)
    saved = snapshot.path_for(cache, first.key)
    assert saved.is_file()
    saved.write_text('{"format": "not this one", "items": [', encoding="utf-8")
    again = ContentService([mini_content], cache=cache)
    assert sorted(again.library.items) == ids


def test_a_cache_that_cannot_be_written_still_loads_and_searches(mini_content: Path,
                                                                 tmp_path: Path) -> None:
    in_the_way = tmp_path / "cache-is-a-file"
    in_the_way.write_text("not a folder", encoding="utf-8")
    svc = ContentService([mini_content], cache=in_the_way)
    try:
        assert "card-one" in svc.library.items
        assert "card-one" in [r.id for r in svc.search("card", "en")]
        assert in_the_way.read_text(encoding="utf-8") == "not a folder"
    finally:
        svc.close()


def test_a_missing_content_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-content"
    svc = ContentService([missing], cache=tmp_path / "c")
    try:
        assert svc.library.items == {}
        assert [p.path for p in svc.problems] == [str(missing)]
        assert svc.search("violence", "en") == []
        assert svc.country_guides() == {} and svc.contacts() == []
        assert svc.item("suicidal-thoughts") is None
        assert svc.resolve("card:suicidal-thoughts") is None
    finally:
        svc.close()


def test_no_content_folder_at_all_is_an_empty_library(tmp_path: Path) -> None:
    svc = ContentService([], cache=tmp_path / "c")
    try:
        assert svc.library.items == {} and svc.problems == []
        assert svc.search("violence", "en") == []
    finally:
        svc.close()


def test_a_broken_file_is_reported_and_the_rest_loads(mini_content: Path,
                                                      tmp_path: Path) -> None:
    broken = mini_content / "cards" / "card-two.nl.md"
    broken.write_text("---\nid: card-two\nkind: [unclosed\n---\nbody\n", encoding="utf-8")
    svc = ContentService([mini_content], cache=tmp_path / "c")
    try:
        assert any(Path(p.path).name == broken.name for p in svc.problems)
        assert "card-one" in svc.library.items
    finally:
        svc.close()


def test_build_index_finds_the_one_already_built(mini: ContentService, tmp_path: Path) -> None:
    folder = tmp_path / "built"
    path = mini.build_index(folder)
    assert path.is_dir() and path.name == index_mod.index_name(mini.key)
    stamp = {p.name: p.stat().st_mtime_ns for p in path.iterdir()}
    assert mini.build_index(folder) == path
    assert {p.name: p.stat().st_mtime_ns for p in path.iterdir()} == stamp


def test_build_index_replaces_a_damaged_one(mini: ContentService, tmp_path: Path) -> None:
    folder = tmp_path / "built"
    path = mini.build_index(folder)
    for file in path.iterdir():
        file.write_bytes(b"\x00garbage")
    assert mini.build_index(folder) == path
    opened = index_mod.try_open(path, mini.key)
    assert opened is not None
    opened.close()


def test_close_twice_and_search_again(mini: ContentService) -> None:
    assert mini.search("card", "en")
    mini.close()
    mini.close()
    assert mini.search("card", "en")  # the searcher opens again when needed


def test_fresh_reads_the_folders_as_they_are_now(mini_content: Path, tmp_path: Path) -> None:
    extra = tmp_path / "pack"
    (extra / "glossary").mkdir(parents=True)
    for lang in LANGS:
        (extra / "glossary" / f"pack-term.{lang}.md").write_text(
            f"---\nid: pack-term\nkind: glossary\ntoolkit: all\ntitle: Pack term {lang}\n---\n"
            "A term a content pack brought.\n", encoding="utf-8")
    roots = [mini_content]
    old = ContentService(roots, cache=tmp_path / "c", roots_provider=lambda: list(roots))
    old.contacts_path = tmp_path / "contacts.sqlite"
    assert old.item("pack-term") is None
    roots.append(extra)
    new = old.fresh()
    try:
        assert new.item("pack-term") is not None
        assert new.contacts_path == old.contacts_path
        assert new.cache == old.cache and new.roots == [mini_content, extra]
        assert old.item("pack-term") is None  # the old one keeps working as it was
        assert old.search("card", "en")
    finally:
        new.close()
        old.close()


def test_fresh_without_a_provider_keeps_the_same_folders(mini: ContentService) -> None:
    new = mini.fresh()
    try:
        assert new.roots == mini.roots and new is not mini
        assert sorted(new.library.items) == sorted(mini.library.items)
    finally:
        new.close()
