"""What leaves the reading pane: print, PDF, a show on the projector, and the
client's full-screen windows (the card, the language card, the key phrases).

Printing, presenting and the client views are imported on first use, not at
start-up. At most one show and one client window are open; quick exit ends
both and forgets where the show was (:meth:`end_all`). Texts keep the
"MainWindow" translation context they had when the window did this.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox, QWidget

from .. import APP_NAME
from .content_language import ContentLanguage
from .navigation import Navigation

if TYPE_CHECKING:
    from ..library.service import ContentService
    from .i18n import Translations
    from .show.show import Show

# library.printable's ids for the two whole-library printouts (a test checks).
GLOSSARY_ID, CONTACTS_ID = "@glossary", "@contacts"


class Output(QObject):
    def __init__(self, window: QMainWindow, navigation: Navigation, language: ContentLanguage,
                 translations: Translations, actions: dict[str, QAction]) -> None:
        super().__init__(window)
        self._window, self._navigation = window, navigation
        self._language, self._translations, self._actions = language, translations, actions
        self.show_session: Show | None = None
        self.client_view: QWidget | None = None  # the client's window, whichever it is
        self.pointed_language: str | None = None  # last pointed at on the language card
        self._last_slide: dict[str, int] = {}  # this session only, for Shift+F5
        self._beside: QMenu | None = None
        a = actions
        # triggered(bool) would pass its "checked" flag as the first argument
        a["export_pdf"].triggered.connect(lambda: self.export_pdf())  # noqa: PLW0108
        a["print"].triggered.connect(lambda: self.print_page())  # noqa: PLW0108
        a["pdf_glossary"].triggered.connect(lambda: self.export_pdf(print_id=GLOSSARY_ID))
        a["print_glossary"].triggered.connect(lambda: self.print_page(GLOSSARY_ID))
        a["pdf_contacts"].triggered.connect(lambda: self.export_pdf(print_id=CONTACTS_ID))
        a["print_contacts"].triggered.connect(lambda: self.print_page(CONTACTS_ID))
        a["present"].triggered.connect(lambda: self.present())  # noqa: PLW0108
        a["present_current"].triggered.connect(lambda: self.present(from_current=True))
        a["show_client"].triggered.connect(lambda: self.show_to_client())  # noqa: PLW0108
        a["language_card"].triggered.connect(self.open_language_card)
        a["client_phrases"].triggered.connect(lambda: self.open_client_phrases())  # noqa: PLW0108
        navigation.page_changed.connect(self.update_actions)
        self.update_actions()

    @property
    def content(self) -> ContentService:
        return self._navigation.content

    def set_beside_menu(self, menu: QMenu) -> None:
        """The "Save as PDF beside another language" submenu: its choices carry a language."""
        self._beside = menu
        menu.triggered.connect(lambda action: self.export_pdf(action.data()))
        self.update_actions()

    def update_actions(self, _item_id: str = "") -> None:
        item = self._navigation.current_item()
        presentable = beside = False
        if item is not None:  # none at start: printing and presenting load when needed
            from ..library import printable
            from ..library.presentation import can_present

            presentable = can_present(item)
            # Only a card, a page or a poster prints beside another language.
            beside = printable.layout_of(self.content, item.id) in printable.TWO_LANGUAGE_LAYOUTS
        for name in ("present", "present_current"):
            self._actions[name].setEnabled(presentable)
        self._actions["show_client"].setEnabled(item is not None)
        if self._beside is not None:
            self._beside.setEnabled(beside)

    def _tell(self, text: str) -> None:
        QMessageBox.information(self._window, APP_NAME, text)

    # -- print and PDF ---------------------------------------------------------
    def _printable(self) -> str | None:
        """The open page, if it is one that can be printed."""
        from ..library import printable

        item_id = self._navigation.current_id()
        if not item_id or not printable.exists(self.content, item_id):
            self._tell(QCoreApplication.translate("MainWindow", "Open a card or a page first."))
            return None
        return item_id

    def export_pdf(self, second_lang: str | None = None, path: Path | None = None,
                   print_id: str | None = None) -> bool:
        """The open page (or ``print_id``: the glossary, the contacts) as a PDF."""
        from ..render.pdf import PdfRequest
        from . import printing

        print_id = print_id or self._printable()
        return print_id is not None and printing.save_pdf(
            self._window, self.content,
            PdfRequest(print_id, self._language.value, second_lang=second_lang), path)

    def print_page(self, print_id: str | None = None) -> bool:
        from . import printing

        print_id = print_id or self._printable()
        return print_id is not None and printing.print_with_dialog(
            self._window, self.content, print_id, self._language.value)

    # -- presenting ------------------------------------------------------------
    def present(self, from_current: bool = False) -> bool:
        """Start a show of the open module or document (F5; Shift+F5 goes on
        from the slide where the last show of it ended)."""
        from ..library.presentation import can_present
        from .show.show import Show

        item = self._navigation.current_item()
        if item is None or not can_present(item):
            self._tell(QCoreApplication.translate(
                "MainWindow", "Open a training module or a document first, then press Present."))
            return False
        if self.show_session is not None:
            self.show_session.end()
        start = self._last_slide.get(item.id, 0) if from_current else 0
        self.show_session = Show(item, self._language.value, start, parent=self._window)
        self.show_session.ended.connect(
            lambda index, item_id=item.id: self._on_show_ended(item_id, index))
        self.show_session.start()
        return True

    def _on_show_ended(self, item_id: str, index: int) -> None:
        self._last_slide[item_id] = index
        self.show_session = None
        self._window.activateWindow()

    # -- for the client --------------------------------------------------------
    def show_to_client(self, lang: str | None = None, whole: bool | None = None) -> bool:
        """The open card, large and full screen, in the client's language."""
        from .client_view import ClientChoice, ClientView, part_html

        item = self._navigation.current_item()
        if item is None:
            self._tell(QCoreApplication.translate("MainWindow", "Open a card or a page first."))
            return False
        if lang is None or whole is None:
            choice = ClientChoice(self._language.value, item.kind == "card", self._window)
            if choice.exec() != QDialog.DialogCode.Accepted:
                return False
            lang, whole = choice.chosen_language, choice.whole.isChecked()
        view = ClientView(part_html(self.content, item.id, lang, whole), lang)
        self._take_client_place(view)
        view.show_on(self._window.screen())
        return True

    def open_language_card(self) -> QWidget:
        from ..library import client_phrases
        from .language_card import LanguageCard, review_text

        card = LanguageCard(client_phrases.load(self.content.roots), self._translations.language)

        def pointed(code: str) -> None:
            self.pointed_language = code  # the key phrases offer it first
            if card.chosen is not None:
                self._window.statusBar().showMessage(
                    f"{card.pointed_text()} ({review_text(card.chosen)})")

        card.pointed.connect(pointed)
        self._take_client_place(card)
        card.show_on(self._window.screen())
        return card

    def open_client_phrases(self, code: str | None = None) -> QWidget | None:
        """Ask for the language (unless given), then the phrases on the client's screen."""
        from ..library import client_phrases
        from .phrase_view import PhraseView, choose_language, client_screen

        data = client_phrases.load(self.content.roots)
        worker_lang = self._translations.language
        code = code or choose_language(self._window, data, worker_lang, self.pointed_language)
        if code is None:
            return None
        view = PhraseView(data, code, worker_lang)
        self._take_client_place(view)
        worker = self._window.screen()
        view.show_on(client_screen(worker), worker)
        return view

    def _take_client_place(self, view: QWidget) -> None:
        if self.client_view is not None:
            self.client_view.close()
        self.client_view = view
        view.closed.connect(lambda: self._on_client_view_closed(view))  # type: ignore[attr-defined]

    def _on_client_view_closed(self, view: QWidget) -> None:
        if self.client_view is view:
            self.client_view = None
            self._window.activateWindow()

    def end_all(self) -> None:
        """Quick exit: close the client's window and the show, and forget where it was."""
        self.close_client_view()
        if self.show_session is not None:
            session, self.show_session = self.show_session, None
            session.ended.disconnect()  # nothing is remembered of it
            session.end()
        self._last_slide.clear()

    def close_client_view(self) -> None:
        if self.client_view is not None:
            self.client_view.close()
