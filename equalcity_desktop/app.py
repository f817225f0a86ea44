"""The composition root: the one place that builds the services and the
window and hands each what it needs."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from . import APP_NAME, resources, startup_gc
from .library import whoosh_shim

# Before any other module of ours: PySide6 reads the source of every module imported
# after it, unless told a faster way (see the function).
whoosh_shim.faster_pyside_import_hook()

from .library.roots import content_roots  # noqa: E402 (after the hook above)
from .library.service import ContentService  # noqa: E402
from .timing import measuring, milestone  # noqa: E402
from .ui.search_service import SearchFn, SearchService, wait_for_stopped  # noqa: E402

if TYPE_CHECKING:
    from .ui.main_window import MainWindow
    from .ui.settings import Settings

def create_app() -> QApplication:
    # Fusion draws with the palette everywhere (ui/themes.py). Asked for on the command line
    # of Qt, the style is made in C++ alone: made from Python, it and its class's enums are
    # wrapped first (10-25 ms before the first frame).
    app = QApplication.instance()
    if app is None:
        app = QApplication([*sys.argv[:1], "-style", "fusion"])
    else:  # an app made before (the tests')
        app.setStyle("Fusion")
    QCoreApplication.setOrganizationName("Equalcity")
    QCoreApplication.setApplicationName("Equalcity Desktop")
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    style = resources.path("resources/style.qss")
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def build_window(content: ContentService, settings: Settings | None = None,
                 search: SearchFn | None = None, staged: bool = False) -> MainWindow:
    """Everything but the event loop (the tests use this too): the services, the
    window's shell, then the panels it lays out and the controllers that make them work.
    ``staged``: return the shell at once and build the rest at the event loop's first
    turn, after the first paint (what the app does). ``search`` replaces the real search
    (tests make it slow or failing)."""
    from .ui import themes, zoom
    from .ui.content_language import ContentLanguage
    from .ui.i18n import Translations, system_language
    from .ui.main_window import MainWindow
    from .ui.settings import Settings

    app = QApplication.instance()
    settings = settings or Settings()
    themes.apply(app, settings.get("theme"))
    zoom.apply(app, settings.get("text_zoom"))
    translations = Translations(resources.path("i18n"))
    translations.apply(settings.get("ui_language") or system_language())
    language = ContentLanguage(settings, translations.language)
    service = SearchService(content, search=search)
    app.aboutToQuit.connect(service.stop)
    window = MainWindow(service, language, settings, translations)
    service.setParent(window)
    if staged:
        # Once the shell is on screen: the search thread starts, then the rest is built
        # while it opens the content. Started before the first paint, its imports and
        # the window's contend for the interpreter and both come later.
        window.first_painted.connect(service.start)
        window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: _complete(window)))
    else:
        QTimer.singleShot(0, service.start)
        _complete(window)
    return window


def _complete(window: MainWindow) -> None:
    """The panels, the menus and the controllers, into the shell."""
    from .ui.appearance import Appearance
    from .ui.banner import ProblemBanner
    from .ui.content_controller import ContentController, ContentViews
    from .ui.main_window import Controllers, Panels
    from .ui.navigation import Navigation
    from .ui.output import Output
    from .ui.privacy import Privacy
    from .ui.reading_pane import ReadingPane
    from .ui.search_controller import SearchController, describe
    from .ui.search_panel import SearchPanel

    if window.laid_out:
        return
    settings, translations = window.settings, window.translations
    service, language = window.search_service, window.language
    service.set_describe(describe)
    panels = Panels(SearchPanel(window.search_box), ReadingPane(settings.get("text_zoom")),
                    ProblemBanner())
    window.lay_out(panels)
    actions = window.actions
    navigation = Navigation(panels.reading, panels.search.nav, service, language, actions)
    output = Output(window, navigation, language, translations, actions)
    window.attach(Controllers(
        search=SearchController(panels.search, service, language, window),
        navigation=navigation,
        output=output,
        privacy=Privacy(window, window.screens, settings,
                        busy=lambda: output.show_session is not None),
        contents=ContentController(window, service, language, ContentViews(
            panels.reading.home, panels.search.nav, panels.search, panels.banner),
            actions),
        appearance=Appearance(panels.reading.page, settings, translations, actions)))


def run(args: argparse.Namespace) -> int:
    app = create_app()
    from .library.paths import cache_dir
    from .ui.single_instance import SingleInstance

    instance = SingleInstance(cache_dir() / "instance")
    if not instance.acquire():
        if instance.ask_first_to_raise():
            print(f"{APP_NAME} is already open: its window was brought forward.",
                  file=sys.stderr)
        else:
            print(f"{APP_NAME} is already open; it could not be asked to come forward.",
                  file=sys.stderr)
        return 0
    roots = content_roots(args.content, args.extra_content)
    prebuilt = None if args.content or args.extra_content else resources.prebuilt_index_dir()
    content = ContentService(roots, prebuilt=prebuilt, roots_provider=lambda: content_roots(
        args.content, args.extra_content))
    # The search thread starts with the event loop, after the window is shown: started
    # earlier, its imports (Whoosh, the lexicon) contend for the GIL with the window's build
    # and both come later (measured: shown x3.9 instead of x2.5, ready no sooner).
    window = build_window(content, staged=True)  # the rest after the first paint
    instance.raise_requested.connect(window.bring_forward)
    window.show()
    QTimer.singleShot(0, lambda: milestone("shown"))

    service = window.search_service
    # The benchmark and the tests (--exit-when-ready, or EQUALCITY_T0 for the milestones)
    # take "ready" to mean a real search answered: a probe for a word of a card's title. A
    # user's start searches nothing it was not asked.
    measured = args.exit_when_ready or measuring()
    probe: list[int] = []

    def on_ready() -> None:
        if not measured:
            startup_gc.resume()
            return
        cards = content.library.of_kind("card")
        word = max(cards[0].title("en").split(), key=len) if cards else "equalcity"
        probe.append(service.search(word, "en"))
        if not cards:
            app.exit(1)

    def on_results(query_id: int, results: list) -> None:
        if probe and query_id == probe[0]:
            probe.clear()
            milestone("ready")
            startup_gc.resume()
            if args.exit_when_ready:
                app.exit(0 if results and window.isVisible() else 1)

    service.ready.connect(on_ready)
    service.results_ready.connect(on_results)
    if service.is_ready:  # it may have finished while the window was built
        on_ready()
    service.failed.connect(lambda _m: args.exit_when_ready and app.exit(1))
    service.failed.connect(lambda _m: startup_gc.resume())
    QTimer.singleShot(int(startup_gc.RESUME_AT_THE_LATEST_S * 1000), startup_gc.resume)
    code = app.exec()
    if window.search_service.stop():  # otherwise the search thread closes it when its open ends
        content.close()
    instance.release()
    # The window is gone; a first index build still running is let finish for the next start.
    wait_for_stopped()
    return code
