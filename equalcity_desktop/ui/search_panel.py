"""The left side of the window: the search box, the two filters, and below
them either the navigation tree (nothing typed) or the results, with the
"Did you mean" line and the empty state."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..library.model import Toolkit
from ..library.results import Result, Results
from .nav_pane import NavPane
from .result_delegate import ResultDelegate
from .result_model import ResultModel
from .search_box import new_search_box


@dataclass(frozen=True)
class SearchQuery:
    """What the panel asks for: the words and the two filters (empty: all)."""

    text: str
    toolkits: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()


class SearchPanel(QWidget):
    """Signals: ``query_changed(SearchQuery)`` when the words or a filter change,
    ``item_requested(item_id)`` when a result or a tree entry is chosen."""

    query_changed = Signal(object)
    item_requested = Signal(str)

    def __init__(self, search_box: QLineEdit | None = None, parent=None) -> None:
        """``search_box``: the box the window's first frame showed (see search_box()), with
        whatever was typed into it already."""
        super().__init__(parent)
        self.search_box = search_box or new_search_box()
        self.search_box.installEventFilter(self)
        self.toolkit_filter = QComboBox()
        self.toolkit_filter.setObjectName("toolkitFilter")
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")

        self.model = ResultModel(self)
        self.results = QListView()
        self.results.setObjectName("results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results, why=self.why))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setWordWrap(True)
        self.results.installEventFilter(self)
        self.did_you_mean = QLabel()
        self.did_you_mean.setObjectName("didYouMean")
        self.did_you_mean.setTextFormat(Qt.TextFormat.RichText)
        links = Qt.TextInteractionFlag
        self.did_you_mean.setTextInteractionFlags(links.LinksAccessibleByMouse
                                                  | links.LinksAccessibleByKeyboard)
        self.did_you_mean.hide()
        self.no_results = QLabel()
        self.no_results.setObjectName("noResults")
        self.no_results.setWordWrap(True)
        self.reset_filters = QPushButton()
        self.reset_filters.setObjectName("resetFilters")
        self.open_glossary = QPushButton()
        self.open_glossary.setObjectName("openGlossary")
        self.empty_state = QWidget()
        self.empty_state.setObjectName("emptyState")
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.no_results)
        empty_layout.addWidget(self.reset_filters)
        empty_layout.addWidget(self.open_glossary)
        self.empty_state.hide()
        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.did_you_mean)
        results_layout.addWidget(self.empty_state)
        results_layout.addWidget(self.results, 1)

        self.nav = NavPane()
        self.left_stack = QStackedWidget()
        self.left_stack.setObjectName("leftStack")
        self.left_stack.addWidget(self.nav)
        self.left_stack.addWidget(results_page)
        filters = QHBoxLayout()
        filters.addWidget(self.toolkit_filter, 1)
        filters.addWidget(self.kind_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.search_box)
        layout.addLayout(filters)
        layout.addWidget(self.left_stack, 1)

        self._toolkits: list[Toolkit] = []
        self._suggestion: str | None = None
        self._lang = "en"
        self.search_box.textChanged.connect(self.on_search_box_text_changed)
        self.toolkit_filter.currentIndexChanged.connect(self._emit_query)
        self.kind_filter.currentIndexChanged.connect(self._emit_query)
        self.did_you_mean.linkActivated.connect(self.search_box.setText)
        self.reset_filters.clicked.connect(self.clear_filters)
        self.open_glossary.clicked.connect(self.show_glossary)
        self.results.activated.connect(self._open_result)
        self.results.clicked.connect(self._open_result)
        self.nav.item_requested.connect(self.item_requested)
        self.retranslate_ui()
        if self.search_box.text().strip():  # typed before the panel was built
            self.left_stack.setCurrentIndex(1)

    # -- words and filters -------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search: a situation, a word, a question…"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setAccessibleDescription(
            self.tr("Results appear as you type. Press Down to go to the results."))
        self.results.setAccessibleName(self.tr("Search results"))
        self.no_results.setText(self.tr("Nothing found for these words. Try fewer or other "
                                        "words, or browse the situations."))
        self.reset_filters.setText(self.tr("Search everything again"))
        self.open_glossary.setText(self.tr("Open the glossary"))
        self.toolkit_filter.setAccessibleName(self.tr("Search in toolkit"))
        self.kind_filter.setAccessibleName(self.tr("Search for"))
        self._fill_filters()
        self._show_suggestion()
        # The rows' grey lines change length with the language: measure the rows again.
        self.results.doItemsLayout()

    def _show_suggestion(self) -> None:
        suggestion = self._suggestion
        if suggestion:
            self.did_you_mean.setText(self.tr("Did you mean %1?").replace(
                "%1", f'<a href="{escape(suggestion)}">{escape(suggestion)}</a>'))
        self.did_you_mean.setVisible(bool(suggestion))

    def why(self, result: Result) -> str:
        """The grey line under a result: the query words it matched, and for a
        word that stood for a situation, what it stood for ("violence, for: hits")."""
        return result.matched_text(self.tr("for:"))

    def set_toolkits(self, toolkits: list[Toolkit], lang: str) -> None:
        self._toolkits, self._lang = toolkits, lang
        self._fill_filters()

    def _fill_filters(self) -> None:
        """The filter choices, in the interface language (toolkits by city)."""
        for box in (self.toolkit_filter, self.kind_filter):
            box.blockSignals(True)
        toolkit, kinds = self.toolkit_filter.currentData(), self.kind_filter.currentData()
        self.toolkit_filter.clear()
        self.toolkit_filter.addItem(self.tr("All toolkits"), None)
        for item in self._toolkits:
            self.toolkit_filter.addItem(item.cities.get(self._lang, item.id), item.id)
        self.kind_filter.clear()
        for label, value in ((self.tr("Everything"), None),
                             (self.tr("Situation cards"), ("card",)),
                             (self.tr("Toolkit sections"), ("section", "poster")),
                             (self.tr("Training"), ("module",)),
                             (self.tr("Glossary"), ("glossary",)),
                             (self.tr("Contacts"), ("contact",))):
            self.kind_filter.addItem(label, value)
        self.toolkit_filter.setCurrentIndex(max(0, self.toolkit_filter.findData(toolkit)))
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kinds)))
        for box in (self.toolkit_filter, self.kind_filter):
            box.blockSignals(False)

    def query(self) -> SearchQuery:
        """The words and filters on screen now."""
        toolkit = self.toolkit_filter.currentData()
        return SearchQuery(self.search_box.text(), (toolkit,) if toolkit else (),
                           tuple(self.kind_filter.currentData() or ()))

    def _emit_query(self) -> None:
        self.query_changed.emit(self.query())

    def set_text(self, text: str) -> None:
        """Put words in the box (a search follows, as if typed)."""
        self.search_box.setText(text)

    def focus_search(self, select: bool = False) -> None:
        self.search_box.setFocus()
        if select:
            self.search_box.selectAll()

    def type_text(self, text: str) -> None:
        """Keys typed elsewhere in the window, added where the cursor is."""
        self.search_box.setFocus()
        self.search_box.insert(text)

    def set_filters(self, toolkit: str | None = None, kinds: tuple[str, ...] | None = None) -> None:
        """Choose a toolkit (its id) and a kind of item (a tuple the kind filter offers)."""
        self.toolkit_filter.setCurrentIndex(max(0, self.toolkit_filter.findData(toolkit)))
        # findData compares Python objects by identity: find an equal tuple by value.
        index = next((i for i in range(self.kind_filter.count())
                      if self.kind_filter.itemData(i) == kinds), 0)
        self.kind_filter.setCurrentIndex(index)

    def relayout(self) -> None:
        """Measure the rows again (the text size changed)."""
        self.results.reset()

    def repaint_results(self) -> None:
        self.results.viewport().update()

    def result_ids(self) -> list[str]:
        return self.model.ids()

    def result_at(self, row: int) -> Result | None:
        return self.model.result(row)

    def clear_filters(self) -> None:
        self.toolkit_filter.setCurrentIndex(0)
        self.kind_filter.setCurrentIndex(0)
        self.search_box.setFocus()

    def show_glossary(self) -> None:
        self.search_box.clear()
        self.nav.show_glossary()

    # -- results -----------------------------------------------------------
    def on_search_box_text_changed(self, text: str) -> None:
        if text.strip():
            self.left_stack.setCurrentIndex(1)
        else:
            self.left_stack.setCurrentIndex(0)
            self.empty_state.hide()
            self._suggestion = None
            self.did_you_mean.hide()
            self.model.clear()
        self._emit_query()

    def show_results(self, results: Results) -> None:
        self.model.set_results(results)
        typed = bool(self.search_box.text().strip())
        self.empty_state.setVisible(not results and typed)
        query = self.query()
        self.reset_filters.setVisible(bool(query.toolkits or query.kinds))
        self._suggestion = getattr(results, "did_you_mean", None) if typed else None
        self._show_suggestion()
        if results:
            self.results.setCurrentIndex(self.model.index(0))

    def clear(self) -> None:
        """Empty the box, the results and the filters without a new search."""
        for widget in (self.search_box, self.toolkit_filter, self.kind_filter):
            widget.blockSignals(True)
        self.search_box.clear()
        self.toolkit_filter.setCurrentIndex(0)
        self.kind_filter.setCurrentIndex(0)
        for widget in (self.search_box, self.toolkit_filter, self.kind_filter):
            widget.blockSignals(False)
        self.model.clear()
        self.empty_state.hide()
        self._suggestion = None
        self.did_you_mean.hide()
        self.left_stack.setCurrentIndex(0)
        self.nav.select_item(None)
        self.nav.collapseAll()

    def _open_result(self, index: QModelIndex) -> None:
        result = self.model.result(index.row())
        if result is not None:
            self.item_requested.emit(result.id)

    # -- keyboard ----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()  # type: ignore[attr-defined]
        if watched is self.search_box:
            return self._search_box_key(key)
        if watched is self.results:
            return self._results_key(key)
        return False

    def _search_box_key(self, key: int) -> bool:
        """Down and Enter reach the results from the box; Esc empties it."""
        if key == Qt.Key.Key_Down and self.model.rowCount():
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
            row = max(0, self.results.currentIndex().row())
            self._open_result(self.model.index(row))
            return True
        if key == Qt.Key.Key_Escape and self.search_box.text():
            self.search_box.clear()
            return True
        return False

    def _results_key(self, key: int) -> bool:
        """Enter opens a result; Up from the first goes back to the box."""
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_result(self.results.currentIndex())
            return True
        if key == Qt.Key.Key_Up and self.results.currentIndex().row() <= 0:
            self.search_box.setFocus()
            return True
        return False
