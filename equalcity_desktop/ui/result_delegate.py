"""Draws a result: title, kind and toolkit, the snippet with matches in bold,
and a small grey line saying why it was found ("violence, for: hits")."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..library.results import Result
from .result_model import DescriptionRole, ResultRole

PAD = 8
Index = QModelIndex | QPersistentModelIndex


class ResultDelegate(QStyledItemDelegate):
    """The small grey line under the title is the model's description of the row;
    ``why(result)`` gives the one under the snippet (what the query matched)."""

    def __init__(self, parent=None, why: Callable[[Result], str] | None = None) -> None:
        super().__init__(parent)
        self._why = why

    def _document(self, option: QStyleOptionViewItem, index: Index, result: Result,
                  width: float, selected: bool) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        palette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = palette.color(role).name()
        muted = colour if selected else palette.color(QPalette.ColorRole.PlaceholderText).name()
        title_size = QFont(option.font).pointSizeF() * 1.12
        why = self._why(result) if self._why else ""
        why_html = (f'<br><span style="color:{muted};font-size:{title_size / 1.25:.1f}pt">'
                    f"{escape(why)}</span>" if why else "")

        doc.setHtml(
            f'<div style="color:{colour}"><span style="font-size:{title_size:.1f}pt;'
            f'font-weight:600">{escape(result.title)}</span><br>'
            f'<span style="color:{muted}">{escape(index.data(DescriptionRole) or "")}</span><br>'
            f"{result.snippet_html()}{why_html}</div>"
        )
        doc.setTextWidth(max(50.0, width))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        result: Result | None = index.data(ResultRole)
        if result is None:
            return super().paint(painter, option, index)
        self.initStyleOption(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        rect = option.rect.adjusted(PAD, PAD // 2, -PAD, -PAD // 2)
        doc = self._document(option, index, result, rect.width(), selected)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        result: Result | None = index.data(ResultRole)
        if result is None:
            return super().sizeHint(option, index)
        width = (option.widget.viewport().width() if option.widget else 300) - 2 * PAD
        doc = self._document(option, index, result, width, False)
        return QSize(int(width + 2 * PAD), int(doc.size().height()) + PAD)
