"""One accessor for the app's files, the same from source and frozen.

From source the files sit at the repository's top level (``content/``,
``resources/``, ``i18n/``); in a PyInstaller bundle they sit under
``sys._MEIPASS``. Paths are relative and may not climb out (after
qutebrowser's ``utils/resources.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath


def root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def path(relative: str) -> Path:
    parts = PurePosixPath(relative)
    if parts.is_absolute() or ".." in parts.parts or ":" in relative or "\\" in relative:
        raise ValueError(f"not a resource path: {relative!r}")
    return root().joinpath(*parts.parts)


def content_dir() -> Path:
    return path("content")


def prebuilt_index_dir() -> Path | None:
    """The index built into a bundle at packaging time, if there is one."""
    folder = path("index")
    return folder if folder.is_dir() else None
