"""The search box alone: the first thing the window shows, so it is built from a
module that imports nothing else of the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit


def new_search_box() -> QLineEdit:
    """The search box, alone: the first thing the window shows (typing works before the
    rest of the window is built; the panel takes the box over with its text)."""
    box = QLineEdit()
    box.setObjectName("searchBox")
    box.setClearButtonEnabled(True)
    box.setPlaceholderText(QCoreApplication.translate(
        "SearchPanel", "Search: a situation, a word, a question…"))
    return box
