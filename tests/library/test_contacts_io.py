"""Contacts in and out as CSV and JSON: a preview first, then one
transaction; bad rows and bad files get one sentence and change nothing."""

from __future__ import annotations

import datetime as dt
import json
import tracemalloc
from pathlib import Path

import pytest

from equalcity_desktop.library.contacts import Contact, ContactsError, ContactStore
from equalcity_desktop.library.contacts import io as contacts_io
from equalcity_desktop.library.contacts.io import ImportFailed

TODAY = dt.date(2026, 11, 28)
BUNDLED = {"be-sos-viol", "be-1712-helpline"}
RESERVED = {"recent-sexual-assault", "interpreter"}
HEADER = "organisation,helps_with,phone,country,last_checked\n"


@pytest.fixture
def store(tmp_path: Path) -> ContactStore:
    s = ContactStore(tmp_path / "contacts.sqlite3")
    yield s
    s.close()


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def preview(path: Path, store: ContactStore) -> contacts_io.ImportPreview:
    return contacts_io.preview(path, store, BUNDLED, RESERVED, TODAY)


def snapshot(store: ContactStore) -> tuple[list[Contact], set[str]]:
    return store.rows(), store.hidden()


def existing(store: ContactStore) -> None:
    store.save(Contact(id="local-ours", organisation="Our Shelter", helps_with=("violence",),
                       phone="02 000 00 00", last_checked="2026-01-01"))
    store.hide("be-1712-helpline")


# -- a good import ---------------------------------------------------------------


def test_preview_then_apply_adds_and_changes(tmp_path: Path, store: ContactStore) -> None:
    existing(store)
    path = write(tmp_path / "in.csv", HEADER
                 + "Our Shelter,violence;children,02 000 00 00,,2026-11-01\n"
                 + "Maison Zéphyrine,sexual violence,+32 2 123 45 67,be,28/11/2026\n")
    before = snapshot(store)
    plan = preview(path, store)
    assert snapshot(store) == before  # a preview writes nothing
    assert [(p.line, p.contact.organisation) for p in plan.added] == [(3, "Maison Zéphyrine")]
    assert [(p.line, p.contact.id) for p in plan.changed] == [(2, "local-ours")]
    assert plan.added[0].contact.helps_with == ("sexual-violence",)
    assert plan.added[0].contact.last_checked == "2026-11-28"
    assert plan.added[0].contact.id == "local-maison-zephyrine"
    assert plan.changed[0].changes == ["helps_with", "last_checked"]
    assert contacts_io.apply(store, plan) == 2
    rows = {c.id: c for c in store.rows()}
    assert rows["local-ours"].helps_with == ("violence", "children")
    assert rows["local-maison-zephyrine"].country == "be"
    assert store.hidden() == {"be-1712-helpline"}


def test_an_export_imports_back_unchanged(tmp_path: Path, store: ContactStore) -> None:
    rows = [Contact(id="local-a", organisation='A "quoted", name; with = signs',
                    helps_with=("violence", "lgbtqi"), languages=("Dutch", "Tigrinya"),
                    address="Rue Haute 1\n1000 Brussels", phone="+32 2 123 45 67",
                    opening_hours="Mon–Fri 9–17", website="example.org",
                    notes="=HYPERLINK(\"x\")\n\nSecond paragraph, é ü ç.", country="be",
                    last_checked="2026-11-01"),
            Contact(id="local-b", organisation="B", helps_with=("suicide",), phone="1813",
                    overrides="be-sos-viol")]
    store.write(upsert=rows)
    for name in ("out.csv", "out.json"):
        path = tmp_path / name
        contacts_io.export(path, store.rows())
        plan = preview(path, store)
        assert not plan.added and not plan.changed
        assert [s.reason for s in plan.skipped] == ["It is already in the directory, "
                                                    "unchanged."] * 2
        other = ContactStore(tmp_path / f"other-{name}.sqlite3")
        contacts_io.apply(other, contacts_io.preview(path, other, BUNDLED, RESERVED, TODAY))
        assert other.rows() == store.rows()
        other.close()


def test_exported_csv_is_excel_friendly_and_formula_safe(tmp_path: Path,
                                                          store: ContactStore) -> None:
    store.save(Contact(id="local-a", organisation="=cmd|' /C calc'!A0", helps_with=("legal",),
                       phone="+32 2 123 45 67"))
    contacts_io.export(tmp_path / "out.csv", store.rows())
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + b"id,organisation,helps_with")
    text = raw.decode("utf-8-sig")
    assert "'=cmd" in text and ",+32 2 123 45 67," in text


def test_json_export_is_documented_and_readable(tmp_path: Path, store: ContactStore) -> None:
    existing(store)
    contacts_io.export(tmp_path / "out.json", store.rows())
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["format"] == "equalcity-contacts" and data["version"] == 1
    assert list(data["contacts"][0]) == list(contacts_io.COLUMNS)
    assert data["contacts"][0]["helps_with"] == ["violence"]


def test_semicolon_csv_from_a_european_excel(tmp_path: Path, store: ContactStore) -> None:
    path = write(tmp_path / "in.csv", "\ufeffOrganisation;Helps with;Phone;Opening hours\r\n"
                 "Centre;violence, legal;0800 30 030;ma–vr 9–19 uur\r\n")
    plan = preview(path, store)
    assert [p.contact.opening_hours for p in plan.added] == ["ma–vr 9–19 uur"]
    assert plan.added[0].contact.helps_with == ("violence", "legal")


def test_a_quoted_value_over_several_lines_keeps_the_line_numbers(tmp_path: Path,
                                                                   store: ContactStore) -> None:
    path = write(tmp_path / "in.csv", HEADER + 'A,violence,1,,\n'
                 + '"B\nstill B",violence,1,,\n' + "C,cooking,1,,\n")
    plan = preview(path, store)
    assert [p.line for p in plan.added] == [2, 3]
    assert [(s.line, s.organisation) for s in plan.skipped] == [(5, "C")]


# -- bad rows ---------------------------------------------------------------------


def test_bad_rows_are_skipped_with_their_line_and_the_rest_imports(tmp_path: Path,
                                                                   store: ContactStore) -> None:
    existing(store)
    path = write(tmp_path / "in.csv", "id,organisation,helps_with,phone,country,last_checked,"
                 "overrides\n"
                 ",Good One,violence,02 111 11 11,,,\n"            # 2 ok
                 ",,violence,02 111 11 11,,,\n"                    # 3 no name
                 ",No Topic,,02 111 11 11,,,\n"                    # 4
                 ",Bad Topic,cooking,02 111 11 11,,,\n"            # 5
                 ",No Phone,violence,,,,\n"                        # 6
                 ",Bad Date,violence,1,,yesterday,\n"              # 7
                 ",Bad Country,violence,1,Belgium,,\n"             # 8
                 "recent-sexual-assault,Clash,violence,1,,,\n"     # 9 a card's id
                 ",Ghost,violence,1,,,no-such-contact\n"           # 10
                 ",Good One,violence,02 111 11 11,,,\n"            # 11 again
                 ",Too,many,values,here,,,,,\n"                    # 12
                 "\n"                                              # 13 blank: ignored
                 ",Replaces,violence,1,,,be-sos-viol\n"            # 14 ok
                 ",Replaces too,violence,1,,,be-sos-viol\n")       # 15
    plan = preview(path, store)
    assert [p.line for p in plan.added] == [2, 14]
    reasons = {s.line: s.reason for s in plan.skipped}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15]
    assert "needs a name" in reasons[3]
    assert "at least one topic" in reasons[4]
    assert "Unknown topic 'cooking'" in reasons[5]
    assert "phone number, a website or an address" in reasons[6]
    assert "must look like" in reasons[7]
    assert "two-letter code" in reasons[8]
    assert "bundled content" in reasons[9]
    assert "not a bundled contact" in reasons[10]
    assert "Line 2 already" in reasons[11]
    assert "values but the first line names 7 columns" in reasons[12]
    assert "Line 14 already replaces" in reasons[15]
    assert all(r.endswith(".") and r[0].isupper() for r in reasons.values())
    contacts_io.apply(store, plan)
    assert {c.organisation for c in store.rows()} == {"Our Shelter", "Good One", "Replaces"}


# -- bad files: a sentence, and the directory as it was ------------------------------


def refused(path: Path, store: ContactStore, message: str) -> None:
    before = snapshot(store)
    with pytest.raises(ImportFailed, match=message) as caught:
        preview(path, store)
    text = str(caught.value)
    assert text.endswith(".") and "\n" not in text
    assert snapshot(store) == before


def test_a_latin1_file_is_refused_with_the_line(tmp_path: Path, store: ContactStore) -> None:
    existing(store)
    path = write(tmp_path / "in.csv", HEADER + "Ok,violence,1,,\nMédecins,health,1,,\n",
                 encoding="latin-1")
    refused(path, store, r"Line 3 is not UTF-8 text; save the file as UTF-8")


def test_a_utf16_file_is_named(tmp_path: Path, store: ContactStore) -> None:
    refused(write(tmp_path / "in.csv", HEADER, encoding="utf-16"), store, "UTF-16")


def test_missing_columns_are_named(tmp_path: Path, store: ContactStore) -> None:
    existing(store)
    path = write(tmp_path / "in.csv", "name,phone\nA,1\n")
    refused(path, store, "no column 'helps_with'")
    refused(write(tmp_path / "b.csv", "phone,notes\n1,x\n"), store,
            "no column 'organisation', 'helps_with'")


def test_an_empty_file_is_refused(tmp_path: Path, store: ContactStore) -> None:
    refused(write(tmp_path / "in.csv", ""), store, "empty")


def test_a_file_that_is_not_csv_is_refused(tmp_path: Path, store: ContactStore) -> None:
    refused(write(tmp_path / "in.csv", HEADER + 'A,violence,1,,\n"B"x,violence,1,,\n'), store,
            "Line 3 is not valid CSV")


@pytest.mark.parametrize(("text", "message"), [
    ('{"contacts": [{"organisation": "A", "helps_with": ["violence"], "phone": "1"},\n'
     '  {"organisation": "B" "helps_with": []}]}', "Line 2 is not valid JSON"),
    ('{"other": 1}', 'no "contacts" list'),
    ('"text"', "must hold a list"),
    ('', "must hold a list"),
])
def test_bad_json_is_refused_with_the_line(tmp_path: Path, store: ContactStore, text: str,
                                           message: str) -> None:
    refused(write(tmp_path / "in.json", text), store, message)


def test_json_rows_have_line_numbers(tmp_path: Path, store: ContactStore) -> None:
    path = write(tmp_path / "in.json", json.dumps({"format": "equalcity-contacts", "contacts": [
        {"organisation": "A", "helps_with": ["violence"], "phone": "1"},
        {"organisation": "B", "helps_with": "violence", "phone": 2},
        {"organisation": "C", "helps_with": ["violence"], "phone": 1.5},
        "just text"]}, indent=1))
    plan = preview(path, store)
    assert [p.contact.phone for p in plan.added] == ["1", "2"]
    lines = path.read_text().split("\n")
    c_line = next(n for n, line in enumerate(lines, 1) if '"C"' in line) - 1  # its "{"
    text_line = next(n for n, line in enumerate(lines, 1) if '"just text"' in line)
    assert [(s.line, s.reason) for s in plan.skipped] == [
        (c_line, "The field 'phone' must be text or a list of text."),
        (text_line, "It is not an object with named fields.")]
    assert lines[c_line - 1].strip() == "{"


def test_a_huge_file_is_refused_quickly_and_in_little_memory(tmp_path: Path,
                                                             store: ContactStore) -> None:
    existing(store)
    path = tmp_path / "huge.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        for n in range(100_000):
            handle.write(f"Organisation {n},violence,02 {n:06d},be,2026-01-01\n")
    tracemalloc.start()
    try:
        refused(path, store, "more than 10,000 contacts; split it")
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40 * 2**20, f"{peak / 2**20:.0f} MB"


def test_the_largest_allowed_import_is_one_transaction(tmp_path: Path,
                                                       store: ContactStore) -> None:
    path = tmp_path / "max.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        for n in range(contacts_io.MAX_ROWS):
            handle.write(f"Organisation {n},violence,02 {n:06d},be,2026-01-01\n")
    plan = preview(path, store)
    assert len(plan.added) == contacts_io.MAX_ROWS
    contacts_io.apply(store, plan)
    assert len(store.rows()) == contacts_io.MAX_ROWS


def test_a_large_json_file_is_refused_before_it_is_read(tmp_path: Path, store: ContactStore,
                                                        monkeypatch) -> None:
    monkeypatch.setattr(contacts_io, "MAX_JSON_BYTES", 100)
    refused(write(tmp_path / "in.json", "[" + " " * 200 + "]"), store, "larger than")


# -- apply: all or nothing ------------------------------------------------------------


class Exploding:
    """A connection that fails in the middle of the import's writes."""

    def __init__(self, conn) -> None:
        self._conn, self.calls = conn, 0

    def executemany(self, sql, rows):
        self.calls += 1
        if self.calls == 2:  # after the new rows, before the changed ones
            raise RuntimeError("power cut")
        return self._conn.executemany(sql, rows)

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


def test_an_exception_in_the_middle_of_apply_leaves_the_file_as_it_was(
        tmp_path: Path, store: ContactStore) -> None:
    existing(store)
    path = write(tmp_path / "in.csv", HEADER + "Our Shelter,legal,02 000 00 00,,\n"
                 + "New One,violence,1,,\n")
    plan = preview(path, store)
    assert plan.added and plan.changed
    before = snapshot(store)
    real = store._conn
    store._conn = Exploding(real)
    with pytest.raises(RuntimeError):
        contacts_io.apply(store, plan)
    store._conn = real
    assert snapshot(store) == before


def test_an_edit_after_the_preview_stops_the_import(tmp_path: Path, store: ContactStore) -> None:
    existing(store)
    path = write(tmp_path / "in.csv", HEADER + "Our Shelter,legal,02 000 00 00,,\n"
                 + "New One,violence,1,,\n")
    plan = preview(path, store)
    colleague = ContactStore(store.path)
    colleague.save(Contact(id="local-ours", organisation="Our Shelter",
                           helps_with=("violence",), phone="02 999 99 99"))
    colleague.close()
    before = snapshot(store)
    with pytest.raises(ContactsError, match="preview the import again"):
        contacts_io.apply(store, plan)
    assert snapshot(store) == before


def test_a_file_that_vanished_is_one_sentence(tmp_path: Path, store: ContactStore) -> None:
    refused(tmp_path / "gone.csv", store, "cannot be opened")


def test_a_huge_json_file_is_refused_too(tmp_path: Path, store: ContactStore) -> None:
    row = '{"organisation": "Organisation", "helps_with": ["violence"], "phone": "1"}'
    path = write(tmp_path / "huge.json", "[\n" + ",\n".join([row] * 100_000) + "\n]\n")
    refused(path, store, "more than 10,000 contacts")


def test_a_column_the_file_lacks_keeps_what_the_directory_holds(tmp_path: Path,
                                                                store: ContactStore) -> None:
    store.save(Contact(id="local-ours", organisation="Our Shelter", helps_with=("violence",),
                       phone="02 000 00 00", notes="Ask for Amal.", website="ours.example"))
    path = write(tmp_path / "in.csv", "organisation,helps_with,phone\n"
                 "Our Shelter,violence,02 000 00 01\n")
    plan = preview(path, store)
    assert [p.changes for p in plan.changed] == [["phone"]]
    contacts_io.apply(store, plan)
    row = store.rows()[0]
    assert (row.phone, row.notes, row.website) == ("02 000 00 01", "Ask for Amal.", "ours.example")
