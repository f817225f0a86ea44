"""Where the reader is (ui/navigation.py) on its own: a bare reading pane and tree, the
window's action table, a search service over the bundled content (not started: navigation
only reads its content) and the content language. Messages and the web browser are
replaced where navigation calls them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from equalcity_desktop.library.service import ContentService
from equalcity_desktop.ui import actions as action_table
from equalcity_desktop.ui import navigation as navigation_mod
from equalcity_desktop.ui.content_language import ContentLanguage
from equalcity_desktop.ui.nav_pane import NavPane
from equalcity_desktop.ui.navigation import SOURCES_PAGE, Navigation
from equalcity_desktop.ui.reading_pane import ReadingPane
from equalcity_desktop.ui.search_service import SearchService
from equalcity_desktop.ui.settings import Settings

from ..conftest import LIVENESS_MS

CARD, OTHER, TERM = "interpreter-working", "no-interpreter", "interpreter"


class Boxes:
    """Stands in for QMessageBox and QDesktopServices inside ui/navigation.py."""

    StandardButton = QMessageBox.StandardButton

    def __init__(self) -> None:
        self.told: list[str] = []
        self.asked: list[str] = []
        self.opened: list[QUrl] = []
        self.answer = QMessageBox.StandardButton.No

    def information(self, _parent, _title, text):
        self.told.append(text)
        return QMessageBox.StandardButton.Ok

    def question(self, _parent, _title, text, *_args):
        self.asked.append(text)
        return self.answer

    def openUrl(self, url: QUrl) -> bool:  # noqa: N802 (Qt's name)
        self.opened.append(QUrl(url))
        return True


@dataclass
class Rig:
    reading: ReadingPane
    service: SearchService
    language: ContentLanguage
    actions: dict[str, QAction]
    navigation: Navigation
    pages: list[str]  # every page_changed, in order
    boxes: Boxes


def build(qtbot, content: ContentService, monkeypatch) -> Rig:
    reading, tree = ReadingPane(), NavPane()
    qtbot.addWidget(reading)
    qtbot.addWidget(tree)
    holder = QObject(reading)
    actions = action_table.create(holder)
    service = SearchService(content, parent=reading)
    language = ContentLanguage(Settings(), "en")
    navigation = Navigation(reading, tree, service, language, actions)
    pages: list[str] = []
    navigation.page_changed.connect(pages.append)
    boxes = Boxes()
    monkeypatch.setattr(navigation_mod, "QMessageBox", boxes)
    monkeypatch.setattr(navigation_mod, "QDesktopServices", boxes)
    return Rig(reading, service, language, actions, navigation, pages, boxes)


@pytest.fixture
def rig(qtbot, service: ContentService, monkeypatch) -> Rig:
    return build(qtbot, service, monkeypatch)


def shown(rig: Rig) -> str:
    return rig.reading.page.toPlainText()


def enabled(rig: Rig) -> tuple[bool, bool]:
    return rig.actions["back"].isEnabled(), rig.actions["forward"].isEnabled()


# -- opening -------------------------------------------------------------------------------

def test_open_item_shows_it_and_says_so(qtbot, rig: Rig, service: ContentService) -> None:
    with qtbot.waitSignal(rig.navigation.page_changed, timeout=LIVENESS_MS,
                          check_params_cb=lambda item_id: item_id == CARD):
        assert rig.navigation.open_item(CARD) is True
    assert rig.reading.showing_page
    assert rig.navigation.current_id() == CARD
    assert rig.navigation.current_item() is service.item(CARD)
    assert service.item(CARD).title("en") in shown(rig)


@pytest.mark.parametrize("item_id", ["", "no-such-item", "INTERPRETER-WORKING", " about",
                                     "@glossary", "card:interpreter-working", "../about"])
def test_an_unknown_id_opens_nothing(qtbot, rig: Rig, item_id: str) -> None:
    rig.navigation.open_item(CARD)
    before = shown(rig)
    with qtbot.assertNotEmitted(rig.navigation.page_changed):
        assert rig.navigation.open_item(item_id) is False
    assert rig.navigation.current_id() == CARD
    assert shown(rig) == before
    assert enabled(rig) == (False, False)  # nothing was added to the history


def test_an_unknown_id_on_the_home_screen_stays_home(rig: Rig) -> None:
    assert rig.navigation.open_item("no-such-item") is False
    assert not rig.reading.showing_page
    assert rig.navigation.current_id() is None
    assert rig.navigation.current_item() is None
    assert rig.pages == []


def test_the_sources_page_is_generated_not_an_item(rig: Rig) -> None:
    rig.actions["sources"].trigger()
    assert rig.pages == [SOURCES_PAGE]
    assert rig.navigation.current_id() == SOURCES_PAGE
    assert rig.navigation.current_item() is None  # nothing to print or present
    assert shown(rig)


@pytest.mark.parametrize("action, item_id", [("help_page", "using-the-app"), ("about", "about")])
def test_the_help_actions_open_their_pages(rig: Rig, action: str, item_id: str) -> None:
    rig.actions[action].trigger()
    assert rig.pages == [item_id]
    assert rig.boxes.told == []


def test_a_tile_on_the_home_screen_opens_its_item(rig: Rig) -> None:
    rig.reading.home.item_requested.emit(TERM)
    assert rig.pages == [TERM]


# -- back, forward, home ---------------------------------------------------------------------

def test_back_and_forward_follow_the_history(rig: Rig) -> None:
    assert enabled(rig) == (False, False)
    rig.navigation.open_item(CARD)
    assert enabled(rig) == (False, False)
    rig.navigation.open_item(OTHER)
    assert enabled(rig) == (True, False)
    rig.actions["back"].trigger()
    assert rig.navigation.current_id() == CARD
    assert enabled(rig) == (False, True)
    rig.actions["forward"].trigger()
    assert rig.navigation.current_id() == OTHER
    assert enabled(rig) == (True, False)
    assert rig.pages == [CARD, OTHER, CARD, OTHER]


def test_a_new_page_after_back_cuts_the_forward_branch(rig: Rig) -> None:
    for item_id in (CARD, OTHER):
        rig.navigation.open_item(item_id)
    rig.actions["back"].trigger()
    rig.navigation.open_item(TERM)
    assert enabled(rig) == (True, False)
    rig.actions["back"].trigger()
    assert rig.navigation.current_id() == CARD


def test_the_same_page_twice_is_one_step(rig: Rig) -> None:
    rig.navigation.open_item(CARD)
    rig.navigation.open_item(CARD)
    assert enabled(rig) == (False, False)


def test_back_and_forward_at_the_ends_do_nothing(qtbot, rig: Rig) -> None:
    rig.navigation.open_item(CARD)
    with qtbot.assertNotEmitted(rig.navigation.page_changed):
        rig.actions["back"].trigger()  # disabled: Alt+Left at the first page does nothing
        rig.actions["forward"].trigger()
    rig.navigation.go_back()  # called directly: the same page, shown again
    rig.navigation.go_forward()
    assert rig.navigation.current_id() == CARD
    assert enabled(rig) == (False, False)


def test_home_says_so_with_an_empty_id(rig: Rig) -> None:
    rig.navigation.open_item(CARD)
    rig.actions["home"].trigger()
    assert rig.pages == [CARD, ""]
    assert not rig.reading.showing_page
    assert rig.navigation.current_id() is None


def test_clear_forgets_the_history_and_the_page(rig: Rig) -> None:
    for item_id in (CARD, OTHER):
        rig.navigation.open_item(item_id)
    rig.navigation.clear()
    assert rig.pages[-1] == ""
    assert enabled(rig) == (False, False)
    assert rig.navigation.current_id() is None
    assert shown(rig) == ""  # nothing of the last page is left behind the home screen


# -- reopening -------------------------------------------------------------------------------

def test_a_language_change_reopens_the_page_in_it(qtbot, rig: Rig,
                                                  service: ContentService) -> None:
    rig.navigation.open_item(CARD)
    with qtbot.waitSignal(rig.navigation.page_changed, timeout=LIVENESS_MS,
                          check_params_cb=lambda item_id: item_id == CARD):
        rig.language.set("nl")
    assert service.item(CARD).title("nl") in shown(rig)
    assert service.item(CARD).title("nl") != service.item(CARD).title("en")
    assert enabled(rig) == (False, False)  # reopened, not visited again


def test_a_language_change_on_the_home_screen_opens_nothing(qtbot, rig: Rig) -> None:
    with qtbot.assertNotEmitted(rig.navigation.page_changed):
        rig.language.set("fr")
    assert not rig.reading.showing_page


@pytest.fixture
def shrinking(qtbot, mini_content: Path, tmp_path: Path, monkeypatch) -> Iterator[tuple]:
    """A rig over the small test library, and the same library without card-one."""
    before = ContentService([mini_content], cache=tmp_path / "cache-before")
    smaller = tmp_path / "smaller"
    shutil.copytree(mini_content, smaller)
    for path in (smaller / "cards").glob("card-one.*.md"):
        path.unlink()
    after = ContentService([smaller], cache=tmp_path / "cache-after")
    assert before.item("card-one") is not None and after.item("card-one") is None
    yield build(qtbot, before, monkeypatch), after
    before.close()
    after.close()


def test_a_page_whose_item_went_goes_home(shrinking) -> None:
    rig, after = shrinking
    rig.navigation.open_item("card-two")
    rig.navigation.open_item("card-one")
    rig.service.content = after  # as when a content pack was removed
    rig.navigation.reopen()
    assert rig.pages[-1] == ""
    assert rig.navigation.current_id() is None
    assert enabled(rig) == (False, False)


def test_keep_missing_leaves_the_page_as_it_was(qtbot, shrinking) -> None:
    rig, after = shrinking
    rig.navigation.open_item("card-one")
    before = shown(rig)
    rig.service.content = after  # as when a contact open on screen was deleted
    with qtbot.assertNotEmitted(rig.navigation.page_changed):
        rig.navigation.reopen(keep_missing=True)
    assert rig.navigation.current_id() == "card-one"
    assert shown(rig) == before


def test_reopen_on_the_home_screen_does_nothing(qtbot, rig: Rig) -> None:
    with qtbot.assertNotEmitted(rig.navigation.page_changed):
        rig.navigation.reopen()
        rig.navigation.reopen(keep_missing=True)


def test_a_missing_about_page_is_said_not_shown(shrinking) -> None:
    rig, _after = shrinking
    rig.actions["about"].trigger()
    assert rig.pages == []
    assert len(rig.boxes.told) == 1 and "About" in rig.boxes.told[0]


# -- links -----------------------------------------------------------------------------------

@pytest.mark.parametrize("href, item_id", [(f"card:{CARD}", CARD), (f"term:{TERM}", TERM),
                                           ("page:about", "about")])
def test_an_internal_link_opens_its_item(rig: Rig, href: str, item_id: str) -> None:
    rig.reading.page.link_activated.emit(QUrl(href))  # as a click on the link
    assert rig.pages == [item_id]
    assert rig.boxes.told == rig.boxes.asked == []


@pytest.mark.parametrize("href", ["card:no-such-card", f"card:{TERM}", "term:", "doc:nothing",
                                  "contact:no-such-contact", "country:zz"])
def test_an_internal_link_to_nothing_says_so(rig: Rig, href: str) -> None:
    rig.navigation.open_item(CARD)
    rig.navigation.follow_link(QUrl(href))
    assert rig.pages == [CARD]
    assert len(rig.boxes.told) == 1 and "not available" in rig.boxes.told[0]
    assert rig.boxes.opened == []


@pytest.mark.parametrize("href", ["https://example.org/help?x=1", "http://example.org",
                                  "mailto:office@example.org"])
def test_a_web_link_is_opened_only_when_confirmed(rig: Rig, href: str) -> None:
    rig.navigation.follow_link(QUrl(href))
    assert len(rig.boxes.asked) == 1 and href in rig.boxes.asked[0]
    assert rig.boxes.opened == []  # the answer was No
    rig.boxes.answer = QMessageBox.StandardButton.Yes
    rig.navigation.follow_link(QUrl(href))
    assert rig.boxes.opened == [QUrl(href)]
    assert rig.pages == []


@pytest.mark.parametrize("href", ["javascript:alert(1)", "file:///etc/passwd", "ftp://example.org",
                                  "data:text/html,<b>x</b>", "", "no-scheme-at-all",
                                  "smb://server/share"])
def test_any_other_link_does_nothing(rig: Rig, href: str) -> None:
    rig.navigation.follow_link(QUrl(href))
    assert rig.boxes.told == rig.boxes.asked == []
    assert rig.boxes.opened == []
    assert rig.pages == []
