"""Contacts out as CSV or JSON (see .io for the way back in).

Exports hold the office's own rows (not the bundled contacts, which every
copy of the app has) and are written beside the target, then renamed, so a
full disk or a crash leaves the old file (or none), never half of one.
A write that fails raises :class:`ExportFailed` with one sentence.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..paths import NotAFile, check_writable_target, is_disk_full, os_error_text
from .directory import HELPS_WITH
from .model import Contact

# The columns of a file, in order; the names are the same in CSV and JSON.
COLUMNS: tuple[str, ...] = ("id", "organisation", "helps_with", "languages", "address", "phone",
                            "opening_hours", "website", "notes", "country", "last_checked",
                            "overrides")
# A cell starting with one of these is run by a spreadsheet; one starting with
# the quote itself is quoted too, so that the quote survives the way back.
FORMULA_START = ("=", "+", "-", "@")
QUOTED_START = (*FORMULA_START, "'")
PHONE_LIKE = re.compile(r"^[0-9+()./ -]*$")


class ExportFailed(Exception):
    """The file cannot be written; the message is one sentence."""


def cell(value: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading quote (phone
    numbers such as +32 ... stay as they are), and so does text that starts
    with a quote."""
    if value.startswith(QUOTED_START) and not PHONE_LIKE.match(value):
        return "'" + value
    return value


def uncell(value: str) -> str:
    """Undo :func:`cell` (CSV only: JSON is never opened by a spreadsheet)."""
    if value.startswith("'") and value[1:2] and value[1:2] in QUOTED_START:
        return value[1:]
    return value


def _fields(contact: Contact) -> dict[str, Any]:
    return {name: getattr(contact, name) for name in COLUMNS}


def _write_atomic(path: Path, text: str, encoding: str) -> None:
    path = Path(path)
    try:
        check_writable_target(path)
    except NotAFile as exc:
        raise ExportFailed(str(exc)) from None
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with tmp.open("w", encoding=encoding, newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        if is_disk_full(exc):
            raise ExportFailed(f"The disk is full: {path.name} was not written; free some "
                               "space or choose another drive.") from None
        raise ExportFailed(f"{path.name} could not be written ({os_error_text(exc)}).") \
            from None
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def export_csv(path: Path, contacts: Sequence[Contact]) -> None:
    """UTF-8 with a BOM (so Excel reads the accents), comma-separated; lists
    are joined with "; "."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for contact in contacts:
        writer.writerow([cell("; ".join(v) if isinstance(v, tuple) else v)
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
