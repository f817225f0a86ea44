"""The two dialogs of a show: the overview grid of all slides, and the key
list (read from the key map, so it never disagrees with the keys)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...library.presentation import Deck
from .keymap import key_list
from .slide_view import SlideView

THUMB = QSize(256, 144)


class OverviewDialog(QDialog):
    """All slides as a grid; Enter or a click on one jumps there."""

    def __init__(self, deck: Deck, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.setWindowTitle(self.tr("Overview of all slides"))
        self.chosen: int | None = None
        self.grid = QListWidget()
        self.grid.setObjectName("overviewGrid")
        self.grid.setAccessibleName(self.tr("All slides"))
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setIconSize(THUMB)
        self.grid.setSpacing(8)
        self.grid.setWordWrap(True)
        painter = SlideView()
        painter.resize(THUMB)
        for number, slide in enumerate(deck.slides, 1):
            painter.set_slide(slide.markdown)
            item = QListWidgetItem(QIcon(painter.grab()), f"{number}. {slide.title}")
            item.setToolTip(slide.title)
            self.grid.addItem(item)
        painter.deleteLater()
        self.grid.setCurrentRow(current)
        self.grid.itemActivated.connect(self._choose)
        self.grid.itemClicked.connect(self._choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addWidget(buttons)
        self.resize(920, 640)

    def _choose(self, item: QListWidgetItem) -> None:
        self.chosen = self.grid.row(item)
        self.accept()


class KeysDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("showKeys")
        self.setWindowTitle(self.tr("Keys during a show"))
        rows = key_list()
        table = QTableWidget(len(rows), 2)
        table.setObjectName("keyTable")
        table.setAccessibleName(self.tr("Keys during a show"))
        headings = [self.tr("Keys"), self.tr("What they do")]
        table.setHorizontalHeaderLabels(headings)
        table.horizontalHeader().setAccessibleName(", ".join(headings))
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, text) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(760, 620)
        table.setFocus(Qt.FocusReason.OtherFocusReason)
