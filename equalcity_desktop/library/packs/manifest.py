"""A pack's manifest (``pack.yaml``): what a pack is, read without trusting it.

:func:`parse_manifest` takes any bytes and returns the manifest or every
problem with it, each one sentence; it never raises.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..languages import LANGS
from ..pack_check import MAX_FILE
from ..pack_store import ID_RE, MANIFEST

PACK_SCHEMA = 1  # the pack format this app reads; a newer one is refused
MAX_MANIFEST = 2 * 1024 * 1024

VERSION_RE = re.compile(r"^\d{1,6}(?:\.\d{1,6}){0,3}$")
SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"
CONTENT_RE = re.compile(
    rf"^(?:(?:cards|glossary|pages)/{_ID}\.(?P<lang>[a-z]{{2}})\.md"
    rf"|toolkits/{_ID}/(?:{_ID}\.(?P<tlang>[a-z]{{2}})\.md|toolkit\.yaml)"
    r"|directory/[a-z]{2}\.yaml"
    r"|client-languages/(?:[a-z]{2,3}|phrases)\.yaml)$")
CONTENT_FOLDERS = ("cards/, glossary/, pages/, toolkits/<toolkit>/, directory/ or "
                   "client-languages/")


class PackError(Exception):
    """A pack that cannot be built, checked or installed. ``str()`` is one
    sentence; ``problems`` holds every problem found (for ``pack check``)."""

    def __init__(self, problems: str | Sequence[str]) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        first = self.problems[0] if self.problems else "the pack is not valid"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more problem{'s' * (more != 1)})"
                                  if more > 0 else ""))


@dataclass
class Manifest:
    id: str
    titles: dict[str, str]
    version: str
    languages: tuple[str, ...]
    schema: int
    files: dict[str, tuple[str, int]] = field(default_factory=dict)  # path -> (sha256, size)


@dataclass
class PackInfo:
    """What a pack is, for the list of installed packs and before an import."""

    id: str
    titles: dict[str, str]
    version: str
    languages: tuple[str, ...]
    schema: int
    file_count: int
    size: int
    kinds: dict[str, int] = field(default_factory=dict)  # items per kind (import only)
    installed_version: str | None = None  # the version this one would replace
    folder: Path | None = None  # where it is installed
    signer: str = ""  # the trusted key's name on this PC, when a trusted key signed it
    key_id: str = ""  # the fingerprint of the key that signed it ("" if unsigned)
    trust_problem: str = ""  # why this PC cannot vouch for it ("" when a trusted key signed it)

    def title(self, lang: str) -> str:
        return (self.titles.get(lang) or self.titles.get("en")
                or next(iter(self.titles.values()), self.id))

    @property
    def is_downgrade(self) -> bool:
        return self.installed_version is not None and \
            version_key(self.version) < version_key(self.installed_version)

    @property
    def replaces(self) -> bool:
        return self.installed_version is not None


def version_key(version: str) -> tuple[int, ...]:
    """'1.10' > '1.9': versions compare as numbers, part by part."""
    return tuple(int(p) for p in version.split(".")) if VERSION_RE.match(version) else (-1,)


# -- the manifest -------------------------------------------------------------
def parse_manifest(data: bytes, *, need_files: bool = True) -> tuple[Manifest | None, list[str]]:
    """The manifest and every problem with it (an empty list means valid)."""
    if len(data) > MAX_MANIFEST:
        return None, [f"{MANIFEST} is larger than {MAX_MANIFEST // (1024 * 1024)} MB"]
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [f"{MANIFEST} is not UTF-8 text (line {line}, byte {exc.start})"]
    from ..frontmatter import FrontMatterError, load_yaml

    try:
        raw = load_yaml(text)
    except FrontMatterError as exc:
        return None, [f"{MANIFEST}:{exc.line}: {exc}" if exc.line else f"{MANIFEST}: {exc}"]
    except RecursionError:
        return None, [f"{MANIFEST} is nested too deeply to be a pack manifest"]
    except (ValueError, TypeError, OverflowError, LookupError) as exc:  # a YAML value
        return None, [f"{MANIFEST} holds a value YAML cannot read ({type(exc).__name__})"]
    if not isinstance(raw, dict):
        return None, [f"{MANIFEST} must be a YAML mapping with id, title, version, "
                      "languages, schema and files"]
    schema = raw.get("schema", PACK_SCHEMA)
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        return None, [f"{MANIFEST}: 'schema' must be a whole number (this app reads "
                      f"{PACK_SCHEMA})"]
    if schema > PACK_SCHEMA:
        return None, [f"the pack was made for a newer Equalcity (pack schema {schema}; this "
                      f"version reads schema {PACK_SCHEMA}): update the app first"]
    problems: list[str] = []
    pack_id = raw.get("id")
    if not isinstance(pack_id, str) or not ID_RE.match(pack_id) or len(pack_id) > 64:
        problems.append(f"{MANIFEST}: 'id' must be lowercase words joined by '-', "
                        "e.g. ghent-cards")
        pack_id = ""
    titles = _titles(raw.get("title"))
    if titles is None:
        problems.append(f"{MANIFEST}: 'title' must be visible text (at most 200 characters), "
                        f"or such text per language ({', '.join(LANGS)})")
    version = raw.get("version")
    if isinstance(version, float):
        problems.append(f"{MANIFEST}: write 'version' in quotes (version: \"{version}\"), or "
                        "YAML reads 1.10 as the number 1.1")
    elif isinstance(version, int) and not isinstance(version, bool):
        version = str(version)
    if isinstance(version, str) and VERSION_RE.match(version):
        pass
    elif not isinstance(version, float):
        problems.append(f"{MANIFEST}: 'version' must be numbers joined by dots, e.g. \"1.2.0\"")
    languages = raw.get("languages")
    if not isinstance(languages, list) or not languages or \
            not all(isinstance(lang, str) and lang in LANGS for lang in languages) or \
            len(set(languages)) != len(languages):
        problems.append(f"{MANIFEST}: 'languages' must list some of {', '.join(LANGS)}, "
                        "each once")
        languages = []
    files: dict[str, tuple[str, int]] = {}
    if need_files:
        problems += _manifest_files(raw.get("files"), set(languages), files)
    if problems:
        return None, problems
    return Manifest(pack_id, titles or {}, str(version), tuple(languages), schema, files), []


def visible(text: str) -> bool:
    """True if ``text`` shows at least one letter, digit or sign (a title of
    zero-width spaces or joiners alone would be an invisible pack)."""
    return any(not unicodedata.category(c).startswith(("Z", "C")) for c in text)


def _titles(value: Any) -> dict[str, str] | None:
    if isinstance(value, str) and visible(value) and len(value) <= 200:
        return {"en": value.strip()}
    if isinstance(value, dict) and value and all(
            isinstance(k, str) and k in LANGS and isinstance(v, str) and visible(v)
            and len(v) <= 200 for k, v in value.items()):
        return {k: v.strip() for k, v in value.items()}
    return None


def _manifest_files(value: Any, languages: set[str],
                    files: dict[str, tuple[str, int]]) -> list[str]:
    from ..safezip import MAX_ENTRIES, name_problem

    if not isinstance(value, list) or not value:
        return [f"{MANIFEST}: 'files' must list every file of the pack"]
    if len(value) > MAX_ENTRIES:
        return [f"{MANIFEST} lists {len(value)} files; a pack may have at most {MAX_ENTRIES}"]
    problems: list[str] = []
    for number, entry in enumerate(value, 1):
        if not isinstance(entry, dict):
            problems.append(f"{MANIFEST}: file {number} must have path, sha256 and size")
            continue
        path, digest, size = entry.get("path"), entry.get("sha256"), entry.get("size")
        if not isinstance(path, str):
            problems.append(f"{MANIFEST}: file {number} has no 'path'")
            continue
        problem = name_problem(path)
        match = CONTENT_RE.match(path)
        if problem:
            problems.append(problem)
        elif path == MANIFEST:
            problems.append(f"{MANIFEST} must not list itself")
        elif not match:
            problems.append(f"{path!r} is not a content file ({CONTENT_FOLDERS})")
        elif (match["lang"] or match["tlang"]) and (match["lang"] or match["tlang"]) \
                not in languages:
            problems.append(f"{path!r} is in a language that 'languages' does not list")
        elif path in files:
            problems.append(f"{MANIFEST} lists {path!r} twice")
        elif not isinstance(digest, str) or not SHA_RE.match(digest):
            problems.append(f"{MANIFEST}: {path!r} needs a 'sha256' of 64 lowercase hex digits")
        elif not isinstance(size, int) or isinstance(size, bool) or size < 0:
            problems.append(f"{MANIFEST}: {path!r} needs a 'size' in bytes")
        elif size > MAX_FILE:
            problems.append(f"{path!r} is {size / (1024 * 1024):.1f} MB; a content file may "
                            f"be at most {MAX_FILE // (1024 * 1024)} MB")
        else:
            files[path] = (digest, size)
    return problems

