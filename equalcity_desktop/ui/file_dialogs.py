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


def ask_save_path(parent: QWidget, title: str, name_filter: str) -> Path | None:
    """The file to write, or None. The suggested name says nothing about the page."""
    before = _read_group()
    start = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()) / "equalcity.pdf"
    try:
        chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(start), name_filter)
    finally:
        _write_group(before)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
