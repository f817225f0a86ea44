"""The home screen (ui/home_page.py HomePage and its tiles), on its own: the bundled
library handed in as the window would, tiles clicked and chosen with the keyboard,
checked through ``item_requested`` and the page's public ``tiles``."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from equalcity_desktop.library.contacts import COUNTRIES
from equalcity_desktop.library.model import Library
from equalcity_desktop.ui.home_page import COLUMNS, HomePage, Tile, country_guides

from ..conftest import LIVENESS_MS
from .conftest import settle


@pytest.fixture
def home(qtbot) -> HomePage:
    page = HomePage()
    page.resize(1000, 700)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page, timeout=LIVENESS_MS)
    return page


@pytest.fixture
def library(service) -> Library:
    return service.library


def intro(page: HomePage) -> str:
    return page.findChild(QLabel, "homeIntro").text()


def headings(page: HomePage) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel, "tileHeading")]


def tile_ids(page: HomePage, library: Library, lang: str) -> list[str]:
    """The ids the tiles stand for, found by title (tiles carry only their text)."""
    expected = [c for _, cards in library.cards_by_toolkit(lang) for c in cards]
    expected += country_guides(library)
    assert [t.text() for t in page.tiles] == [i.title(lang) for i in expected]
    return [i.id for i in expected]


def test_before_the_library_comes_it_says_it_is_loading(home: HomePage) -> None:
    assert home.tiles == []
    assert intro(home) == "Loading the toolkits…"
    assert home.accessibleName() == "Situations"
    assert home.focusPolicy() == Qt.FocusPolicy.StrongFocus  # reachable with Tab even so


def test_a_tile_for_every_situation_then_every_country_guide(home: HomePage,
                                                             library: Library) -> None:
    home.set_library(library, "en")
    assert intro(home) == "Type in the search box, or choose a situation:"
    ids = tile_ids(home, library, "en")
    assert len(ids) == len(library.of_kind("card")) + len(library.of_kind("country"))
    assert ids[-len(library.of_kind("country")):] == ["country-be", "country-lu",
                                                      "country-it", "country-se"]
    assert headings(home)[-1] == "How things work in each country"
    for toolkit_id, _ in library.cards_by_toolkit("en"):
        toolkit = library.toolkits.get(toolkit_id)
        if toolkit:
            assert f"{toolkit.cities['en']}: {toolkit.subjects['en']}" in headings(home)


def test_each_tile_names_itself_for_a_screen_reader(home: HomePage, library: Library) -> None:
    home.set_library(library, "en")
    for tile in home.tiles:
        assert tile.accessibleName() == tile.text() == tile.toolTip()
        assert tile.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_clicking_a_tile_requests_its_item(qtbot, home: HomePage, library: Library) -> None:
    home.set_library(library, "en")
    ids = tile_ids(home, library, "en")
    for n in (0, len(ids) // 2, len(ids) - 1):
        home.ensureWidgetVisible(home.tiles[n])
        settle()
        with qtbot.waitSignal(home.item_requested, timeout=LIVENESS_MS) as blocker:
            QTest.mouseClick(home.tiles[n], Qt.MouseButton.LeftButton)
        assert blocker.args == [ids[n]]


def test_space_on_a_focused_tile_requests_its_item(qtbot, home: HomePage,
                                                   library: Library) -> None:
    home.set_library(library, "en")
    ids = tile_ids(home, library, "en")
    home.activateWindow()
    home.tiles[1].setFocus()
    qtbot.waitUntil(home.tiles[1].hasFocus, timeout=LIVENESS_MS)
    with qtbot.waitSignal(home.item_requested, timeout=LIVENESS_MS) as blocker:
        QTest.keyClick(home.tiles[1], Qt.Key.Key_Space)
    assert blocker.args == [ids[1]]


def test_tab_goes_through_the_tiles_in_reading_order(home: HomePage,
                                                     library: Library) -> None:
    home.set_library(library, "en")
    for before, after in zip(home.tiles, home.tiles[1:], strict=False):
        assert before.nextInFocusChain() is after
    assert home.focusPolicy() == Qt.FocusPolicy.NoFocus  # the tiles take it instead


def test_a_language_change_retitles_every_tile(home: HomePage, library: Library) -> None:
    home.set_library(library, "en")
    count = len(home.tiles)
    home.set_language("nl")
    ids = tile_ids(home, library, "nl")
    assert len(ids) == count
    toolkit = next(iter(library.toolkits.values()))
    assert f"{toolkit.cities['nl']}: {toolkit.subjects['nl']}" in headings(home)


def test_old_tiles_are_gone_after_a_rebuild(qtbot, home: HomePage, library: Library) -> None:
    home.set_library(library, "en")
    old = list(home.tiles)
    home.set_language("fr")
    assert not set(map(id, old)) & set(map(id, home.tiles))
    requested: list[str] = []
    home.item_requested.connect(requested.append)
    QTest.mouseClick(home.tiles[0], Qt.MouseButton.LeftButton)
    assert len(requested) == 1  # the new tile, once: no leftover connection fires too


def test_an_empty_library_has_no_tiles_and_no_headings(home: HomePage) -> None:
    home.set_library(Library(), "en")
    assert home.tiles == []
    assert headings(home) == []
    assert intro(home) == "Type in the search box, or choose a situation:"
    assert home.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_a_narrow_page_has_fewer_columns_and_a_wide_one_three(qtbot, home: HomePage,
                                                              library: Library) -> None:
    home.set_library(library, "en")

    def columns() -> int:
        settle()
        return len({t.geometry().x() for t in home.tiles})

    home.resize(1200, 700)
    qtbot.waitUntil(lambda: columns() == COLUMNS, timeout=LIVENESS_MS)
    home.resize(260, 700)
    qtbot.waitUntil(lambda: columns() == 1, timeout=LIVENESS_MS)
    for tile in home.tiles:  # nothing cut: every tile is as tall as its text needs
        assert tile.height() >= tile.heightForWidth(tile.width())


def test_a_long_title_makes_a_taller_tile(qtbot) -> None:
    short, long = Tile("Short"), Tile("A much longer situation title " * 6)
    qtbot.addWidget(short)
    qtbot.addWidget(long)
    assert long.heightForWidth(200) > short.heightForWidth(200)
    assert short.heightForWidth(200) >= 72
    assert long.heightForWidth(5) > 0  # a pane narrower than the padding: no error
    assert short.hasHeightForWidth()


def test_country_guides_in_the_directory_order_then_any_other(library: Library) -> None:
    guides = country_guides(library)
    order = [str(g.extra["country"]) for g in guides]
    assert order == [c for c in COUNTRIES if c in order]
    be = library.items["country-be"]
    unknown = dataclasses.replace(be, id="a-zz-guide", extra={**be.extra, "country": "zz"})
    without = dataclasses.replace(be, id="a-no-country", extra={})
    more = Library(items={**library.items, unknown.id: unknown, without.id: without},
                   toolkits=library.toolkits)
    ids = [g.id for g in country_guides(more)]
    assert ids[:len(guides)] == [g.id for g in guides]
    assert ids[len(guides):] == ["a-no-country", "a-zz-guide"]  # the others by id
    assert country_guides(Library()) == []


def test_an_interface_language_change_rebuilds_the_page(home: HomePage,
                                                        library: Library) -> None:
    home.set_library(library, "en")
    old = list(home.tiles)
    QApplication.sendEvent(home, QEvent(QEvent.Type.LanguageChange))
    assert len(home.tiles) == len(old)
    assert home.tiles[0] is not old[0]
