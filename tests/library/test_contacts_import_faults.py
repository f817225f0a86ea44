"""Contacts files that used to end in a traceback (issue 17.3 and 17.6):
each now imports correctly or ends in one sentence with nothing written."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from equalcity_desktop.library.contacts import Contact, ContactsError, ContactStore
from equalcity_desktop.library.contacts import export as contacts_export
from equalcity_desktop.library.contacts import io as contacts_io
from equalcity_desktop.library.contacts import read as contacts_read
from equalcity_desktop.library.contacts import store as contacts
from equalcity_desktop.library.contacts.io import ExportFailed, ImportFailed

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def store(tmp_path: Path) -> ContactStore:
    s = ContactStore(tmp_path / "data" / "contacts.sqlite3")
    yield s
    s.close()


def preview(path: Path, store: ContactStore) -> contacts_io.ImportPreview:
    return contacts_io.preview(path, store, {"be-sos-viol"}, {"interpreter"}, TODAY)


def refused(path: Path, store: ContactStore, words: str) -> str:
    with pytest.raises(ImportFailed) as caught:
        preview(path, store)
    message = str(caught.value)
    assert words in message
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message
    assert not store.path.exists()  # nothing written, not even an empty file
    return message


def import_all(path: Path, store: ContactStore) -> contacts_io.ImportPreview:
    """Preview, then import: what the preview promised is what is written."""
    plan = preview(path, store)
    written = contacts_io.apply(store, plan) if plan.writes else 0
    assert written == plan.writes == len(store.rows())
    return plan


# -- line ends -----------------------------------------------------------------------


def test_a_csv_with_cr_only_line_ends_imports(tmp_path: Path, store: ContactStore) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"organisation,helps_with,phone,notes\r"
                     b"Maison A,violence,02 111 11 11,\"first\rsecond\"\r"
                     b"Maison B,children,02 222 22 22,\r")
    plan = import_all(path, store)
    assert [(p.line, p.contact.organisation) for p in plan.added] == [(2, "Maison A"),
                                                                       (4, "Maison B")]
    assert {c.organisation: c.notes for c in store.rows()}["Maison A"] == "first\nsecond"


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, 11, 64 * 1024])
def test_mixed_line_ends_wherever_the_reads_split_them(tmp_path: Path, store: ContactStore,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        chunk: int) -> None:
    monkeypatch.setattr(contacts_read, "READ_CHUNK", chunk)  # a CR LF split between reads
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"organisation,helps_with,phone,notes\r\nMaison A,violence,1,\r\n"
                     b"Maison B,violence,2,\nMaison C,violence,3,\"x\r\ny\"\rMaison D,"
                     b"violence,4,\r\r\nMaison E,violence,5,")
    plan = import_all(path, store)
    assert [(p.line, p.contact.organisation) for p in plan.added] == [
        (2, "Maison A"), (3, "Maison B"), (4, "Maison C"), (6, "Maison D"), (8, "Maison E")]
    assert {c.organisation: c.notes for c in store.rows()}["Maison C"] == "x\ny"


def test_a_line_without_end_that_never_ends_is_refused(tmp_path: Path,
                                                       store: ContactStore) -> None:
    path = tmp_path / "one-line.csv"
    path.write_bytes(b"organisation,helps_with,phone\n" + b"x" * (2 * 1024 * 1024))
    refused(path, store, "Line 2 is longer than")


# -- JSON that Python cannot take as it is --------------------------------------------


def test_json_nested_100000_deep_is_one_sentence(tmp_path: Path, store: ContactStore) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    refused(path, store, "nested too deeply")
    path.write_text('{"contacts": [{"organisation": ' + "[" * 100_000 + "]" * 100_000 + "}]}")
    refused(path, store, "nested too deeply")


def test_a_5000_digit_number_skips_its_row_with_a_sentence(tmp_path: Path,
                                                           store: ContactStore) -> None:
    path = tmp_path / "number.json"
    path.write_text(json.dumps([{"organisation": "A", "helps_with": ["violence"], "phone": "1"},
                                {"organisation": "B", "helps_with": ["violence"]}])
                    .replace('["violence"]}', '["violence"], "phone": ' + "9" * 5000 + "}"))
    plan = import_all(path, store)
    assert [p.contact.organisation for p in plan.added] == ["A"]
    assert [s.reason for s in plan.skipped] == [
        "The field 'phone' holds a number of 5,000 digits; write it as text."]


def test_a_lone_surrogate_is_skipped_by_the_preview_and_the_import(tmp_path: Path,
                                                                   store: ContactStore) -> None:
    path = tmp_path / "surrogate.json"
    path.write_text('[{"organisation": "Maison \\ud800", "helps_with": ["violence"], '
                    '"phone": "1"}, {"organisation": "Fine", "helps_with": ["violence"], '
                    '"phone": "2", "notes": "\\ud83d\\ude00 a paired one is fine"}]')
    plan = import_all(path, store)
    assert [p.contact.organisation for p in plan.added] == ["Fine"]
    assert [s.reason for s in plan.skipped] == [
        "The organisation holds a broken character (a lone surrogate); correct it in the file."]


def test_an_import_that_hits_bad_text_anyway_is_a_sentence(tmp_path: Path,
                                                           store: ContactStore) -> None:
    with pytest.raises(ContactsError, match="could not be saved"):
        store.save(Contact(id="local-x", organisation="X\ud800", helps_with=("violence",),
                           phone="1"))


# -- not a file ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["contacts.csv", "contacts.json"])
def test_a_folder_is_refused(tmp_path: Path, store: ContactStore, name: str) -> None:
    (tmp_path / name).mkdir()
    refused(tmp_path / name, store, "is a folder, not a file; choose a CSV or JSON file")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused_before_reading(store: ContactStore) -> None:
    refused(Path("/dev/zero"), store, "is a device")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
@pytest.mark.parametrize("name", ["pipe.csv", "pipe.json"])
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path, store: ContactStore,
                                                 name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            preview(fifo, store)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(10)
    if thread.is_alive():  # it blocked in open(): let it go, then fail
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("a named pipe was opened and waited on")
    assert isinstance(outcome[0], ImportFailed) and "is a pipe" in str(outcome[0])


# -- a full disk ---------------------------------------------------------------------


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite runs out of room at once: the real SQLITE_FULL, as on a full disk."""
    real = sqlite3.connect

    def connect(*args, **kwargs):
        conn = real(*args, **kwargs)
        conn.execute("PRAGMA max_page_count = 1")
        return conn

    monkeypatch.setattr(contacts.sqlite3, "connect", connect)


def test_a_full_disk_on_the_first_write_leaves_no_empty_file(tmp_path: Path,
                                                             store: ContactStore,
                                                             full_disk: None) -> None:
    path = tmp_path / "in.csv"
    path.write_text("organisation,helps_with,phone\nA,violence,1\n", encoding="utf-8")
    plan = preview(path, store)
    with pytest.raises(ContactsError) as caught:
        contacts_io.apply(store, plan)
    assert str(caught.value).startswith("The disk is full")
    assert "damaged" not in str(caught.value)
    assert not store.path.exists()
    assert not list(store.path.parent.glob("contacts.sqlite3*"))


def test_a_full_disk_on_a_later_write_changes_nothing(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "contacts.sqlite3"
    first = ContactStore(path)
    first.save(Contact(id="local-a", organisation="A", helps_with=("violence",), phone="1"))
    first.close()
    before = path.read_bytes()
    real = sqlite3.connect

    def connect(*args, **kwargs):
        conn = real(*args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(contacts.sqlite3, "connect", connect)
    store = ContactStore(path)
    many = [Contact(id=f"local-{n}", organisation=f"Org {n}", helps_with=("violence",),
                    phone="1", notes="x" * 5000) for n in range(20)]
    with pytest.raises(ContactsError, match="^The disk is full"):
        store.write(upsert=many)
    assert [c.id for c in store.rows()] == ["local-a"]
    store.close()
    assert path.read_bytes() == before


def test_a_full_disk_during_an_export_is_said_and_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_room(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(contacts_export.os, "fsync", no_room)
    rows = [Contact(id="local-a", organisation="A", helps_with=("violence",), phone="1")]
    folder = tmp_path / "out"
    folder.mkdir()
    for name in ("out.csv", "out.json"):
        with pytest.raises(ExportFailed, match=f"^The disk is full: {name} was not written"):
            contacts_io.export(folder / name, rows)
    assert list(folder.iterdir()) == []


def test_an_export_over_a_folder_or_a_device_is_refused(tmp_path: Path) -> None:
    rows = [Contact(id="local-a", organisation="A", helps_with=("violence",), phone="1")]
    (tmp_path / "out.csv").mkdir()
    with pytest.raises(ExportFailed, match="is a folder; choose a file name"):
        contacts_io.export(tmp_path / "out.csv", rows)
    if Path("/dev/full").exists():
        with pytest.raises(ExportFailed, match="is a device"):
            contacts_io.export(Path("/dev/full"), rows)


# -- formula-safe export round-trips ---------------------------------------------------


TRICKY = ["'=SUM(A1)", "'hello", "'", "''", "=1+1", "-5 days", "@home", "+ not a phone",
          "'+32 2 123 45 67", "plain"]


@pytest.mark.parametrize("name", ["out.csv", "out.json"])
def test_a_leading_apostrophe_survives_export_and_import(tmp_path: Path, store: ContactStore,
                                                         name: str) -> None:
    rows = [Contact(id=f"local-{n}", organisation=f"Org {n}", helps_with=("violence",),
                    phone="+32 2 123 45 67", notes=text, address=text, opening_hours=text)
            for n, text in enumerate(TRICKY)]
    contacts_io.export(tmp_path / name, rows)
    if name.endswith(".csv"):
        raw = (tmp_path / name).read_text(encoding="utf-8-sig")
        assert ",=1+1" not in raw and ",@home" not in raw  # still formula-safe
    plan = import_all(tmp_path / name, store)
    assert plan.skipped == []
    assert {c.id: (c.notes, c.address, c.opening_hours) for c in store.rows()} == {
        r.id: (r.notes, r.address, r.opening_hours) for r in rows}
    assert {c.phone for c in store.rows()} == {"+32 2 123 45 67"}
