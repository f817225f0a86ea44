"""The Whoosh index: schema, an atomic build, and a safe open.

The index is derived data. It lives in a per-user cache folder named after
the schema version and a hash of the content, is built in a temporary folder
and renamed into place (a crash never leaves half an index), and is opened
read-only. An index that is missing, stale or damaged in any way (a truncated
TOC raises a bare ``struct.error``) is rebuilt, never shown as a traceback.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import shutil
import time
import uuid
import warnings
from collections.abc import Iterable
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.index import Index

from . import whoosh_shim
from .analysis import folded, normalise, stemmed
from .languages import LANGS
from .markup import plain_text
from .model import Library

log = logging.getLogger(__name__)
whoosh_shim.lazy_buffer_files()

# Bump whenever the schema or the analysis chain changes: old indexes are rebuilt.
SCHEMA_VERSION = 5
HEAD_BOOST = 4.0  # titles and aliases weigh more than body text
META_FILE = "equalcity-index.json"
STALE_TMP_SECONDS = 600


def schema() -> Schema:
    fields: dict[str, object] = {
        "id": ID(stored=True, unique=True),
        "kind": ID(stored=True),
        "toolkit": ID(stored=True),
        "names": STORED(),  # a glossary term's titles and synonyms, for query expansion
    }
    # Folding does not depend on the language, so one pair of folded fields
    # holds all four: a prefix expands over two fields, not eight.
    fields["headfold"] = TEXT(analyzer=folded(), phrase=False, field_boost=HEAD_BOOST)
    fields["bodyfold"] = TEXT(analyzer=folded(), phrase=False)
    for lang in LANGS:
        fields[f"head_{lang}"] = TEXT(analyzer=stemmed(lang), phrase=False,
                                      field_boost=HEAD_BOOST)
        fields[f"body_{lang}"] = TEXT(analyzer=stemmed(lang), phrase=False)
        fields[f"title_{lang}"] = STORED()
        fields[f"text_{lang}"] = STORED()  # plain text, for snippets
    return Schema(**fields)


KEY_CACHE = "content-keys.json"
KEY_CACHE_ENTRIES = 8  # content folder sets remembered (with and without packs, the CLI's)
# A file changed this recently may change again within the file system's timestamp
# granularity (up to 2 s on FAT) with the same size: its stamp is not trusted yet.
SETTLE_NS = 2_000_000_000


def _content_files(roots: Iterable[Path]) -> list[tuple[Path, list[tuple[str, os.stat_result]]]]:
    """Per folder, what the loader reads (Markdown and YAML, no hidden files or
    folders; symlinked folders are not followed), as (relative POSIX path, stat),
    in path order. A file that vanishes meanwhile is left out."""
    out = []
    for folder in map(Path, roots):
        if not folder.is_dir():
            continue
        found: list[tuple[tuple[str, ...], os.stat_result]] = []
        stack: list[tuple[str, tuple[str, ...]]] = [(str(folder), ())]
        while stack:
            directory, parts = stack.pop()
            try:
                entries = list(os.scandir(directory))
            except OSError:
                continue
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):
                        stack.append((entry.path, (*parts, entry.name)))
                        continue
                    if not entry.name.endswith((".md", ".yaml")):
                        continue
                    found.append(((*parts, entry.name), entry.stat()))
                except OSError:
                    continue
        found.sort(key=lambda f: f[0])
        out.append((folder, [("/".join(rel), st) for rel, st in found]))
    return out


def _hash_files(listing: list[tuple[Path, list[tuple[str, os.stat_result]]]]) -> str:
    digest = hashlib.sha256(f"equalcity-index-{SCHEMA_VERSION}".encode())
    for folder, files in listing:
        for rel, _ in files:
            try:
                data = (folder / rel).read_bytes()
            except OSError:
                continue
            digest.update(rel.encode("utf-8") + b"\0")
            digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def content_key(roots: Iterable[Path]) -> str:
    """A hash of every content file and the schema version.

    Only what the loader reads counts (Markdown and YAML, no hidden files), and
    a file that vanishes while it is hashed (an editor's temporary file) is
    skipped rather than stopping the app. Folder locations do not count, so an
    index built for a bundle's content is valid wherever the bundle is unpacked.
    """
    return _hash_files(_content_files(roots))


def _stamp(listing: list[tuple[Path, list[tuple[str, os.stat_result]]]]) -> str:
    """What changes whenever a content file may have: each file's place, size,
    modification and change times (ns) and file id."""
    digest = hashlib.sha256(f"equalcity-stamp-{SCHEMA_VERSION}".encode())
    for folder, files in listing:
        digest.update(os.fsencode(os.path.abspath(folder)) + b"\0\0")
        for rel, st in files:
            digest.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0"
                          f"{st.st_ino}\0".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def cached_content_key(roots: Iterable[Path], cache: Path | None) -> str:
    """:func:`content_key`, without reading the files when none has changed.

    The key is still a hash of the contents (a bundle's prebuilt index keeps
    matching, wherever and whenever it was unpacked), but it is remembered in
    ``cache`` under a stamp of the files' sizes and times: a start with the
    same stamp only lists and stats the files. A file changed in the last two
    seconds keeps the key from being remembered (its next change could keep
    the same size and time), and any doubt about the cache means hashing.
    Only digests are stored: no path, nothing anyone searched or read.
    """
    listing = _content_files(roots)
    stamp = _stamp(listing)
    path = cache / KEY_CACHE if cache is not None else None
    known: dict[str, str] = {}
    if path is not None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("schema") == SCHEMA_VERSION:
                known = {str(s): str(k) for s, k in data.get("keys", [])}
        except (OSError, ValueError, TypeError):
            known = {}
    if stamp in known:
        return known[stamp]
    key = _hash_files(listing)
    newest = max((max(st.st_mtime_ns, st.st_ctime_ns) for _, files in listing
                  for _, st in files), default=0)
    if path is not None and time.time_ns() - newest > SETTLE_NS:
        known.pop(stamp, None)
        entries = [*known.items(), (stamp, key)][-KEY_CACHE_ENTRIES:]
        tmp = path.with_name(f"{path.name}.{uuid.uuid4().hex}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps({"schema": SCHEMA_VERSION, "keys": entries}),
                           encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only cache: hash again next time
        finally:
            tmp.unlink(missing_ok=True)
    return key


MANIFEST_FILE = "content-manifest.json"


def write_manifest(folder: Path, roots: Iterable[Path], key: str) -> None:
    """Beside an index built for a bundle: the key, and each content file's
    path and size, so the bundle's start can accept its index without reading
    the files (:func:`key_from_manifest`)."""
    files = [[[rel, st.st_size] for rel, st in found] for _, found in _content_files(roots)]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MANIFEST_FILE).write_text(
        json.dumps({"schema": SCHEMA_VERSION, "key": key, "files": files}), encoding="utf-8")


def key_from_manifest(roots: Iterable[Path], folder: Path) -> str | None:
    """The key of a prebuilt index when the content files are those it was built
    from: the same paths with the same sizes (a bundle's files keep their sizes
    but not their times, which are those of the unpacking). None otherwise.
    Only for a bundle's own content folder, which nobody edits in place (the
    app adds content as packs, in folders of their own)."""
    try:
        data = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
        if data.get("schema") != SCHEMA_VERSION:
            return None
        files = [[[rel, st.st_size] for rel, st in found] for _, found in _content_files(roots)]
        return str(data["key"]) if data["files"] == files else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def index_name(key: str) -> str:
    return f"v{SCHEMA_VERSION}-{key[:24]}"


def documents(library: Library) -> Iterable[dict[str, str]]:
    for item in library.items.values():
        doc = {"id": item.id, "kind": item.kind, "toolkit": item.toolkit}
        heads, texts = [], []
        for lang in LANGS:
            variant = item.variants.get(lang)
            if variant is None:
                continue
            text = "\n".join(filter(None, (variant.summary, plain_text(variant.body))))
            head = "\n".join((variant.title, *variant.aliases))
            heads.append(head)
            texts.append(text)
            # Stored normalised, as the query is, so snippets mark what matched.
            doc |= {f"head_{lang}": head, f"body_{lang}": text,
                    f"title_{lang}": normalise(variant.title), f"text_{lang}": normalise(text)}
        doc |= {"headfold": "\n".join(heads), "bodyfold": "\n".join(texts)}
        if item.kind == "glossary":
            doc["names"] = sorted({name for v in item.variants.values()
                                   for name in (v.title.split(" (")[0], *v.aliases)})
        yield doc


def _write(ix: Index, library: Library) -> None:
    with ix.writer(limitmb=128) as writer:  # the context manager cancels on error
        for doc in documents(library):
            writer.add_document(**doc)


def build(library: Library, folder: Path, key: str) -> Path:
    """Build an index for ``key`` under ``folder`` atomically; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / index_name(key)
    tmp = folder / f"tmp-{uuid.uuid4().hex}"
    tmp.mkdir()
    try:
        ix = whoosh_index.create_in(str(tmp), schema())
        _write(ix, library)
        ix.close()
        (tmp / META_FILE).write_text(json.dumps({"schema": SCHEMA_VERSION, "key": key}),
                                     encoding="utf-8")
        try:
            os.rename(tmp, final)
        except OSError:
            if not final.is_dir():  # not a lost race with another builder
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return final


def build_in_memory(library: Library) -> Index:
    """For a cache folder that cannot be written (read-only profile, full disk)."""
    ix = RamStorage().create_index(schema())
    _write(ix, library)
    return ix


def open_checked(path: Path, key: str) -> Index:
    """Open read-only and prove it is whole; raises on anything wrong."""
    meta = json.loads((path / META_FILE).read_text(encoding="utf-8"))
    if meta.get("schema") != SCHEMA_VERSION or meta.get("key") != key:
        raise ValueError("index of another version")
    ix = whoosh_index.open_dir(str(path), readonly=True)
    with ix.searcher() as searcher:
        searcher.doc_count()
        list(searcher.lexicon("id"))
    return ix


def try_open(path: Path, key: str) -> Index | None:
    """Like :func:`open_checked`, but None for any failure."""
    # WORKAROUND: Whoosh leaves the TOC file open when reading it fails (a
    # truncated TOC raises struct.error mid-read); it is closed, quietly, when
    # the traceback goes.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            return open_checked(path, key)
        except Exception:
            pass
        gc.collect()
    return None


def remove_stale(folder: Path, keep: str) -> None:
    """Remove other versions and abandoned temporary builds."""
    if not folder.is_dir():
        return
    now = time.time()
    for entry in folder.iterdir():
        if entry.name == keep or not entry.is_dir():
            continue
        if entry.name.startswith("tmp-"):
            try:
                if now - entry.stat().st_mtime < STALE_TMP_SECONDS:
                    continue  # perhaps another process is building right now
            except OSError:
                continue
        elif not entry.name.startswith("v"):
            continue
        shutil.rmtree(entry, ignore_errors=True)


def open_or_build(library_loader, key: str, cache: Path,
                  prebuilt: Path | None = None) -> Index:
    """Open the index for ``key``: prebuilt, then cached, else build it.

    ``library_loader`` is called only when a build is needed, so a fresh start
    with a valid index never parses the content.
    """
    name = index_name(key)
    if prebuilt is not None and (prebuilt / name).is_dir():
        ix = try_open(prebuilt / name, key)
        if ix is not None:
            return ix
        log.warning("the bundled search index could not be opened; using the cache")
    cached = cache / name
    if cached.is_dir():
        ix = try_open(cached, key)
        if ix is not None:
            return ix
        log.warning("the search index was damaged or stale; rebuilding it")
        shutil.rmtree(cached, ignore_errors=True)
    library = library_loader()
    try:
        path = build(library, cache, key)
        remove_stale(cache, keep=name)
        return open_checked(path, key)
    except OSError:
        log.warning("the cache folder cannot be written; the index is kept in memory")
        return build_in_memory(library)
