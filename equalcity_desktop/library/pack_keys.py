"""Who made a content pack: Ed25519 signing keys, the keys this PC trusts,
and the signature inside a pack (PyNaCl, libsodium underneath).

The trust model. An office that makes packs generates one signing key
(``pack keys generate``) and keeps the private key file off the PCs that use
the app (it is refused inside the app's folders). It signs each pack
(``pack build --key`` or ``pack sign``); the signature (``pack.sig``, beside
``pack.yaml`` in the zip) covers ``pack.yaml``, which holds the SHA-256 of
every file, so no file can change without the signature failing. Each PC
trusts the public keys its admin added (``pack keys add``, or the Content
packs dialog), listed in ``trusted-keys.yaml`` in the settings folder (the
portable ``data/settings`` in portable mode). A pack signed by a trusted key
installs; an unsigned one, or one signed by a key this PC does not trust,
only after the person installing it says so; a signature that does not
match (a pack changed after signing) is always refused.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import os
import re
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .paths import chosen_dir

SIGNATURE = "pack.sig"
TRUST_FILE = "trusted-keys.yaml"
ENV_SETTINGS_DIR = "EQUALCITY_SETTINGS_DIR"
MAX_SIGNATURE = 4096  # bytes; a real pack.sig has about 250
MAX_KEY_FILE = 64 * 1024
DOMAIN = b"equalcity-pack-signature-v1\0"  # a signature over a pack.yaml, nothing else
NAME_RE = re.compile(r"^[\w][\w .'()-]{0,63}$")
KEY_HEADER = ("# Equalcity content pack signing key: keep this file secret and off the PCs\n"
              "# that use the app. Anyone who has it can sign packs in this name.\n")


class PackKeyError(Exception):
    """A key or the trusted-keys file could not be used; ``str()`` is one sentence."""


@dataclass(frozen=True)
class TrustedKey:
    name: str
    public: bytes  # 32 bytes
    added: str = ""

    @property
    def key_id(self) -> str:
        return key_id(self.public)


@dataclass(frozen=True)
class Signature:
    """What ``pack.sig`` says: the signer's public key and the signature."""

    public: bytes
    signature: bytes
    signer: str = ""  # the name the signer gave; shown, never trusted


def key_id(public: bytes) -> str:
    """A short fingerprint of a public key, in groups of four: 'ab12 cd34 ef56 7890'."""
    digest = hashlib.sha256(public).hexdigest()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, length: int) -> bytes | None:
    if not isinstance(text, str):
        return None
    try:
        data = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if len(data) == length else None


# -- where the trusted keys live -------------------------------------------------
def settings_dir() -> Path:
    """The settings folder without Qt: the same folder ``ui.settings.settings_dir``
    gives (Qt's AppConfigLocation for "Equalcity"/"Equalcity Desktop")."""
    chosen = chosen_dir(ENV_SETTINGS_DIR, "settings")
    if chosen is not None:
        return chosen
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Preferences"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "Equalcity" / "Equalcity Desktop"


def trust_file() -> Path:
    return settings_dir() / TRUST_FILE


def trusted_keys(path: Path | None = None) -> list[TrustedKey]:
    """The keys this PC trusts; none if the file does not exist. A damaged file
    raises :class:`PackKeyError` (nothing is trusted then)."""
    path = path or trust_file()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise PackKeyError(f"the trusted keys file {path} cannot be read: "
                        f"{exc.strerror or exc}") from exc
    from .frontmatter import FrontMatterError, load_yaml

    try:
        raw = load_yaml(data.decode("utf-8")) if len(data) <= MAX_KEY_FILE else None
    except (UnicodeDecodeError, FrontMatterError, RecursionError, ValueError):
        raw = None
    entries = raw.get("keys") if isinstance(raw, dict) else None
    if raw is None or (entries is not None and not isinstance(entries, list)):
        raise PackKeyError(f"the trusted keys file {path} is damaged; remove it and add the "
                        "keys again")
    out: list[TrustedKey] = []
    for entry in entries or []:
        public = _unb64(entry.get("key"), 32) if isinstance(entry, dict) else None
        name = entry.get("name") if isinstance(entry, dict) else None
        if public is None or not isinstance(name, str) or not NAME_RE.match(name):
            raise PackKeyError(f"the trusted keys file {path} has a damaged entry; remove it "
                            "and add the keys again")
        out.append(TrustedKey(name, public, str(entry.get("added") or "")))
    return out


def _write_trusted(keys: list[TrustedKey], path: Path) -> None:
    import yaml

    text = ("# Public keys whose signed content packs this PC installs without asking.\n"
            "# Managed with `equalcity pack keys` or File > Content packs > Trusted keys.\n"
            + yaml.safe_dump({"keys": [{"name": k.name, "key": b64(k.public),
                                        "added": k.added} for k in keys]},
                             sort_keys=False, allow_unicode=True))
    _atomic_write(path, text.encode("utf-8"), 0o644)


def add_trusted(key_text: str, name: str, path: Path | None = None) -> TrustedKey:
    """Trust a public key: base64 text, or the path of a ``.pub`` file."""
    path = path or trust_file()
    name = name.strip()
    if not NAME_RE.match(name):
        raise PackKeyError("a key's name must be 1 to 64 letters, digits, spaces or . - ' ( ), "
                        "starting with a letter or digit")
    public = read_public_key(key_text)
    keys = trusted_keys(path)
    for key in keys:
        if key.name.casefold() == name.casefold():
            raise PackKeyError(f"a key named {key.name!r} is trusted already; remove it first "
                            "or choose another name")
        if key.public == public:
            raise PackKeyError(f"this key is trusted already, as {key.name!r}")
    added = TrustedKey(name, public, datetime.date.today().isoformat())
    _write_trusted([*keys, added], path)
    return added


def remove_trusted(name: str, path: Path | None = None) -> TrustedKey:
    path = path or trust_file()
    keys = trusted_keys(path)
    gone = [k for k in keys if k.name.casefold() == name.strip().casefold()]
    if not gone:
        raise PackKeyError(f"no trusted key is named {name!r} (see `pack keys list`)")
    _write_trusted([k for k in keys if k not in gone], path)
    return gone[0]


def read_public_key(text: str) -> bytes:
    """A public key from base64 text or from a file holding it (a ``.pub`` file
    that ``pack keys generate`` wrote). A private key is refused."""
    public = _unb64(text, 32)
    if public is not None:
        return public
    candidate = Path(text).expanduser()
    try:
        is_file = candidate.is_file()
    except (OSError, ValueError):
        is_file = False
    if not is_file:
        raise PackKeyError("the key is neither a file nor a public key in base64 (44 characters "
                        "ending in '=')")
    raw = _read_key_file(candidate)
    if isinstance(raw, dict) and "private" in raw:
        raise PackKeyError(f"{candidate} is a private signing key; add its public key (the "
                        ".pub file beside it) and keep the private one off this PC")
    value = raw.get("public") if isinstance(raw, dict) else raw
    public = _unb64(value, 32)
    if public is None:
        raise PackKeyError(f"{candidate} holds no public key")
    return public


def key_file_name(path: Path) -> str:
    """The name a ``.pub`` file gives its key, else the file's name without suffixes."""
    try:
        raw = _read_key_file(Path(path))
    except PackKeyError:
        raw = None
    name = raw.get("name") if isinstance(raw, dict) else None
    if isinstance(name, str) and NAME_RE.match(name.strip()):
        return name.strip()
    stem = Path(path).name.split(".")[0]
    return stem if NAME_RE.match(stem) else "key"


def _read_key_file(path: Path) -> Any:
    from .frontmatter import FrontMatterError, load_yaml

    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise PackKeyError(f"{path} is too large to be a key file")
        return load_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PackKeyError(f"{path} cannot be read: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, FrontMatterError, RecursionError, ValueError) as exc:
        raise PackKeyError(f"{path} is not a key file") from exc


# -- signing keys ----------------------------------------------------------------
@dataclass(frozen=True)
class SigningKey:
    name: str
    seed: bytes  # the private key (32 bytes)

    @property
    def public(self) -> bytes:
        from nacl.signing import SigningKey as NaclKey

        return bytes(NaclKey(self.seed).verify_key)

    def sign_manifest(self, manifest: bytes) -> bytes:
        """``pack.sig`` for a pack whose ``pack.yaml`` holds ``manifest``."""
        from nacl.signing import SigningKey as NaclKey

        signed = NaclKey(self.seed).sign(DOMAIN + manifest).signature
        text = ("# Equalcity content pack signature: Ed25519 over pack.yaml, which holds the\n"
                "# SHA-256 of every file. Check it with `equalcity pack check`.\n"
                f"algorithm: ed25519\nsigner: {_quote(self.name)}\n"
                f"key: {b64(self.public)}\nsignature: {b64(signed)}\n")
        return text.encode("utf-8")


def _quote(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def _app_folders() -> list[Path]:
    from ..resources import app_dir
    from .paths import cache_dir, data_dir

    return [settings_dir(), data_dir(), cache_dir(), app_dir()]


def generate(name: str, output: Path) -> SigningKey:
    """A new signing key written to ``output`` (mode 0600, never overwritten,
    never inside the app's folders), and its public key to ``output`` + '.pub'."""
    from nacl.signing import SigningKey as NaclKey

    name = name.strip()
    if not NAME_RE.match(name):
        raise PackKeyError("a key's name must be 1 to 64 letters, digits, spaces or . - ' ( ), "
                        "starting with a letter or digit")
    output = Path(output).expanduser().absolute()
    target = output.parent.resolve() / output.name
    for folder in _app_folders():
        try:
            inside = target.is_relative_to(folder.resolve())
        except OSError:
            inside = False
        if inside:
            raise PackKeyError(f"a private key may not be kept in the app's folder {folder}; "
                            "write it somewhere only you can reach, such as a USB stick you "
                            "keep locked away")
    pub = target.with_name(target.name + ".pub")
    for path in (target, pub):
        if path.exists():
            raise PackKeyError(f"{path} exists already; choose another file name")
    key = SigningKey(name, bytes(NaclKey.generate()))
    text = KEY_HEADER + (f"name: {_quote(name)}\nprivate: {b64(key.seed)}\n"
                         f"public: {b64(key.public)}\n")
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        pub.write_text(f"# Equalcity content pack public key: {name}\n"
                       f"name: {_quote(name)}\npublic: {b64(key.public)}\n", encoding="utf-8")
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise PackKeyError(f"{target} cannot be written: {exc.strerror or exc}") from exc
    return key


def load_signing_key(path: Path) -> SigningKey:
    raw = _read_key_file(Path(path))
    seed = _unb64(raw.get("private"), 32) if isinstance(raw, dict) else None
    if seed is None:
        raise PackKeyError(f"{path} is not a private signing key (make one with "
                        "`pack keys generate`)")
    name = raw.get("name")
    return SigningKey(name if isinstance(name, str) and NAME_RE.match(name) else "", seed)


# -- a pack's signature ---------------------------------------------------------------
def parse_signature(data: bytes) -> Signature:
    """``pack.sig`` read strictly; anything else raises :class:`PackKeyError`."""
    damaged = f"{SIGNATURE} is damaged, so the pack cannot be trusted"
    if len(data) > MAX_SIGNATURE:
        raise PackKeyError(damaged)
    from .frontmatter import FrontMatterError, load_yaml

    try:
        raw = load_yaml(data.decode("utf-8"))
    except (UnicodeDecodeError, FrontMatterError, RecursionError, ValueError):
        raise PackKeyError(damaged) from None
    if not isinstance(raw, dict) or raw.get("algorithm") != "ed25519":
        raise PackKeyError(damaged)
    public, signature = _unb64(raw.get("key"), 32), _unb64(raw.get("signature"), 64)
    if public is None or signature is None:
        raise PackKeyError(damaged)
    signer = raw.get("signer")
    return Signature(public, signature, signer if isinstance(signer, str) else "")


def verify(signature: Signature, manifest: bytes) -> bool:
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    try:
        VerifyKey(signature.public).verify(DOMAIN + manifest, signature.signature)
    except (BadSignatureError, ValueError, TypeError):
        return False
    return True


def _atomic_write(path: Path, data: bytes, mode: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise PackKeyError(f"{path} cannot be written: {exc.strerror or exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
