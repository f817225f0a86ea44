"""What each kind of item puts on paper, checked on the HTML (no Qt needed)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from equalcity_desktop.library import printable
from equalcity_desktop.library.languages import LANGS, MODULE_HEADINGS, PAGE_WORDS
from equalcity_desktop.library.sections import slides, split_sections, steps
from equalcity_desktop.library.service import ContentService

MODULE = "rome-module-understanding-children"
DAY = dt.date(2026, 11, 28)


def test_alphabetical_order_ignores_case_accents_and_quotes() -> None:
    words = ["Zorg", "bisexuel", "Éducation", "Bénéficiaire", "«Queer»", "asile", "Ébène",
             "Asexuel"]
    assert sorted(words, key=printable.sort_key) == [
        "Asexuel", "asile", "Bénéficiaire", "bisexuel", "Ébène", "Éducation", "«Queer»", "Zorg"]


def test_every_id_has_one_layout(service: ContentService) -> None:
    kinds = {"card": "card", "module": "handouts", "poster": "poster", "section": "page",
             "glossary": "page", "page": "page"}
    for item in service.library.items.values():
        if item.kind in kinds:
            assert printable.layout_of(service, item.id) == kinds[item.kind], item.id
    assert printable.layout_of(service, "brussels-training") == "document"
    assert printable.layout_of(service, "@glossary") == "glossary"
    assert printable.layout_of(service, "@contacts") == "contacts"
    assert printable.layout_of(service, "@sources") == "sources"
    for unknown in ("no-such-item", "@nothing", "", "../etc/passwd"):
        assert not printable.exists(service, unknown)
        with pytest.raises(KeyError):
            printable.build(service, unknown, "en")


def test_a3_only_for_posters(service: ContentService) -> None:
    assert "a3" in printable.page_sizes(service, "brussels-poster-welcome")
    for other in ("suicidal-thoughts", MODULE, "@glossary", "brussels-training"):
        assert printable.page_sizes(service, other) == ("a4", "letter")


def test_bad_requests_say_why(service: ContentService) -> None:
    with pytest.raises(printable.PrintError, match="languages are"):
        printable.build(service, "suicidal-thoughts", "de")
    with pytest.raises(printable.PrintError, match="languages are"):
        printable.build(service, "suicidal-thoughts", "en", "xx")
    for collection in ("@glossary", "@contacts", MODULE, "brussels-training"):
        with pytest.raises(printable.PrintError, match="one language"):
            printable.build(service, collection, "en", "fr")
    # The same language twice is simply one language.
    assert not printable.build(service, "suicidal-thoughts", "fr", "fr").two_languages


@pytest.mark.parametrize("lang", LANGS)
def test_the_handout_pack(service: ContentService, lang: str) -> None:
    item = service.item(MODULE)
    variant = item.variant(lang)
    out = printable.build(service, MODULE, lang, today=DAY)
    assert out.layout == "handouts" and out.title == variant.title
    assert PAGE_WORDS[lang]["handout_pack"] in out.html
    headings = re.findall(r"<h2[^>]*>(.*?)</h2>", out.html)
    # Every section but the slides, in order, then the slides as an appendix.
    expected = [h for h in MODULE_HEADINGS[lang][:-1]]
    assert [h.replace("&#x27;", "'") for h in headings[:-1]] == expected
    assert headings[-1].replace("&#x27;", "'") == PAGE_WORDS[lang]["slides_appendix"]
    # The handouts and the appendix start on a sheet of their own.
    assert out.html.count("page-break-before: always") == 2
    # The steps as a timed table: one row per step, the total is the duration.
    plan = steps(next(s.text for s in split_sections(variant.body)
                      if s.title == MODULE_HEADINGS[lang][4]))
    rows = re.findall(r"<tr><td valign=\"top\">(\d+:\d\d)–(\d+:\d\d)</td>", out.html)
    assert len(rows) == len(plan) == 6
    assert rows[0][0] == "0:00" and rows[-1][1] == "1:30"
    assert f"<b>{item.duration}</b>" in out.html
    for step in plan:
        assert step.title.split()[0] in out.html
    # Every slide, numbered, with its notes.
    deck = slides(split_sections(variant.body)[-1].text)
    assert out.html.count("<h3>" + PAGE_WORDS[lang]["slide"] + " ") == len(deck) == 7
    assert deck[0].notes.split()[0] in out.html
    assert "2026-11-28" in out.footer


def test_a_document_holds_all_its_sections_in_order(service: ContentService) -> None:
    toolkit, document = service.library.document("brussels-training")
    out = printable.build(service, "brussels-training", "nl")
    assert out.title == document.titles["nl"]
    positions = [out.html.index(f"<h2>{service.item(s).title('nl')}</h2>".replace("'", "&#x27;"))
                 for s in document.sections]
    assert positions == sorted(positions)
    assert "Dia's" not in re.findall(r"<h3>(.*?)</h3>", out.html)  # modules without slides
    assert toolkit.titles["nl"] in out.html


@pytest.mark.parametrize("lang", LANGS)
def test_the_glossary_in_alphabetical_order(service: ContentService, lang: str) -> None:
    out = printable.build(service, "@glossary", lang)
    terms = service.library.of_kind("glossary")
    titles = re.findall(r"<h3>(.*?)</h3>", out.html)
    assert len(titles) == len(terms) == 64
    assert titles == sorted(titles, key=lambda t: printable.sort_key(t))
    assert out.title == PAGE_WORDS[lang]["glossary"]
    assert PAGE_WORDS[lang]["glossary_intro"].format(n=64) in out.html
    letters = re.findall(r"<h2>(.*?)</h2>", out.html)
    assert letters == sorted(set(letters)) and letters[0] == "A"


def test_the_contacts_by_country(service: ContentService) -> None:
    out = printable.build(service, "@contacts", "fr", today=DAY)
    contacts = printable.effective_contacts(service, "fr")
    assert len(contacts) >= 20
    for item in contacts:
        assert item.title("fr").replace("'", "&#x27;") in out.html
    countries = re.findall(r"<h2>(.*?)</h2>", out.html)
    assert countries[:5] == ["Union européenne (toute l&#x27;UE)", "Belgique", "Luxembourg",
                             "Italie", "Suède"] or "Ce service" in countries[0]
    assert "Téléphone" in out.html and "Heures d&#x27;ouverture" in out.html
    # Each entry shows when its source was read; "check this" follows the source's age.
    assert PAGE_WORDS["fr"]["source_read_label"] in out.html and "2026-12-07" in out.html
    flagged = out.html.count("(à vérifier")
    assert 0 < flagged < len(contacts)  # some sources are years old, most are recent
    later = printable.build(service, "@contacts", "fr", today=DAY.replace(year=2036))
    assert later.html.count("(à vérifier") == len(contacts)  # ten years on, all of them


def test_contacts_of_an_office_without_its_own(service: ContentService) -> None:
    """No local rows yet: the bundled directory prints, by country."""
    items = printable.effective_contacts(service, "en")
    assert [i.extra["country"] for i in items][:1] == ["eu"]
    assert len(items) == len(service.library.of_kind("contact"))
    html = printable._contacts(service, "en", DAY)[1]
    assert "Emergency number 112" in html and "<h2>Belgium</h2>" in html
    # Hours are read from the text when the entry keeps them only there.
    assert "24 hours a day" in html


def test_a_poster_is_its_message_only(service: ContentService) -> None:
    out = printable.build(service, "brussels-poster-welcome", "nl", "fr")
    assert out.layout == "poster" and out.two_languages
    assert out.html.count("<h1>") == 2 and "<hr>" in out.html
    assert 'class="kind"' not in out.html  # no "Poster" label on the wall


def test_a_card_beside_another_language_leaves_read_more_out(service: ContentService) -> None:
    one = printable.build(service, "suicidal-thoughts", "en")
    assert "<h2>Read more</h2>" in one.html
    two = printable.build(service, "suicidal-thoughts", "en", "pt")
    assert "<h2>Read more</h2>" not in two.html and "<h2>Saber mais</h2>" not in two.html
    assert "<h2>Why</h2>" in two.html and "<h2>Porquê</h2>" in two.html


def test_the_footer_names_a_few_sources_and_counts_the_rest() -> None:
    from equalcity_desktop.library.model import Source

    words = PAGE_WORDS["en"]
    few = printable._footer(words, [Source("A", "t", 2020), Source("B", "t")])
    assert few.endswith("Source: A (2020); B.")
    many = printable._footer(words, [Source(x, "t") for x in "ABCDEF"])
    assert "A; B; C and 3 more." in many and words["sources_in_app"] in many


def test_a_card_for_a_client_keeps_only_the_office_and_eu_contact_lines(
        service: ContentService) -> None:
    """The four countries' contact lists are for the worker; beside the client's language
    the card keeps the office's own contacts and the EU-wide numbers (and fits one page)."""
    alone = printable.build(service, "disclosure-violence-adult", "en", today=DAY).html
    both = printable.build(service, "disclosure-violence-adult", "en", "fr", today=DAY).html
    for country in ("Belgium", "Sweden"):
        assert f"<strong>{country}:</strong>" in alone
        assert f"<strong>{country}:</strong>" not in both
    assert "country:country-se" in alone and "country:country-se" not in both
    assert "112" in both  # the EU-wide emergency number stays
