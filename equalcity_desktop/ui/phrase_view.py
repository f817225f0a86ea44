"""Key phrases for the client: one phrase at a time, large, in the client's
language and script, full screen on the client's screen (the second screen
when there is one). The worker reads the same phrase in their interface
language beside it on their own screen (a small companion window), or, with
one screen, on a small line at the foot of the view.

Right-to-left languages mirror the whole view (layout direction, alignment);
the text is given to Qt as written and its bidi algorithm places the
punctuation. Keys: Right, Down, Page Down, Space: next; Left, Up, Page Up:
previous; Home, End; Esc closes. Whether a native speaker has checked the
translation is said only to the worker: in the choice dialog and on the
companion window, never on the client's screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..library.client_phrases import ClientLanguage, ClientPhrases, Phrase
from .client_view import full_screen_on
from .language_card import client_font, load_fonts, review_text

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace)
PHRASE_PER_HEIGHT = 64 / 1080  # large: read across a desk


class PhraseChoice(QDialog):
    """Which client language; the worker sees here whether it was checked."""

    def __init__(self, data: ClientPhrases, worker_lang: str, preferred: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phraseChoice")
        self.setWindowTitle(self.tr("Key phrases for the client"))
        self.worker_lang = worker_lang
        self.languages = data.with_phrases()
        self.language = QComboBox()
        self.language.setObjectName("phraseLanguage")
        for language in self.languages:
            self.language.addItem(f"{language.name(worker_lang)} · {language.endonym}",
                                  language.code)
        codes = [lang.code for lang in self.languages]
        if preferred in codes:
            self.language.setCurrentIndex(codes.index(preferred))
        self.note = QLabel()
        self.note.setObjectName("reviewNote")
        self.note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._update_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        show = QPushButton(self.tr("Show"))
        show.setObjectName("phrasesShow")
        show.setDefault(True)
        buttons.addButton(show, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        label = QLabel(self.tr("&Client's language"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(QLabel(self.tr("Use these phrases only until an interpreter is there. "
                                        "Arrow keys: next and previous phrase; Esc: close.")))
        layout.addWidget(buttons)
        self._update_note()

    @property
    def chosen(self) -> ClientLanguage:
        return self.languages[self.language.currentIndex()]

    def _update_note(self) -> None:
        self.note.setText(review_text(self.chosen))


class WorkerCompanion(QWidget):
    """On the worker's screen while the phrases show on the other one."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("phraseCompanion")
        self.setWindowTitle(APP_NAME)
        self.text = QLabel()
        self.text.setObjectName("companionText")
        self.text.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.text.setFont(font)
        self.note = QLabel()
        self.note.setObjectName("companionNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.note)
        self.resize(520, 240)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        owner = self.parentWidget()
        if isinstance(owner, PhraseView):
            owner.keyPressEvent(event)  # the keys work from either screen
        else:
            super().keyPressEvent(event)


class PhraseView(QWidget):
    """Signals: ``closed()``."""

    closed = Signal()

    def __init__(self, data: ClientPhrases, code: str, worker_lang: str = "en") -> None:
        super().__init__(None, Qt.WindowType.Window)
        load_fonts()
        self.setObjectName("phraseView")
        self.setWindowTitle(APP_NAME)
        language = data.language(code)
        if language is None:
            raise KeyError(code)
        self.language = language
        self.worker_lang = worker_lang
        self.phrases: list[tuple[Phrase, str]] = data.phrases_in(code)
        if not self.phrases:
            raise KeyError(code)
        self.index = 0
        self.companion: WorkerCompanion | None = None
        self.text = QLabel()
        self.text.setObjectName("phraseText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.text.setLocale(QLocale(code))
        self.counter = QLabel()
        self.counter.setObjectName("phraseCounter")
        self.worker_line = QLabel()  # one screen: the worker's language, small
        self.worker_line.setObjectName("workerLine")
        self.worker_line.setWordWrap(True)
        self.worker_line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.worker_line.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.counter)
        layout.addWidget(self.worker_line)
        if language.rtl:  # the whole view mirrors
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setLocale(QLocale(code))  # screen readers pick the client's language
        self.retranslate_ui()
        self.show_phrase(0)

    @property
    def phrase(self) -> Phrase:
        return self.phrases[self.index][0]

    def retranslate_ui(self) -> None:
        self.text.setAccessibleName(self.tr("Text for the client"))
        self.show_phrase(self.index)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_phrase(self, index: int) -> None:
        self.index = max(0, min(index, len(self.phrases) - 1))
        phrase, text = self.phrases[self.index]
        self.text.setText(text)
        self.counter.setText(f"{self.index + 1}/{len(self.phrases)}")
        mine = phrase.text(self.worker_lang)
        if self.companion is not None:
            self.worker_line.setText("")
            self.companion.text.setText(f"{self.index + 1}/{len(self.phrases)}  {mine}")
            self.companion.note.setText(f"{self.language.name(self.worker_lang)}: "
                                        f"{review_text(self.language)}")
        else:
            self.worker_line.setText(f"{mine}   ({self.tr('Arrow keys: phrase; Esc: close')})")

    def show_on(self, client_screen: QScreen, worker_screen: QScreen | None = None) -> None:
        """Full screen on the client's screen; with a second screen, the
        worker's companion on theirs."""
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if worker_screen is not None and worker_screen != client_screen:
            self.companion = WorkerCompanion(self)
            self.companion.setScreen(worker_screen)
            self.companion.move(worker_screen.availableGeometry().center()
                                - self.companion.rect().center())
            self.companion.show()
        full_screen_on(self, client_screen)
        self.show_phrase(self.index)

    def resizeEvent(self, event) -> None:  # noqa: N802
        pixels = max(22, round(self.height() * PHRASE_PER_HEIGHT))
        self.text.setFont(client_font(self.language, pixels))
        small = QFont(self.font())
        small.setPixelSize(max(14, round(pixels * 0.32)))
        self.counter.setFont(small)
        self.worker_line.setFont(small)
        side = max(24, (self.width() - pixels * 22) // 2)
        self.layout().setContentsMargins(side, pixels, side, pixels // 2)
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS:
            self.show_phrase(self.index + 1)
        elif key in PREVIOUS_KEYS:
            self.show_phrase(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.show_phrase(0)
        elif key == Qt.Key.Key_End:
            self.show_phrase(len(self.phrases) - 1)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.companion is not None:
            self.companion.close()
        self.closed.emit()
        super().closeEvent(event)


def client_screen(worker: QScreen) -> QScreen:
    """Another screen than the worker's when there is one (a second monitor
    turned to the client), else the worker's."""
    others = [s for s in QGuiApplication.screens() if s != worker]
    return others[0] if others else worker


def choose_language(parent: QWidget, data: ClientPhrases, worker_lang: str,
                    pointed: str | None = None) -> str | None:
    """Ask which client language (the one pointed at on the language card is
    offered first); None when the worker cancels."""
    choice = PhraseChoice(data, worker_lang, pointed, parent)
    if choice.exec() != QDialog.DialogCode.Accepted:
        return None
    return choice.chosen.code
