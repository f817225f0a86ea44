"""Installed packs: listing, removing, and importing one (prepared in a
temporary folder beside them, then renamed into place), with the signature
checked against the keys this PC trusts."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import pack_keys
from ..pack_check import check_content_isolated
from ..pack_keys import SIGNATURE, PackKeyError, Signature, TrustedKey
from ..pack_store import (
    ID_RE,
    IMPORT_PREFIX,
    MANIFEST,
    OLD_PREFIX,
    TRASH_PREFIX,
    installed_roots,
    packs_dir,
    recover,
)
from .archive import _bundled, _os_message, _unpack
from .manifest import PackError, PackInfo, parse_manifest

UNSIGNED = ("the pack is not signed, so nothing shows who made it or that nobody changed it "
            "on the way")


def trust(signature: Signature | None,
          keys: Sequence[TrustedKey] | None = None) -> tuple[str, str, str]:
    """(signer, key id, problem): the trusted key's name and no problem, or
    why this PC cannot vouch for the pack (unsigned, or a key it does not trust)."""
    if signature is None:
        return "", "", UNSIGNED
    kid = pack_keys.key_id(signature.public)
    try:
        keys = pack_keys.trusted_keys() if keys is None else keys
    except PackKeyError as exc:
        return "", kid, f"{exc}, so the pack's signer cannot be checked"
    for key in keys:
        if key.public == signature.public:
            return key.name, kid, ""
    named = f", which calls itself “{signature.signer}”" if signature.signer else ""
    return "", kid, (f"the pack is signed with a key this PC does not trust (key {kid}"
                     f"{named}), so nothing shows that it comes from your office")


def refusal(problem: str) -> str:
    return f"{problem}; it was not installed"


# -- installed packs ------------------------------------------------------------
def list_installed(folder: Path | None = None,
                   keys: Sequence[TrustedKey] | None = None) -> list[PackInfo]:
    out = []
    for root in installed_roots(folder):
        info = _installed_info(root, keys)
        if info is not None:
            out.append(info)
    return out


def _installed_info(root: Path, keys: Sequence[TrustedKey] | None = None) -> PackInfo | None:
    try:
        data = (root / MANIFEST).read_bytes()
    except OSError:
        return None
    manifest, problems = parse_manifest(data)
    if manifest is None or problems:
        return None
    info = PackInfo(manifest.id, manifest.titles, manifest.version, manifest.languages,
                    manifest.schema, len(manifest.files),
                    sum(size for _digest, size in manifest.files.values()), folder=root)
    signature: Signature | None = None
    try:
        signature = pack_keys.parse_signature((root / SIGNATURE).read_bytes())
        if not pack_keys.verify(signature, data):
            signature = None
    except (OSError, PackKeyError):
        signature = None
    info.signer, info.key_id, info.trust_problem = trust(signature, keys)
    return info


def remove(pack_id: str, folder: Path | None = None) -> None:
    """Uninstall: one rename takes it out of sight, then it is deleted."""
    folder = folder or packs_dir()
    recover(folder)
    live = folder / pack_id
    if not ID_RE.match(pack_id) or not (live / MANIFEST).is_file():
        raise PackError(f"no pack {pack_id!r} is installed (see `pack list`)")
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

    def commit(self, confirm_downgrade: bool = False, allow_unsigned: bool = False) -> PackInfo:
        """Install it. A pack no trusted key signed needs ``allow_unsigned``
        (the person was warned and said yes); an older version needs
        ``confirm_downgrade``. Refused, it is discarded."""
        if self.info.trust_problem and not allow_unsigned:
            self.discard()
            raise PackError(refusal(self.info.trust_problem))
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


def prepare(archive: Path, *, folder: Path | None = None, bundled: Path | None = None,
            keys: Sequence[TrustedKey] | None = None) -> PreparedPack:
    """Unpack and check ``archive`` beside the installed packs (same disk, so
    the final move is a rename). Raises :class:`PackError` (always for a
    signature that does not match); changes nothing that is installed. Whether
    a trusted key signed it is in ``info.signer`` / ``info.trust_problem``."""
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
        manifest, signature = _unpack(Path(archive), content, problems, stop_early=True)
        if manifest is None or problems:
            raise PackError(problems[:1] or ["the pack is not valid"])
        against = [bundled, *(r for r in installed_roots(folder) if r.name != manifest.id)]
        problems, kinds = check_content_isolated(content, against, work)
        if problems:
            raise PackError(problems)
        installed = _installed_info(folder / manifest.id, [])
        info = PackInfo(manifest.id, manifest.titles, manifest.version, manifest.languages,
                        manifest.schema, len(manifest.files),
                        sum(size for _d, size in manifest.files.values()), kinds,
                        installed.version if installed else None)
        info.signer, info.key_id, info.trust_problem = trust(signature, keys)
        return PreparedPack(info, work, content, folder)
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise PackError(_os_message(exc, "the pack could not be unpacked")) from exc
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise


def install(archive: Path, *, confirm_downgrade: bool = False, allow_unsigned: bool = False,
            folder: Path | None = None, bundled: Path | None = None,
            keys: Sequence[TrustedKey] | None = None) -> PackInfo:
    """Check and install ``archive``. Refused (:class:`PackError`, nothing
    changed) when no trusted key signed it, unless ``allow_unsigned``."""
    prepared = prepare(archive, folder=folder, bundled=bundled, keys=keys)
    if prepared.info.trust_problem and not allow_unsigned:
        prepared.discard()
        raise PackError(refusal(prepared.info.trust_problem))
    if prepared.info.is_downgrade and not confirm_downgrade:
        prepared.discard()
        raise PackError(f"version {prepared.info.version} is older than the installed "
                        f"{prepared.info.installed_version}, so it was not installed")
    return prepared.commit(confirm_downgrade=True, allow_unsigned=allow_unsigned)


def inspect(archive: Path, *, folder: Path | None = None, bundled: Path | None = None,
            keys: Sequence[TrustedKey] | None = None) -> PackInfo:
    """Everything an import checks, and what the pack holds; installs nothing."""
    prepared = prepare(archive, folder=folder, bundled=bundled, keys=keys)
    prepared.discard()
    return prepared.info


def check_file(archive: Path, *, folder: Path | None = None,
               bundled: Path | None = None) -> list[str]:
    """Every problem of a pack file (``pack check``); an empty list means it
    would install (if signed by a trusted key: see :func:`check_signature`).
    A signature that does not match is a problem. Works in the system's
    temporary folder."""
    import tempfile

    folder = folder or packs_dir()
    with tempfile.TemporaryDirectory(prefix="equalcity-pack-") as tmp:
        problems: list[str] = []
        manifest, _signature = _unpack(Path(archive), Path(tmp) / "pack", problems,
                                       stop_early=False)
        if manifest is None or problems:
            return problems or ["the pack is not valid"]
        against = [bundled or _bundled(),
                   *(r for r in installed_roots(folder) if r.name != manifest.id)]
        problems, _kinds = check_content_isolated(Path(tmp) / "pack", against, Path(tmp))
        return problems


def check_signature(archive: Path, keys: Sequence[TrustedKey] | None = None
                    ) -> tuple[str, str, str]:
    """(signer, key id, problem) of an intact pack file, as :func:`trust`."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="equalcity-pack-") as tmp:
        problems: list[str] = []
        manifest, signature = _unpack(Path(archive), Path(tmp) / "pack", problems,
                                      stop_early=True)
        if manifest is None or problems:
            raise PackError(problems or ["the pack is not valid"])
    return trust(signature, keys)
