"""Contacts in and out as CSV or JSON, so offices can share their lists.

An import is two steps. :func:`preview` reads the file (streamed, and never
more than ``MAX_ROWS`` rows, so a huge file neither freezes the window nor
fills the memory) and says what would be added, changed and skipped, each
skipped row with its line and one sentence why. :func:`apply` then writes
all of it in one transaction, and only if the directory still holds what
the preview saw. A file that cannot be read at all raises
:class:`ImportFailed` with one sentence; nothing is ever half-written. A
folder, a device or a pipe is refused before a byte is read; CSV lines may
end in CR LF, LF or a lone CR (old Mac exports).

The way out (CSV and JSON exports) is in contacts_export.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..paths import os_error_text
from .export import COLUMNS, ExportFailed, export, export_csv, export_json, uncell
from .model import FIELD_NAMES, Contact, new_id, problems
from .read import ImportFailed, LongNumber, json_array, open_file, utf8_lines
from .store import ContactStore

__all__ = ["COLUMNS", "ExportFailed", "ImportFailed", "ImportPreview", "apply", "export",
           "export_csv", "export_json", "preview"]

REQUIRED: tuple[str, ...] = ("organisation", "helps_with")
ALIASES = {"name": "organisation", "organization": "organisation", "hours": "opening_hours"}
MAX_ROWS = 10_000
MAX_JSON_BYTES = 32 * 1024 * 1024
LIST_SPLIT = re.compile(r"\s*[;,|]\s*")
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y")


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


def _csv_records(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    lines = utf8_lines(path)
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
            yield line, {name: uncell(value)
                         for name, value in zip(header, values, strict=False)}
    except csv.Error as exc:
        raise ImportFailed(f"Line {reader.line_num + 1} is not valid CSV ({exc}).") from None


def _json_records(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    with open_file(path) as handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_JSON_BYTES:
                raise ImportFailed(f"The file is larger than {MAX_JSON_BYTES // 2**20} MB; "
                                   "split it into smaller files.")
            data = handle.read(MAX_JSON_BYTES + 1)
        except OSError as exc:
            raise ImportFailed(f"The file cannot be read ({os_error_text(exc)}).") from None
    if len(data) > MAX_JSON_BYTES:
        raise ImportFailed(f"The file is larger than {MAX_JSON_BYTES // 2**20} MB; split it "
                           "into smaller files.")
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
    for line, raw in json_array(text):
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
            elif isinstance(value, LongNumber):
                row = {"": f"the field {key!r} holds a number of {value.digits:,} digits; "
                           "write it as text"}
                break
            elif value is None:
                row[name] = ""
            else:
                row = {"": f"the field {key!r} must be text or a list of text"}
                break
        yield line, row


def _records(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    if path.suffix.lower() == ".json":
        return _json_records(path)
    return _csv_records(path)


# -- one row ------------------------------------------------------------------


def _broken_text(values: Mapping[str, str]) -> str | None:
    """The first field that holds text no file can hold (a lone UTF-16
    surrogate, which a JSON escape such as \\ud800 can make), or None."""
    for name, value in values.items():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return name
    return None


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
    values = {name: str(row.get(name) or "").strip() for name in COLUMNS}
    broken = _broken_text(values)
    if broken is not None:
        return (f"The {broken.replace('_', ' ')} holds a broken character (a lone surrogate); "
                "correct it in the file.")
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
        notes=values["notes"].replace("\r\n", "\n").replace("\r", "\n"),
        country=values["country"].lower(),
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


def unexpected(exc: BaseException) -> str:
    """One sentence for an error no check foresaw (the window and the
    command line never show a traceback for a file)."""
    return f"The file cannot be imported ({type(exc).__name__}); nothing was written."


def apply(store: ContactStore, plan: ImportPreview) -> int:
    """Write the previewed rows in one transaction; return how many."""
    expect: dict[str, Contact | None] = {p.contact.id: p.before
                                         for p in (*plan.added, *plan.changed)}
    store.write(insert_only=[p.contact for p in plan.added],
                upsert=[p.contact for p in plan.changed], expect=expect)
    return plan.writes
