"""One window per user: a second start brings the first window forward
instead of opening a second one that would write the same settings.

Without QtNetwork (left out of the bundle, and the app opens no sockets,
not even local ones): a QLockFile says who is first, and a second start
leaves a small request file beside it, which the first one watches with
QFileSystemWatcher. The files hold a process id and nothing else.

A damaged lock never keeps the app closed. Before trying the lock, the
file is checked, and it is *stale* (removed, and the lock taken over) when
it cannot be read, is empty or not a lock file (still so a moment later: a
starting instance writes it in one go), was written on another computer (a
profile copied or a PC renamed), belongs to a process that is not running,
or was written before this boot (the process id may be another's now). When a stale lock cannot be
removed, the app starts anyway, without the one-window guard. Request files
are removed by the first instance and, when nobody answers them, by the
next start that finds them older than ``REQUEST_TTL_S``.

Signals: ``raise_requested()``.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, QSysInfo, Signal

REQUEST_PREFIX = "raise-"
LOCK_NAME = "instance.lock"
REQUEST_TTL_S = 10.0  # a request nobody consumed in this time is removed
REREAD_DELAY_S = 0.3  # a lock that looks damaged is read again after this
BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


# -- is this lock file still someone's? ----------------------------------------


def pid_running(pid: int) -> bool:
    """Whether a process with this id exists (on this machine)."""
    if pid <= 0 or pid == os.getpid():
        return pid > 0
    if sys.platform == "win32":
        return _windows_pid_running(pid)
    try:
        os.kill(pid, 0)
    except PermissionError:
        return True  # someone else's process
    except OSError:  # ProcessLookupError: no such process
        return False
    return True


def _windows_pid_running(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # access denied: it exists
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def boot_time() -> float | None:
    """When this machine booted (seconds since the epoch), or None when unknown."""
    try:
        if sys.platform.startswith("linux"):
            for line in Path("/proc/stat").read_text().splitlines():
                if line.startswith("btime "):
                    return float(line.split()[1])
            return None
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import ctypes

            ctypes.windll.kernel32.GetTickCount64.restype = ctypes.c_uint64
            return time.time() - ctypes.windll.kernel32.GetTickCount64() / 1000
        if sys.platform == "darwin":  # pragma: no cover - macOS only
            import ctypes
            import ctypes.util

            class TimeVal(ctypes.Structure):
                _fields_ = [("tv_sec", ctypes.c_long), ("tv_usec", ctypes.c_int32)]

            libc = ctypes.CDLL(ctypes.util.find_library("c"))
            value, size = TimeVal(), ctypes.c_size_t(ctypes.sizeof(TimeVal))
            if libc.sysctlbyname(b"kern.boottime", ctypes.byref(value), ctypes.byref(size),
                                 None, 0) == 0:
                return float(value.tv_sec)
    except (OSError, ValueError, AttributeError):
        return None
    return None


def _current_boot_id() -> str | None:
    try:
        return BOOT_ID.read_text(encoding="ascii").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def _read(lock: Path) -> bytes | None:
    """The lock file's bytes, or None when it cannot be read."""
    try:
        return lock.read_bytes()[:4096]
    except OSError:
        return None


def _parse(data: bytes | None) -> int | None:
    """The process id a lock file names, or None when it names none (empty,
    damaged, not a lock file)."""
    if not data:
        return None
    first = data.split(b"\n", 1)[0].strip()
    if not first.isdigit() or len(first) > 10:
        return None
    pid = int(first)
    return pid if pid > 0 else None


def _contents(lock: Path) -> tuple[str | None, bytes]:
    """("unreadable"/"empty"/"damaged", b"") for a file that names no process,
    else (None, its bytes). A damaged-looking file is read again after
    ``REREAD_DELAY_S``: it may be a lock being written at this very moment."""
    for attempt in range(2):
        if attempt:
            time.sleep(REREAD_DELAY_S)
        data = _read(lock)
        if data is None:
            return "unreadable", b""
        if _parse(data) is not None:
            return None, data
    return ("empty" if not data.strip() else "damaged"), b""


def stale_reason(lock: Path) -> str | None:
    """Why the lock file at ``lock`` is stale, or None when it is someone's
    (or there is none)."""
    if not os.path.lexists(lock):
        return None
    if lock.is_symlink() or not lock.is_file():
        return "not a file"
    reason, data = _contents(lock)
    if reason is not None:
        return reason if os.path.lexists(lock) else None
    pid = _parse(data) or 0
    lines = data.decode("utf-8", "replace").split("\n")
    host = lines[2].strip() if len(lines) > 2 else ""
    boot_id = _current_boot_id()
    try:
        written = lock.stat().st_mtime
    except OSError:
        written = None
    booted = boot_time()
    if host and host != QSysInfo.machineHostName():
        reason = "another computer"  # its process id means nothing here
    elif not pid_running(pid):
        reason = "no process"
    elif boot_id and len(lines) > 4 and lines[4].strip() not in ("", boot_id):
        reason = "before boot"
    elif booted is not None and written is not None and written < booted - 1:
        reason = "before boot"
    return reason


def _remove(lock: Path) -> bool:
    try:
        if lock.is_dir() and not lock.is_symlink():
            lock.rmdir()
        else:
            lock.unlink(missing_ok=True)
    except OSError:
        return False
    return True


# -- the guard ------------------------------------------------------------------


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.lock_path = folder / LOCK_NAME
        self.lock = QLockFile(str(self.lock_path))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone
        self.watcher: QFileSystemWatcher | None = None
        self.took_over: str | None = None  # why a stale lock was taken over, if one was

    def acquire(self) -> bool:
        """True when this is the first instance, or when the lock cannot be
        made or a stale one cannot be removed: a read-only folder or a
        damaged file must not stop the app from starting."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True
        reason = stale_reason(self.lock_path)
        if reason is not None:
            if not _remove(self.lock_path):
                return True  # cannot clean it up: start without the guard
            self.took_over = reason
        if not self.lock.tryLock(0):
            if self.lock.error() != QLockFile.LockError.LockFailedError:
                return True  # permission or unknown error: do not block the start
            if os.path.lexists(self.lock_path) and stale_reason(self.lock_path) is None:
                return False  # a running instance holds it
            return True  # Qt refuses a file that is nobody's: start without the guard
        self._clean_requests(max_age=0)
        self.watcher = QFileSystemWatcher([str(self.folder)], self)
        self.watcher.directoryChanged.connect(self._on_folder_changed)
        return True

    def ask_first_to_raise(self) -> bool:
        self._clean_requests(max_age=REQUEST_TTL_S)  # nobody answered those
        try:
            (self.folder / f"{REQUEST_PREFIX}{os.getpid()}").write_bytes(b"")
        except OSError:
            return False
        return True

    def _clean_requests(self, max_age: float) -> None:
        now = time.time()
        with contextlib.suppress(OSError):
            for old in self.folder.glob(REQUEST_PREFIX + "*"):
                with contextlib.suppress(OSError):
                    if max_age <= 0 or now - old.stat().st_mtime > max_age:
                        old.unlink(missing_ok=True)

    def _on_folder_changed(self, _path: str) -> None:
        requests = list(self.folder.glob(REQUEST_PREFIX + "*"))
        for request in requests:
            with contextlib.suppress(OSError):
                request.unlink(missing_ok=True)
        if requests:
            self.raise_requested.emit()

    def release(self) -> None:
        if self.lock.isLocked():
            self.lock.unlock()
