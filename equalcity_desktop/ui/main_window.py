"""The main window: a shell that lays out the panels app.py built and wires the
controllers it hands in (ui/search_controller.py, navigation.py, output.py,
privacy.py, content_controller.py, appearance.py). What happens on a keystroke
or a language change is in those modules; docs/ARCHITECTURE.md draws it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from .content_language import ContentLanguage, ContentLanguageBox
from .quick_exit import first_receiver
from .search_box import new_search_box

if TYPE_CHECKING:
    from ..library.service import ContentService
    from .appearance import Appearance
    from .banner import ProblemBanner
    from .content_controller import ContentController
    from .i18n import Translations
    from .navigation import Navigation
    from .output import Output
    from .privacy import Privacy
    from .reading_pane import ReadingPane
    from .search_controller import SearchController
    from .search_panel import SearchPanel
    from .search_service import SearchService
    from .settings import Settings


@dataclass(frozen=True)
class Panels:
    """What the window lays out (built by app.py)."""

    search: SearchPanel
    reading: ReadingPane
    banner: ProblemBanner


@dataclass(frozen=True)
class Controllers:
    """What makes the panels work (built by app.py once the window exists)."""

    search: SearchController
    navigation: Navigation
    output: Output
    privacy: Privacy
    contents: ContentController
    appearance: Appearance


FIRST_PAINT_AT_THE_LATEST_MS = 500


class MainWindow(QMainWindow):
    """First a shell: the search box alone, so the window is on screen (and takes typing)
    before the rest is imported and built; then :meth:`lay_out` puts the panels, menus and
    toolbars in, and :meth:`attach` takes the controllers (app.build_window does both)."""

    first_painted = Signal()  # once, after the first frame was drawn

    def __init__(self, service: SearchService, language: ContentLanguage, settings: Settings,
                 translations: Translations, parent=None) -> None:
        super().__init__(parent)
        self._painted = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)  # never what is shown: taskbars and Alt+Tab see it
        self.search_service, self.language = service, language
        self.settings, self.translations = settings, translations
        self.laid_out = False
        self.search_box = new_search_box()
        shell = QWidget()
        column = QVBoxLayout(shell)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.search_box)
        column.addStretch(1)
        self.screens = QStackedWidget()  # the main screen; quick exit adds the neutral one
        self.screens.addWidget(shell)
        self.setCentralWidget(self.screens)
        geometry = settings.get("geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # 1180 x 760, or less on a small screen (title bar and taskbar included)
            room = self.screen().availableGeometry()
            self.resize(min(1180, room.width() - 40), min(760, room.height() - 60))
        self.search_box.setFocus()

    def lay_out(self, panels: Panels) -> None:
        """The panels in place of the shell (the search panel has taken the search box
        over, with what was typed), the menus and the toolbars."""
        from . import actions as action_table
        from .menus import Menus

        self.search_panel, self.reading, self.banner = panels.search, panels.reading, panels.banner
        self.actions: dict[str, QAction] = action_table.create(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.search_panel)
        splitter.addWidget(self.reading)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 760])
        main = QWidget()
        layout = QVBoxLayout(main)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        shell = self.screens.widget(0)
        self.screens.insertWidget(0, main)
        self.screens.setCurrentWidget(main)
        self.screens.removeWidget(shell)
        shell.deleteLater()

        self.content_lang_label = QLabel()
        self.content_lang = ContentLanguageBox(self.language)
        self.content_lang_label.setBuddy(self.content_lang)
        # A language chosen, the keyboard goes back to the search (typing would otherwise
        # pick another language in the box).
        self.content_lang.activated.connect(lambda _index: self.search_panel.focus_search())
        self.menus = Menus(self, self.actions, {
            "theme": self.settings.get("theme"), "idle": self.settings.get("idle_minutes"),
            "ui_language": self.translations.language},
            (self.content_lang_label, self.content_lang))
        self.actions["quit"].triggered.connect(self.close)
        self.laid_out = True
        self.retranslate_ui()
        self.search_panel.focus_search()  # the box moved: give it the keyboard back
        QApplication.instance().installEventFilter(self)

    def attach(self, c: Controllers) -> None:
        """Take the controllers and connect what crosses from one to another."""
        self.search, self.navigation, self.output = c.search, c.navigation, c.output
        self.privacy, self.contents, self.appearance = c.privacy, c.contents, c.appearance
        panel, menus = self.search_panel, self.menus
        panel.item_requested.connect(c.navigation.open_item)
        # Quick exit closes every other window, then empties the screen; so does the idle
        # timer but for the show; a page opened (F1, Alt+Home) leaves the neutral screen.
        c.privacy.connect_action(self.actions["quick_exit"])
        c.privacy.leaving.connect(c.output.end_all)
        c.privacy.leaving.connect(c.contents.close_dialog)
        c.privacy.clearing.connect(c.output.close_client_view)
        c.privacy.clearing.connect(c.search.clear)
        c.privacy.clearing.connect(c.navigation.clear)
        c.privacy.returned.connect(panel.focus_search)
        c.navigation.page_changed.connect(lambda _item_id: c.privacy.leave_neutral())
        self.actions["focus_search"].triggered.connect(self.focus_search)
        # A pack came or went, or contacts changed: the open page and the results follow.
        c.contents.content_replaced.connect(c.navigation.reopen)
        c.contents.content_replaced.connect(c.output.update_actions)
        c.contents.content_replaced.connect(c.search.search_again)
        c.contents.contacts_changed.connect(lambda: c.navigation.reopen(keep_missing=True))
        c.contents.contacts_changed.connect(c.search.search_again)
        c.appearance.zoomed.connect(lambda _steps: panel.relayout())
        # After the new font has reached the toolbar's widgets (they learn it by events).
        c.appearance.zoomed.connect(lambda _steps: QTimer.singleShot(0, menus.fit_toolbar))
        c.appearance.recoloured.connect(panel.repaint_results)
        c.appearance.recoloured.connect(c.navigation.reopen)  # the page's colours are in its HTML
        c.output.set_beside_menu(menus.menu("beside"))
        menus.menu("theme").triggered.connect(lambda a: c.appearance.set_theme(a.data()))
        menus.menu("ui_language").triggered.connect(
            lambda a: c.appearance.set_ui_language(a.data()))
        menus.menu("idle").triggered.connect(lambda a: c.privacy.set_idle_minutes(a.data()))

    def focus_search(self) -> None:
        self.privacy.leave_neutral()
        self.search_panel.focus_search(select=True)

    @property
    def content(self) -> ContentService:
        """The content in use (a new one after a content pack came or went)."""
        return self.search_service.content

    @property
    def is_neutral(self) -> bool:
        return self.privacy.is_neutral

    # -- translation -------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if not self.laid_out:
            return
        from . import actions as action_table

        action_table.retranslate(self.actions)
        self.reading.retranslate_ui(self.tr("Page"))
        self.content_lang_label.setText(self.tr("Content language:"))
        self.content_lang.setAccessibleName(self.tr("Content language"))
        self.content_lang.setToolTip(self.tr("The language of the cards and toolkits; the "
                                             "menus keep their own language"))
        self.menus.retranslate()
        self.setWindowTitle(APP_NAME)

    # -- keyboard ----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Every event of the app passes here: the class test first is the cheap one.
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        return self._type_to_search(watched, event)  # type: ignore[arg-type]

    def _type_to_search(self, watched: QObject, event: QKeyEvent) -> bool:
        """Printable keys typed anywhere in the window go to the search box."""
        text = event.text()
        if (not text or not text.isprintable() or text.isspace() or self.is_neutral
                or not first_receiver(watched) or not self.isActiveWindow()
                or event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                         | Qt.KeyboardModifier.KeypadModifier)):
            return False
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit | QComboBox) or (
                isinstance(focus, QTextEdit) and not focus.isReadOnly()):
            return False
        if focus is not None and focus.window() is not self:
            return False
        self.search_panel.type_text(text)
        return True

    # -- closing -----------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802
        self.settings.set("geometry", self.saveGeometry())
        self.settings.sync()
        if self.laid_out:
            self.privacy.uninstall()
            QApplication.instance().removeEventFilter(self)
        super().closeEvent(event)

    def bring_forward(self) -> None:
        """A second start of the app asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if not self._painted and event.type() == QEvent.Type.UpdateRequest:
            self._first_paint_done()  # the window's widgets were drawn during this event
        return handled

    def _first_paint_done(self) -> None:
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        # Should a platform draw the first frame without an update request (shown
        # minimised, say), the rest of the window is built all the same.
        QTimer.singleShot(FIRST_PAINT_AT_THE_LATEST_MS, self._first_paint_done)
        QTimer.singleShot(0, self.search_box.setFocus)
