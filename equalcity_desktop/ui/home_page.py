"""The home screen: every situation as a large tile, grouped by toolkit, so a
worker who does not know what to type reaches a card in two clicks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..library.model import Library
from .labels import all_toolkits_label

COLUMNS = 3


class HomePage(QScrollArea):
    """Signals: ``item_requested(item_id)`` when a tile is chosen."""

    item_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.setWidgetResizable(True)
        self._library: Library | None = None
        self._lang = "en"
        self._intro = QLabel()
        self.tiles: list[QPushButton] = []
        self._rebuild()

    def set_library(self, library: Library, lang: str) -> None:
        self._library, self._lang = library, lang
        self._rebuild()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self._library is None:
            self._intro.setText(self.tr("Loading the toolkits…"))
        else:
            self._intro.setText(self.tr("Type in the search box, or choose a situation:"))
        self.setAccessibleName(self.tr("Situations"))

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
        library = self._library
        if library is not None:
            groups = [(t.id, t.cities[self._lang] + ": " + t.subjects[self._lang])
                      for t in library.toolkits.values()]
            groups.append(("all", all_toolkits_label()))
            for toolkit_id, heading in groups:
                cards = sorted((i for i in library.of_kind("card") if i.toolkit == toolkit_id),
                               key=lambda i: i.title(self._lang).casefold())
                if not cards:
                    continue
                label = QLabel(heading)
                label.setObjectName("tileHeading")
                label.setWordWrap(True)
                layout.addWidget(label)
                grid = QGridLayout()
                grid.setSpacing(10)
                for n, item in enumerate(cards):
                    tile = QPushButton()
                    tile.setObjectName("tile")
                    # A label inside the button wraps long titles; a bare button would not.
                    text = QLabel(item.title(self._lang), tile)
                    text.setWordWrap(True)
                    text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                    inner = QVBoxLayout(tile)
                    inner.addWidget(text)
                    tile.setAccessibleName(item.title(self._lang))
                    tile.setMinimumHeight(72)
                    tile.setSizePolicy(QSizePolicy.Policy.Expanding,
                                       QSizePolicy.Policy.MinimumExpanding)
                    tile.clicked.connect(lambda _=False, i=item.id: self.item_requested.emit(i))
                    grid.addWidget(tile, n // COLUMNS, n % COLUMNS)
                    self.tiles.append(tile)
                layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(page)
        self._retranslate()
