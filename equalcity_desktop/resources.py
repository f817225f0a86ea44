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


PORTABLE_MARKER = "portable"


def app_dir() -> Path:
    """The folder a person sees: beside the executable when frozen, else the project."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return root()


def portable_data_dir() -> Path | None:
    """With a file named ``portable`` beside the app (say, on a USB stick), settings
    and the cache live in a ``data`` folder there instead of the user's profile."""
    folder = app_dir()
    return folder / "data" if (folder / PORTABLE_MARKER).is_file() else None
