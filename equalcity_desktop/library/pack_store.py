"""The packs folder: which packs are installed, and cleaning up after an
import or removal that was killed half-way.

Kept apart from :mod:`.packs` and light to import: the window and the command
line ask for the installed packs' folders at every start.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

from .paths import data_dir

MANIFEST = "pack.yaml"
IMPORT_PREFIX, OLD_PREFIX, TRASH_PREFIX = ".import-", ".old-", ".trash-"
STALE_SECONDS = 3600  # an import folder this old is abandoned, whoever made it
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def packs_dir() -> Path:
    return data_dir() / "packs"


def installed_roots(folder: Path | None = None) -> list[Path]:
    """The content folders of the installed packs, in a stable order, after
    cleaning up (or undoing) what a killed import or removal left behind."""
    folder = folder or packs_dir()
    recover(folder)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if ID_RE.match(p.name) and (p / MANIFEST).is_file())


def recover(folder: Path) -> None:
    """Finish or undo work that a killed process left in the packs folder.

    ``.old-<pid>-<n>-<id>`` is an installed pack moved aside for its new
    version: if the new one never arrived it is put back, else it is thrown
    away. ``.import-*`` and ``.trash-*`` are deleted. Work of a process that
    is still running is left alone."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith(TRASH_PREFIX):
            shutil.rmtree(entry, ignore_errors=True)
        elif name.startswith((IMPORT_PREFIX, OLD_PREFIX)) and _abandoned(entry):
            if name.startswith(OLD_PREFIX):
                pack_id = name.split("-", 3)[-1]
                live = folder / pack_id
                if ID_RE.match(pack_id) and not live.exists():
                    try:
                        os.rename(entry, live)
                        continue
                    except OSError:
                        pass
            shutil.rmtree(entry, ignore_errors=True)


def _abandoned(entry: Path) -> bool:
    try:
        pid = int(entry.name.split("-")[1])
        age = time.time() - entry.stat().st_mtime
    except (ValueError, IndexError, OSError):
        return True
    if pid == os.getpid():
        return False  # another thread of ours is at work
    if age > STALE_SECONDS:
        return True
    if os.name == "nt":
        return False  # os.kill would terminate the process there, not probe it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False
