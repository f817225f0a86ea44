"""Checking a pack's content as the app will use it, in a child process
that is stopped if it takes too long.

Python-Markdown is quadratic or worse on some inputs (measured here: 5,000
``![`` in one paragraph take 14 s, 10,000 ``[`` over a minute), and a thread
cannot be stopped, so the loader and the renderer run on an unpacked pack in
a child (``python -m equalcity_desktop pack _check-content``, or the frozen
app with the same arguments); the parent stops it when one file takes longer
than FILE_SECONDS or the whole check longer than CHECK_SECONDS, and names the
file. What passes renders as fast later, in the window and the index.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from .pack_keys import SIGNATURE
from .pack_store import MANIFEST

MAX_FILE = 1024 * 1024  # a content file; the largest bundled one is 13 KB
MAX_LINE = 10_000  # characters; the longest bundled line has 759
MAX_DEPTH = 20  # nested lists and quotes; Python-Markdown recurses on them
FILE_SECONDS = 5.0  # rendering one file may take this long in the checker ...
CHECK_SECONDS = 120.0  # ... and checking a whole pack this long


def content_files(folder: Path) -> list[str]:
    """Paths (with '/') of the files under ``folder``, hidden ones left out."""
    out = []
    for base, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel = Path(base).relative_to(folder)
        out += [(rel / n).as_posix() for n in sorted(names) if not n.startswith(".")]
    return [p for p in out if p not in (MANIFEST, SIGNATURE)]


_MARKER_RE = re.compile(r">|[-*+](?= |$)|\d{1,9}[.)](?= |$)")


def nesting(line: str) -> int:
    """How deep a Markdown line nests lists and quotes (4 spaces = one level)."""
    depth, rest = 0, line.expandtabs(4)
    while True:
        stripped = rest.lstrip(" ")
        depth += (len(rest) - len(stripped)) // 4
        match = _MARKER_RE.match(stripped)
        if not match:
            return depth
        depth += 1
        rest = stripped[match.end():]


def text_problems(path: Path, rel: str) -> list[str]:
    """Limits that keep the renderer fast and the app responsive."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [f"{rel} cannot be read: {exc.strerror or exc}"]
    if len(data) > MAX_FILE:
        return [f"{rel} is {len(data) / (1024 * 1024):.1f} MB; a content file may be at most "
                f"{MAX_FILE // (1024 * 1024)} MB"]
    if b"\0" in data:
        return [f"{rel} contains NUL bytes; content files are text"]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return [f"{rel}:{line}: not UTF-8 text; save it as UTF-8"]
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > MAX_LINE:
            return [f"{rel}:{number}: a line of {len(line):,} characters; a line may have at "
                    f"most {MAX_LINE:,}"]
        if rel.endswith(".md") and nesting(line) > MAX_DEPTH:
            return [f"{rel}:{number}: lists or quotes nested more than {MAX_DEPTH} levels deep"]
    return []


def check_content(folder: Path, against: Sequence[Path],
                  emit: Callable[[dict[str, Any]], None]) -> None:
    """Validate the pack's content as the app will use it: limits, then every
    Markdown body rendered (one at a time, announced through ``emit`` so the
    parent can name a file that never finishes), then the real loader over
    ``against`` plus the pack. Ends with ``emit({"problems": [...], "kinds": {...}})``."""
    files = content_files(folder)
    problems = [p for rel in files for p in text_problems(folder / rel, rel)]
    kinds: Counter[str] = Counter()
    if not problems:
        from .frontmatter import FrontMatterError, split
        from .markup import plain_text

        for rel in files:
            if not rel.endswith(".md"):
                continue
            emit({"file": rel})
            text = (folder / rel).read_text(encoding="utf-8")
            try:
                body = split(text).body
            except FrontMatterError:
                body = text  # the loader names this problem below
            try:
                plain_text(body)  # renders to safe HTML first, as every page and the index do
            except RecursionError:
                problems.append(f"{rel}: nested too deeply to show")
        emit({"file": None})
    if not problems:
        from . import loader

        result = loader.load([*map(Path, against), folder])
        problems = [_describe(str(p), folder, against) for p in result.problems]
        for item in result.library.items.values():
            first = next(iter(item.variants.values()), None)
            if first is not None and Path(first.path).is_relative_to(folder):
                kinds[item.kind] += 1
        if not problems:
            problems += title_clashes(result.library.items.values(), folder)
        # A reviewed translation or a new client language (content/client-languages/).
        from . import client_phrases

        phrases = client_phrases.load([*map(Path, against), folder])
        ours = str(folder / client_phrases.FOLDER)
        problems += [_describe(p, folder, against) for p in phrases.problems if ours in p]
        if (folder / client_phrases.FOLDER).is_dir():
            kinds["client-language"] += len(list((folder / client_phrases.FOLDER).glob("*.yaml")))
        if not problems and not kinds:
            problems.append("the pack holds no content")
    emit({"problems": problems, "kinds": dict(kinds)})


def fold_title(title: str) -> str:
    """A title as a reader would take it: case, accents, spacing and width folded."""
    import unicodedata

    text = unicodedata.normalize("NFKD", title.replace("\u00ad", ""))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def title_clashes(items: Iterable[Any], folder: Path) -> list[str]:
    """A pack item titled like a bundled item (in any language, case and
    accents folded) could pass for bundled guidance: refused, both named."""
    bundled: dict[str, tuple[str, str]] = {}  # folded title -> (title, id)
    ours = []
    for item in items:
        first = next(iter(item.variants.values()), None)
        if first is not None and Path(first.path).is_relative_to(folder):
            ours.append(item)
        elif not item.origin:
            for variant in item.variants.values():
                for title in _title_forms(variant.title, item.kind):
                    bundled.setdefault(fold_title(title), (variant.title, item.id))
    problems = []
    for item in ours:
        for lang, variant in sorted(item.variants.items()):
            clash = next((bundled[f] for t in _title_forms(variant.title, item.kind)
                          if (f := fold_title(t)) in bundled), None)
            if clash is not None:
                rel = Path(variant.path).relative_to(folder).as_posix()
                problems.append(f"{rel}: the pack's {item.kind} “{variant.title}” ({lang}) has "
                                f"the title of the bundled “{clash[0]}” ({clash[1]}), so it "
                                "could pass for bundled guidance; give it a title of its own")
                break
    return problems


def _title_forms(title: str, kind: str) -> list[str]:
    """The title, and for a glossary term also the word before its gloss
    ("Listen (active listening)" -> "Listen"), as pages link it."""
    forms = [title]
    if kind == "glossary" and " (" in title:
        forms.append(title.split(" (", maxsplit=1)[0])
    return forms


def _describe(problem: str, folder: Path, against: Iterable[Path]) -> str:
    """Paths in a loader message, relative to the pack (or named by their root)."""
    problem = problem.replace(str(folder) + os.sep, "")
    for root in against:
        problem = problem.replace(str(Path(root).parent) + os.sep, "")
    return problem.replace(os.sep, "/")


def _self_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "equalcity_desktop"]


def check_content_isolated(folder: Path, against: Sequence[Path],
                           work: Path) -> tuple[list[str], dict[str, int]]:
    """:func:`check_content` in a child process, stopped if one file takes
    longer than FILE_SECONDS or the whole check longer than CHECK_SECONDS: a
    crafted file cannot hang or crash the window, and what passes here renders
    as fast later. The child reports through a file (a windowed app may have
    no stdout)."""
    report = work / f"check-{uuid.uuid4().hex[:8]}.jsonl"
    command = [*_self_command(), "pack", "_check-content", str(folder), "--report", str(report)]
    for root in against:
        command += ["--against", str(root)]
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        package_parent = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (package_parent,
                                                          env.get("PYTHONPATH"))))
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    err_path = work / f"check-{uuid.uuid4().hex[:8]}.err"
    with open(err_path, "wb") as err:
        child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                 stderr=err, env=env, creationflags=flags)
    try:
        started = time.monotonic()
        current: str | None = None
        since = started
        records: list[dict[str, Any]] = []
        while True:
            try:
                child.wait(timeout=0.05)
                done = True
            except subprocess.TimeoutExpired:
                done = False
            records = _read_report(report)
            files = [r["file"] for r in records if "file" in r]
            if files and files[-1] != current:
                current, since = files[-1], time.monotonic()
            if done:
                break
            now = time.monotonic()
            if current is not None and now - since > FILE_SECONDS:
                return [f"{current} takes too long to read (over {FILE_SECONDS:g} seconds); "
                        "it may be damaged or made to slow the app down"], {}
            if now - started > CHECK_SECONDS:
                return [f"checking the pack's content took longer than {CHECK_SECONDS:g} "
                        "seconds; it may be damaged or made to slow the app down"], {}
        final = [r for r in records if "problems" in r]
        if not final:
            detail = _last_line(err_path)
            where = f" while reading {current}" if current else ""
            return [f"the content checker stopped{where} (code {child.returncode})"
                    + (f": {detail}" if detail else "")], {}
        return list(final[-1]["problems"]), dict(final[-1]["kinds"])
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        report.unlink(missing_ok=True)
        err_path.unlink(missing_ok=True)


def _read_report(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        try:
            out.append(json.loads(line))
        except ValueError:
            break  # a line still being written
    return out


def _last_line(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return ""
    return lines[-1][:200] if lines else ""


def run_child_check(folder: Path, against: Sequence[Path], report: Path) -> int:
    """The child's side of :func:`check_content_isolated` (``pack _check-content``)."""
    threading.Thread(target=_watchdog, args=(CHECK_SECONDS + 5,), daemon=True).start()
    with open(report, "a", encoding="utf-8") as out:
        def emit(record: dict[str, Any]) -> None:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()

        check_content(folder, against, emit)
    return 0


def _watchdog(limit: float) -> None:
    """The child ends itself when its time is up or its parent is gone (killed
    mid-import), so a crafted pack never leaves a process spinning."""
    parent = os.getppid()
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        time.sleep(0.5)
        if os.name != "nt" and os.getppid() != parent:  # re-parented: the parent died
            os._exit(3)
    os._exit(2)
