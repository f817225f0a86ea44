"""The search results as a list model; the panel only shows it. Each row has
its result and the line describing it (written on the search thread)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ..library.results import Result

ResultRole = Qt.ItemDataRole.UserRole + 1
DescriptionRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class ResultModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._results: list[Result] = []
        self._descriptions: tuple[str, ...] = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        result = self._results[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return result.title
        if role == ResultRole:
            return result
        if role == DescriptionRole:
            row = index.row()
            return self._descriptions[row] if row < len(self._descriptions) else ""
        return None

    def set_results(self, results: list[Result]) -> None:
        """``results`` may carry ``descriptions`` (see library.results.Results)."""
        self.beginResetModel()
        self._results = list(results)
        self._descriptions = tuple(getattr(results, "descriptions", ()))
        self.endResetModel()

    def clear(self) -> None:
        self.set_results([])

    def result(self, row: int) -> Result | None:
        return self._results[row] if 0 <= row < len(self._results) else None

    def ids(self) -> list[str]:
        return [r.id for r in self._results]
