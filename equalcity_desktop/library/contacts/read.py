"""Reading a contacts file at the lowest level, for .io: the file
opened only when it is a regular one, its lines whatever ends them, and a
JSON decoder that turns what Python cannot take (a number of 5,000 digits,
arrays nested 100,000 deep) into one sentence."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..paths import NotAFile, open_regular, os_error_text

MAX_LINE_BYTES = 1024 * 1024  # one line of a CSV file; a field holds at most 10,000 characters
MAX_DIGITS = 40  # a number in a JSON file longer than this is refused (phone numbers are text)
LINE_END = re.compile(rb"\r\n|\r|\n")
READ_CHUNK = 64 * 1024


class ImportFailed(Exception):
    """The file cannot be imported at all; the message is one sentence."""


def open_file(path: Path) -> BinaryIO:
    """The file, refused before reading when it is not a regular file."""
    try:
        return open_regular(path)
    except NotAFile as exc:
        raise ImportFailed(f"{exc.args[0].removesuffix('.')}; choose a CSV or JSON file.") \
            from None
    except OSError as exc:
        raise ImportFailed(f"The file cannot be opened ({os_error_text(exc)}).") from None


def _raw_lines(handle: BinaryIO) -> Iterator[bytes]:
    """The file's lines with their ends, whichever of CR LF, LF or CR ends
    them; a line over ``MAX_LINE_BYTES`` stops the import."""
    pending = b""
    number = 0
    while True:
        try:
            chunk = handle.read(READ_CHUNK)
        except OSError as exc:
            raise ImportFailed(f"The file cannot be read ({os_error_text(exc)}).") from None
        data = pending + chunk
        start = 0
        for end in LINE_END.finditer(data):
            if end.group() == b"\r" and end.end() == len(data) and chunk:
                break  # its LF may be in the next chunk
            number += 1
            yield data[start:end.end()]
            start = end.end()
        pending = data[start:]
        if len(pending) > MAX_LINE_BYTES:
            raise ImportFailed(f"Line {number + 1} is longer than {MAX_LINE_BYTES // 2**20} MB; "
                               "this is not a contacts file.")
        if not chunk:
            if pending:
                yield pending
            return


def utf8_lines(path: Path) -> Iterator[str]:
    """The file's lines as text, one at a time; a line that is not UTF-8 stops
    the import with its number (a Latin-1 file, say)."""
    with open_file(path) as handle:
        for number, raw in enumerate(_raw_lines(handle), 1):
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


@dataclass(frozen=True)
class LongNumber:
    """A JSON number too long to be one a contact holds (Python refuses to
    convert one of over 4,300 digits, and no phone number has 40)."""

    digits: int


def _number(text: str) -> int | LongNumber:
    return int(text) if len(text) <= MAX_DIGITS else LongNumber(len(text))


class _Decoder(json.JSONDecoder):
    """Long numbers become :class:`LongNumber`; nesting too deep for Python
    becomes one sentence."""

    def __init__(self) -> None:
        super().__init__(parse_int=_number, parse_float=lambda t: float(t[:400]),
                         parse_constant=lambda _c: None)

    def raw_decode(self, s: str, idx: int = 0) -> tuple[Any, int]:
        try:
            return super().raw_decode(s, idx)
        except RecursionError:
            raise ImportFailed(f"Line {s.count(chr(10), 0, idx) + 1} is not a contacts list: "
                               "its values are nested too deeply.") from None


def json_array(text: str) -> Iterator[tuple[int, Any]]:
    """The elements of the contacts array, one at a time, with their line:
    the file is a list, or an object with a "contacts" list."""
    decoder = _Decoder()
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
