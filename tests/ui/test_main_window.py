"""The window as a worker uses it: type, read, follow, go back, leave fast."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from equalcity_desktop.ui import main_window as main_window_mod

from .conftest import click_link, type_query


def test_opens_with_the_search_box_focused(window, qtbot) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_box)
    assert window.windowTitle() == "Equalcity"


def test_type_see_the_card_enter_opens_it(window, qtbot) -> None:
    type_query(qtbot, window, "sui")
    assert window.model.ids()[0] == "suicidal-thoughts"
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.history.current == "suicidal-thoughts"
    assert window.right_stack.currentWidget() is window.card_view
    title = window.content.item("suicidal-thoughts").title("en")
    assert title in window.card_view.toPlainText()
    assert window.windowTitle() == "Equalcity"


def test_arrow_keys_and_enter_drive_the_results(window, qtbot) -> None:
    type_query(qtbot, window, "interpreter")
    QTest.keyClick(window.search_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.results
    QTest.keyClick(window.results, Qt.Key.Key_Down)
    second = window.model.result(1)
    QTest.keyClick(window.results, Qt.Key.Key_Return)
    assert window.history.current == second.id


def test_an_internal_link_navigates_and_back_returns(window, qtbot) -> None:
    window.open_item("interpreter-working")
    target = next(h for h in ("card:no-interpreter", "card:confidentiality-outing-risk",
                              "card:disclosure-violence-child")
                  if h in window.card_view.toHtml())
    click_link(window.card_view, target)
    expected = target.split(":", 1)[1]
    qtbot.waitUntil(lambda: window.history.current == expected)
    assert window.actions["back"].isEnabled()
    window.actions["back"].trigger()
    assert window.history.current == "interpreter-working"
    assert "interpreter" in window.card_view.toPlainText().lower()
    window.actions["forward"].trigger()
    assert window.history.current == expected


def test_a_web_link_opens_only_after_confirmation(window, qtbot, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(main_window_mod.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(main_window_mod.QMessageBox, "question",
                        lambda *a, **k: answers.pop(0))
    window.open_item("suicidal-thoughts")
    before = window.card_view.toPlainText()
    window.card_view.link_activated.emit(QUrl("https://example.org/"))
    assert opened == []
    assert window.card_view.toPlainText() == before  # the view is not blanked
    window.card_view.link_activated.emit(QUrl("https://example.org/"))
    assert [u.toString() for u in opened] == ["https://example.org/"]


def test_typing_anywhere_goes_to_the_search_box(window, qtbot) -> None:
    window.open_item("suicidal-thoughts")
    window.card_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.card_view)
    QTest.keyClick(window.card_view, "t")
    assert QApplication.focusWidget() is window.search_box
    QTest.keyClicks(QApplication.focusWidget(), "olk")
    assert window.search_box.text() == "tolk"
    qtbot.waitUntil(lambda: "interpreter-working" in window.model.ids())


def test_a_home_tile_opens_its_card(window, qtbot) -> None:
    tile = window.home.tiles[0]
    tile.click()
    assert window.history.current is not None
    item = window.content.item(window.history.current)
    assert item.kind == "card"
    assert item.title("en") in window.card_view.toPlainText()


def test_content_language_switch_rerenders_the_page_and_results(window, qtbot) -> None:
    window.open_item("suicidal-thoughts")
    type_query(qtbot, window, "suicide")
    window.content_lang.setCurrentIndex(window.content_lang.findData("nl"))
    nl_title = window.content.item("suicidal-thoughts").title("nl")
    assert nl_title in window.card_view.toPlainText()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and window.model.result(0).lang == "nl")
    assert window.settings.get("content_language") == "nl"
    assert window.windowTitle() == "Equalcity"


def _assert_quick_exit_done(window) -> None:
    assert window.search_box.text() == ""
    assert window.model.rowCount() == 0
    assert window.history.current is None and not window.history.can_back()
    assert window.card_view.toPlainText().strip() == ""
    assert window.is_neutral
    assert window.root.currentWidget().text() == "Equalcity"
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert window.windowState() & Qt.WindowState.WindowMinimized
    assert window.windowTitle() == "Equalcity"


def test_quick_exit_button_clears_everything_at_once(window, qtbot) -> None:
    """Done when the click returns: no timer or event loop turn in between (how fast is
    `make bench`'s business)."""
    type_query(qtbot, window, "suicide")
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    window.open_item("interpreter-working")
    QTest.mouseClick(window.quick_exit_button, Qt.MouseButton.LeftButton)
    _assert_quick_exit_done(window)


def test_shift_three_times_is_a_quick_exit(window, qtbot) -> None:
    type_query(qtbot, window, "abuse")
    window.open_item("disclosure-violence-child")
    focus = QApplication.focusWidget()
    for _ in range(3):
        QTest.keyClick(focus, Qt.Key.Key_Shift)
    _assert_quick_exit_done(window)
    # Any key leaves the neutral screen for an empty home, not the old page.
    window.showNormal()
    QTest.keyClick(window.neutral, Qt.Key.Key_Space)
    assert not window.is_neutral
    assert window.right_stack.currentWidget() is window.home


def test_shift_with_other_keys_does_not_exit(window, qtbot) -> None:
    window.search_box.setFocus()
    shift = Qt.KeyboardModifier.ShiftModifier
    for _ in range(3):  # a capital letter typed three times: Shift held with another key
        QTest.keyPress(window.search_box, Qt.Key.Key_Shift)
        QTest.keyClick(window.search_box, Qt.Key.Key_A, shift)
        QTest.keyRelease(window.search_box, Qt.Key.Key_Shift, shift)
    assert not window.is_neutral
    QTest.keyClick(window.search_box, Qt.Key.Key_Shift)
    QTest.keyClick(window.search_box, Qt.Key.Key_X)
    QTest.keyClick(window.search_box, Qt.Key.Key_Shift)
    assert not window.is_neutral
    assert window.search_box.text().lower() == "aaax"


def test_no_results_says_so_and_offers_the_glossary(window, qtbot) -> None:
    window.search_box.setFocus()
    QTest.keyClicks(window.search_box, "zqxjkwv")
    qtbot.waitUntil(lambda: window.empty_state.isVisible())
    assert window.model.rowCount() == 0
    assert window.no_results.text().startswith("Nothing found")
    assert not window.reset_filters.isVisible()  # no filter is on
    window.open_glossary.click()
    assert window.search_box.text() == ""
    assert window.nav.currentItem().text(0) == "Glossary"
    assert window.nav.currentItem().isExpanded()


def test_filters_narrow_the_results_and_reset(window, qtbot) -> None:
    type_query(qtbot, window, "child")
    assert len({window.model.result(r).kind for r in range(window.model.rowCount())}) > 1
    window.kind_filter.setCurrentIndex(window.kind_filter.findText("Glossary"))
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and {
        window.model.result(r).kind for r in range(window.model.rowCount())} == {"glossary"})
    window.toolkit_filter.setCurrentIndex(window.toolkit_filter.findText("Gothenburg"))
    qtbot.waitUntil(lambda: window.empty_state.isVisible() or all(
        window.model.result(r).toolkit == "gothenburg"
        for r in range(window.model.rowCount())))
    window.search_box.setText("zqxjkwv")
    qtbot.waitUntil(lambda: window.empty_state.isVisible())
    assert window.reset_filters.isVisible()
    window.reset_filters.click()
    assert window.kind_filter.currentIndex() == 0 and window.toolkit_filter.currentIndex() == 0


def test_the_filters_are_reachable_by_keyboard(window, qtbot) -> None:
    window.search_box.setFocus()
    QTest.keyClick(window.search_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.toolkit_filter
    QTest.keyClick(window.toolkit_filter, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.kind_filter


def test_did_you_mean_after_a_typo(window, qtbot) -> None:
    type_query(qtbot, window, "interpeter ")
    qtbot.waitUntil(lambda: window.did_you_mean.isVisible())
    assert "interpreter" in window.did_you_mean.text()
    assert window.model.ids()[0] in ("interpreter-working", "no-interpreter")
    window.did_you_mean.linkActivated.emit("interpreter")
    assert window.search_box.text() == "interpreter"
    qtbot.waitUntil(lambda: not window.did_you_mean.isVisible())


def test_contacts_are_listed_and_found(window, qtbot) -> None:
    type_query(qtbot, window, "112")
    first = window.model.result(0)
    assert first.kind == "contact"
    window.open_item(first.id)
    text = window.card_view.toPlainText()
    assert "112" in text and "Check locally" in text


def test_escape_clears_the_search_and_shows_the_contents(window, qtbot) -> None:
    type_query(qtbot, window, "suicide")
    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.left_stack.currentWidget() is window.nav


def test_the_navigation_lists_contacts_by_country(window) -> None:
    nav = window.nav
    top = {nav.topLevelItem(i).text(0): nav.topLevelItem(i) for i in range(nav.topLevelItemCount())}
    contacts = top["Contacts"]
    countries = [contacts.child(i).text(0) for i in range(contacts.childCount())]
    assert {"European Union", "Belgium", "Luxembourg", "Italy", "Sweden"} <= set(countries)
    assert all(contacts.child(i).childCount() > 0 for i in range(contacts.childCount()))
