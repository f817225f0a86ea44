"""The country guides (kind ``country``) and the "Who can help" lines of a
card: one per country, its best contacts, and a link to its guide."""

from __future__ import annotations

from pathlib import Path

import pytest

from equalcity_desktop.library import contacts, loader, printable
from equalcity_desktop.library.contacts import COUNTRIES
from equalcity_desktop.library.languages import CARD_HEADINGS, LANGS, PAGE_WORDS
from equalcity_desktop.library.service import ContentService

from ..conftest import CONTENT, card_text, write
from .test_directory_sources import directory_file, entry

GUIDE_COUNTRIES = ("be", "lu", "it", "se")


def source(n: int, url: bool = True, read: bool = True) -> str:
    return (f"  - org: Org {n}\n    title: Page {n}\n    year: 2025\n"
            + (f"    url: https://example.org/{n}\n" if url else "")
            + ("    read: 2026-12-07\n" if read else ""))


def guide(root: Path, code: str, *, sources: int = 8, url: bool = True, read: bool = True,
          country: str | None = None) -> None:
    names = {"be": "Belgium", "lu": "Luxembourg", "it": "Italy", "se": "Sweden"}
    for lang in LANGS:
        cited = ("sources:\n" + "".join(source(n, url, read) for n in range(sources))
                 if lang == "en" else "")
        write(root / "countries" / f"country-{code}.{lang}.md",
              f"---\nid: country-{code}\nkind: country\ntoolkit: all\n"
              f"country: {country or code}\ntitle: How things work in {names[code]} {lang}\n"
              f"summary: Where to turn in {names[code]}.\n"
              f"aliases: [{names[code]}]\n{cited}---\n"
              "## Emergency\n\nCall 112.\n\n## A child at risk\n\nReport it.\n")


def who_can_help(html: str, lang: str) -> str:
    headings = CARD_HEADINGS[lang]
    return html.partition(f"<h2>{headings[4]}</h2>")[2].partition(f"<h2>{headings[5]}</h2>")[0]


@pytest.fixture
def content(mini_content: Path) -> Path:
    """The mini library, card-one about violence, guides for be, lu and se,
    and four violence contacts in each of be, lu, it (none in se)."""
    path = mini_content / "cards" / "card-one.en.md"
    path.write_text(card_text("card-one", "en", extra_front="helps_with: [violence]\n"),
                    encoding="utf-8")
    guide(mini_content, "be")
    guide(mini_content, "lu")
    guide(mini_content, "se")
    for code in ("be", "lu", "it"):
        directory_file(mini_content, code, *(entry(f"{code}-line-{n}") for n in range(4)))
    return mini_content


@pytest.fixture
def svc(tmp_path: Path, content: Path):
    service = ContentService([content], cache=tmp_path / "cache")
    service.contacts_path = tmp_path / "contacts.sqlite3"
    yield service
    service.close()


# -- the guide as an item ----------------------------------------------------------


def test_a_guide_loads_with_its_country_and_dated_sources(svc) -> None:
    assert svc.problems == []
    item = svc.item("country-be")
    assert item.kind == "country" and item.extra["country"] == "be"
    assert len(item.sources) == 8 and all(s.read == "2026-12-07" for s in item.sources)
    assert svc.resolve("country:country-be") == "country-be"
    html = svc.page_html("country-be", "nl")
    assert PAGE_WORDS["nl"]["country"] in html  # "Landengids"
    assert "https://example.org/3" in html


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"sources": 7}, "a country guide cites at least 8 sources; this one has 7"),
    ({"url": False}, "needs 'url'"),
    ({"read": False}, "needs 'read'"),
    ({"country": "Belgium"}, "a country guide needs 'country:'"),
])
def test_what_a_guide_must_have(mini_content, kwargs, message) -> None:
    guide(mini_content, "it", **kwargs)
    problems = [str(p) for p in loader.load([mini_content]).problems]
    assert problems and all("country-it.en.md" in p for p in problems)
    assert any(message in p for p in problems), problems


def test_a_guide_needs_every_language(mini_content) -> None:
    guide(mini_content, "se")
    (mini_content / "countries" / "country-se.pt.md").unlink()
    problems = [str(p) for p in loader.load([mini_content]).problems]
    assert any("language 'pt' is missing: add country-se.pt.md" in p for p in problems)


def test_a_guide_prints_like_a_page_with_contents_and_sources(svc) -> None:
    out = printable.build(svc, "country-be", "fr")
    assert out.layout == "page"
    assert out.html.index(PAGE_WORDS["fr"]["contents"]) < out.html.index("<h2>Emergency</h2>")
    assert "<li>Emergency</li><li>A child at risk</li>" in out.html
    assert out.html.count("Consultée le 2026-12-07") == 8
    assert out.html.rindex("https://example.org/7") > out.html.index("<h2>A child at risk</h2>")
    both = printable.build(svc, "country-be", "fr", "nl")
    assert both.two_languages and both.html.count(PAGE_WORDS["fr"]["contents"]) == 1


# -- "Who can help": one line per country -----------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_one_line_per_country_with_its_guide(svc, lang: str) -> None:
    section = who_can_help(svc.page_html("card-one", lang), lang)
    lines = section.split("<li>")[1:]
    assert len(lines) == 4  # be, lu, it, se; nothing for this office or the EU
    for line, code in zip(lines, GUIDE_COUNTRIES, strict=True):
        assert f"<strong>{contacts.country_name(code, lang)}:</strong>" in line
        assert line.count('href="contact:') == (0 if code == "se" else contacts.PER_COUNTRY)
        assert all(part.startswith(f"{code}-") for part in line.split('href="contact:')[1:])
    assert 'href="country:country-be"' in lines[0] and 'href="country:country-lu"' in lines[1]
    assert "country:" not in lines[2]  # no guide for Italy in this library
    assert 'href="country:country-se"' in lines[3]  # no contact, but its guide
    assert PAGE_WORDS[lang]["guide"].format(country=contacts.country_name("be", lang)) \
        in lines[0]
    assert PAGE_WORDS[lang]["from_list"] in section.replace("&nbsp;", " ")  # French spaces bound


def test_the_office_s_own_contacts_come_first(svc) -> None:
    svc.contact_store().save(contacts.Contact(
        id="local-desk", organisation="Our desk", helps_with=("violence",),
        phone="02 000 00 00", last_checked="2026-12-01"))
    svc.contact_store().save(contacts.Contact(
        id="local-be", organisation="Brussels partner", helps_with=("violence",),
        phone="02 000 00 01", country="be", last_checked="2026-12-01"))
    section = who_can_help(svc.page_html("card-one", "en"), "en")
    lines = section.split("<li>")[1:]
    assert "This office" in lines[0] and "contact:local-desk" in lines[0]
    belgium = lines[1]
    assert "Belgium" in belgium and belgium.index("contact:local-be") \
        == belgium.index("contact:")


def test_a_pack_never_pushes_a_bundled_contact_out(tmp_path, content) -> None:
    pack = tmp_path / "pack"
    write(pack / "pack.yaml", "id: extra-pack\ntitle: Extra pack\n")
    # Ranked above the bundled ones by every other measure: the topic twice.
    directory_file(pack, "be", *(entry(f"be-pack-{n}", helps="violence, violence")
                                 for n in range(3)))
    service = ContentService([content, pack], cache=tmp_path / "cache2")
    service.contacts_path = tmp_path / "contacts2.sqlite3"
    try:
        assert service.problems == []
        assert service.item("be-pack-0").origin == "extra-pack"
        belgium = who_can_help(service.page_html("card-one", "en"), "en").split("<li>")[1]
        assert "contact:be-pack" not in belgium
        assert belgium.count("contact:be-line-") == contacts.PER_COUNTRY
        # Still there when the bundled ones leave room.
        found = contacts.matching(service.contacts(), ("violence",), limit=20)
        assert [i.id for i in found][-3:] == ["be-pack-0", "be-pack-1", "be-pack-2"]
    finally:
        service.close()


# -- the bundled content -------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled():
    return loader.load([CONTENT]).library


def test_a_guide_for_each_country_in_four_languages(bundled) -> None:
    guides = {item.extra.get("country"): item for item in bundled.of_kind("country")}
    missing = [code for code in GUIDE_COUNTRIES if code not in guides]
    assert missing == [], f"no complete guide for {missing}"
    for code in GUIDE_COUNTRIES:
        item = guides[code]
        assert item.id == f"country-{code}"
        assert set(item.variants) == set(LANGS)
        assert len(item.sources) >= 8
        assert all(s.url and s.read for s in item.sources)


# Kinds of help with no service in that country whose own source says it offers them
# (searched for on 2026-12-07). The country guide says so, and the card's line for that
# country still lists the general services its other topics bring (asserted below).
KNOWN_GAPS = {
    ("lu", "forced-marriage"): "the CNVV takes 'all forms of violence'; none names it",
    ("lu", "honour-violence"): "no service's source names honour-related violence",
}


def test_every_card_topic_has_a_contact_in_every_country(bundled) -> None:
    """No card sends a worker to a kind of contact the directory lacks, but for the gaps
    above; and no card's line for a country is ever empty."""
    have: dict[tuple[str, str], int] = {}
    for item in bundled.of_kind("contact"):
        country = item.extra["country"]  # an EU-wide number (112) counts in every country
        for code in GUIDE_COUNTRIES if country == "eu" else (country,):
            for topic in item.extra["helps_with"]:
                have[code, topic] = have.get((code, topic), 0) + 1
    missing: dict[str, set[str]] = {}
    empty: list[tuple[str, str]] = []
    for card in bundled.of_kind("card"):
        topics = contacts.card_topics(card)
        for code in GUIDE_COUNTRIES:
            for topic in topics:
                if not have.get((code, topic)) and (code, topic) not in KNOWN_GAPS:
                    missing.setdefault(code, set()).add(topic)
            if topics and not any(have.get((code, t)) for t in topics):
                empty.append((card.id, code))
    assert {code: sorted(topics) for code, topics in missing.items()} == {}
    assert empty == []
    for code, topic in KNOWN_GAPS:  # a gap that got filled is taken off the list
        assert not have.get((code, topic)), (code, topic)


def test_the_countries_are_the_directory_s() -> None:
    assert set(GUIDE_COUNTRIES) <= set(COUNTRIES)
    assert contacts.GUIDE_COUNTRIES == GUIDE_COUNTRIES


def test_a_country_guide_can_be_presented(bundled) -> None:
    from equalcity_desktop.library.presentation import build_deck, can_present

    guide = bundled.items["country-be"]
    assert can_present(guide)
    deck = build_deck(guide, "fr")
    assert len(deck.slides) > 5 and deck.slides[0].kind == "title"
