"""Per-user folders, without Qt (the command line must not start Qt)."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

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


# -- reading and writing the office's files, with one sentence when it fails -----

DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})


class NotAFile(OSError):
    """A path that is not a regular file (a folder, a device, a pipe, a socket);
    ``str()`` is one sentence."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "This is not a file."


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in DISK_FULL


def os_error_text(exc: OSError) -> str:
    """What went wrong, in a few words for the person at the PC."""
    if isinstance(exc, NotAFile):
        return str(exc)
    if is_disk_full(exc):
        return "the disk is full"
    return exc.strerror or str(exc) or type(exc).__name__


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading in binary, refused with :class:`NotAFile`
    before a byte is read when it is a folder, a device (/dev/zero), a pipe
    or a socket. Opened without waiting (a pipe would block a plain open),
    then checked on the open file, so nothing can swap it in between."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = stat.S_IFREG  # let open() say what is wrong
    if not stat.S_ISREG(mode):
        raise NotAFile(f"{path.name or path} is {_kind(mode)}, not a file.")
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotAFile(f"{path.name or path} is {_kind(mode)}, not a file.")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def check_writable_target(path: Path) -> None:
    """Refuse (with :class:`NotAFile`) to write over anything but a regular file."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError:
        return  # the write will say what is wrong
    if not stat.S_ISREG(mode):
        raise NotAFile(f"{path.name or path} is {_kind(mode)}; choose a file name.")
