"""Reading a pack archive (checked entry by entry, its signature verified,
every listed file streamed out while it is hashed), building one from a
folder, and signing one."""

from __future__ import annotations

import errno
import hashlib
import os
import uuid
from pathlib import Path
from typing import Any

from .. import pack_keys
from ..pack_check import MAX_FILE, check_content_isolated, content_files
from ..pack_keys import SIGNATURE, PackKeyError, Signature, SigningKey
from ..pack_store import MANIFEST, installed_roots, packs_dir
from .manifest import (
    CONTENT_FOLDERS,
    CONTENT_RE,
    MAX_MANIFEST,
    PACK_SCHEMA,
    Manifest,
    PackError,
    PackInfo,
    parse_manifest,
)

TAMPERED = ("the pack was changed after it was signed (its signature does not match its "
            "pack.yaml), so it is refused")


def _unpack(archive: Path, dest: Path, problems: list[str], *,
            stop_early: bool) -> tuple[Manifest | None, Signature | None]:
    """Check the archive, its manifest and its signature (if it has one), then
    stream every listed file into ``dest`` while hashing it. Problems go to
    ``problems``. Whether the signer is trusted is for the caller to ask."""
    import zipfile
    import zlib

    from .. import safezip

    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, EOFError, ValueError):
        problems.append("the file is not a zip archive, or it is damaged or incomplete")
        return None, None
    except OSError as exc:
        problems.append(_os_message(exc, "the pack file cannot be read"))
        return None, None
    with zf:
        found = safezip.entry_problems(archive, zf, MAX_FILE, {MANIFEST: MAX_MANIFEST})
        if found:
            problems += found
            return None, None
        entries = {i.filename: i for i in zf.infolist() if not i.is_dir()}
        if MANIFEST not in entries:
            nested = [n for n in entries if n.endswith("/" + MANIFEST)]
            hint = (f" (it is in {nested[0].rsplit('/', 1)[0]!r}/: zip what is inside that "
                    "folder, or use `pack build`)") if nested else ""
            problems.append(f"the archive has no {MANIFEST} at its top{hint}")
            return None, None
        try:
            data = zf.read(entries[MANIFEST])
        except (zipfile.BadZipFile, EOFError, ValueError, OSError):
            problems.append(f"{MANIFEST} cannot be read; the archive is damaged")
            return None, None
        signature, sig_data = None, b""
        if SIGNATURE in entries:
            try:
                if entries[SIGNATURE].file_size > pack_keys.MAX_SIGNATURE:
                    raise PackKeyError(f"{SIGNATURE} is damaged, so the pack cannot be trusted")
                sig_data = zf.read(entries[SIGNATURE])
                signature = pack_keys.parse_signature(sig_data)
            except (zipfile.BadZipFile, EOFError, ValueError, OSError):
                problems.append(f"{SIGNATURE} cannot be read; the archive is damaged")
                return None, None
            except PackKeyError as exc:
                problems.append(str(exc))
                return None, None
            if not pack_keys.verify(signature, data):
                problems.append(TAMPERED)
                return None, None
        manifest, found = parse_manifest(data)
        if manifest is None:
            problems += found
            return None, None
        for name, info in entries.items():
            if name in (MANIFEST, SIGNATURE):
                continue
            if name not in manifest.files:
                problems.append(f"{name!r} is in the archive but not listed in {MANIFEST}")
            elif info.file_size != manifest.files[name][1]:
                problems.append(f"{name!r} is {info.file_size} bytes but {MANIFEST} says "
                                f"{manifest.files[name][1]}")
        problems += [f"{MANIFEST} lists {name!r}, which is not in the archive"
                     for name in manifest.files if name not in entries]
        if problems:
            return None, None
        for name, (digest, size) in sorted(manifest.files.items()):
            target = dest.joinpath(*name.split("/"))
            if not target.resolve().is_relative_to(dest.resolve()):  # names are checked; still
                problems.append(f"{name!r} points outside the pack")
                return None, None
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
                return None, None
            if got_digest and (got_size != size or got_digest != digest):
                problems.append(f"{name!r} does not match its size and SHA-256 in {MANIFEST} "
                                "(the file was changed or damaged)")
            if problems and stop_early:
                return None, None
        dest.mkdir(parents=True, exist_ok=True)
        (dest / MANIFEST).write_bytes(data)
        if signature is not None:
            (dest / SIGNATURE).write_bytes(sig_data)  # so `pack list` can say who signed it
    return (None, None) if problems else (manifest, signature)



# -- building ------------------------------------------------------------------
def build(source: Path, output: Path, *, folder: Path | None = None,
          bundled: Path | None = None, key: SigningKey | None = None) -> PackInfo:
    """Make a pack from a folder holding ``pack.yaml`` (id, title, version,
    languages) and content: hashes every file, validates the content as an
    import would, and writes the zip atomically (same bytes for the same input).
    With ``key``, the pack is signed (``pack.sig``)."""
    import tempfile

    import yaml

    source, output = Path(source), Path(output)
    try:
        data = (source / MANIFEST).read_bytes()
    except OSError as exc:
        raise PackError(f"{source / MANIFEST} cannot be read: {exc.strerror or exc}") from exc
    manifest, problems = parse_manifest(data, need_files=False)
    if manifest is None:
        raise PackError(problems)
    from ..safezip import name_problem

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
    data = text.encode("utf-8")
    entries = [(MANIFEST, lambda: data)]
    if key is not None:
        signature = key.sign_manifest(data)
        entries.append((SIGNATURE, lambda: signature))
    entries += [(e["path"], lambda p=source / e["path"]: p.read_bytes()) for e in files]
    _write_zip(output, entries)
    info = PackInfo(manifest.id, manifest.titles, manifest.version, manifest.languages,
                    PACK_SCHEMA, len(files), sum(f["size"] for f in files), kinds)
    if key is not None:
        info.signer, info.key_id = key.name, pack_keys.key_id(key.public)
    return info


def _write_zip(output: Path, entries: list[tuple[str, Any]]) -> None:
    """Write (name, read-the-bytes) entries to ``output`` atomically."""
    import zipfile

    output.parent.mkdir(parents=True, exist_ok=True)
    tmp_out = output.with_name(f".{output.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with zipfile.ZipFile(tmp_out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for name, read in entries:
                _add(zf, name, read())
        with open(tmp_out, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_out, output)
    except OSError as exc:
        raise PackError(_os_message(exc, f"{output} cannot be written")) from exc
    finally:
        tmp_out.unlink(missing_ok=True)


def sign(archive: Path, key: SigningKey, output: Path | None = None) -> PackInfo:
    """Sign a built pack (in place, or into ``output``): its archive, manifest
    and every file's hash are checked first, so only an intact pack is signed.
    A signature it already has is replaced."""
    import tempfile
    import zipfile

    archive = Path(archive)
    with tempfile.TemporaryDirectory(prefix="equalcity-sign-") as tmp:
        problems: list[str] = []
        manifest, _old = _unpack(archive, Path(tmp) / "pack", problems, stop_early=True)
        if manifest is None or problems:
            raise PackError(problems or ["the pack is not valid"])
        data = (Path(tmp) / "pack" / MANIFEST).read_bytes()
    signature = key.sign_manifest(data)
    try:
        with zipfile.ZipFile(archive) as zf:
            names = [i.filename for i in zf.infolist()
                     if not i.is_dir() and i.filename not in (MANIFEST, SIGNATURE)]
            contents = {name: zf.read(name) for name in names}  # each at most 1 MB, checked
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackError(f"the pack file cannot be read again: {exc}") from exc
    _write_zip(Path(output or archive),
               [(MANIFEST, lambda: data), (SIGNATURE, lambda: signature),
                *((n, lambda n=n: contents[n]) for n in names)])
    info = PackInfo(manifest.id, manifest.titles, manifest.version, manifest.languages,
                    manifest.schema, len(manifest.files),
                    sum(size for _d, size in manifest.files.values()))
    info.signer, info.key_id = key.name, pack_keys.key_id(key.public)
    return info


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
    from ...resources import content_dir

    return content_dir()


def _os_message(exc: OSError, what: str) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "there is not enough free disk space to install the pack"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{what}: the folder is read-only or you may not write to it"
    if exc.errno == errno.EIO:
        return f"{what}: the disk could not be read (was the USB stick removed?)"
    return f"{what}: {exc.strerror or exc}"
