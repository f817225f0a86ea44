"""What a show is made of, without Qt: the deck of slides for an item, and
the clock that paces a training session.

A module's slides come from its last section (``---`` between slides, trainer
notes after ``Note:``), after a title slide (toolkit, module, duration) whose
notes are the module's summary and step plan; any other document is
presented one ``##`` section at a time after a title slide, long sections
cut into slides of a few blocks so that the text stays large enough to read
from the back of a room. The notes may be in another language than the
slides: slides and notes are paired by position.

Each slide knows its place ("3 / 12"), the deck's title and its toolkit's
accent colour, so that the projector, the console's previews and the
handout PDF draw it the same way (``render/slides.py``).
"""

from __future__ import annotations

import re
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache

from .languages import PAGE_WORDS
from .model import Item
from .sections import Step, slides, split_sections, steps

# A slide made from a document holds at most this much, so that its text
# fits a projector at the size of 28 pt body text on 1080 lines.
MAX_BLOCKS = 5
MAX_WORDS = 70
PRESENTABLE = ("module", "section", "poster", "page", "country", "card")

SOON, OVER = "soon", "over"  # pacing states besides "" (on time)

# One quiet accent per toolkit (a bar and a rule on the slides, the field of
# a poster). Each gives at least 4.5:1 against white both ways, so white text
# on it and it on white both read (checked in tests/ui/show/test_slide_design.py).
ACCENTS = {
    "brussels": "#7b2a86",    # purple, 8.6:1
    "gothenburg": "#1d4f91",  # blue, 8.3:1
    "luxembourg": "#00666b",  # teal, 6.6:1
    "rome": "#a13d17",        # terracotta, 6.4:1
}
DEFAULT_ACCENT = "#3b4a5c"  # slate, 9.0:1: cards, pages and anything without a toolkit
# For a content pack's own toolkit: one of these, the same every time for its id.
PACK_ACCENTS = ("#6b3fa0", "#005f87", "#2e6b30", "#8a3b12", "#7a1f4b", "#3f4d8c")


def accent_for(toolkit: str) -> str:
    """The accent colour of a toolkit (``#rrggbb``)."""
    if toolkit in ACCENTS:
        return ACCENTS[toolkit]
    if not toolkit or toolkit == "all":
        return DEFAULT_ACCENT
    return PACK_ACCENTS[zlib.crc32(toolkit.encode()) % len(PACK_ACCENTS)]


def luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(one: str, two: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    a, b = sorted((luminance(one), luminance(two)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@cache
def toolkit_title(toolkit: str, lang: str) -> str:
    """A toolkit's title from its bundled manifest ("Equalcity Rome: ..."), or a
    plain name for a toolkit the app does not ship."""
    if not toolkit or toolkit == "all":
        return ""
    try:
        import yaml

        from .. import resources

        manifest = resources.content_dir() / "toolkits" / toolkit / "toolkit.yaml"
        titles = (yaml.safe_load(manifest.read_text(encoding="utf-8")) or {}).get("title") or {}
        if isinstance(titles, dict):
            found = titles.get(lang) or titles.get("en")
            if isinstance(found, str) and found.strip():
                return found.strip()
    except (OSError, ValueError, ImportError):  # yaml's errors are ValueErrors too
        pass
    return toolkit.replace("-", " ").capitalize()


@dataclass(frozen=True)
class DeckSlide:
    markdown: str
    notes: str = ""
    number: int = 0  # 1-based place in the deck, 0 when not in one
    total: int = 0
    kind: str = ""  # "title" for a deck's opening slide
    accent: str = DEFAULT_ACCENT
    context: str = ""  # the deck's title, shown small at the foot of each slide
    overline: str = ""  # a title slide: the toolkit's title, above the big title
    meta: str = ""  # a title slide: "Training module · 90 min"

    @property
    def title(self) -> str:
        for line in self.markdown.split("\n"):
            if line.startswith("#"):
                return line.lstrip("#").strip()
        first = self.markdown.strip().split("\n", 1)[0]
        return first.lstrip("-*0123456789. ").strip()


@dataclass(frozen=True)
class Deck:
    item_id: str
    title: str
    slides: tuple[DeckSlide, ...]
    steps: tuple[Step, ...] = ()

    @property
    def planned_minutes(self) -> int:
        return sum(s.minutes for s in self.steps)


def can_present(item: Item) -> bool:
    return item.kind in PRESENTABLE


def build_deck(item: Item, lang: str, notes_lang: str | None = None) -> Deck:
    """The slides of ``item`` in ``lang``, with the notes in ``notes_lang``."""
    variant = item.variant(lang)
    words = PAGE_WORDS.get(variant.lang, PAGE_WORDS["en"])
    overline = toolkit_title(item.toolkit, lang)
    if item.kind == "module":
        own = _module_slides(variant.body)
        notes = _module_slides(item.variant(notes_lang).body) if notes_lang else own
        if len(notes) == len(own):
            own = [DeckSlide(s.markdown, n.notes) for s, n in zip(own, notes, strict=True)]
        plan = _module_steps(variant.body)
        minutes = item.duration or sum(s.minutes for s in plan)
        meta = words["module"] + (f" · {minutes} {words['minutes']}" if minutes else "")
        title_notes = _title_notes(item, notes_lang or lang)
        own.insert(0, DeckSlide(_title_markdown(variant.title, overline, meta), title_notes,
                                kind="title", overline=overline, meta=meta))
    else:
        own = _document_slides(variant.title, variant.summary, variant.body)
        plan = []
        if own:
            own[0] = replace(own[0], kind="title", overline=overline,
                             meta=words.get(item.kind, ""))
    if not own:
        own = [DeckSlide(f"### {variant.title}", kind="title", overline=overline)]
    accent = accent_for(item.toolkit)
    total = len(own)
    # A pack's slides name their pack on every slide, as its pages and PDFs do.
    context = variant.title + (f" · {words['from_pack']} “{item.origin_title(variant.lang)}”"
                               if item.origin else "")
    framed = tuple(replace(s, number=n, total=total, accent=accent, context=context)
                   for n, s in enumerate(own, 1))
    return Deck(item.id, variant.title, framed, tuple(plan))


def _title_markdown(title: str, overline: str, meta: str) -> str:
    """A title slide as plain Markdown, for whatever shows it without its frame."""
    return "\n\n".join(part for part in (f"# {title}", overline, meta) if part)


def _title_notes(item: Item, lang: str) -> str:
    """The title slide's notes: what the module is for and its plan, in the notes' language."""
    variant = item.variant(lang)
    words = PAGE_WORDS.get(variant.lang, PAGE_WORDS["en"])
    lines = [variant.summary.strip()] if variant.summary.strip() else []
    plan = _module_steps(variant.body)
    if plan:
        lines.append("\n".join(f"{n}. {s.title} ({s.minutes} {words['minutes']})"
                               for n, s in enumerate(plan, 1)))
    return "\n\n".join(lines) or variant.title


def _module_slides(body: str) -> list[DeckSlide]:
    parts = split_sections(body)
    return [DeckSlide(s.markdown, s.notes) for s in slides(parts[-1].text)] if parts else []


def _module_steps(body: str) -> list[Step]:
    # The Steps section is the one whose items carry minutes.
    for section in split_sections(body):
        found = steps(section.text)
        if found and any(s.minutes for s in found):
            return found
    return []


def _document_slides(title: str, summary: str, body: str) -> list[DeckSlide]:
    out = [DeckSlide(f"### {title}" + (f"\n\n{summary}" if summary else ""))]
    for section in split_sections(body):
        chunks = _chunks(section.text)
        for number, chunk in enumerate(chunks, 1):
            heading = section.title + (f" ({number}/{len(chunks)})" if len(chunks) > 1 else "")
            out.append(DeckSlide(f"### {heading}\n\n{chunk}"))
    return out


BLOCK_BREAK = re.compile(r"\n\s*\n")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s")


def _blocks(text: str) -> list[str]:
    """Paragraphs, with each list item its own block (items are re-joined
    when they land on the same slide)."""
    out: list[str] = []
    for para in BLOCK_BREAK.split(text.strip()):
        lines = para.split("\n")
        if lines and all(LIST_ITEM.match(x) or x.startswith("  ") for x in lines):
            item: list[str] = []
            for line in lines:
                if LIST_ITEM.match(line) and item:
                    out.append("\n".join(item))
                    item = []
                item.append(line)
            out.append("\n".join(item))
        elif para.strip():
            out.append(para.strip())
    return out


def _chunks(text: str) -> list[str]:
    chunks: list[list[str]] = [[]]
    words = 0
    for block in _blocks(text):
        size = len(block.split())
        if chunks[-1] and (len(chunks[-1]) >= MAX_BLOCKS or words + size > MAX_WORDS):
            chunks.append([])
            words = 0
        chunks[-1].append(block)
        words += size
    joined = []
    for chunk in chunks:
        if not chunk:
            continue
        text_out = chunk[0]
        for prev, block in zip(chunk, chunk[1:], strict=False):
            both_items = LIST_ITEM.match(prev) and LIST_ITEM.match(block)
            text_out += ("\n" if both_items else "\n\n") + block
        joined.append(text_out)
    return joined


@dataclass
class PaceClock:
    """Elapsed time of a session and of its current step. Pausing stops both
    without losing them (trainers pause for questions); ``reset`` starts over.
    ``now`` is injectable so tests can drive the clock."""

    now: Callable[[], float] = time.monotonic
    _started: float | None = None
    _banked: float = 0.0  # seconds run before the last pause
    _step_banked: float = 0.0
    _step_started: float | None = None
    paused: bool = field(default=False)

    def start(self) -> None:
        t = self.now()
        self._started = self._step_started = t
        self._banked = self._step_banked = 0.0
        self.paused = False

    reset = start

    def toggle_pause(self) -> None:
        t = self.now()
        if self.paused:
            self._started = self._step_started = t
        else:
            self._banked += t - (self._started or t)
            self._step_banked += t - (self._step_started or t)
        self.paused = not self.paused

    def next_step(self) -> None:
        """The trainer moved to another step: its own clock starts at zero."""
        self._step_banked = 0.0
        self._step_started = self.now()

    @property
    def elapsed(self) -> float:
        if self.paused or self._started is None:
            return self._banked
        return self._banked + self.now() - self._started

    @property
    def step_elapsed(self) -> float:
        if self.paused or self._step_started is None:
            return self._step_banked
        return self._step_banked + self.now() - self._step_started


def pacing(elapsed_seconds: float, planned_minutes: int) -> str:
    """"" while on time, ``SOON`` in the last fifth of a step (at least the last
    minute), ``OVER`` once it runs longer than planned."""
    if planned_minutes <= 0:
        return ""
    planned = planned_minutes * 60
    if elapsed_seconds > planned:
        return OVER
    if elapsed_seconds >= planned - max(60.0, planned * 0.2):
        return SOON
    return ""


def clock_text(seconds: float) -> str:
    seconds = int(max(0, seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else \
        f"{rest // 60:02d}:{rest % 60:02d}"
