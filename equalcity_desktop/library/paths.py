"""Per-user folders, without Qt (the command line must not start Qt)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_CACHE = "EQUALCITY_CACHE_DIR"


def cache_dir() -> Path:
    """Where the search index is built: a per-user cache, never roaming."""
    override = os.environ.get(ENV_CACHE)
    if override:
        return Path(override)
    from ..resources import portable_data_dir

    portable = portable_data_dir()
    if portable is not None:
        return portable / "cache"
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Equalcity" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "Equalcity"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "equalcity"
