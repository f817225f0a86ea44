"""Contacts in and out as CSV or JSON, so offices can share their lists.

An import is two steps. :func:`preview` reads the file (streamed, and never
more than ``MAX_ROWS`` rows, so a huge file neither freezes the window nor
fills the memory) and says what would be added, changed and skipped, each
skipped row with its line and one sentence why. :func:`apply` then writes
all of it in one transaction, and only if the directory still holds what
the preview saw. A file that cannot be read at all raises
:class:`ImportFailed` with one sentence; nothing is ever half-written.

Exports hold the office's own rows (not the bundled contacts, which every
copy of the app has) and are written beside the target, then renamed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .contacts import FIELD_NAMES, Contact, ContactStore, new_id, problems
from .directory import HELPS_WITH

# The columns of a file, in order; the names are the same in CSV and JSON.
COLUMNS: tuple[str, ...] = ("id", "organisation", "helps_with", "languages", "address", "phone",
                            "opening_hours", "website", "notes", "country", "last_checked",
                            "overrides")
REQUIRED: tuple[str, ...] = ("organisation", "helps_with")
ALIASES = {"name": "organisation", "organization": "organisation", "hours": "opening_hours"}
MAX_ROWS = 10_000
MAX_JSON_BYTES = 32 * 1024 * 1024
LIST_SPLIT = re.compile(r"\s*[;,|]\s*")
FORMULA_START = ("=", "+", "-", "@")
PHONE_LIKE = re.compile(r"^[0-9+()./ -]*$")
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y")


class ImportFailed(Exception):
    """The file cannot be imported at all; the message is one sentence."""


@dataclass(frozen=True)
class Planned:
    line: int
    contact: Contact
    before: Contact | None = None  # the row it changes

    @property
    def changes(self) -> list[str]:
        """The fields that differ from the row it changes."""
        if self.before is None:
            return []
        return [name for name in FIELD_NAMES[1:]
                if getattr(self.before, name) != getattr(self.contact, name)]


@dataclass(frozen=True)
class Skipped:
    line: int
    reason: str
    organisation: str = ""


@dataclass
class ImportPreview:
    added: list[Planned] = field(default_factory=list)
    changed: list[Planned] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def writes(self) -> int:
        return len(self.added) + len(self.changed)


# -- reading ------------------------------------------------------------------


def _column(name: str) -> str:
    key = "_".join(name.strip().lstrip("\ufeff").lower().replace("-", "_").split())
    return ALIASES.get(key, key)


def _check_columns(names: Sequence[str]) -> list[str]:
    """The recognised columns; raises when a required one is missing."""
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise ImportFailed("The file has no column " + ", ".join(repr(m) for m in missing)
                           + "; the first line must name the columns (see the README).")
    return [n for n in names if n and n not in COLUMNS]


def _utf8_lines(path: Path) -> Iterator[str]:
    """The file's lines as text, one at a time; a line that is not UTF-8 stops
    the import with its number (a Latin-1 file, say)."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ImportFailed(f"The file cannot be opened ({exc.strerror}).") from None
    with handle:
        for number, raw in enumerate(handle, 1):
            if number == 1:
                if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                    raise ImportFailed("The file is UTF-16 text; save it as UTF-8 (in Excel: "
                                       "CSV UTF-8).")
                raw = raw.removeprefix(b"\xef\xbb\xbf")  # noqa: PLW2901 - the BOM Excel writes
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                raise ImportFailed(f"Line {number} is not UTF-8 text; save the file as UTF-8 "
                                   "(in Excel: CSV UTF-8) and import it again.") from None


def _csv_records(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    lines = _utf8_lines(path)
    header_line = next(lines, None)
    if header_line is None or not header_line.strip():
        raise ImportFailed("The file is empty; the first line must name the columns.")
    # Excel writes ';' where the decimal comma is in use (Belgium, France, ...).
    delimiter = max((",", ";", "\t"), key=lambda d: sum(
        _column(n) in COLUMNS for n in header_line.split(d)))
    header = [_column(n) for n in next(csv.reader([header_line], delimiter=delimiter))]
    yield 0, {"": "", **{n: n for n in header}}  # the header, for the column check
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    read = 0  # lines read after the header; a quoted value may span several
    try:
        for values in reader:
            line, read = read + 2, reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(values) > len(header):
                yield line, {"": f"it has {len(values)} values but the first line names "
                                 f"{len(header)} columns"}
                continue
            yield line, dict(zip(header, values, strict=False))
    except csv.Error as exc:
        raise ImportFailed(f"Line {reader.line_num + 1} is not valid CSV ({exc}).") from None


def _json_records(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise ImportFailed(f"The file is larger than {MAX_JSON_BYTES // 2**20} MB; split "
                               "it into smaller files.")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"The file cannot be read ({exc.strerror}).") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailed("The file is UTF-16 text; save it as UTF-8.")
    try:
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFailed(f"Line {line} is not UTF-8 text; save the file as UTF-8 and import "
                           "it again.") from None
    del data
    yield 0, {"": "", **{c: c for c in REQUIRED}}  # JSON names its fields on every row
    for line, raw in _json_array(text):
        if not isinstance(raw, dict):
            yield line, {"": "it is not an object with named fields"}
            continue
        row: dict[str, str] = {}
        for key, value in raw.items():
            name = _column(str(key))
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                row[name] = "; ".join(value)
            elif isinstance(value, str):
                row[name] = value
            elif isinstance(value, int) and not isinstance(value, bool):
                row[name] = str(value)
            elif value is None:
                row[name] = ""
            else:
                row = {"": f"the field {key!r} must be text or a list of text"}
                break
        yield line, row


def _json_array(text: str) -> Iterator[tuple[int, Any]]:
    """The elements of the contacts array, one at a time, with their line:
    the file is a list, or an object with a "contacts" list."""
    decoder = json.JSONDecoder()
    ws = re.compile(r"\s*")
    pos = ws.match(text, 0).end()

    def fail(at: int, what: str) -> ImportFailed:
        return ImportFailed(f"Line {text.count(chr(10), 0, at) + 1} is not valid JSON "
                            f"({what}).")

    def expect(at: int, char: str) -> int:
        at = ws.match(text, at).end()
        if not text.startswith(char, at):
            raise fail(at, f"expected {char!r}")
        return ws.match(text, at + 1).end()

    if text.startswith("{", pos):
        pos = expect(pos, "{")
        while True:
            if text.startswith("}", pos):
                raise ImportFailed('The JSON file has no "contacts" list.')
            try:
                key, pos = decoder.raw_decode(text, pos)
            except json.JSONDecodeError as exc:
                raise fail(exc.pos, exc.msg) from None
            pos = expect(pos, ":")
            if key == "contacts":
                break
            try:
                _value, pos = decoder.raw_decode(text, pos)
            except json.JSONDecodeError as exc:
                raise fail(exc.pos, exc.msg) from None
            pos = ws.match(text, pos).end()
            if text.startswith(",", pos):
                pos = ws.match(text, pos + 1).end()
    if not text.startswith("[", pos):
        raise ImportFailed('The JSON file must hold a list of contacts, or an object with a '
                           '"contacts" list.')
    pos = ws.match(text, pos + 1).end()
    line, counted = 1, 0
    if text.startswith("]", pos):
        return
    while True:
        try:
            value, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise fail(exc.pos, exc.msg) from None
        line += text.count("\n", counted, pos)
        counted = pos
        yield line, value
        pos = ws.match(text, end).end()
        if text.startswith("]", pos):
            return
        pos = expect(pos, ",")


def _records(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    if path.suffix.lower() == ".json":
        return _json_records(path)
    return _csv_records(path)


# -- one row ------------------------------------------------------------------


def _unformula(value: str) -> str:
    """Undo the quote an export puts before text a spreadsheet would run."""
    if value.startswith("'") and value[1:2] in FORMULA_START:
        return value[1:]
    return value


def _date(value: str) -> str:
    for pattern in DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, pattern).date().isoformat()
        except ValueError:
            continue
    raise ValueError(value)


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in LIST_SPLIT.split(value.strip()) if v)


def row_to_contact(row: Mapping[str, str], today: dt.date) -> Contact | str:
    """A contact, or the one sentence that says why the row cannot be one."""
    if "" in row and row[""]:
        return row[""][0].upper() + row[""][1:] + "."
    values = {name: _unformula(str(row.get(name) or "").strip()) for name in COLUMNS}
    topics = tuple(dict.fromkeys("-".join(t.lower().split()) for t in _split(
        values["helps_with"])))
    last_checked = values["last_checked"]
    if last_checked:
        try:
            last_checked = _date(last_checked)
        except ValueError:
            return f"The date {last_checked!r} must look like 2026-11-28."
    contact = Contact(
        id=values["id"], organisation=" ".join(values["organisation"].split()),
        helps_with=topics, languages=_split(values["languages"]), address=values["address"],
        phone=values["phone"], opening_hours=values["opening_hours"], website=values["website"],
        notes=values["notes"].replace("\r\n", "\n"), country=values["country"].lower(),
        last_checked=last_checked, overrides=values["overrides"])
    found = problems(contact, today)
    return found[0] if found else contact


# -- preview and apply --------------------------------------------------------


def preview(path: Path, store: ContactStore, bundled_ids: set[str], reserved_ids: set[str],
            today: dt.date | None = None) -> ImportPreview:
    """What importing ``path`` would do. ``bundled_ids``: the bundled contacts
    a row may override; ``reserved_ids``: every other id in the library.
    A row is matched to an existing one by id, then by the bundled contact it
    overrides, then by the same organisation in the same country."""
    today = today or dt.date.today()
    path = Path(path)
    existing = {c.id: c for c in store.rows()}
    by_override = {c.overrides: c for c in existing.values() if c.overrides}
    by_name = {(c.organisation.casefold(), c.country): c for c in existing.values()}
    not_ours = reserved_ids | bundled_ids
    taken = set(existing) | not_ours
    seen_ids: dict[str, int] = {}
    seen_names: dict[tuple[str, str], int] = {}
    seen_overrides: dict[str, int] = {}
    out = ImportPreview()
    rows = 0
    records = _records(path)
    _header_line, header = next(records)
    out.ignored_columns = _check_columns([n for n in header if n])
    for line, raw in records:
        rows += 1
        if rows > MAX_ROWS:
            raise ImportFailed(f"The file has more than {MAX_ROWS:,} contacts; split it into "
                               "smaller files and import them one by one.")
        made = row_to_contact(raw, today)
        if isinstance(made, str):
            out.skipped.append(Skipped(line, made, str(raw.get("organisation") or "")))
            continue
        contact = made
        if contact.overrides and contact.overrides not in bundled_ids:
            out.skipped.append(Skipped(line, f"It replaces {contact.overrides!r}, which is not a "
                                       "bundled contact.", contact.organisation))
            continue
        if contact.id and contact.id in not_ours:
            out.skipped.append(Skipped(line, f"The id {contact.id!r} is already used by the "
                                       "bundled content; to replace a bundled contact, name it "
                                       "in 'overrides' instead.", contact.organisation))
            continue
        before = (existing.get(contact.id) if contact.id else None) \
            or (by_override.get(contact.overrides) if contact.overrides else None) \
            or (by_name.get((contact.organisation.casefold(), contact.country))
                if not contact.id else None)
        if before is not None:
            # A column the file does not have keeps what the directory holds.
            contact = replace(contact, id=before.id, **{
                name: getattr(before, name) for name in FIELD_NAMES[1:] if name not in raw})
        else:
            contact = replace(contact, id=contact.id or new_id(contact.organisation, taken))
        if contact.id in seen_ids:
            out.skipped.append(Skipped(line, f"Line {seen_ids[contact.id]} already has this "
                                       "contact.", contact.organisation))
            continue
        name_key = (contact.organisation.casefold(), contact.country)
        if name_key in seen_names:
            out.skipped.append(Skipped(line, f"Line {seen_names[name_key]} already has an "
                                       "organisation of this name in this country.",
                                       contact.organisation))
            continue
        if contact.overrides and contact.overrides in seen_overrides:
            out.skipped.append(Skipped(line, f"Line {seen_overrides[contact.overrides]} already "
                                       f"replaces {contact.overrides!r}.", contact.organisation))
            continue
        if before is not None and before.overrides and before.overrides != contact.overrides \
                and before.overrides in seen_overrides:
            out.skipped.append(Skipped(line, "Another line already replaces the same bundled "
                                       "contact.", contact.organisation))
            continue
        if contact.overrides and contact.overrides in by_override \
                and by_override[contact.overrides].id != contact.id:
            out.skipped.append(Skipped(line, f"The local contact "
                                       f"{by_override[contact.overrides].organisation!r} already "
                                       f"replaces {contact.overrides!r}.", contact.organisation))
            continue
        seen_ids[contact.id] = line
        seen_names[name_key] = line
        if contact.overrides:
            seen_overrides[contact.overrides] = line
        taken.add(contact.id)
        if before is None:
            out.added.append(Planned(line, contact))
        elif before.same_content(contact):
            out.skipped.append(Skipped(line, "It is already in the directory, unchanged.",
                                       contact.organisation))
        else:
            out.changed.append(Planned(line, contact, before))
    return out


def apply(store: ContactStore, plan: ImportPreview) -> int:
    """Write the previewed rows in one transaction; return how many."""
    expect: dict[str, Contact | None] = {p.contact.id: p.before
                                         for p in (*plan.added, *plan.changed)}
    store.write(insert_only=[p.contact for p in plan.added],
                upsert=[p.contact for p in plan.changed], expect=expect)
    return plan.writes


# -- export ---------------------------------------------------------------------


def _cell(value: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading quote (phone
    numbers such as +32 ... stay as they are)."""
    if value.startswith(FORMULA_START) and not PHONE_LIKE.match(value):
        return "'" + value
    return value


def _fields(contact: Contact) -> dict[str, Any]:
    return {name: getattr(contact, name) for name in COLUMNS}


def _write_atomic(path: Path, text: str, encoding: str) -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with tmp.open("w", encoding=encoding, newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def export_csv(path: Path, contacts: Sequence[Contact]) -> None:
    """UTF-8 with a BOM (so Excel reads the accents), comma-separated; lists
    are joined with "; "."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for contact in contacts:
        writer.writerow([_cell("; ".join(v) if isinstance(v, tuple) else v)
                         for v in _fields(contact).values()])
    _write_atomic(path, buffer.getvalue(), "utf-8-sig")


def export_json(path: Path, contacts: Sequence[Contact]) -> None:
    data = {"format": "equalcity-contacts", "version": 1,
            "helps_with_words": list(HELPS_WITH),
            "contacts": [{k: list(v) if isinstance(v, tuple) else v
                          for k, v in _fields(c).items()} for c in contacts]}
    _write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")


def export(path: Path, contacts: Sequence[Contact]) -> None:
    """CSV or JSON by the file's extension."""
    if Path(path).suffix.lower() == ".json":
        export_json(path, contacts)
    else:
        export_csv(path, contacts)
