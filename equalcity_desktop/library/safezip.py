"""Read an untrusted zip archive without trusting it: limits, names, overlaps,
and a streaming copy that hashes while it writes.

Python 3.11's zipfile checks CRCs and stops reading at the declared size, but
it does not refuse overlapping entries (a zip-bomb trick, refused only from
3.13), and ``extract()`` quietly rewrites dangerous names instead of refusing
them. So every entry is checked here before anything is written, and files
are written by :func:`copy_member`, never by ``extract()``.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import struct
import unicodedata
import zipfile
from pathlib import Path
from typing import BinaryIO

MAX_ENTRIES = 5000
MAX_TOTAL = 200 * 1024 * 1024  # uncompressed, all entries together
MAX_RATIO = 100  # uncompressed : compressed, per entry ...
RATIO_FLOOR = 64 * 1024  # ... for entries larger than this (tiny files compress oddly)
MAX_PATH = 200
CHUNK = 1024 * 1024  # read and hash a slow USB stick in pieces, never whole files

_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}
_PART_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*$")
_DRIVE_RE = re.compile(r"^[A-Za-z]:")
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"


def name_problem(name: str) -> str | None:
    """Why ``name`` may not be written to disk, or None. Refused, never repaired."""
    shown = repr(name[:80] + ("..." if len(name) > 80 else ""))
    if len(name) > MAX_PATH:
        return f"{shown} is longer than {MAX_PATH} characters"
    if "\\" in name:
        return f"{shown} contains a backslash (a Windows path)"
    if name.startswith("/"):
        return f"{shown} is an absolute path"
    if _DRIVE_RE.match(name):
        return f"{shown} starts with a drive letter"
    if "\0" in name:
        return f"{shown} contains a NUL character"
    parts = name.removesuffix("/").split("/")
    for part in parts:
        if part == "..":
            return f"{shown} climbs out of the pack with '..'"
        if part in ("", "."):
            return f"{shown} has an empty folder name"
        if ":" in part:
            return f"{shown} contains ':' (a drive or a hidden Windows stream)"
        if part.split(".")[0].lower() in _RESERVED:
            return f"{shown} uses the reserved Windows name {part.split('.')[0].upper()}"
        if part.endswith((".", " ")):
            return f"{shown} ends a name with a dot or a space, which Windows drops"
        if not _PART_RE.match(part):
            return f"{shown} may only use the letters a-z, digits, '.', '-' and '_'"
    return None


def is_symlink(info: zipfile.ZipInfo) -> bool:
    return info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16)


def entry_problems(archive: Path, zf: zipfile.ZipFile, max_file: int,
                   larger: dict[str, int] | None = None) -> list[str]:
    """Every reason not to unpack this archive; an empty list means it is safe
    to stream its files (their content is checked while copying). Files are
    at most ``max_file`` bytes, except those named in ``larger``."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        return [f"the archive has {len(infos)} entries; a pack may have at most {MAX_ENTRIES}"]
    problems: list[str] = []
    total = 0
    files: dict[str, str] = {}  # case- and Unicode-folded path -> the name that used it
    folders: dict[str, str] = {}
    for info in infos:
        name = info.filename
        problem = name_problem(name)
        if problem:
            problems.append(problem)
            continue
        if is_symlink(info):
            problems.append(f"{name!r} is a symbolic link")
            continue
        if info.flag_bits & 0x1:
            problems.append(f"{name!r} is encrypted")
            continue
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            problems.append(f"{name!r} uses an unsupported compression method")
            continue
        if info.is_dir():
            if info.file_size:
                problems.append(f"{name!r} is a folder entry that holds data")
            continue
        total += info.file_size
        if info.file_size > RATIO_FLOOR and \
                info.file_size > MAX_RATIO * max(info.compress_size, 1):
            problems.append(f"{name!r} is compressed more than {MAX_RATIO} to 1 "
                            "(a zip bomb)")
        elif info.file_size > (limit := (larger or {}).get(name, max_file)):
            problems.append(f"{name!r} is {_size(info.file_size)}; a file in a pack may be at "
                            f"most {_size(limit)}")
        problems += _clashes(name, files, folders)
    if total > MAX_TOTAL:
        problems.append(f"the archive unpacks to {_size(total)}; a pack may be at most "
                        f"{_size(MAX_TOTAL)}")
    if not problems:
        problems += _overlaps(archive, zf)
    return problems


def _clashes(name: str, files: dict[str, str], folders: dict[str, str]) -> list[str]:
    """Names that would be the same file on Windows or macOS (case, NFC/NFD)."""
    def fold(text: str) -> str:
        return unicodedata.normalize("NFC", text).casefold()

    parts = name.split("/")
    for depth in range(1, len(parts)):
        prefix = "/".join(parts[:depth])
        if fold(prefix) in files:
            return [f"{name!r} needs a folder {prefix!r}, which is a file in the archive"]
        other = folders.setdefault(fold(prefix), prefix)
        if other != prefix:
            return [f"{name!r} and {other!r} differ only in upper and lower case"]
    if fold(name) in folders:
        return [f"{name!r} is a file and also a folder in the archive"]
    other = files.get(fold(name))
    if other == name:
        return [f"{name!r} is in the archive twice"]
    if other is not None:
        return [f"{name!r} and {other!r} differ only in upper and lower case"]
    files[fold(name)] = name
    return []


def _overlaps(archive: Path, zf: zipfile.ZipFile) -> list[str]:
    """Entries whose compressed data overlap another's: two names reading the
    same bytes is how the smallest zip bombs multiply themselves."""
    spans: list[tuple[int, int, str]] = []
    end_of_data = getattr(zf, "start_dir", None)
    try:
        with open(archive, "rb") as fh:
            for info in zf.infolist():
                fh.seek(info.header_offset)
                header = fh.read(_LOCAL_HEADER.size)
                if len(header) < _LOCAL_HEADER.size or header[:4] != _LOCAL_SIGNATURE:
                    return [f"{info.filename!r} points at no file data (the archive is damaged)"]
                fields = _LOCAL_HEADER.unpack(header)
                start = info.header_offset
                end = start + _LOCAL_HEADER.size + fields[-2] + fields[-1] + info.compress_size
                spans.append((start, end, info.filename))
    except OSError as exc:
        return [f"the archive cannot be read: {exc.strerror or exc}"]
    spans.sort()
    for (_s1, end1, name1), (start2, _e2, name2) in zip(spans, spans[1:], strict=False):
        if start2 < end1:
            return [f"{name1!r} and {name2!r} overlap in the archive (a zip bomb)"]
    if spans and end_of_data is not None and spans[-1][1] > end_of_data:
        return [f"{spans[-1][2]!r} runs into the archive's directory (the archive is damaged)"]
    return []


def _write(dst: BinaryIO, chunk: bytes) -> None:
    """One write; its own function so a test can fill the disk here."""
    dst.write(chunk)


def copy_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> tuple[str, int]:
    """Stream one entry to a new file ``target``; return its SHA-256 and size.

    Never more than the declared size is read (zipfile stops there and checks
    the CRC); the file is synced so a power cut cannot leave it empty after
    the folder has been renamed into place."""
    digest = hashlib.sha256()
    size = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with zf.open(info) as src, open(target, "xb") as dst:
        while chunk := src.read(CHUNK):
            size += len(chunk)
            if size > info.file_size:  # zipfile should stop first; do not rely on it
                raise zipfile.BadZipFile(f"{info.filename} is longer than it says")
            digest.update(chunk)
            _write(dst, chunk)
        dst.flush()
        os.fsync(dst.fileno())
    return digest.hexdigest(), size


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"
