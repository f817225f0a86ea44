"""The content as the window lists it: the home screen's tiles, the tree,
the toolkit filter and the problems banner, filled once the content is open
and again after a content pack came or went; and the two dialogs that change
the content (local contacts, content packs).

Signals: ``contacts_changed()`` after contacts were edited or imported,
``content_replaced()`` after the content was opened again (a pack changed):
the open page and the results follow.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow

from ..library.service import ContentService
from .banner import ProblemBanner
from .content_language import ContentLanguage
from .home_page import HomePage
from .nav_pane import NavPane
from .search_panel import SearchPanel
from .search_service import SearchService


@dataclass(frozen=True)
class ContentViews:
    """What lists the content; each is filled once the content is open."""

    home: HomePage
    tree: NavPane
    panel: SearchPanel
    banner: ProblemBanner


class ContentController(QObject):
    contacts_changed = Signal()
    content_replaced = Signal()

    def __init__(self, window: QMainWindow, service: SearchService, language: ContentLanguage,
                 views: ContentViews, actions: dict[str, QAction]) -> None:
        super().__init__(window)
        self._window, self._service, self._language, self._views = window, service, language, views
        self.dialog: QDialog | None = None  # the contacts or the packs dialog, when open
        actions["contacts"].triggered.connect(self.open_contacts)
        actions["content_packs"].triggered.connect(self.open_packs)
        service.ready.connect(self._on_ready)
        service.content_replaced.connect(self._on_content_replaced)
        service.failed.connect(views.banner.show_failure)
        language.changed.connect(self._on_language_changed)
        if service.is_ready:  # the service may have finished while the window was built
            self._on_ready()

    @property
    def content(self) -> ContentService:
        return self._service.content

    def _on_ready(self) -> None:
        # Searching works from now on; the tiles and the tree follow a moment later.
        QTimer.singleShot(0, self._populate)

    def _populate(self) -> None:
        views, library, lang = self._views, self.content.library, self._language.value
        views.home.set_library(library, lang)
        views.tree.set_contacts(self.content.contacts(lang), rebuild=False)
        views.tree.set_library(library, lang)  # the tree is built once
        views.panel.set_toolkits(list(library.toolkits.values()), lang)
        views.banner.show_problems(self.content.problems)

    def _on_language_changed(self, lang: str) -> None:
        if not self._service.is_ready:
            return  # _populate will use it
        views = self._views
        views.home.set_language(lang)
        views.tree.set_contacts(self.content.contacts(lang), rebuild=False)
        views.tree.set_language(lang)
        views.panel.set_toolkits(list(self.content.library.toolkits.values()), lang)

    def _on_content_replaced(self) -> None:
        self._populate()
        self.content_replaced.emit()

    # -- dialogs ---------------------------------------------------------------
    def open_packs(self) -> QDialog:
        from .packs_dialog import PacksDialog

        dialog = PacksDialog(self._window, lang=self._language.value)
        dialog.packs_changed.connect(self.reload_content)
        return self._open_dialog(dialog)

    def open_contacts(self) -> QDialog:
        from .contacts_dialog import ContactsDialog

        dialog = ContactsDialog(self.content, self._language.value, self._window)
        dialog.contacts_changed.connect(self._on_contacts_changed)
        self._language.changed.connect(dialog.set_language)  # gone with the dialog
        return self._open_dialog(dialog)

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        """A window-modal dialog of its own; quick exit closes it."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()

    def _on_contacts_changed(self) -> None:
        self._views.tree.set_contacts(self.content.contacts(self._language.value))
        self.contacts_changed.emit()

    def reload_content(self) -> None:
        """Content packs changed: open the content again beside the old one
        and switch when it is ready (see SearchService.replace_content)."""
        self._service.replace_content(self.content.fresh())
