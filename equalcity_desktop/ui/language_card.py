"""Point to your language: every client language, named in its own script
with "I speak this language. I need an interpreter." in it, in a grid large
enough to point at, full screen. Clicking a language (or Enter or Space on
it; the arrow keys and Tab move between them) tells the worker, in the
worker's interface language, which one it was: on a line at the foot of the
card and in the main window's status bar. Esc closes.

The window takes the main window's ``client_view`` place, so Quick exit, the
idle timer and "Show to client" close it like any client view.
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, resources
from ..library import client_phrases
from ..library.client_phrases import ClientLanguage, ClientPhrases


@cache
def load_fonts() -> tuple[str, ...]:
    """Register the bundled fonts of the client scripts (once per process)."""
    families: list[str] = []
    for name in dict.fromkeys(f for f, _family in client_phrases.SCRIPT_FONTS.values()):
        font_id = QFontDatabase.addApplicationFont(str(resources.path(f"resources/fonts/{name}")))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return tuple(families)


def client_font(language: ClientLanguage, pixels: int) -> QFont:
    """The script's font first, DejaVu Sans for what it lacks (the tested pair)."""
    font = QFont()
    font.setFamilies(language.font_families)
    font.setPixelSize(max(8, pixels))
    return font


def review_text(language: ClientLanguage) -> str:
    """For the worker only: who checked the translation, in the interface language."""
    if language.reviewed_by is None:
        return QCoreApplication.translate("ClientLanguages",
                                          "Not yet checked by a native speaker.")
    return QCoreApplication.translate("ClientLanguages", "Checked by %1 on %2.") \
        .replace("%1", language.reviewed_by.name).replace("%2", language.reviewed_by.date)


class LanguageButton(QPushButton):
    """One language: its name in its own script, large, and the line below it."""

    def __init__(self, language: ClientLanguage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName(f"lang_{language.code}")
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.endonym = QLabel(language.endonym)
        self.endonym.setObjectName("endonym")
        self.line = QLabel(language.point_line)
        self.line.setObjectName("pointLine")
        self.line.setWordWrap(True)
        self.line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        for label in (self.endonym, self.line):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            label.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language.rtl
                                     else Qt.LayoutDirection.LeftToRight)
            layout.addWidget(label)
        if language.rtl:
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setAccessibleName(f"{language.endonym}. {language.point_line}")
        self.setLocale(QLocale(language.code))

    def sizeHint(self) -> QSize:  # noqa: N802 - the labels, not the (empty) button text
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.layout().minimumSize()

    def set_size(self, pixels: int) -> None:
        self.endonym.setFont(client_font(self.language, pixels))
        self.line.setFont(client_font(self.language, round(pixels * 0.45)))


class LanguageCard(QWidget):
    """Signals: ``pointed(code)``, ``closed()``."""

    pointed = Signal(str)
    closed = Signal()

    def __init__(self, data: ClientPhrases, worker_lang: str = "en") -> None:
        super().__init__(None, Qt.WindowType.Window)
        load_fonts()
        self.setObjectName("languageCard")
        self.setWindowTitle(APP_NAME)
        self.data = data
        self.worker_lang = worker_lang
        self.chosen: ClientLanguage | None = None
        self.buttons: list[LanguageButton] = []
        grid = QGridLayout()
        grid.setSpacing(8)
        self.columns = 4 if len(data.languages) > 18 else 3
        for index, language in enumerate(data.languages):
            button = LanguageButton(language, self)
            button.clicked.connect(lambda _=False, b=button: self.choose(b))
            grid.addWidget(button, index // self.columns, index % self.columns)
            self.buttons.append(button)
        for column in range(self.columns):  # columns of equal width, whatever the text
            grid.setColumnStretch(column, 1)
        self.worker_line = QLabel()
        self.worker_line.setObjectName("pointedLine")
        self.hint = QLabel()
        self.hint.setObjectName("languageCardHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.worker_line)
        layout.addWidget(self.hint)
        self.retranslate_ui()
        if self.buttons:
            self.buttons[0].setFocus()

    def retranslate_ui(self) -> None:
        self.hint.setText(self.tr("Click or press Enter on a language. Esc: close"))
        self.setAccessibleName(self.tr("Point to your language"))
        self._show_chosen()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def choose(self, button: LanguageButton) -> None:
        for other in self.buttons:
            other.setChecked(other is button)
        self.chosen = button.language
        self._show_chosen()
        self.pointed.emit(button.language.code)

    def pointed_text(self) -> str:
        if self.chosen is None:
            return ""
        return self.tr("The client pointed at: %1").replace(
            "%1", self.chosen.name(self.worker_lang))

    def _show_chosen(self) -> None:
        self.worker_line.setText(self.pointed_text())

    def show_on(self, screen: QScreen) -> None:
        from .client_view import full_screen_on

        full_screen_on(self, screen)

    def resizeEvent(self, event) -> None:  # noqa: N802
        rows = max(1, math.ceil(len(self.buttons) / self.columns))
        cell = (self.height() - 90) / rows
        size = max(14, min(round(cell * 0.34), round(self.width() / self.columns / 9)))
        for button in self.buttons:
            button.set_size(size)
        small = QFont(self.font())
        small.setPixelSize(max(14, round(self.height() / 60)))
        self.worker_line.setFont(small)
        self.hint.setFont(small)
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        focused = self.focusWidget()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and focused in self.buttons:
            self.choose(focused)  # type: ignore[arg-type]
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down) \
                and focused in self.buttons:
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -self.columns,
                    Qt.Key.Key_Down: self.columns}[key]
            index = self.buttons.index(focused) + step  # type: ignore[arg-type]
            if 0 <= index < len(self.buttons):
                self.buttons[index].setFocus()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)
