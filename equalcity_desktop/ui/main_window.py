"""The main window: lays out the panels and wires them. Logic lives in the
services it is handed (see app.py); this module only connects them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QActionGroup, QDesktopServices, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..library.languages import LANGS, NATIVE_NAMES
from ..library.model import LINK_SCHEMES
from ..library.results import Result, Results
from . import actions as action_table
from . import themes, zoom
from .card_view import CardView
from .history import History
from .home_page import HomePage
from .i18n import Translations
from .idle import CHOICES as IDLE_CHOICES
from .idle import IdleTimer
from .labels import kind_label, language_name
from .quick_exit import ShiftTripleDetector, first_receiver
from .search_panel import SearchPanel

if TYPE_CHECKING:
    from ..library.service import ContentService
    from .client_view import ClientView
    from .search_service import SearchService
    from .settings import Settings
    from .show.show import Show

# What only some actions need (printing and PDF, presenting, the client views) is imported
# when first used, not at start-up. These ids are library.printable's (a test checks).
GLOSSARY_ID, CONTACTS_ID, SOURCES_ID = "@glossary", "@contacts", "@sources"
INTERNAL_SCHEMES = LINK_SCHEMES
SOURCES_PAGE = SOURCES_ID  # generated, not an item: "@" is never in an id
WEB_SCHEMES = ("http", "https", "mailto")


class NeutralPage(QLabel):
    """What quick exit leaves on screen: the app's name and nothing else.
    Signals: ``dismissed()`` on a click or a key."""

    dismissed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(APP_NAME, parent)
        self.setObjectName("neutralPage")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mousePressEvent(self, _event) -> None:  # noqa: N802
        self.dismissed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                               Qt.Key.Key_Meta):
            self.dismissed.emit()


class MainWindow(QMainWindow):
    """Signals: ``item_opened(item_id)`` after a page is shown."""

    item_opened = Signal(str)

    def __init__(self, search: SearchService, settings: Settings,
                 translations: Translations, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)  # never what is shown: taskbars and Alt+Tab see it
        self.search_service = search
        self.settings = settings
        self.translations = translations
        self.history = History()
        self.show_session: Show | None = None
        self.dialog: QDialog | None = None  # the contacts or the packs dialog, when open
        self.client_view: ClientView | None = None
        self.last_slide: dict[str, int] = {}  # this session only, for Shift+F5
        self.lang = settings.get("content_language") or translations.language
        self.actions = action_table.create(self)
        self._build()
        self._connect()
        self.retranslate_ui()
        self._update_nav_actions()
        self.search_box.setFocus()
        if search.is_ready:  # the service may have finished while the window was built
            self.on_search_ready()

        self.shift_detector = ShiftTripleDetector(self)
        app = QApplication.instance()
        app.installEventFilter(self.shift_detector)
        app.installEventFilter(self)
        self.shift_detector.triggered.connect(self.quick_exit)
        self.idle = IdleTimer(self)
        app.installEventFilter(self.idle)
        self.idle.idle.connect(self.on_idle)
        self.idle.set_minutes(self.settings.get("idle_minutes"))

    # -- building ----------------------------------------------------------
    def _build(self) -> None:
        self.search_panel = SearchPanel(self._describe)
        panel = self.search_panel
        # The panel's parts, named here too: the window wires them and the tests drive them.
        self.search_box, self.results, self.model = panel.search_box, panel.results, panel.model
        self.nav, self.left_stack = panel.nav, panel.left_stack
        self.toolkit_filter, self.kind_filter = panel.toolkit_filter, panel.kind_filter
        self.did_you_mean, self.empty_state = panel.did_you_mean, panel.empty_state
        self.no_results, self.reset_filters = panel.no_results, panel.reset_filters
        self.open_glossary = panel.open_glossary

        self.home = HomePage()
        self.card_view = CardView()
        self.card_view.set_zoom(self.settings.get("text_zoom"))
        self.right_stack = QStackedWidget()
        self.right_stack.addWidget(self.home)
        self.right_stack.addWidget(self.card_view)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.search_panel)
        self.splitter.addWidget(self.right_stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 760])

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.banner_details = QPushButton()
        self.banner_details.hide()
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.banner_details)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(banner_row)
        main_layout.addWidget(self.splitter, 1)

        self.neutral = NeutralPage()
        self.root = QStackedWidget()
        self.root.addWidget(main)
        self.root.addWidget(self.neutral)
        self.setCentralWidget(self.root)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in ("back", "forward", "home"):
            self.toolbar.addAction(self.actions[name])
        self.toolbar.addSeparator()
        for name in ("present", "show_client"):
            self.toolbar.addAction(self.actions[name])
        self.toolbar.addSeparator()
        self.content_lang_label = QLabel()
        self.content_lang = QComboBox()
        self.content_lang.setObjectName("contentLanguage")
        for lang in LANGS:
            self.content_lang.addItem(NATIVE_NAMES[lang], lang)
        self.content_lang.setCurrentIndex(LANGS.index(self.lang) if self.lang in LANGS else 0)
        self.content_lang_label.setBuddy(self.content_lang)
        self.toolbar.addWidget(self.content_lang_label)
        self.toolbar.addWidget(self.content_lang)
        self.addToolBar(self.toolbar)
        # Quick exit has a bar of its own: when the window is narrow (or the
        # text large) the toolbar moves buttons into its overflow menu, and
        # quick exit must never be one of them.
        self.exit_bar = QToolBar()
        self.exit_bar.setObjectName("exitBar")
        self.exit_bar.setMovable(False)
        # The last bar of a line gets the room left: quick exit stays at the
        # top right, where people look for it (as GOV.UK's "Exit this page").
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.exit_bar.addWidget(spacer)
        self.quick_exit_button = QToolButton()
        self.quick_exit_button.setObjectName("quickExit")
        self.quick_exit_button.setDefaultAction(self.actions["quick_exit"])
        self.exit_bar.addWidget(self.quick_exit_button)
        self.addToolBar(self.exit_bar)

        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.actions["export_pdf"])
        self.menu_beside, self.beside_group = self._choice_menu(
            self.menu_file, LANGS, None, [NATIVE_NAMES[lang] for lang in LANGS])
        self.menu_file.addAction(self.actions["print"])
        self.menu_file.addSeparator()
        for name in ("pdf_glossary", "print_glossary", "pdf_contacts", "print_contacts"):
            self.menu_file.addAction(self.actions[name])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.actions["contacts"])
        self.menu_file.addAction(self.actions["content_packs"])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.actions["quick_exit"])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.actions["quit"])
        self.menu_go = bar.addMenu("")
        for name in ("focus_search", "back", "forward", "home"):
            self.menu_go.addAction(self.actions[name])
        self.menu_present = bar.addMenu("")
        for name in ("present", "present_current", "show_client", "language_card",
                     "client_phrases"):
            self.menu_present.addAction(self.actions[name])
        self.menu_view = bar.addMenu("")
        for name in ("zoom_in", "zoom_out", "zoom_reset"):
            self.menu_view.addAction(self.actions[name])
        self.menu_view.addSeparator()
        self.menu_theme, self.theme_group = self._choice_menu(
            self.menu_view, themes.CHOICES, self.settings.get("theme"))
        self.menu_idle, self.idle_group = self._choice_menu(
            self.menu_view, IDLE_CHOICES, self.settings.get("idle_minutes"))
        self.menu_ui_lang, self.ui_lang_group = self._choice_menu(
            self.menu_view, LANGS, self.translations.language,
            [NATIVE_NAMES[lang] for lang in LANGS])
        self.menu_help = bar.addMenu("")
        for name in ("help_page", "sources", "about"):
            self.menu_help.addAction(self.actions[name])
        for action in self.actions.values():
            self.addAction(action)  # shortcuts work while the menu bar is hidden

        geometry = self.settings.get("geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)

    def _choice_menu(self, parent: QMenu, values: Sequence[Any], current: Any,
                     texts: Sequence[str] | None = None) -> tuple[QMenu, QActionGroup]:
        """A submenu of exclusive choices, each carrying its value as data;
        checkable when there is a current value. Texts come in retranslate_ui
        unless given (language names are written in their own language)."""
        menu = parent.addMenu("")
        group = QActionGroup(self)
        for n, value in enumerate(values):
            action = menu.addAction(texts[n] if texts else "")
            action.setData(value)
            if current is not None:
                action.setCheckable(True)
                action.setChecked(value == current)
            group.addAction(action)
        return menu, group

    def _connect(self) -> None:
        a = self.actions
        a["quick_exit"].triggered.connect(self.quick_exit)
        a["focus_search"].triggered.connect(self.focus_search)
        a["back"].triggered.connect(self.go_back)
        a["forward"].triggered.connect(self.go_forward)
        a["home"].triggered.connect(self.go_home)
        a["zoom_in"].triggered.connect(lambda: self.zoom(self.card_view.zoom + 1))
        a["zoom_out"].triggered.connect(lambda: self.zoom(self.card_view.zoom - 1))
        a["zoom_reset"].triggered.connect(lambda: self.zoom(0))
        a["about"].triggered.connect(self.show_about)
        # triggered(bool) would pass its "checked" flag as the second language
        a["export_pdf"].triggered.connect(lambda: self.export_pdf())  # noqa: PLW0108
        a["print"].triggered.connect(lambda: self.print_page())  # noqa: PLW0108
        a["content_packs"].triggered.connect(self.open_packs)
        a["contacts"].triggered.connect(self.open_contacts)
        a["pdf_glossary"].triggered.connect(lambda: self.export_pdf(print_id=GLOSSARY_ID))
        a["print_glossary"].triggered.connect(lambda: self.print_page(GLOSSARY_ID))
        a["pdf_contacts"].triggered.connect(lambda: self.export_pdf(print_id=CONTACTS_ID))
        a["print_contacts"].triggered.connect(lambda: self.print_page(CONTACTS_ID))
        self.beside_group.triggered.connect(lambda action: self.export_pdf(action.data()))
        a["present"].triggered.connect(lambda: self.present())  # noqa: PLW0108 (see above)
        a["present_current"].triggered.connect(lambda: self.present(from_current=True))
        a["show_client"].triggered.connect(lambda: self.show_to_client())  # noqa: PLW0108
        a["language_card"].triggered.connect(self.open_language_card)
        a["client_phrases"].triggered.connect(self.open_client_phrases)
        self.item_opened.connect(self._update_item_actions)
        a["sources"].triggered.connect(self.show_sources)
        a["help_page"].triggered.connect(lambda: self.open_item("using-the-app"))
        a["quit"].triggered.connect(self.close)
        self.search_panel.search_requested.connect(self.run_search)
        self.search_panel.item_requested.connect(self.open_item)
        self.search_service.results_ready.connect(self.on_search_results_ready)
        self.search_service.ready.connect(self.on_search_ready)
        self.search_service.content_replaced.connect(self.on_content_replaced)
        # A query typed before typo correction was ready is asked again.
        self.search_service.warmed.connect(
            lambda: self.search_box.text().strip() and self.run_search())
        self.search_service.failed.connect(self.on_search_failed)
        self.home.item_requested.connect(self.open_item)
        self.card_view.link_activated.connect(self.on_card_view_link_activated)
        self.content_lang.currentIndexChanged.connect(self.on_content_lang_changed)
        self.ui_lang_group.triggered.connect(self.on_ui_lang_triggered)
        self.theme_group.triggered.connect(self.on_theme_triggered)
        self.idle_group.triggered.connect(self.on_idle_triggered)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.on_system_colours_changed)
        self.neutral.dismissed.connect(self.leave_neutral)
        self.banner_details.clicked.connect(self.show_problems)

    # -- translation -------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        action_table.retranslate(self.actions)
        self.card_view.setAccessibleName(self.tr("Page"))
        self.content_lang_label.setText(self.tr("Content language:"))
        self.content_lang.setAccessibleName(self.tr("Content language"))
        self.content_lang.setToolTip(self.tr("The language of the cards and toolkits; the "
                                             "menus keep their own language"))
        self.quick_exit_button.setAccessibleName(self.tr("Quick exit"))
        self.quick_exit_button.setAccessibleDescription(self.actions["quick_exit"].toolTip())
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_present.setTitle(self.tr("&Present"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_ui_lang.setTitle(self.tr("&Interface language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.menu_beside.setTitle(self.tr("Save as PDF &beside another language"))
        self.menu_theme.setTitle(self.tr("&Colours"))
        names = {"system": self.tr("As the system"), "light": self.tr("Light"),
                 "dark": self.tr("Dark"), "contrast": self.tr("High contrast")}
        for action in self.theme_group.actions():
            action.setText(names[action.data()])
        self.menu_idle.setTitle(self.tr("Clear the screen when &unused"))
        for action in self.idle_group.actions():
            minutes = action.data()
            action.setText(self.tr("Never") if not minutes
                           else self.tr("After %n minutes without input", "", minutes))
        self.banner_details.setText(self.tr("Details"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.exit_bar.setWindowTitle(self.tr("Quick exit"))
        self._fit_toolbar()
        self.neutral.setAccessibleName(APP_NAME)
        self._show_problem_banner()
        self.results.viewport().update()
        self.setWindowTitle(APP_NAME)

    @property
    def content(self) -> ContentService:
        """The content in use (a new one after a content pack came or went)."""
        return self.search_service.content

    def _describe(self, result: Result) -> str:
        toolkit = self.content.library.toolkits.get(result.toolkit)
        parts = [kind_label(result.kind)]
        if toolkit is not None:
            parts.append(toolkit.cities.get(self.lang, toolkit.id))
        item = self.content.library.items.get(result.id)
        if item is not None and item.origin:
            parts.append(self.tr("pack: %1").replace("%1", item.origin_title(self.lang)))
        if result.matched_lang:
            parts.append(self.tr("found in %1").replace("%1", language_name(result.matched_lang)))
        return " · ".join(parts)

    # -- search ------------------------------------------------------------
    def focus_search(self) -> None:
        self.leave_neutral()
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        self.search_service.search(self.search_box.text(), self.lang,
                                   **self.search_panel.filters())

    def on_search_results_ready(self, query_id: int, results: Results) -> None:
        if query_id != self.search_service.latest_id:
            return  # an older query finished late: never replace newer results
        self.search_panel.show_results(results)

    def on_search_ready(self) -> None:
        # Searching works from now on; the tiles and the tree follow a moment later.
        QTimer.singleShot(0, self._populate)

    def _populate(self) -> None:
        library = self.content.library
        self.home.set_library(library, self.lang)
        self.nav.set_contacts(self.content.contacts(self.lang), rebuild=False)
        self.nav.set_library(library, self.lang)  # the tree is built once
        self.search_panel.set_toolkits(list(library.toolkits.values()), self.lang)
        self._show_problem_banner()

    def open_packs(self) -> None:
        from .packs_dialog import PacksDialog

        dialog = PacksDialog(self, lang=self.lang)
        dialog.packs_changed.connect(self.reload_content)
        self._open_dialog(dialog)

    def open_contacts(self) -> None:
        from .contacts_dialog import ContactsDialog

        dialog = ContactsDialog(self.content, self.lang, self)
        dialog.contacts_changed.connect(self.on_contacts_changed)
        self._open_dialog(dialog)

    def _open_dialog(self, dialog: QDialog) -> None:
        """A window-modal dialog of its own; quick exit closes it."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        dialog.open()

    def on_contacts_changed(self) -> None:
        """Edited here or imported: the tree, the open page and the results follow."""
        self.nav.set_contacts(self.content.contacts(self.lang))
        if self.history.current and self.right_stack.currentWidget() is self.card_view:
            if self.content.item(self.history.current) is not None:
                self.open_item(self.history.current, record=False)
        if self.search_box.text().strip():
            self.run_search()

    def reload_content(self) -> None:
        """Content packs changed: open the content again beside the old one
        and switch when it is ready (see SearchService.replace_content)."""
        self.search_service.replace_content(self.content.fresh())

    def on_content_replaced(self) -> None:
        self._populate()
        current = self.history.current
        if current and self.right_stack.currentWidget() is self.card_view:
            if self.content.item(current) is not None or current == SOURCES_PAGE:
                self.open_item(current, record=False)
            else:  # it came from the pack that was removed
                self.history.clear()
                self.card_view.clear_page()
                self.go_home()
        self._update_nav_actions()
        if self.search_box.text().strip():
            self.run_search()

    def on_search_failed(self, message: str) -> None:
        self.banner.setText(self.tr("The toolkits could not be opened: %1").replace("%1", message))
        self.banner.show()

    # -- keyboard ----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
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
        self.search_box.setFocus()
        self.search_box.insert(text)
        return True

    # -- pages -------------------------------------------------------------
    def open_item(self, item_id: str, record: bool = True) -> bool:
        """Show an item (or the generated sources page) in the reading pane."""
        if item_id == SOURCES_PAGE:
            html = self.content.sources_html(self.lang)
        elif self.content.item(item_id) is not None:
            html = self.content.page_html(item_id, self.lang)
        else:
            return False
        self.leave_neutral()
        self.card_view.show_html(html)
        self.right_stack.setCurrentWidget(self.card_view)
        if record:
            self.history.visit(item_id)
        self.nav.select_item(item_id)
        self._update_nav_actions()
        self.item_opened.emit(item_id)
        return True

    def on_card_view_link_activated(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme in INTERNAL_SCHEMES:
            item_id = self.content.resolve(url.toString())
            if item_id is None or not self.open_item(item_id):
                QMessageBox.information(self, APP_NAME,
                                        self.tr("This page is not available in this library."))
        elif scheme in WEB_SCHEMES:
            self.confirm_external(url)

    def confirm_external(self, url: QUrl) -> bool:
        answer = QMessageBox.question(
            self, APP_NAME,
            self.tr("Open this address in your web browser?\n\n%1\n\nEqualcity itself never "
                    "goes online.").replace("%1", url.toString()))
        if answer == QMessageBox.StandardButton.Yes:
            return QDesktopServices.openUrl(url)
        return False

    def _printable(self) -> str | None:
        """The open page, if it is one that can be printed."""
        from ..library import printable

        item_id = self.history.current
        if self.right_stack.currentWidget() is not self.card_view or not item_id \
                or not printable.exists(self.content, item_id):
            QMessageBox.information(self, APP_NAME, self.tr("Open a card or a page first."))
            return None
        return item_id

    def export_pdf(self, second_lang: str | None = None, path: Path | None = None,
                   print_id: str | None = None) -> bool:
        """The open page (or ``print_id``: the glossary, the contacts) as a PDF."""
        from ..render.pdf import PdfRequest
        from . import printing

        print_id = print_id or self._printable()
        return print_id is not None and printing.save_pdf(
            self, self.content, PdfRequest(print_id, self.lang, second_lang=second_lang), path)

    def print_page(self, print_id: str | None = None) -> bool:
        from . import printing

        print_id = print_id or self._printable()
        return print_id is not None and printing.print_with_dialog(
            self, self.content, print_id, self.lang)

    def go_back(self) -> None:
        item_id = self.history.back()
        if item_id:
            self.open_item(item_id, record=False)

    def go_forward(self) -> None:
        item_id = self.history.forward()
        if item_id:
            self.open_item(item_id, record=False)

    def go_home(self) -> None:
        self.leave_neutral()
        self.right_stack.setCurrentWidget(self.home)
        self.nav.select_item(None)

    def _update_nav_actions(self) -> None:
        self.actions["back"].setEnabled(self.history.can_back())
        self.actions["forward"].setEnabled(self.history.can_forward())
        self._update_item_actions()

    def _update_item_actions(self, _item_id: str = "") -> None:
        item = self._open_item()
        presentable = beside = False
        if item is not None:  # none at start: printing and presenting load when needed
            from ..library import printable
            from ..library.presentation import can_present

            presentable = can_present(item)
            # Only a card, a page or a poster prints beside another language.
            beside = printable.layout_of(
                self.content, self.history.current) in printable.TWO_LANGUAGE_LAYOUTS
        for name in ("present", "present_current"):
            self.actions[name].setEnabled(presentable)
        self.actions["show_client"].setEnabled(item is not None)
        self.menu_beside.setEnabled(beside)

    def _open_item(self):
        """The item shown in the reading pane, if one is."""
        item_id = self.history.current
        if not item_id or self.is_neutral or self.right_stack.currentWidget() is not self.card_view:
            return None
        return self.content.item(item_id)

    # -- presenting ----------------------------------------------------------
    def present(self, from_current: bool = False) -> bool:
        """Start a show of the open module or document (F5; Shift+F5 goes on
        from the slide where the last show of it ended)."""
        from ..library.presentation import can_present
        from .show.show import Show

        item = self._open_item()
        if item is None or not can_present(item):
            QMessageBox.information(self, APP_NAME, self.tr(
                "Open a training module or a document first, then press Present."))
            return False
        if self.show_session is not None:
            self.show_session.end()
        start = self.last_slide.get(item.id, 0) if from_current else 0
        self.show_session = Show(item, self.lang, start, parent=self)
        self.show_session.ended.connect(
            lambda index, item_id=item.id: self.on_show_ended(item_id, index))
        self.show_session.start()
        return True

    def on_show_ended(self, item_id: str, index: int) -> None:
        self.last_slide[item_id] = index
        self.show_session = None
        self.activateWindow()

    def show_to_client(self, lang: str | None = None, whole: bool | None = None) -> bool:
        """The open card, large and full screen, in the client's language."""
        from .client_view import ClientChoice, ClientView, part_html

        item = self._open_item()
        if item is None:
            QMessageBox.information(self, APP_NAME, self.tr("Open a card or a page first."))
            return False
        if lang is None or whole is None:
            choice = ClientChoice(self.lang, item.kind == "card", self)
            if choice.exec() != QDialog.DialogCode.Accepted:
                return False
            lang, whole = choice.chosen_language, choice.whole.isChecked()
        if self.client_view is not None:
            self.client_view.close()
        self.client_view = ClientView(part_html(self.content, item.id, lang, whole), lang)
        self.client_view.closed.connect(self.on_client_view_closed)
        self.client_view.show_on(self.screen())
        return True

    def open_language_card(self) -> None:
        from . import language_card

        language_card.open_card(self)

    def open_client_phrases(self) -> None:
        from . import phrase_view

        phrase_view.open_phrases(self)

    def on_client_view_closed(self) -> None:
        self.client_view = None
        self.activateWindow()

    def zoom(self, steps: int) -> None:
        """Reading pane and interface together (see ui/zoom.py)."""
        self.card_view.set_zoom(steps)
        zoom.apply(QApplication.instance(), self.card_view.zoom)
        self.results.reset()  # the delegate measures rows with the new font
        self.settings.set("text_zoom", self.card_view.zoom)
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        """A toolbar button keeps its whole text: what does not fit goes into
        the toolbar's overflow menu instead of being squeezed to "Fo…rd"."""
        for action in self.toolbar.actions():
            widget = self.toolbar.widgetForAction(action)
            if widget is not None and widget.sizePolicy().horizontalPolicy() \
                    != QSizePolicy.Policy.Expanding:
                widget.ensurePolished()
                widget.setMinimumWidth(widget.sizeHint().width())
        button = self.quick_exit_button.sizeHint().width()
        self.quick_exit_button.setMinimumWidth(button)
        # The exit bar never shrinks below its button, so it never overflows.
        self.exit_bar.setMinimumWidth(button + 2 * self.exit_bar.layout().contentsMargins().left()
                                      + 8)

    # -- languages ---------------------------------------------------------
    def on_content_lang_changed(self, index: int) -> None:
        self.lang = self.content_lang.itemData(index)
        self.settings.set("content_language", self.lang)
        if self.search_service.is_ready:
            self.home.set_language(self.lang)
            self.nav.set_contacts(self.content.contacts(self.lang), rebuild=False)
            self.nav.set_language(self.lang)
            set_language = getattr(self.dialog, "set_language", None)
            if set_language is not None:
                set_language(self.lang)
        if self.history.current and self.right_stack.currentWidget() is self.card_view:
            self.open_item(self.history.current, record=False)
        if self.search_service.is_ready:
            self.search_panel.set_toolkits(list(self.content.library.toolkits.values()),
                                           self.lang)
        if self.search_box.text().strip():
            self.run_search()

    def on_theme_triggered(self, action) -> None:
        themes.apply(QApplication.instance(), action.data())
        self.settings.set("theme", action.data())
        self.results.viewport().update()

    def on_system_colours_changed(self, _scheme) -> None:
        if self.settings.get("theme") == "system":
            themes.apply(QApplication.instance(), "system")

    def on_ui_lang_triggered(self, action) -> None:
        lang = action.data()
        self.translations.apply(lang)
        self.settings.set("ui_language", lang)

    # -- quick exit --------------------------------------------------------
    @property
    def is_neutral(self) -> bool:
        return self.root.currentWidget() is self.neutral

    def quick_exit(self) -> None:
        """Empty everything that shows what was being read, then minimise."""
        if self.show_session is not None:
            session, self.show_session = self.show_session, None
            session.ended.disconnect()  # nothing is remembered of it
            session.end()
        self.last_slide.clear()
        if self.dialog is not None:
            self.dialog.close()
        self._empty_screen()
        for widget in (self.menuBar(), self.toolbar, self.exit_bar, self.statusBar()):
            widget.hide()
        self.root.setCurrentWidget(self.neutral)
        self.neutral.setFocus()
        self.showMinimized()

    def on_idle_triggered(self, action) -> None:
        self.settings.set("idle_minutes", action.data())
        self.idle.set_minutes(action.data())

    def on_idle(self) -> None:
        """Nobody used the app for a while: back to an empty home screen,
        unless a show is running (a trainer talks without touching keys)."""
        if self.show_session is not None or self.is_neutral:
            self.idle.set_minutes(self.idle.minutes)
            return
        self._empty_screen()
        self.nav.select_item(None)
        self.search_box.setFocus()
        self.idle.set_minutes(self.idle.minutes)

    def _empty_screen(self) -> None:
        """No search, no results, no history, no page: the home screen."""
        if self.client_view is not None:
            self.client_view.close()
        self.search_service.cancel()
        self.search_panel.clear()
        self.history.clear()
        self.card_view.clear_page()
        self.right_stack.setCurrentWidget(self.home)
        self._update_nav_actions()

    def leave_neutral(self) -> None:
        if not self.is_neutral:
            return
        self.root.setCurrentIndex(0)
        self.menuBar().show()
        self.toolbar.show()
        self.exit_bar.show()
        self.search_box.setFocus()

    # -- problems and about ------------------------------------------------
    def _show_problem_banner(self) -> None:
        if not self.search_service.is_ready:
            return
        count = len(self.content.problems)
        if count:
            self.banner.setText(self.tr("%n content file(s) had problems and were skipped; "
                                        "everything else is here.", "", count))
        self.banner.setVisible(bool(count))
        self.banner_details.setVisible(bool(count))

    def show_problems(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(APP_NAME)
        box.setText(self.tr("These content files were skipped:"))
        box.setDetailedText("\n".join(str(p) for p in self.content.problems))
        box.exec()

    def show_about(self) -> None:
        if not self.open_item("about"):
            QMessageBox.information(self, APP_NAME, self.tr("The About page is missing from "
                                                            "this library."))

    def show_sources(self) -> None:
        self.open_item(SOURCES_PAGE)

    # -- closing -----------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802
        self.settings.set("geometry", self.saveGeometry())
        self.settings.sync()
        app = QApplication.instance()
        app.removeEventFilter(self.shift_detector)
        app.removeEventFilter(self.idle)
        app.removeEventFilter(self)
        super().closeEvent(event)

    def bring_forward(self) -> None:
        """A second start of the app asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self.search_box.setFocus)
