"""Split a body into its ``##`` sections, and read a training module's parts.

A module's ``Steps`` section is a numbered list whose items say their length
as ``(15 min)``; its last section holds the audience slides, separated by
``---`` lines, each with optional trainer notes after a ``Note:`` line (as
reveal.js does). The presenter and the handout printer both read them here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADING_RE = re.compile(r"^##\s+(?P<title>.+?)\s*#*\s*$")
STEP_RE = re.compile(r"^\d+\.\s+(?P<text>.+)$")
MINUTES_RE = re.compile(r"\((?P<minutes>\d{1,3})\s*min\)")
SLIDE_BREAK_RE = re.compile(r"^---\s*$")
NOTE_RE = re.compile(r"^Note:\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Section:
    title: str
    line: int  # line in the file
    text: str


@dataclass(frozen=True)
class Step:
    title: str
    minutes: int


@dataclass(frozen=True)
class Slide:
    markdown: str
    notes: str


def split_sections(body: str, first_line: int = 1) -> list[Section]:
    """The ``##`` sections in order; text before the first heading is dropped."""
    found: list[tuple[str, int, list[str]]] = []
    in_code = False
    for offset, line in enumerate(body.split("\n")):
        if line.startswith("```"):
            in_code = not in_code
        heading = None if in_code else HEADING_RE.match(line)
        if heading:
            found.append((heading["title"], first_line + offset, []))
        elif found:
            found[-1][2].append(line)
    return [Section(title, line, "\n".join(lines).strip()) for title, line, lines in found]


def steps(text: str) -> list[Step]:
    """Numbered items with a ``(N min)`` length, from a Steps section."""
    out = []
    for line in text.split("\n"):
        item = STEP_RE.match(line.strip())
        if not item:
            continue
        minutes = MINUTES_RE.search(item["text"])
        title = item["text"][: minutes.start()] if minutes else item["text"]
        title = title.replace("**", "").strip(" :.-–")
        out.append(Step(title, int(minutes["minutes"]) if minutes else 0))
    return out


def slides(text: str) -> list[Slide]:
    """Slides from the last section of a module, with their trainer notes."""
    chunks: list[list[str]] = [[]]
    for line in text.split("\n"):
        if SLIDE_BREAK_RE.match(line):
            chunks.append([])
        else:
            chunks[-1].append(line)
    out = []
    for chunk in chunks:
        slide_lines: list[str] = []
        note_lines: list[str] = []
        target = slide_lines
        for line in chunk:
            if target is slide_lines and NOTE_RE.match(line):
                target = note_lines
                target.append(NOTE_RE.sub("", line))
            else:
                target.append(line)
        slide = "\n".join(slide_lines).strip()
        if slide:
            out.append(Slide(slide, "\n".join(note_lines).strip()))
    return out
