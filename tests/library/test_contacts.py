"""The office's own contacts: the SQLite store, the effective list, and how
the service searches, shows and links them."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from equalcity_desktop.library import contacts
from equalcity_desktop.library.contacts import HELPS_WITH, Contact, ContactsError, ContactStore
from equalcity_desktop.library.languages import CARD_HEADINGS, LANGS, PAGE_WORDS
from equalcity_desktop.library.markup import plain_text
from equalcity_desktop.library.service import ContentService

from ..conftest import CONTENT

TODAY = dt.date(2026, 11, 28)


def shelter(**changes) -> Contact:
    values = {"id": "local-shelter", "organisation": "Maison Zéphyrine", "helps_with":
              ("violence", "sexual-violence"), "languages": ("French", "Arabic"),
              "phone": "02 123 45 67", "country": "", "last_checked": "2026-10-01",
              "notes": "Walk-in on Tuesday mornings."}
    return Contact(**{**values, **changes})


@pytest.fixture
def store(tmp_path: Path) -> ContactStore:
    s = ContactStore(tmp_path / "data" / "contacts.sqlite3")
    yield s
    s.close()


# -- the store --------------------------------------------------------------


def test_reading_creates_no_file(store: ContactStore) -> None:
    assert store.rows() == [] and store.hidden() == set()
    assert not store.path.exists()


def test_rows_round_trip_in_one_file_with_a_schema_version(store: ContactStore) -> None:
    store.save(shelter())
    store.hide("be-sos-viol")
    assert store.rows() == [shelter()]
    assert store.hidden() == {"be-sos-viol"}
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == contacts.SCHEMA
    store.save(shelter(phone="02 999 99 99"))
    assert [c.phone for c in store.rows()] == ["02 999 99 99"]
    store.delete("local-shelter")
    store.unhide("be-sos-viol")
    assert store.rows() == [] and store.hidden() == set()


def test_a_colleagues_window_sees_the_change(store: ContactStore) -> None:
    store.save(shelter())
    other = ContactStore(store.path)
    try:
        before = store.version()
        other.save(shelter(id="local-other", organisation="Other"))
        assert store.version() != before
        assert {c.id for c in store.rows()} == {"local-shelter", "local-other"}
    finally:
        other.close()


def test_a_locked_file_is_waited_for_not_failed(store: ContactStore) -> None:
    store.save(shelter())
    assert store._conn.execute("PRAGMA busy_timeout").fetchone()[0] == contacts.BUSY_TIMEOUT_MS


def test_one_failing_write_writes_nothing(store: ContactStore) -> None:
    store.save(shelter())
    with pytest.raises(ContactsError, match="nothing was saved"):
        store.write(upsert=[shelter(id="local-new", organisation="New")],
                    insert_only=[shelter()], hide=["be-sos-viol"])
    assert store.rows() == [shelter()] and store.hidden() == set()


def test_two_rows_cannot_replace_the_same_bundled_contact(store: ContactStore) -> None:
    store.save(shelter(overrides="be-sos-viol"))
    with pytest.raises(ContactsError):
        store.save(shelter(id="local-two", overrides="be-sos-viol"))
    assert [c.id for c in store.rows()] == ["local-shelter"]


def test_a_newer_file_is_refused_and_left_alone(store: ContactStore) -> None:
    store.path.parent.mkdir(parents=True)
    with sqlite3.connect(store.path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(ContactsError, match="newer version"):
        store.rows()


def test_a_damaged_file_is_reported_and_not_overwritten(store: ContactStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ContactsError, match="damaged"):
        store.rows()
    with pytest.raises(ContactsError):
        store.save(shelter())
    assert store.path.read_bytes() == b"this is not a database" * 100


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root writes read-only files anyway")
def test_a_read_only_file_says_nothing_was_changed(store: ContactStore) -> None:
    store.save(shelter())
    store.close()
    store.path.chmod(0o444)
    try:
        with pytest.raises(ContactsError, match="nothing was changed"):
            ContactStore(store.path).save(shelter(phone="03 000 00 00"))
    finally:
        store.path.chmod(0o644)
    assert store.rows() == [shelter()]


class FullDisk:
    """A connection whose third bulk write fails as on a full disk."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn, self.calls = conn, 0

    def executemany(self, *args):
        self.calls += 1
        if self.calls == 3:
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.executemany(*args)

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


def test_a_full_disk_mid_write_changes_nothing(store: ContactStore) -> None:
    store.save(shelter())
    real = store._conn
    store._conn = FullDisk(real)
    with pytest.raises(ContactsError, match="nothing was changed"):
        store.write(insert_only=[shelter(id="local-a", organisation="A")],
                    upsert=[shelter(phone="09 999 99 99")], delete=["local-shelter"])
    store._conn = real
    assert store.rows() == [shelter()]


# -- rows -------------------------------------------------------------------


@pytest.mark.parametrize(("change", "message"), [
    ({"organisation": " "}, "needs a name"),
    ({"helps_with": ()}, "at least one topic"),
    ({"helps_with": ("cooking",)}, "Unknown topic 'cooking'"),
    ({"phone": "", "website": "", "address": ""}, "phone number, a website or an address"),
    ({"phone": "call us"}, "only digits"),
    ({"website": "two words"}, "without spaces"),
    ({"country": "Belgium"}, "two-letter code"),
    ({"last_checked": "28/11/26"}, "must look like"),
    ({"last_checked": "2030-01-01"}, "in the future"),
    ({"id": "Not An Id"}, "lowercase"),
    ({"notes": "x" * 10_001}, "longer than"),
])
def test_a_bad_row_gets_one_sentence(change: dict, message: str) -> None:
    found = contacts.problems(shelter(**change), TODAY)
    assert found and message in found[0]


def test_a_good_row_has_no_problem() -> None:
    assert contacts.problems(shelter(), TODAY) == []


def test_new_ids_are_readable_and_unique() -> None:
    assert contacts.new_id("Maison Zéphyrine", []) == "local-maison-zephyrine"
    assert contacts.new_id("Maison Zéphyrine", ["local-maison-zephyrine"]) == \
        "local-maison-zephyrine-2"
    assert contacts.new_id("Ω", []) == "local-contact"


def test_stale_means_older_than_a_year_or_never_checked() -> None:
    assert not contacts.is_stale("2025-11-28", TODAY)
    assert contacts.is_stale("2025-11-27", TODAY)
    assert contacts.is_stale("", TODAY)


# -- the effective list -------------------------------------------------------


def bundled(service: ContentService) -> list:
    return service.library.of_kind("contact")


def test_effective_is_bundled_minus_hidden_and_replaced_plus_local(service) -> None:
    found = contacts.effective(bundled(service), [
        shelter(), shelter(id="local-sos", organisation="SOS Viol (our desk)",
                           overrides="be-sos-viol")], {"be-1712"}, TODAY)
    ids = [i.id for i in found.items]
    assert "be-1712" not in ids and ids.count("be-sos-viol") == 1
    assert found.by_id["be-sos-viol"].title("nl") == "SOS Viol (our desk)"
    assert found.by_id["be-sos-viol"].extra["origin"] == "override"
    assert found.by_id["local-shelter"].extra["origin"] == "local"
    assert found.masked == {"be-1712", "be-sos-viol"}
    assert len(found.items) == len(bundled(service)) - 2 + 2
    assert ids[0] == "local-shelter"  # this office first


def test_a_local_row_reads_the_same_in_every_language(service) -> None:
    item = contacts.local_item(shelter(), TODAY)
    assert {item.title(lang) for lang in LANGS} == {"Maison Zéphyrine"}
    assert "Walk-in on Tuesday mornings." in plain_text(item.variant("pt").body)
    assert "**Telefoon:** 02 123 45 67" in item.variant("nl").body
    assert "seksueel geweld" in item.variant("nl").body
    assert "geweld" in item.variant("en").aliases  # found in every language


def test_an_old_entry_says_check_this(service) -> None:
    old = contacts.local_item(shelter(last_checked="2024-05-01"), TODAY)
    assert old.extra["stale"] and "**Check this:**" in old.variant("en").body
    assert "**Nakijken:**" in old.variant("nl").body
    fresh = contacts.local_item(shelter(), TODAY)
    assert not fresh.extra["stale"] and "Check this" not in fresh.variant("en").body
    later = contacts.effective(bundled(service), [], (), dt.date(2028, 1, 1))
    assert all(i.extra["stale"] and "Check this" in i.variant("en").body for i in later.items)


def test_markup_typed_by_the_office_is_shown_as_text(service) -> None:
    service.contact_store().save(shelter(organisation="<script>alert(1)</script> [x](y)",
                                         notes="<img src=x onerror=alert(1)> **bold**"))
    html = service.page_html("local-shelter", "en")
    assert "<script>" not in html and "<img" not in html and "<strong>bold" not in html
    assert "&lt;script&gt;" in html and "**bold**" in html and "[x](y)" in html


# -- through the service -----------------------------------------------------


def test_contacts_are_sorted_by_country_then_name(service) -> None:
    service.contact_store().save(shelter())
    items = service.contacts()
    assert items[0].id == "local-shelter"
    keys = [contacts.sort_key(i, "en") for i in items]
    assert keys == sorted(keys)
    assert [i.extra["country"] for i in items[1:3]] == ["eu", "eu"]


def test_item_page_and_links_follow_the_local_file(service) -> None:
    store = service.contact_store()
    store.save(shelter())
    assert service.item("local-shelter").title("fr") == "Maison Zéphyrine"
    assert service.resolve("contact:local-shelter") == "local-shelter"
    assert "Maison Zéphyrine" in service.page_html("local-shelter", "fr")
    store.hide("be-sos-viol")
    assert service.item("be-sos-viol") is None
    assert service.resolve("contact:be-sos-viol") is None
    store.write(unhide=["be-sos-viol"], upsert=[shelter(id="local-sos", organisation="Our SOS",
                                                          overrides="be-sos-viol")])
    assert service.resolve("contact:be-sos-viol") == "be-sos-viol"
    assert "Our SOS" in service.page_html("be-sos-viol", "en")
    store.delete("local-sos")
    assert "SOS Viol" in service.page_html("be-sos-viol", "en")


def test_a_contact_is_found_right_after_it_is_added(service) -> None:
    assert not [r for r in service.search("zephyrine") if r.id == "local-shelter"]
    service.contact_store().save(shelter())
    results = service.search("zephyrine")
    assert results[0].id == "local-shelter" and results[0].kind == "contact"
    assert service.search("zephyr", kinds=("contact",))[0].id == "local-shelter"
    assert not [r for r in service.search("zephyrine", kinds=("card",))]
    service.contact_store().save(shelter(organisation="Maison Aurélie"))
    assert not [r for r in service.search("zephyrine") if r.id == "local-shelter"]
    assert service.search("aurelie")[0].id == "local-shelter"
    service.contact_store().delete("local-shelter")
    assert not [r for r in service.search("aurelie") if r.id == "local-shelter"]


def test_what_it_helps_with_is_searchable_in_every_language(service) -> None:
    service.contact_store().save(shelter(helps_with=("trafficking",), organisation="Payoke"))
    for word, lang in (("mensenhandel", "nl"), ("traite", "fr"), ("trafficking", "en")):
        assert "local-shelter" in [r.id for r in service.search(word, lang, limit=30)]


def test_a_hidden_or_replaced_bundled_contact_leaves_the_results(service) -> None:
    assert "be-sos-viol" in [r.id for r in service.search("sos viol")]
    service.contact_store().hide("be-sos-viol")
    assert "be-sos-viol" not in [r.id for r in service.search("sos viol")]
    service.contact_store().write(unhide=["be-sos-viol"], upsert=[shelter(
        id="local-sos", organisation="Antenne Zéphyrine", overrides="be-sos-viol")])
    found = [r for r in service.search("zephyrine") if r.id == "be-sos-viol"]
    assert found and found[0].title == "Antenne Zéphyrine"
    assert "be-sos-viol" not in [r.id for r in service.search("sos viol")]


def test_local_scores_compare_with_the_main_index(service) -> None:
    """A local contact named like a bundled one ranks next to it, not far below."""
    service.contact_store().save(shelter(organisation="Zelfmoordlijn Gent",
                                         helps_with=("suicide",)))
    results = service.search("zelfmoordlijn", "nl")
    ids = [r.id for r in results]
    assert "local-shelter" in ids[:3] and "be-zelfmoordlijn-1813" in ids[:3]


def test_the_file_is_not_created_by_searching_or_reading(service, private_profile) -> None:
    service.search("112")
    service.page_html("be-sos-viol", "en")
    service.contacts()
    assert not any((private_profile / "data").iterdir())


def test_a_damaged_file_leaves_the_bundled_contacts(service) -> None:
    path = service.contact_store().path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage" * 50)
    directory = service.directory()
    assert directory.error and "damaged" in directory.error
    assert len(service.contacts()) == len(bundled(service))
    assert service.search("112")


# -- cards link to the contacts ------------------------------------------------


def test_every_english_card_says_what_help_it_needs(service) -> None:
    for card in service.library.of_kind("card"):
        topics = service.card_topics(card)
        assert topics, f"{card.id}: add helps_with to its English front matter"
        assert set(topics) <= set(HELPS_WITH)


def who_can_help(html: str, lang: str) -> str:
    headings = CARD_HEADINGS[lang]
    return html.partition(f"<h2>{headings[4]}</h2>")[2].partition(f"<h2>{headings[5]}</h2>")[0]


@pytest.mark.parametrize("lang", LANGS)
def test_who_can_help_links_to_matching_contacts(service, lang: str) -> None:
    service.contact_store().save(shelter(helps_with=("sexual-violence",)))
    section = who_can_help(service.page_html("recent-sexual-assault", lang), lang)
    assert 'href="contact:local-shelter"' in section
    assert 'href="contact:be-sos-viol"' in section
    # One line per country (this office first), at most PER_COUNTRY contacts each.
    lines = section.split("<li>")[1:]
    assert "contact:local-shelter" in lines[0]
    assert all(line.count('href="contact:') <= contacts.PER_COUNTRY for line in lines)
    assert sum('href="country:country-' in line for line in lines) == 4
    assert PAGE_WORDS[lang]["from_list"] in section.replace("&nbsp;", " ")  # French spaces bound


def test_the_bundled_contacts_carry_their_source_and_its_date(service) -> None:
    for item in bundled(service):
        source = item.sources[0]
        assert source.url and source.read, item.id
        assert item.extra["last_checked"] == source.read  # shown as the checked date
        assert item.extra["hours"]["en"] and item.extra["languages"], item.id
        assert source.org in plain_text(item.variant("pt").body), item.id


def test_the_links_follow_hidden_and_local_changes(service) -> None:
    store = service.contact_store()
    store.hide("be-sos-viol")
    section = who_can_help(service.page_html("recent-sexual-assault", "en"), "en")
    assert "contact:be-sos-viol" not in section
    assert "contact:local-shelter" not in section
    store.save(shelter(helps_with=("sexual-violence",)))
    section = who_can_help(service.page_html("recent-sexual-assault", "en"), "en")
    assert section.index("contact:local-shelter") == section.index("contact:")


def test_the_most_specific_contacts_come_first(service) -> None:
    found = contacts.matching(service.contacts(), ("sexual-violence", "emergency"))
    topics = [i.extra["helps_with"] for i in found]
    assert "sexual-violence" in topics[0]
    firsts = [0 if "sexual-violence" in t else 1 for t in topics]
    assert firsts == sorted(firsts)


def test_a_card_without_topics_is_unchanged(tmp_path, mini_content) -> None:
    svc = ContentService([mini_content], cache=tmp_path / "cache")
    try:
        html = svc.page_html("card-one", "en")
        assert "contact:" not in html
    finally:
        svc.close()


def test_contacts_path_comes_from_the_data_folder(service, private_profile) -> None:
    assert service.contact_store().path == private_profile / "data" / contacts.FILE_NAME


def test_bundled_content_root(service) -> None:
    assert service.roots == [CONTENT]


def test_a_large_change_is_indexed_in_the_background(service, monkeypatch) -> None:
    from equalcity_desktop.library.contacts import index as contacts_index

    monkeypatch.setattr(contacts_index, "BACKGROUND_FROM", 2)
    service.contact_store().write(upsert=[shelter(id=f"local-x{n}", organisation=f"Xyloph {n}")
                                          for n in range(5)])
    service.search("xyloph")  # starts the build; searching goes on meanwhile
    service._local_index.wait()
    assert {r.id for r in service.search("xyloph")} == {f"local-x{n}" for n in range(5)}
    service.contact_store().save(shelter(id="local-x0", organisation="Marimba"))
    assert service.search("marimba")[0].id == "local-x0"  # one row: at once
