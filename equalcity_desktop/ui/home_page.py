"""The home screen: every situation as a large tile, grouped by toolkit, so a
worker who does not know what to type reaches a card in two clicks; below
them, one tile per country guide ("How things work in Belgium", ...)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from ..library.model import Library
from .labels import all_toolkits_label
from .library_panel import LibraryPanel

COLUMNS = 3  # at most; fewer when a tile would be narrower than TILE_EMS
TILE_EMS = 10  # a tile is never narrower than this many widths of "M"
SPACING = 10
TILE_PADDING = 12


class Tile(QAbstractButton):
    """A large button whose title wraps: one widget, drawn in one pass (a
    QPushButton with a QLabel inside cost ten times as much to lay out)."""

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def _text_rect(self, width: int) -> QRect:
        inner = max(40, width - 2 * TILE_PADDING)
        return self.fontMetrics().boundingRect(QRect(0, 0, inner, 10_000),
                                               int(Qt.TextFlag.TextWordWrap), self.text())

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return max(72, self._text_rect(width).height() + 2 * TILE_PADDING)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(220, self.heightForWidth(220))

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        area = self.rect().adjusted(TILE_PADDING, TILE_PADDING, -TILE_PADDING, -TILE_PADDING)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                   | Qt.TextFlag.TextWordWrap), self.text())

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        # Reached with Tab from outside the scroll area: bring it into view.
        area = self.parentWidget()
        while area is not None and not isinstance(area, HomePage):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(self)


class HomePage(LibraryPanel, QScrollArea):
    """Signals: ``item_requested(item_id)`` when a tile is chosen."""

    item_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.setWidgetResizable(True)
        self._intro = QLabel()
        self.tiles: list[Tile] = []
        self._grids: list[tuple[QGridLayout, list[Tile]]] = []
        self._columns = COLUMNS
        self._rebuild()

    def _retranslate(self) -> None:
        self._rebuild()  # the group headings carry interface words too

    def _fitting_columns(self) -> int:
        """Three columns, or fewer when the text is large or the pane narrow:
        the longest word of any title must fit a tile, never be cut."""
        if not self.tiles:
            return COLUMNS
        metrics = self.tiles[0].fontMetrics()
        longest = max(metrics.horizontalAdvance(word)
                      for tile in self.tiles for word in tile.text().split())
        need = max(longest, metrics.horizontalAdvance("M") * TILE_EMS) + 2 * TILE_PADDING + 4
        room = self.viewport().width() - 36 + SPACING  # the page's margins
        return max(1, min(COLUMNS, room // (need + SPACING)))

    def _place_tiles(self, columns: int) -> None:
        self._columns = columns
        for grid, group in self._grids:
            for n, tile in enumerate(group):
                grid.addWidget(tile, n // columns, n % columns)
            for column in range(COLUMNS):
                grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        columns = self._fitting_columns()
        if columns != self._columns:
            self._place_tiles(columns)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoomed: perhaps fewer columns
            # Measured once every widget has its new font (the tiles get theirs
            # after this page), not with the old one.
            QTimer.singleShot(0, lambda: self._place_tiles(self._fitting_columns()))

    def _set_texts(self) -> None:
        if self._library is None:
            self._intro.setText(self.tr("Loading the toolkits…"))
        else:
            self._intro.setText(self.tr("Type in the search box, or choose a situation:"))
        self.setAccessibleName(self.tr("Situations"))

    def _add_group(self, layout: QVBoxLayout, heading: str, items: list) -> None:
        """A heading and a grid of tiles, one per item; nothing without items."""
        if not items:
            return
        label = QLabel(heading)
        label.setObjectName("tileHeading")
        label.setWordWrap(True)
        layout.addWidget(label)
        grid = QGridLayout()
        grid.setSpacing(SPACING)
        group = []
        for item in items:
            tile = Tile(item.title(self._lang))
            tile.clicked.connect(lambda _=False, i=item.id: self.item_requested.emit(i))
            group.append(tile)
            self.tiles.append(tile)
        self._grids.append((grid, group))
        layout.addLayout(grid)

    def _rebuild(self) -> None:
        page = QWidget()
        page.setObjectName("homeInner")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(18, 14, 18, 18)
        self._intro = QLabel()
        self._intro.setObjectName("homeIntro")
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        self.tiles = []
        self._grids = []
        library = self._library
        if library is not None:
            for toolkit_id, cards in library.cards_by_toolkit(self._lang):
                toolkit = library.toolkits.get(toolkit_id)
                heading = (f"{toolkit.cities[self._lang]}: {toolkit.subjects[self._lang]}"
                           if toolkit else all_toolkits_label())
                self._add_group(layout, heading, cards)
            self._add_group(layout, self.tr("How things work in each country"),
                            country_guides(library))
        layout.addStretch(1)
        self.setWidget(page)
        self._place_tiles(self._fitting_columns())
        self._set_texts()
        # Tab reaches the tiles right after the page itself, in reading order
        # (new widgets would otherwise come after the toolbar).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # setTabOrder skips NoFocus widgets
        previous: QWidget = self
        for tile in self.tiles:
            QWidget.setTabOrder(previous, tile)
            previous = tile
        if self.tiles:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def country_guides(library: Library) -> list:
    """The country guides in the directory's order of countries (be, lu, it,
    se), then any other, by title."""
    from ..library.contacts import COUNTRIES  # the contacts package, once the content is open

    def key(item) -> tuple[int, str]:
        code = str(item.extra.get("country") or "")
        return (COUNTRIES.index(code) if code in COUNTRIES else len(COUNTRIES), item.id)

    return sorted(library.of_kind("country"), key=key)
