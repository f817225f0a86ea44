"""Content packs: a city's own cards, an updated toolkit or more glossary
terms, brought to a PC that never goes online as one ``.zip`` (say, on a USB
stick) and installed atomically.

A pack is a zip with ``pack.yaml`` at its top (id, title, version, languages,
the pack schema it was made for, and the SHA-256 and size of every file) and
content in the bundled format (``content/README.md``). Nothing in it is
trusted: the archive is checked entry by entry before anything is written
(:mod:`.safezip`), the files are streamed into a temporary folder beside the
installed packs while they are hashed (as Kolibri does), and the content is
then validated and rendered by the real loader in a child process that is
stopped if it takes too long (Python-Markdown is quadratic or worse on some
inputs: 5,000 ``![`` take 14 s here). Only a complete, checked pack is renamed
into place; a failed import changes nothing and says why in one sentence
(:class:`PackError`). Leftovers of an import or removal that was killed are
cleaned up, or undone, by the next start (:func:`installed_roots`).

Layout under ``data_dir()/packs``: one folder per installed pack, named by its
id, holding its ``pack.yaml`` and content; ``.import-*``, ``.old-*`` and
``.trash-*`` folders are work in progress (or the remains of a killed one).
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .languages import LANGS
from .pack_check import MAX_FILE, check_content_isolated, content_files, run_child_check
from .pack_store import (
    ID_RE,
    IMPORT_PREFIX,
    MANIFEST,
    OLD_PREFIX,
    TRASH_PREFIX,
    installed_roots,
    packs_dir,
    recover,
)

__all__ = ["PACK_SCHEMA", "PackError", "PackInfo", "build", "check_file", "inspect", "install",
           "installed_roots", "list_installed", "packs_dir", "prepare", "recover", "remove",
           "run_child_check"]

PACK_SCHEMA = 1  # the pack format this app reads; a newer one is refused
MAX_MANIFEST = 2 * 1024 * 1024

VERSION_RE = re.compile(r"^\d{1,6}(?:\.\d{1,6}){0,3}$")
SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"
CONTENT_RE = re.compile(
    rf"^(?:(?:cards|glossary|pages)/{_ID}\.(?P<lang>[a-z]{{2}})\.md"
    rf"|toolkits/{_ID}/(?:{_ID}\.(?P<tlang>[a-z]{{2}})\.md|toolkit\.yaml)"
    r"|directory/[a-z]{2}\.yaml)$")
CONTENT_FOLDERS = "cards/, glossary/, pages/, toolkits/<toolkit>/ or directory/"


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
    from .frontmatter import FrontMatterError, load_yaml

    try:
        raw = load_yaml(text)
    except FrontMatterError as exc:
        return None, [f"{MANIFEST}:{exc.line}: {exc}" if exc.line else f"{MANIFEST}: {exc}"]
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
        problems.append(f"{MANIFEST}: 'title' must be text, or text per language "
                        f"({', '.join(LANGS)})")
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


def _titles(value: Any) -> dict[str, str] | None:
    if isinstance(value, str) and value.strip():
        return {"en": value.strip()}
    if isinstance(value, dict) and value and all(
            k in LANGS and isinstance(v, str) and v.strip() for k, v in value.items()):
        return {k: v.strip() for k, v in value.items()}
    return None


def _manifest_files(value: Any, languages: set[str],
                    files: dict[str, tuple[str, int]]) -> list[str]:
    from .safezip import MAX_ENTRIES, name_problem

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


# -- installed packs ------------------------------------------------------------
def list_installed(folder: Path | None = None) -> list[PackInfo]:
    out = []
    for root in installed_roots(folder):
        info = _installed_info(root)
        if info is not None:
            out.append(info)
    return out


def _installed_info(root: Path) -> PackInfo | None:
    try:
        manifest, problems = parse_manifest((root / MANIFEST).read_bytes())
    except OSError:
        return None
    if manifest is None or problems:
        return None
    return PackInfo(manifest.id, manifest.titles, manifest.version, manifest.languages,
                    manifest.schema, len(manifest.files),
                    sum(size for _digest, size in manifest.files.values()), folder=root)


def remove(pack_id: str, folder: Path | None = None) -> None:
    """Uninstall: one rename takes it out of sight, then it is deleted."""
    folder = folder or packs_dir()
    recover(folder)
    live = folder / pack_id
    if not ID_RE.match(pack_id) or not (live / MANIFEST).is_file():
        raise PackError(f"no pack {pack_id!r} is installed")
    trash = folder / f"{TRASH_PREFIX}{uuid.uuid4().hex[:12]}"
    try:
        os.rename(live, trash)
    except OSError as exc:
        raise PackError(_os_message(exc, f"pack {pack_id!r} could not be removed")) from exc
    shutil.rmtree(trash, ignore_errors=True)


# -- importing -----------------------------------------------------------------
@dataclass
class PreparedPack:
    """A pack unpacked and checked in a temporary folder, not yet installed.
    :meth:`commit` puts it in place; :meth:`discard` throws it away."""

    info: PackInfo
    work: Path
    content: Path
    folder: Path

    def commit(self, confirm_downgrade: bool = False) -> PackInfo:
        if self.info.is_downgrade and not confirm_downgrade:
            raise PackError(f"version {self.info.version} is older than the installed "
                            f"{self.info.installed_version}; confirm to replace it")
        live = self.folder / self.info.id
        tag = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        try:
            if live.exists():
                old = self.folder / f"{OLD_PREFIX}{tag}-{self.info.id}"
                os.rename(live, old)
                try:
                    os.rename(self.content, live)
                except OSError:
                    os.rename(old, live)
                    raise
                trash = self.folder / f"{TRASH_PREFIX}{tag}"
                os.rename(old, trash)
                shutil.rmtree(trash, ignore_errors=True)
            else:
                os.rename(self.content, live)
        except OSError as exc:
            raise PackError(_os_message(exc, "the pack could not be put in place")) from exc
        finally:
            self.discard()
        self.info.folder = live
        return self.info

    def discard(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)


def prepare(archive: Path, *, folder: Path | None = None,
            bundled: Path | None = None) -> PreparedPack:
    """Unpack and check ``archive`` beside the installed packs (same disk, so
    the final move is a rename). Raises :class:`PackError`; changes nothing
    that is installed."""
    folder = folder or packs_dir()
    bundled = bundled or _bundled()
    recover(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        work = folder / f"{IMPORT_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}"
        work.mkdir()
    except OSError as exc:
        raise PackError(_os_message(exc, f"the packs folder {folder} cannot be written")) \
            from exc
    try:
        content = work / "pack"
        problems: list[str] = []
        manifest = _unpack(Path(archive), content, problems, stop_early=True)
        if manifest is None or problems:
            raise PackError(problems[:1] or ["the pack is not valid"])
        against = [bundled, *(r for r in installed_roots(folder) if r.name != manifest.id)]
        problems, kinds = check_content_isolated(content, against, work)
        if problems:
            raise PackError(problems)
        installed = _installed_info(folder / manifest.id)
        info = PackInfo(manifest.id, manifest.titles, manifest.version, manifest.languages,
                        manifest.schema, len(manifest.files),
                        sum(size for _d, size in manifest.files.values()), kinds,
                        installed.version if installed else None)
        return PreparedPack(info, work, content, folder)
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise PackError(_os_message(exc, "the pack could not be unpacked")) from exc
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise


def install(archive: Path, *, confirm_downgrade: bool = False, folder: Path | None = None,
            bundled: Path | None = None) -> PackInfo:
    prepared = prepare(archive, folder=folder, bundled=bundled)
    if prepared.info.is_downgrade and not confirm_downgrade:
        prepared.discard()
        raise PackError(f"version {prepared.info.version} is older than the installed "
                        f"{prepared.info.installed_version}, so it was not installed")
    return prepared.commit(confirm_downgrade=True)


def inspect(archive: Path, *, folder: Path | None = None,
            bundled: Path | None = None) -> PackInfo:
    """Everything an import checks, and what the pack holds; installs nothing."""
    prepared = prepare(archive, folder=folder, bundled=bundled)
    prepared.discard()
    return prepared.info


def check_file(archive: Path, *, folder: Path | None = None,
               bundled: Path | None = None) -> list[str]:
    """Every problem of a pack file (``pack check``); an empty list means it
    would install. Works in the system's temporary folder."""
    import tempfile

    folder = folder or packs_dir()
    with tempfile.TemporaryDirectory(prefix="equalcity-pack-") as tmp:
        problems: list[str] = []
        manifest = _unpack(Path(archive), Path(tmp) / "pack", problems, stop_early=False)
        if manifest is None or problems:
            return problems or ["the pack is not valid"]
        against = [bundled or _bundled(),
                   *(r for r in installed_roots(folder) if r.name != manifest.id)]
        problems, _kinds = check_content_isolated(Path(tmp) / "pack", against, Path(tmp))
        return problems


def _unpack(archive: Path, dest: Path, problems: list[str], *,
            stop_early: bool) -> Manifest | None:
    """Check the archive and its manifest, then stream every listed file into
    ``dest`` while hashing it. Problems go to ``problems``."""
    import zipfile
    import zlib

    from . import safezip

    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, EOFError, ValueError):
        problems.append("the file is not a zip archive, or it is damaged or incomplete")
        return None
    except OSError as exc:
        problems.append(_os_message(exc, "the pack file cannot be read"))
        return None
    with zf:
        found = safezip.entry_problems(archive, zf, MAX_FILE, {MANIFEST: MAX_MANIFEST})
        if found:
            problems += found
            return None
        entries = {i.filename: i for i in zf.infolist() if not i.is_dir()}
        if MANIFEST not in entries:
            nested = [n for n in entries if n.endswith("/" + MANIFEST)]
            hint = (f" (it is in {nested[0].rsplit('/', 1)[0]!r}/: zip what is inside that "
                    "folder, or use `pack build`)") if nested else ""
            problems.append(f"the archive has no {MANIFEST} at its top{hint}")
            return None
        try:
            data = zf.read(entries[MANIFEST])
        except (zipfile.BadZipFile, EOFError, ValueError, OSError):
            problems.append(f"{MANIFEST} cannot be read; the archive is damaged")
            return None
        manifest, found = parse_manifest(data)
        if manifest is None:
            problems += found
            return None
        for name, info in entries.items():
            if name == MANIFEST:
                continue
            if name not in manifest.files:
                problems.append(f"{name!r} is in the archive but not listed in {MANIFEST}")
            elif info.file_size != manifest.files[name][1]:
                problems.append(f"{name!r} is {info.file_size} bytes but {MANIFEST} says "
                                f"{manifest.files[name][1]}")
        problems += [f"{MANIFEST} lists {name!r}, which is not in the archive"
                     for name in manifest.files if name not in entries]
        if problems:
            return None
        for name, (digest, size) in sorted(manifest.files.items()):
            target = dest.joinpath(*name.split("/"))
            if not target.resolve().is_relative_to(dest.resolve()):  # names are checked; still
                problems.append(f"{name!r} points outside the pack")
                return None
            try:
                got_digest, got_size = safezip.copy_member(zf, entries[name], target)
            except (zipfile.BadZipFile, EOFError, ValueError, RuntimeError, zlib.error):
                problems.append(f"{name!r} is damaged in the archive (its checksum does not "
                                "match)")
                got_digest, got_size = "", -1
            except OSError as exc:
                if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM,
                                 errno.EROFS):
                    raise  # the disk, not the pack
                problems.append(_os_message(exc, f"{name!r} cannot be read"))
                return None
            if got_digest and (got_size != size or got_digest != digest):
                problems.append(f"{name!r} does not match its size and SHA-256 in {MANIFEST} "
                                "(the file was changed or damaged)")
            if problems and stop_early:
                return None
        dest.mkdir(parents=True, exist_ok=True)
        (dest / MANIFEST).write_bytes(data)
    return None if problems else manifest


# -- building ------------------------------------------------------------------
def build(source: Path, output: Path, *, folder: Path | None = None,
          bundled: Path | None = None) -> PackInfo:
    """Make a pack from a folder holding ``pack.yaml`` (id, title, version,
    languages) and content: hashes every file, validates the content as an
    import would, and writes the zip atomically (same bytes for the same input)."""
    import tempfile
    import zipfile

    import yaml

    source, output = Path(source), Path(output)
    try:
        data = (source / MANIFEST).read_bytes()
    except OSError as exc:
        raise PackError(f"{source / MANIFEST} cannot be read: {exc.strerror or exc}") from exc
    manifest, problems = parse_manifest(data, need_files=False)
    if manifest is None:
        raise PackError(problems)
    from .safezip import name_problem

    files: list[dict[str, Any]] = []
    for rel in content_files(source):
        path = source / rel
        match = CONTENT_RE.match(rel)
        lang = match and (match["lang"] or match["tlang"])
        if path.is_symlink():
            problems.append(f"{rel} is a symbolic link")
        elif name_problem(rel):
            problems.append(str(name_problem(rel)))
        elif not match:
            problems.append(f"{rel!r} is not a content file ({CONTENT_FOLDERS})")
        elif lang and lang not in manifest.languages:
            problems.append(f"{rel!r} is in a language that 'languages' does not list")
        else:
            digest, size = _hash_file(path)
            files.append({"path": rel, "sha256": digest, "size": size})
    if problems:
        raise PackError(problems)
    if not files:
        raise PackError(f"{source} holds no content files ({CONTENT_FOLDERS})")
    folder = folder or packs_dir()
    against = [bundled or _bundled(),
               *(r for r in installed_roots(folder) if r.name != manifest.id)]
    with tempfile.TemporaryDirectory(prefix="equalcity-pack-") as tmp:
        problems, kinds = check_content_isolated(source, against, Path(tmp))
    if problems:
        raise PackError(problems)
    title: Any = manifest.titles if set(manifest.titles) != {"en"} else manifest.titles["en"]
    text = yaml.safe_dump({"id": manifest.id, "title": title, "version": manifest.version,
                           "languages": list(manifest.languages), "schema": PACK_SCHEMA,
                           "files": files}, sort_keys=False, allow_unicode=True, width=1000)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp_out = output.with_name(f".{output.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with zipfile.ZipFile(tmp_out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            _add(zf, MANIFEST, text.encode("utf-8"))
            for entry in files:
                _add(zf, entry["path"], (source / entry["path"]).read_bytes())
        with open(tmp_out, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_out, output)
    except OSError as exc:
        raise PackError(_os_message(exc, f"{output} cannot be written")) from exc
    finally:
        tmp_out.unlink(missing_ok=True)
    return PackInfo(manifest.id, manifest.titles, manifest.version, manifest.languages,
                    PACK_SCHEMA, len(files), sum(f["size"] for f in files), kinds)


def _add(zf: Any, name: str, data: bytes) -> None:
    import zipfile

    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # reproducible
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    zf.writestr(info, data)


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _bundled() -> Path:
    from ..resources import content_dir

    return content_dir()


def _os_message(exc: OSError, what: str) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "there is not enough free disk space to install the pack"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{what}: the folder is read-only or you may not write to it"
    if exc.errno == errno.EIO:
        return f"{what}: the disk could not be read (was the USB stick removed?)"
    return f"{what}: {exc.strerror or exc}"
