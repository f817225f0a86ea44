"""The window as a worker uses it: type, read, follow, go back, leave fast."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from equalcity_desktop.ui import navigation as navigation_mod

from .conftest import click_link, keys, part, results, type_query


def test_opens_with_the_search_box_focused(window, qtbot) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is part(window, "searchBox"))
    assert window.windowTitle() == "Equalcity"


def test_type_see_the_card_enter_opens_it(window, qtbot) -> None:
    type_query(qtbot, window, "sui")
    assert window.search_panel.result_ids()[0] == "suicidal-thoughts"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.navigation.history.current == "suicidal-thoughts"
    assert window.reading.showing_page
    title = window.content.item("suicidal-thoughts").title("en")
    assert title in part(window, "cardView").toPlainText()
    assert window.windowTitle() == "Equalcity"


def test_arrow_keys_and_enter_drive_the_results(window, qtbot) -> None:
    type_query(qtbot, window, "interpreter")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is part(window, "results")
    QTest.keyClick(part(window, "results"), Qt.Key.Key_Down)
    second = window.search_panel.result_at(1)
    QTest.keyClick(part(window, "results"), Qt.Key.Key_Return)
    assert window.navigation.history.current == second.id


def test_an_internal_link_navigates_and_back_returns(window, qtbot) -> None:
    window.navigation.open_item("interpreter-working")
    target = next(h for h in ("card:no-interpreter", "card:confidentiality-outing-risk",
                              "card:disclosure-violence-child")
                  if h in part(window, "cardView").toHtml())
    click_link(part(window, "cardView"), target)
    expected = target.split(":", 1)[1]
    qtbot.waitUntil(lambda: window.navigation.history.current == expected)
    assert window.actions["back"].isEnabled()
    window.actions["back"].trigger()
    assert window.navigation.history.current == "interpreter-working"
    assert "interpreter" in part(window, "cardView").toPlainText().lower()
    window.actions["forward"].trigger()
    assert window.navigation.history.current == expected


def test_a_web_link_opens_only_after_confirmation(window, qtbot, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(navigation_mod.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(navigation_mod.QMessageBox, "question",
                        lambda *a, **k: answers.pop(0))
    window.navigation.open_item("suicidal-thoughts")
    before = part(window, "cardView").toPlainText()
    part(window, "cardView").link_activated.emit(QUrl("https://example.org/"))
    assert opened == []
    assert part(window, "cardView").toPlainText() == before  # the view is not blanked
    part(window, "cardView").link_activated.emit(QUrl("https://example.org/"))
    assert [u.toString() for u in opened] == ["https://example.org/"]


def test_typing_anywhere_goes_to_the_search_box(window, qtbot) -> None:
    window.navigation.open_item("suicidal-thoughts")
    part(window, "cardView").setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is part(window, "cardView"))
    QTest.keyClick(part(window, "cardView"), "t")
    assert QApplication.focusWidget() is part(window, "searchBox")
    QTest.keyClicks(QApplication.focusWidget(), "olk")
    assert window.search_panel.query().text == "tolk"
    qtbot.waitUntil(lambda: "interpreter-working" in window.search_panel.result_ids())


def test_a_home_tile_opens_its_card(window, qtbot) -> None:
    tile = part(window, "homePage").tiles[0]
    tile.click()
    assert window.navigation.history.current is not None
    item = window.content.item(window.navigation.history.current)
    assert item.kind == "card"
    assert item.title("en") in part(window, "cardView").toPlainText()


def test_content_language_switch_rerenders_the_page_and_results(window, qtbot) -> None:
    window.navigation.open_item("suicidal-thoughts")
    type_query(qtbot, window, "suicide")
    window.content_lang.setCurrentIndex(window.content_lang.findData("nl"))
    nl_title = window.content.item("suicidal-thoughts").title("nl")
    assert nl_title in part(window, "cardView").toPlainText()
    qtbot.waitUntil(lambda: bool(results(window)) and results(window)[0].lang == "nl")
    assert window.settings.get("content_language") == "nl"
    assert window.windowTitle() == "Equalcity"


def _assert_quick_exit_done(window) -> None:
    assert window.search_panel.query().text == ""
    assert len(window.search_panel.result_ids()) == 0
    assert window.navigation.history.current is None and not window.navigation.history.can_back()
    assert part(window, "cardView").toPlainText().strip() == ""
    assert window.is_neutral
    assert window.screens.currentWidget().text() == "Equalcity"
    assert not window.menuBar().isVisible() and not window.menus.toolbar.isVisible()
    assert window.windowState() & Qt.WindowState.WindowMinimized
    assert window.windowTitle() == "Equalcity"


def test_quick_exit_button_clears_everything_at_once(window, qtbot) -> None:
    """Done when the click returns: no timer or event loop turn in between (how fast is
    `make bench`'s business)."""
    type_query(qtbot, window, "suicide")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    window.navigation.open_item("interpreter-working")
    QTest.mouseClick(window.menus.quick_exit_button, Qt.MouseButton.LeftButton)
    _assert_quick_exit_done(window)


def test_shift_three_times_is_a_quick_exit(window, qtbot) -> None:
    type_query(qtbot, window, "abuse")
    window.navigation.open_item("disclosure-violence-child")
    focus = QApplication.focusWidget()
    for _ in range(3):
        QTest.keyClick(focus, Qt.Key.Key_Shift)
    _assert_quick_exit_done(window)
    # Any key leaves the neutral screen for an empty home, not the old page.
    window.showNormal()
    QTest.keyClick(window.privacy.neutral, Qt.Key.Key_Space)
    assert not window.is_neutral
    assert not window.reading.showing_page


def test_shift_with_other_keys_does_not_exit(window, qtbot) -> None:
    window.search_panel.focus_search()
    shift = Qt.KeyboardModifier.ShiftModifier
    for _ in range(3):  # a capital letter typed three times: Shift held with another key
        QTest.keyPress(part(window, "searchBox"), Qt.Key.Key_Shift)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, shift)
        QTest.keyRelease(part(window, "searchBox"), Qt.Key.Key_Shift, shift)
    assert not window.is_neutral
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Shift)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_X)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Shift)
    assert not window.is_neutral
    assert window.search_panel.query().text.lower() == "aaax"


def test_no_results_says_so_and_offers_the_glossary(window, qtbot) -> None:
    window.search_panel.focus_search()
    keys("zqxjkwv")
    qtbot.waitUntil(lambda: part(window, "emptyState").isVisible())
    assert len(window.search_panel.result_ids()) == 0
    assert part(window, "noResults").text().startswith("Nothing found")
    assert not part(window, "resetFilters").isVisible()  # no filter is on
    part(window, "openGlossary").click()
    assert window.search_panel.query().text == ""
    assert part(window, "navPane").currentItem().text(0) == "Glossary"
    assert part(window, "navPane").currentItem().isExpanded()


def test_filters_narrow_the_results_and_reset(window, qtbot) -> None:
    type_query(qtbot, window, "child")
    assert len({r.kind for r in results(window)}) > 1
    part(window, "kindFilter").setCurrentIndex(part(window, "kindFilter").findText("Glossary"))
    qtbot.waitUntil(lambda: {r.kind for r in results(window)} == {"glossary"})
    toolkits = part(window, "toolkitFilter")
    toolkits.setCurrentIndex(toolkits.findText("Gothenburg"))
    qtbot.waitUntil(lambda: part(window, "emptyState").isVisible() or all(
        window.search_panel.result_at(r).toolkit == "gothenburg"
        for r in range(len(window.search_panel.result_ids()))))
    window.search_panel.set_text("zqxjkwv")
    qtbot.waitUntil(lambda: part(window, "emptyState").isVisible())
    assert part(window, "resetFilters").isVisible()
    part(window, "resetFilters").click()
    assert part(window, "kindFilter").currentIndex() == 0 and toolkits.currentIndex() == 0


def test_the_filters_are_reachable_by_keyboard(window, qtbot) -> None:
    window.search_panel.focus_search()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is part(window, "toolkitFilter")
    QTest.keyClick(part(window, "toolkitFilter"), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is part(window, "kindFilter")


def test_did_you_mean_after_a_typo(window, qtbot) -> None:
    type_query(qtbot, window, "interpeter ")
    qtbot.waitUntil(lambda: part(window, "didYouMean").isVisible())
    assert "interpreter" in part(window, "didYouMean").text()
    assert window.search_panel.result_ids()[0] in ("interpreter-working", "no-interpreter")
    part(window, "didYouMean").linkActivated.emit("interpreter")
    assert window.search_panel.query().text == "interpreter"
    qtbot.waitUntil(lambda: not part(window, "didYouMean").isVisible())


def test_contacts_are_listed_and_found(window, qtbot) -> None:
    type_query(qtbot, window, "112")
    first = window.search_panel.result_at(0)
    assert first.kind == "contact"
    window.navigation.open_item(first.id)
    text = part(window, "cardView").toPlainText()
    assert "112" in text and "Check locally" in text


def test_escape_clears_the_search_and_shows_the_contents(window, qtbot) -> None:
    type_query(qtbot, window, "suicide")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.search_panel.query().text == ""
    assert part(window, "leftStack").currentWidget() is part(window, "navPane")


def test_the_navigation_lists_contacts_by_country(window) -> None:
    nav = part(window, "navPane")
    top = {nav.topLevelItem(i).text(0): nav.topLevelItem(i) for i in range(nav.topLevelItemCount())}
    contacts = top["Contacts"]
    countries = [contacts.child(i).text(0) for i in range(contacts.childCount())]
    assert {"European Union", "Belgium", "Luxembourg", "Italy", "Sweden"} <= set(countries)
    assert all(contacts.child(i).childCount() > 0 for i in range(contacts.childCount()))
