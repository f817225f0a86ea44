"""A content file being loaded, and how the loader reports what is wrong with one.

A :class:`Problem` names the file, its line where known, and what is wrong; the
:class:`Reporter` collects them and remembers which items (root, id) are left out.
A :class:`LoadResult` is what loading gives (here, not in the loader, so that
reading a saved one, :mod:`.snapshot`, imports none of the parsing).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Library


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass
class LoadResult:
    library: Library
    problems: list[Problem] = field(default_factory=list)


@dataclass
class ContentFile:
    path: Path
    root: Path
    folder: str
    id: str
    lang: str
    meta: dict[str, Any]
    body: str
    body_line: int
    front: list[str]  # front matter lines, for line numbers

    def line_of(self, key: str) -> int | None:
        for number, line in enumerate(self.front, start=2):
            if line.startswith(f"{key}:"):
                return number
        return None


class Reporter:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.bad_ids: set[tuple[Path, str]] = set()

    def add(self, path: Path, line: int | None, message: str,
            item: tuple[Path, str] | None = None) -> None:
        self.problems.append(Problem(str(path), line, message))
        if item is not None:
            self.bad_ids.add(item)


def read_text(path: Path, report: Reporter, item: tuple[Path, str] | None) -> str | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        report.add(path, None, f"cannot be read: {exc.strerror}", item)
        return None
    if not data.strip():
        report.add(path, None, "the file is empty", item)
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        report.add(path, line, f"not UTF-8 text (byte {exc.start}); save it as UTF-8", item)
        return None

