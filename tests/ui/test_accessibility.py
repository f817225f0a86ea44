"""Every interactive widget has a name a screen reader can say, and the
keyboard reaches the main parts in a sensible order."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from .conftest import part, settle, type_query

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit)


def _name(widget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface else "") or ""


def test_every_visible_interactive_widget_has_an_accessible_name(window, qtbot) -> None:
    window.navigation.open_item("suicidal-thoughts")
    unnamed = [f"{type(w).__name__}#{w.objectName()}"
               for w in window.findChildren(QWidget)
               if isinstance(w, INTERACTIVE) and w.isVisible() and not _name(w).strip()]
    assert unnamed == []


def test_icon_only_and_key_widgets_have_explicit_names(window) -> None:
    for widget in (part(window, "searchBox"), part(window, "results"), part(window, "navPane"),
                   part(window, "cardView"),
                   window.content_lang, part(window, "toolkitFilter"), part(window, "kindFilter"),
                   window.menus.quick_exit_button):
        assert widget.accessibleName().strip(), widget.objectName()


def test_tab_order_from_the_search_box(window, qtbot) -> None:
    window.search_panel.focus_search()
    order = []
    for _ in range(6):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), "\t")
    assert order[:3] == [part(window, n) for n in ("searchBox", "toolkitFilter", "kindFilter")]
    assert part(window, "navPane") in order or part(window, "results") in order
    assert len(set(order)) == len(order)  # no trap: every Tab moves on


def test_click_targets_are_at_least_24_by_24(window, qtbot) -> None:
    window.resize(1180, 760)
    settle()
    small = [f"{type(w).__name__}#{w.objectName()} {w.width()}x{w.height()}"
             for w in window.findChildren(QWidget)
             if isinstance(w, QAbstractButton | QComboBox | QLineEdit) and w.isVisible()
             and (w.width() < 24 or w.height() < 24)]
    assert small == []


# -- the whole Tab cycle ------------------------------------------------------
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _on_screen(widget: QWidget) -> bool:
    """Visible and not scrolled away or covered (WCAG 2.4.11)."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def _tab_cycle(qtbot, window, limit: int = 200, hidden: list | None = None) -> list[QWidget]:
    """Press Tab from the search box until focus comes back to it; a stop that is
    not on screen when it has the focus goes into ``hidden``."""
    start = part(window, "searchBox")
    start.setFocus()
    settle()
    stops = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
        if hidden is not None and not _on_screen(stops[-1]):
            hidden.append(f"{type(stops[-1]).__name__}#{stops[-1].objectName()}")
        if stops[-1] is start:
            return [start, *stops[:-1]]
    raise AssertionError(f"Tab never came back to the search box (a keyboard trap): "
                         f"{[type(w).__name__ for w in stops[-5:]]}")


def _shows_focus(qtbot, widget: QWidget, other: QWidget, name: str) -> bool:
    """The widget's own pixels differ with and without the keyboard focus."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    focused = widget.grab().toImage()
    other.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    unfocused = widget.grab().toImage()
    SHOTS.mkdir(parents=True, exist_ok=True)
    focused.save(str(SHOTS / f"focus-{name}-on.png"))
    unfocused.save(str(SHOTS / f"focus-{name}-off.png"))
    return focused != unfocused


def _prepare(qtbot, window, state: str) -> None:
    if state == "card":
        window.navigation.open_item("suicidal-thoughts")
    elif state == "results":
        type_query(qtbot, window, "interpreter")
        window.navigation.open_item(window.search_panel.result_ids()[0])
    elif state == "nothing found":
        window.navigation.open_item("about")  # the page pane shows a page, not the tiles
        part(window, "kindFilter").setCurrentIndex(part(window, "kindFilter").count() - 1)
        window.search_panel.focus_search()
        qtbot.keyClicks(part(window, "searchBox"), "zzqxv")
        qtbot.waitUntil(part(window, "emptyState").isVisible, timeout=5_000)


LINKED = (QTextBrowser, QLabel)  # Tab walks the links inside these, one stop each


@pytest.mark.parametrize("state", ["home", "card", "results", "nothing found"])
def test_tab_cycle_has_no_trap_and_every_stop_shows_focus(window, qtbot, state) -> None:
    window.resize(1180, 760)
    _prepare(qtbot, window, state)
    hidden: list[str] = []
    stops = _tab_cycle(qtbot, window, hidden=hidden)
    assert len(stops) > 5
    assert hidden == []
    for n, widget in enumerate(stops):
        assert widget.window() is window, type(widget).__name__
        if n and widget is stops[n - 1]:
            assert isinstance(widget, LINKED), f"Tab stayed on {type(widget).__name__}"
    assert len(set(map(id, stops))) == len({id(w) for w in stops})
    # Each distinct widget shows focus; tiles are alike, so the first stands for all.
    distinct = []
    for widget in stops:
        if widget not in distinct and not (distinct and type(widget).__name__ == "Tile"
                                           and type(distinct[-1]).__name__ == "Tile"):
            distinct.append(widget)
    invisible = []
    for widget in distinct:
        box = part(window, "searchBox")
        other = part(window, "toolkitFilter") if widget is box else box
        name = f"{state.replace(' ', '-')}-{type(widget).__name__}-{widget.objectName()}"
        if not _shows_focus(qtbot, widget, other, name):
            invisible.append(name)
    assert invisible == []
    window.grab().save(str(SHOTS / f"window-{state.replace(' ', '-')}.png"))


def _regions(window, stops: list[QWidget]) -> list[str]:
    """The part of the window each stop belongs to, runs merged."""
    parts = [(part(window, "searchBox"), "search"), (part(window, "toolkitFilter"), "filters"),
             (part(window, "kindFilter"), "filters"), (part(window, "navPane"), "list"),
             (part(window, "results"), "list"),
             (part(window, "emptyState"), "list"), (part(window, "didYouMean"), "list"),
             (window.reading, "page"), (window.menus.toolbar, "toolbar"),
             (window.menus.exit_bar, "toolbar")]
    out: list[str] = []
    for widget in stops:
        region = next((name for part, name in parts
                       if widget is part or part.isAncestorOf(widget)), "other")
        if not out or out[-1] != region:
            out.append(region)
    return out


@pytest.mark.parametrize("state", ["card", "results", "nothing found"])
def test_tab_order_follows_the_layout(window, qtbot, state) -> None:
    """Search box, filters, the list on the left, the page, then the toolbar's
    language box and quick exit; each part visited once per cycle."""
    _prepare(qtbot, window, state)
    assert _regions(window, _tab_cycle(qtbot, window)) == \
        ["search", "filters", "list", "page", "toolbar"]


def test_tab_order_on_the_home_screen(window, qtbot) -> None:
    """The tiles come between the list and the toolbar, and each one is on screen
    when it has the focus, also on the second time round."""
    for _ in range(2):
        hidden: list[str] = []
        stops = _tab_cycle(qtbot, window, hidden=hidden)
        assert _regions(window, stops) == ["search", "filters", "list", "page", "toolbar"]
        assert hidden == []


# -- text size: 100%, 150%, 200% ---------------------------------------------
def _clipped(window) -> list[str]:
    """Buttons, boxes and one-line labels whose text is wider than the room they
    have, or a line taller (what shows as "Fo…rd" or a cut-off line)."""
    out = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QComboBox | QLabel) or \
                not _on_screen(widget):
            continue
        text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        if not text or (isinstance(widget, QLabel) and (widget.wordWrap() or "<" in text)):
            continue
        metrics = widget.fontMetrics()
        need = metrics.horizontalAdvance(text.replace("&", ""))
        if widget.contentsRect().width() < need or widget.height() < metrics.height():
            out.append(f"{type(widget).__name__} {text!r} {widget.width()}x{widget.height()} "
                       f"(needs {need} px)")
    return out


def _zoomed_shots(qtbot, window, width: int) -> dict[int, list[str]]:
    window.resize(width, 760)
    type_query(qtbot, window, "interpreter")
    window.navigation.open_item(window.search_panel.result_ids()[0])
    clipped = {}
    try:
        for steps, percent in ((0, 100), (4, 150), (8, 200)):
            window.appearance.zoom(steps)
            settle()
            SHOTS.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(SHOTS / f"zoom-{width}px-{percent}.png"))
            clipped[percent] = _clipped(window)
    finally:
        window.appearance.zoom(0)
    return clipped


def test_no_clipped_text_at_150_and_200_percent(window, qtbot) -> None:
    """At the window's first size (1180 x 760) every button, box and label keeps
    its whole text at 100%, 150% and 200% (screenshots in build/screenshots)."""
    assert _zoomed_shots(qtbot, window, 1180) == {100: [], 150: [], 200: []}


def test_no_clipped_text_at_200_percent_in_a_narrow_window(window, qtbot) -> None:
    assert _zoomed_shots(qtbot, window, 1024) == {100: [], 150: [], 200: []}


def test_home_tiles_never_cut_a_word_at_200_percent(window, qtbot) -> None:
    """At 200% in a 1024 px window the tiles go to fewer columns, so the
    longest word of every title fits its tile; quick exit stays on screen."""
    window.navigation.go_home()
    window.resize(1024, 760)
    try:
        window.appearance.zoom(8)

        def cut() -> list[str]:
            out = []
            for tile in part(window, "homePage").tiles:
                longest = max(tile.text().split(), key=tile.fontMetrics().horizontalAdvance)
                if tile.fontMetrics().horizontalAdvance(longest) > tile.width() - 24:
                    out.append(longest)
            return out

        # The columns follow the new font and then the new layout's width
        # (a resize a moment later): wait for the page as it settles.
        qtbot.waitUntil(lambda: part(window, "homePage")._columns < 3 and not cut(), timeout=3_000)
        assert cut() == []
        assert _on_screen(window.menus.quick_exit_button)
    finally:
        window.appearance.zoom(0)
    qtbot.waitUntil(lambda: part(window, "homePage")._columns == 3)
