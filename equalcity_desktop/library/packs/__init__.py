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

Every pack is signed, or says it is not: :mod:`..pack_keys` holds the trust
model. An import refuses a pack whose signature does not match, and one that
no key trusted on this PC signed unless the person installing it says so
(``allow_unsigned``). The layout above also holds each pack's ``pack.sig``.

Modules: :mod:`.manifest` (``pack.yaml``), :mod:`.archive` (reading, building
and signing a zip), :mod:`.install` (installed packs, import, removal).
"""

from __future__ import annotations

from ..pack_check import run_child_check
from ..pack_store import installed_roots, packs_dir, recover
from .archive import build, sign
from .install import (
    UNSIGNED,
    PreparedPack,
    check_file,
    check_signature,
    inspect,
    install,
    list_installed,
    prepare,
    remove,
    trust,
)
from .manifest import (
    CONTENT_FOLDERS,
    CONTENT_RE,
    MAX_MANIFEST,
    PACK_SCHEMA,
    Manifest,
    PackError,
    PackInfo,
    parse_manifest,
    version_key,
    visible,
)

__all__ = ["CONTENT_FOLDERS", "CONTENT_RE", "MAX_MANIFEST", "PACK_SCHEMA", "UNSIGNED",
           "Manifest", "PackError", "PackInfo", "PreparedPack", "build", "check_file",
           "check_signature", "inspect", "install", "installed_roots", "list_installed",
           "packs_dir", "parse_manifest", "prepare", "recover", "remove", "run_child_check",
           "sign", "trust", "version_key", "visible"]
