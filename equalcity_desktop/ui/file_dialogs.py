"""File dialogs that leave no trace.

Qt's own file dialog (the one used where there is no native dialog, as on
most Linux desktops) saves the folders it visited and its history under
"FileDialog" in the QtProject settings that all Qt programs of the user
share (~/.config/QtProject.conf). On a shared PC that would tell the next
person where a PDF about a disclosure was saved. So the group is read before
the dialog opens and put back exactly as it was after it closes: other
programs' entries stay, ours are gone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

GROUP = "FileDialog"


def _qt_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def _read_group() -> dict[str, Any]:
    settings = _qt_settings()
    settings.beginGroup(GROUP)
    return {key: settings.value(key) for key in settings.allKeys()}


def _write_group(values: dict[str, Any]) -> None:
    settings = _qt_settings()
    settings.remove(GROUP)
    settings.beginGroup(GROUP)
    for key, value in values.items():
        settings.setValue(key, value)
    settings.endGroup()
    settings.sync()


@contextmanager
def no_history() -> Iterator[None]:
    """Around any QFileDialog: its history is put back as it was after it."""
    before = _read_group()
    try:
        yield
    finally:
        _write_group(before)


def documents() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def ask_open_path(parent: QWidget, title: str, name_filter: str,
                  start: Path | None = None) -> Path | None:
    """The file to read (a contacts list, a content pack on a USB stick), or None."""
    with no_history():
        chosen, _filter = QFileDialog.getOpenFileName(parent, title,
                                                      str(start or documents()), name_filter)
    return Path(chosen) if chosen else None


def ask_save_path(parent: QWidget, title: str, name_filter: str) -> Path | None:
    """The file to write, or None. The suggested name says nothing about the page."""
    with no_history():
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, title, str(documents() / "equalcity.pdf"), name_filter)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
