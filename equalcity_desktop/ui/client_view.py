"""Show to the client: a card (or only what the worker can say) large and
calm on the whole screen, in the language the worker picks for the client,
while the worker's own window keeps its language. Esc closes it.

The client sees no title unless the whole card is shown: a card's title
names the situation, which the person across the desk did not ask to read.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..library.languages import CARD_HEADINGS, LANGS, NATIVE_NAMES
from ..library.markup import render_html
from ..library.sections import split_sections
from ..library.service import ContentService

SAY = 2  # "You can say" is a card's third section
BODY_PER_LINE = 40 / 1080  # a little larger than a slide: read up close, often by older eyes


def part_html(content: ContentService, item_id: str, lang: str, whole: bool) -> str:
    """The card's "You can say" part (or the whole item) as safe HTML."""
    item = content.item(item_id)
    if item is None:
        raise KeyError(item_id)
    if not whole and item.kind == "card":
        heading = CARD_HEADINGS[lang][SAY]
        for section in split_sections(item.variant(lang).body):
            if section.title == heading:
                return render_html(section.text)
    return content.page_html(item_id, lang, for_print=True)



def full_screen_on(window: QWidget, screen: QScreen) -> None:
    """A window for the client, full screen on ``screen`` and gone once closed (moved there
    first: setScreen alone does not move a window). The client view, the language card and
    the key phrases all open this way."""
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.setScreen(screen)
    window.move(screen.geometry().topLeft())
    window.showFullScreen()
    window.activateWindow()

class ClientChoice(QDialog):
    """Which language and how much to show; remembered for this session only."""

    def __init__(self, lang: str, is_card: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientChoice")
        self.setWindowTitle(self.tr("Show to the client"))
        self.language = QComboBox()
        self.language.setObjectName("clientLanguage")
        for code in LANGS:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(LANGS.index(lang))
        self.language.setAccessibleName(self.tr("Language for the client"))
        self.say_only = QRadioButton(self.tr("Only what you can say"))
        self.say_only.setObjectName("sayOnly")
        self.whole = QRadioButton(self.tr("The whole card"))
        self.whole.setObjectName("wholeCard")
        group = QButtonGroup(self)
        group.addButton(self.say_only)
        group.addButton(self.whole)
        (self.say_only if is_card else self.whole).setChecked(True)
        self.say_only.setEnabled(is_card)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        show = QPushButton(self.tr("Show"))
        show.setObjectName("clientShow")
        show.setDefault(True)
        buttons.addButton(show, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        label = QLabel(self.tr("&Language"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.say_only)
        layout.addWidget(self.whole)
        layout.addWidget(QLabel(self.tr("Press Esc to close the full-screen view.")))
        layout.addWidget(buttons)

    @property
    def chosen_language(self) -> str:
        return self.language.currentData()


class ClientView(QWidget):
    """Signals: ``closed()``."""

    closed = Signal()

    def __init__(self, html: str, lang: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("clientView")
        self.setWindowTitle(APP_NAME)
        self.text = QTextBrowser()
        self.text.setObjectName("clientText")
        self.text.setOpenLinks(False)  # nothing to follow here: it is for reading
        self.text.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.text.setHtml(html)
        self.hint = QLabel()
        self.hint.setObjectName("clientHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.hint)
        self.setLocale(QLocale(lang))  # screen readers pick the client's language
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.hint.setText(self.tr("Esc: close"))
        self.text.setAccessibleName(self.tr("Text for the client"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_on(self, screen: QScreen) -> None:
        full_screen_on(self, screen)

    def resizeEvent(self, event) -> None:  # noqa: N802
        # Large text in a column of comfortable width, centred.
        font = QFont(self.font())
        font.setPixelSize(max(20, round(self.height() * BODY_PER_LINE)))
        self.text.setFont(font)
        self.text.document().setDocumentMargin(font.pixelSize())
        side = max(24, (self.width() - font.pixelSize() * 34) // 2)
        self.layout().setContentsMargins(side, font.pixelSize(), side, font.pixelSize() // 2)
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)
