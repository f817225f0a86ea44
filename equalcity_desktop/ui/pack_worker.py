"""A pack import off the UI thread: unpacking, hashing and the content check take a
second or two for a city's pack (longer from a slow USB stick), so the window keeps
answering while :class:`PrepareWorker` runs; and the file dialog that picks the pack."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QThread, Signal
from PySide6.QtWidgets import QWidget

from ..library import packs
from . import file_dialogs


class PrepareWorker(QThread):
    """Unpacks and checks one pack file off the UI thread."""

    prepared = Signal(object)  # packs.PreparedPack
    failed = Signal(str)

    def __init__(self, archive: Path, folder: Path | None, bundled: Path | None) -> None:
        # Owned by the application, not the dialog: closing the dialog mid-import
        # must not destroy a running thread (it discards its result itself).
        super().__init__(QCoreApplication.instance())
        self.archive, self.folder, self.bundled = archive, folder, bundled
        self.abandoned = False

    def run(self) -> None:
        try:
            result = packs.prepare(self.archive, folder=self.folder, bundled=self.bundled)
        except packs.PackError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - the window shows one sentence, not a traceback
            self.failed.emit(f"unexpected error ({type(exc).__name__})")
            return
        if self.abandoned:
            result.discard()
        else:
            self.prepared.emit(result)


def ask_pack_path(parent: QWidget, title: str, name_filter: str) -> Path | None:
    """The pack file to import, or None; no trace of where packs came from."""
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
    return file_dialogs.ask_open_path(parent, title, name_filter, Path(start))
