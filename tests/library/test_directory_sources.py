"""The starting directory's sources: the date each was read replaces
``last_checked``, "check this" follows the age of the source, and
check-content asks for hours, languages and a dated source with an address;
figures in running text name their year. Real loader on temporary content."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from equalcity_desktop.library import contacts, loader, printable
from equalcity_desktop.library.contacts import directory
from equalcity_desktop.library.languages import LANGS, PAGE_WORDS
from equalcity_desktop.library.markup import plain_text
from equalcity_desktop.library.service import ContentService

TODAY = dt.date(2026, 12, 7)


def entry(entry_id: str = "be-test-line", *, helps: str = "violence", year: str = "",
          read: str = "2026-12-07", extra: str = "", drop: tuple[str, ...] = ()) -> str:
    """One directory entry in the current format; ``drop`` leaves fields out."""
    fields = {
        "name": '"Test Line"',
        "helps_with": f"[{helps}]",
        "phone": '"0800 00 000"',
        "website": "example.org",
        "hours": "{en: Mon-Fri 9-17, nl: ma-vr 9-17 uur, fr: lu-ve 9 h-17 h, pt: seg-sex 9h-17h}",
        "languages": "[nl, fr, ar]",
        "description": "{en: A line., nl: Een lijn., fr: Une ligne., pt: Uma linha.}",
    }
    lines = [f"  - id: {entry_id}"]
    lines += [f"    {key}: {value}" for key, value in fields.items() if key not in drop]
    if "source" not in drop:
        lines += ["    source:", "      org: Test Org", "      title: About the line",
                  "      url: https://example.org/about"]
        if year:
            lines.append(f"      year: {year}")
        if read:
            lines.append(f"      read: {read}")
    return "\n".join(lines) + ("\n" + extra if extra else "") + "\n"


def directory_file(root: Path, country: str, *entries: str) -> Path:
    path = root / "directory" / f"{country}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"country: {country}\nentries:\n" + "".join(entries), encoding="utf-8")
    return path


def load_one(tmp_path: Path, text: str) -> tuple[list, list[str]]:
    path = directory_file(tmp_path, "be", text)
    problems: list[str] = []
    items = directory.load_file(path, lambda p, line, message: problems.append(
        f"{p.name}:{line}: {message}"))
    return items, problems


# -- the format ----------------------------------------------------------------


def test_the_read_date_is_the_checked_date_and_the_page_shows_the_source(tmp_path) -> None:
    items, problems = load_one(tmp_path, entry(year="2025"))
    assert problems == []
    item = items[0]
    assert item.extra["last_checked"] == "2026-12-07"
    assert item.extra["source_year"] == 2025
    assert item.sources[0].read == "2026-12-07"
    assert item.extra["hours"]["nl"] == "ma-vr 9-17 uur"
    for lang in LANGS:
        text = plain_text(item.variant(lang).body)
        assert "Test Org: About the line (2025), https://example.org/about" in text
        assert f"{PAGE_WORDS[lang]['source_read']} 2026-12-07" in text
    assert "Arabisch" in plain_text(item.variant("nl").body)  # languages named in nl


def test_last_checked_is_refused_with_a_way_out(tmp_path) -> None:
    items, problems = load_one(tmp_path, entry(extra="    last_checked: 2026-11-28"))
    assert items == []
    assert any("'last_checked' is no longer used" in p and "read:" in p for p in problems)
    assert all(p.startswith("be.yaml:3:") for p in problems)  # the entry's line


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"drop": ("hours",)}, "'hours' is missing"),
    ({"drop": ("languages",)}, "'languages' must list"),
    ({"drop": ("phone", "website")}, "needs a 'phone' or a 'website'"),
    ({"read": ""}, "'read' (the date you read the source) is missing"),
    ({"read": "2027-03-01"}, "a date in the future"),
    ({"read": "07/12/2026"}, "must be a date such as 2026-12-07"),
    ({"year": "'recent'"}, "'year' must be the year it states"),
    ({"drop": ("source",)}, "'source' needs 'org', 'title', 'url' and 'read'"),
])
def test_what_an_entry_must_have(tmp_path, kwargs, message) -> None:
    items, problems = load_one(tmp_path, entry(**kwargs))
    assert items == []
    assert any(message in p for p in problems), problems


def test_a_source_without_url(tmp_path) -> None:
    text = entry().replace("      url: https://example.org/about\n", "")
    items, problems = load_one(tmp_path, text)
    assert items == [] and any("needs a 'url'" in p for p in problems)


# -- "check this" by the age of the source --------------------------------------------


@pytest.mark.parametrize(("year", "read", "today", "reason"), [
    ("2024", "2026-12-07", TODAY, ""),  # two years ago: still fine
    ("2023", "2026-12-07", TODAY, "old_source"),  # more than two full years
    ("2025", "2026-12-07", dt.date(2028, 6, 1), "old_source"),
    ("", "2026-12-07", TODAY, ""),  # undated page: the read date counts
    ("", "2025-11-01", TODAY, "old_read"),
    ("2026", "2025-01-01", TODAY, ""),  # a recent source read long ago: its year counts
])
def test_check_this_follows_the_source(tmp_path, year, read, today, reason) -> None:
    items, problems = load_one(tmp_path, entry(year=year, read=read))
    assert problems == []
    shown = contacts.bundled_item(items[0], today)
    assert shown.extra["stale_reason"] == reason
    assert shown.extra["stale"] is bool(reason)
    first = plain_text(shown.variant("fr").body).split("\n")[0]
    if reason:
        assert first.startswith(PAGE_WORDS["fr"]["check_label"])
        assert (year or "plus d'un an") in first
    else:
        assert not first.startswith(PAGE_WORDS["fr"]["check_label"])


def test_the_office_s_own_rows_still_age_with_their_checked_date() -> None:
    row = contacts.Contact(id="local-x", organisation="Our desk", helps_with=("legal",),
                           phone="02 000 00 00", last_checked="2025-01-01")
    item = contacts.local_item(row, TODAY)
    assert contacts.staleness(item, TODAY) == "stale" and item.extra["stale"]
    fresh = contacts.local_item(contacts.Contact(**{**row.__dict__,
                                                   "last_checked": "2026-11-01"}), TODAY)
    assert contacts.staleness(fresh, TODAY) == ""


def test_the_printed_list_shows_source_read_date_and_age(tmp_path, mini_content) -> None:
    directory_file(mini_content, "be", entry("be-old", year="2021"),
                   entry("be-new", year="2026"))
    svc = ContentService([mini_content], cache=tmp_path / "cache")
    svc.contacts_path = tmp_path / "contacts.sqlite3"
    try:
        assert svc.problems == []
        html = printable.build(svc, "@contacts", "en", today=TODAY).html
        entries = html.split("<h3>")[1:]
        old = next(e for e in entries if "(2021)" in e)
        new = next(e for e in entries if "(2026)" in e)
        for part in (old, new):
            assert PAGE_WORDS["en"]["source_read_label"] + ":</b> 2026-12-07" in part
            assert "https://example.org/about" in part
        assert "check this: source from 2021" in old
        assert "check this" not in new
    finally:
        svc.close()


# -- figures need their year ---------------------------------------------------------


@pytest.mark.parametrize(("text", "found"), [
    ("About 40% of them.", ["40%"]),
    ("Plus de 1 200 demandes par an.", ["Plus de 1 200"]),
    ("Meer dan 5% van alle dossiers.", ["Meer dan 5%"]),
    ("In 2023, about 40% of them.", []),
    ("- More than 300 cases\n- a 2022 report", ["More than 300"]),  # a list item each
    ("More than 300 cases\nin the 2022 report.", []),  # one paragraph
    ("Young people aged over 13.", []),
    ("For over 18 years it has run.", []),
    ("Mais de 3 meses depois.", []),
    ("No space is 100% safe.", []),
    ("See [the page](https://example.org/a%20b).", []),
])
def test_figures_without_a_year(text, found) -> None:
    assert [figure for _line, figure in directory.numbers_without_year(text)] == found


def test_check_content_names_file_and_line_of_a_figure(mini_content) -> None:
    path = mini_content / "toolkits" / "tk" / "tk-intro.nl.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nMeer dan 60% zegt dat.\n",
                    encoding="utf-8")
    problems = [str(p) for p in loader.load([mini_content]).problems]
    line = path.read_text(encoding="utf-8").split("\n").index("Meer dan 60% zegt dat.") + 1
    assert problems == [f"{path}:{line}: 'Meer dan 60%' needs a year in the same paragraph "
                        "(say when, and from which source)"]


def test_a_figure_in_a_contact_description(tmp_path) -> None:
    text = entry().replace("en: A line.", "en: Helps over 3000 people.")
    items, problems = load_one(tmp_path, text)
    assert len(items) == 1  # reported, but the entry stays
    assert problems == ["be.yaml:3: entry 1: the en description says 'over 3000' without a "
                        "year; name the year (and the source)"]
