"""One window per user: a second start brings the first window forward
instead of opening a second one that would write the same settings.

Without QtNetwork (left out of the bundle, and the app opens no sockets,
not even local ones): a QLockFile says who is first, and a second start
leaves a small request file beside it, which the first one watches with
QFileSystemWatcher. The files hold a process id and nothing else.

Signals: ``raise_requested()``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

REQUEST_PREFIX = "raise-"


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.lock = QLockFile(str(folder / "instance.lock"))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone
        self.watcher: QFileSystemWatcher | None = None

    def acquire(self) -> bool:
        """True when this is the first instance (or the lock cannot be made:
        a read-only folder must not stop the app from starting)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True
        if not self.lock.tryLock(0):
            if self.lock.error() != QLockFile.LockError.LockFailedError:
                return True  # permission or unknown error: do not block the start
            return False
        for old in self.folder.glob(REQUEST_PREFIX + "*"):
            old.unlink(missing_ok=True)
        self.watcher = QFileSystemWatcher([str(self.folder)], self)
        self.watcher.directoryChanged.connect(self._on_folder_changed)
        return True

    def ask_first_to_raise(self) -> bool:
        try:
            (self.folder / f"{REQUEST_PREFIX}{os.getpid()}").write_bytes(b"")
        except OSError:
            return False
        return True

    def _on_folder_changed(self, _path: str) -> None:
        requests = list(self.folder.glob(REQUEST_PREFIX + "*"))
        for request in requests:
            request.unlink(missing_ok=True)
        if requests:
            self.raise_requested.emit()

    def release(self) -> None:
        if self.lock.isLocked():
            self.lock.unlock()
