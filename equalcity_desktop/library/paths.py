"""Per-user folders, without Qt (the command line must not start Qt)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_CACHE = "EQUALCITY_CACHE_DIR"
ENV_DATA = "EQUALCITY_DATA_DIR"


def chosen_dir(env: str, portable_name: str) -> Path | None:
    """A folder set by an environment variable (tests, admins), or the portable
    one beside the app; None means the platform's usual place."""
    override = os.environ.get(env)
    if override:
        return Path(override)
    from ..resources import portable_data_dir

    portable = portable_data_dir()
    return portable / portable_name if portable is not None else None


def cache_dir() -> Path:
    """Where the search index is built: a per-user cache, never roaming."""
    chosen = chosen_dir(ENV_CACHE, "cache")
    if chosen is not None:
        return chosen
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Equalcity" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "Equalcity"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "equalcity"


def data_dir() -> Path:
    """Where the office's own data lives (local contacts, installed content
    packs): one folder per machine where the platform has a shared one, so
    every colleague on a shared PC sees the same contacts and packs."""
    chosen = chosen_dir(ENV_DATA, "data")
    if chosen is not None:
        return chosen
    if sys.platform == "win32":
        base = Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData")
        return base / "Equalcity"
    if sys.platform == "darwin":
        return Path("/Users/Shared/Equalcity")
    # Linux has no folder every user may write to; the user's data folder it is.
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "equalcity"
