"""The content as the window lists it (ui/content_controller.py) on its own: a real search
service over real content (the bundled library, or a small one a test changes), the
content language, bare views (home page, tree, search panel, banner) and a bare
QMainWindow for the dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from equalcity_desktop.library.service import ContentService
from equalcity_desktop.ui import actions as action_table
from equalcity_desktop.ui.banner import ProblemBanner
from equalcity_desktop.ui.content_controller import ContentController, ContentViews
from equalcity_desktop.ui.content_language import ContentLanguage
from equalcity_desktop.ui.home_page import HomePage
from equalcity_desktop.ui.nav_pane import NavPane
from equalcity_desktop.ui.search_panel import SearchPanel, SearchQuery
from equalcity_desktop.ui.search_service import SearchService
from equalcity_desktop.ui.settings import Settings

from ..conftest import LIVENESS_MS, card_text, write


@dataclass
class Rig:
    window: QMainWindow
    service: SearchService
    language: ContentLanguage
    views: ContentViews
    actions: dict[str, QAction]
    controller: ContentController
    first: ContentService


def build(qtbot, content: ContentService, start_first: bool = False) -> Rig:
    window = QMainWindow()
    qtbot.addWidget(window)
    views = ContentViews(HomePage(), NavPane(), SearchPanel(), ProblemBanner())
    for view in (views.home, views.tree, views.panel, views.banner):
        qtbot.addWidget(view)
    actions = action_table.create(window)
    language = ContentLanguage(Settings(), "en")
    service = SearchService(content, parent=window)
    if start_first:  # the service is ready before the controller exists
        with qtbot.waitSignal(service.ready, timeout=LIVENESS_MS):
            service.start()
    controller = ContentController(window, service, language, views, actions)
    if not start_first:
        service.start()
    return Rig(window, service, language, views, actions, controller, content)


def stop(rig: Rig) -> None:
    rig.controller.close_dialog()
    rig.service.stop()
    if rig.service.content is not rig.first:
        rig.service.content.close()


@pytest.fixture
def rig(qtbot, service: ContentService) -> Iterator[Rig]:
    rig = build(qtbot, service)
    yield rig
    stop(rig)


def filled(rig: Rig) -> bool:
    return bool(rig.views.home.tiles)


def offers_toolkit(panel: SearchPanel, toolkit: str) -> bool:
    panel.set_filters(toolkit)
    offered = panel.query().toolkits == (toolkit,)
    panel.set_filters()
    return offered


# -- ready ---------------------------------------------------------------------------------

def test_ready_fills_the_views(qtbot, rig: Rig, service: ContentService) -> None:
    qtbot.waitUntil(lambda: filled(rig), timeout=LIVENESS_MS)
    library = service.library
    cards = sum(len(items) for _toolkit, items in library.cards_by_toolkit("en"))
    assert len(rig.views.home.tiles) == cards + len(library.of_kind("country"))
    assert rig.views.tree.topLevelItemCount() > 0
    assert all(offers_toolkit(rig.views.panel, t) for t in library.toolkits)
    assert rig.views.banner.isHidden()  # the bundled content has no problems


def test_views_fill_when_the_service_was_ready_first(qtbot, service: ContentService) -> None:
    rig = build(qtbot, service, start_first=True)
    try:
        qtbot.waitUntil(lambda: filled(rig), timeout=LIVENESS_MS)
    finally:
        stop(rig)


def test_a_language_chosen_before_ready_is_the_one_filled_in(qtbot, service: ContentService
                                                             ) -> None:
    rig = build(qtbot, service)
    try:
        rig.language.set("pt")  # before the content is open: nothing to redraw yet
        qtbot.waitUntil(lambda: filled(rig), timeout=LIVENESS_MS)
        titles = {tile.text() for tile in rig.views.home.tiles}
        assert service.item("interpreter-working").title("pt") in titles
    finally:
        stop(rig)


def test_a_language_change_redraws_the_views(qtbot, rig: Rig, service: ContentService) -> None:
    qtbot.waitUntil(lambda: filled(rig), timeout=LIVENESS_MS)
    rig.language.set("nl")
    titles = {tile.text() for tile in rig.views.home.tiles}
    assert service.item("interpreter-working").title("nl") in titles
    assert service.item("interpreter-working").title("en") not in titles


class Unopenable(ContentService):
    def load(self):
        raise OSError("the content folder is not readable")


def test_content_that_cannot_be_opened_shows_the_failure(qtbot, tmp_path: Path,
                                                        mini_content: Path) -> None:
    content = Unopenable([mini_content], cache=tmp_path / "cache")
    rig = build(qtbot, content)
    try:
        qtbot.waitUntil(lambda: not rig.views.banner.isHidden(), timeout=LIVENESS_MS)
        assert "not readable" in rig.views.banner.text.text()
        assert not filled(rig)
    finally:
        stop(rig)
        content.close()


def test_content_with_problems_shows_the_banner(qtbot, tmp_path: Path,
                                                mini_content: Path) -> None:
    write(mini_content / "cards" / "broken.en.md", "no front matter\n")
    content = ContentService([mini_content], cache=tmp_path / "cache")
    rig = build(qtbot, content)
    try:
        qtbot.waitUntil(lambda: filled(rig), timeout=LIVENESS_MS)
        assert not rig.views.banner.isHidden()
        assert offers_toolkit(rig.views.panel, "tk")
    finally:
        stop(rig)
        content.close()


# -- content replaced -------------------------------------------------------------------------

@pytest.fixture
def small(qtbot, tmp_path: Path, mini_content: Path) -> Iterator[tuple[Rig, Path]]:
    content = ContentService([mini_content], cache=tmp_path / "cache")
    rig = build(qtbot, content)
    qtbot.waitUntil(lambda: filled(rig), timeout=LIVENESS_MS)
    yield rig, mini_content
    stop(rig)
    content.close()


def test_content_replaced_is_emitted_and_the_views_follow(qtbot, small) -> None:
    rig, root = small
    before = len(rig.views.home.tiles)
    for lang in ("en", "nl", "fr", "pt"):
        (root / "cards" / f"card-three.{lang}.md").write_text(card_text("card-three", lang),
                                                              encoding="utf-8")
    with qtbot.waitSignal(rig.controller.content_replaced, timeout=LIVENESS_MS):
        rig.controller.reload_content()
    assert rig.service.content is not rig.first
    assert rig.service.content.item("card-three") is not None
    assert len(rig.views.home.tiles) == before + 1
    assert "Card card-three en" in {tile.text() for tile in rig.views.home.tiles}


def test_the_packs_action_opens_the_packs_dialog(qtbot, small) -> None:
    rig, _root = small
    rig.actions["content_packs"].trigger()
    dialog = rig.controller.dialog
    assert dialog is not None and dialog.objectName() != "contactsDialog"
    qtbot.waitUntil(dialog.isVisible, timeout=LIVENESS_MS)
    rig.controller.close_dialog()
    qtbot.waitUntil(lambda: rig.controller.dialog is None, timeout=LIVENESS_MS)


# -- the contacts dialog ------------------------------------------------------------------------

def test_the_contacts_dialog_gets_the_content_language(qtbot, rig: Rig) -> None:
    qtbot.waitUntil(lambda: filled(rig), timeout=LIVENESS_MS)
    rig.language.set("fr")
    rig.actions["contacts"].trigger()
    dialog = rig.controller.dialog
    assert dialog is not None and dialog.objectName() == "contactsDialog"
    assert dialog.lang == "fr"
    rig.language.set("pt")
    assert dialog.lang == "pt"  # an open dialog follows


def test_closing_the_dialog_forgets_it(qtbot, rig: Rig) -> None:
    qtbot.waitUntil(lambda: filled(rig), timeout=LIVENESS_MS)
    rig.controller.open_contacts()
    rig.controller.close_dialog()
    qtbot.waitUntil(lambda: rig.controller.dialog is None, timeout=LIVENESS_MS)
    rig.language.set("nl")  # nothing open: nothing to tell
    rig.controller.close_dialog()  # twice: harmless


def test_contacts_changed_in_the_dialog_is_passed_on(qtbot, rig: Rig) -> None:
    qtbot.waitUntil(lambda: filled(rig), timeout=LIVENESS_MS)
    dialog = rig.controller.open_contacts()
    with qtbot.waitSignal(rig.controller.contacts_changed, timeout=LIVENESS_MS):
        dialog.contacts_changed.emit()  # as after an edit or an import


def test_the_search_panel_is_not_asked_to_search(qtbot, rig: Rig) -> None:
    """Filling the views sets the panel's toolkits; it never starts a search itself."""
    seen: list[SearchQuery] = []
    rig.views.panel.query_changed.connect(seen.append)
    qtbot.waitUntil(lambda: filled(rig), timeout=LIVENESS_MS)
    rig.language.set("fr")
    assert seen == []
