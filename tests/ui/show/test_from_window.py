"""Presenting and showing to the client from the main window, and quick
exit ending both."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from equalcity_desktop.library.languages import CARD_HEADINGS
from equalcity_desktop.library.sections import split_sections

MODULE = "brussels-module-disclosure"
CARD = "disclosure-sogiesc"


def test_f5_presents_the_open_module_and_shift_f5_goes_on(window, qtbot) -> None:
    window.navigation.open_item("interpreter-working")
    assert window.actions["present"].isEnabled()  # a card is presented section by section
    window.navigation.open_item(MODULE)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    show = window.output.show_session
    assert show is not None and show.audience.isVisible()
    assert show.controller.index == 0
    for _ in range(3):
        QTest.keyClick(show.audience, Qt.Key.Key_PageDown)
    QTest.keyClick(show.audience, Qt.Key.Key_Escape)
    assert window.output.show_session is None
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert window.output.show_session.controller.index == 3
    window.output.show_session.end()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert window.output.show_session.controller.index == 0
    window.output.show_session.end()


def test_present_needs_an_open_page(window) -> None:
    window.navigation.go_home()
    assert not window.actions["present"].isEnabled()
    assert not window.actions["show_client"].isEnabled()


def test_quick_exit_ends_a_show_and_forgets_where_it_was(window, qtbot) -> None:
    window.navigation.open_item(MODULE)
    window.output.present()
    show = window.output.show_session
    qtbot.waitUntil(lambda: QApplication.focusWidget() is show.audience)
    QTest.keyClick(show.audience, Qt.Key.Key_Right)
    for _ in range(3):  # Shift three times, pressed on the projector's window
        QTest.keyClick(show.audience, Qt.Key.Key_Shift)
    assert window.is_neutral
    assert window.output.show_session is None
    assert not show.running
    assert not show.audience.isVisible() and not show.console.isVisible()
    # Shift+F5 starts from the first slide again: where the show was is forgotten.
    window.privacy.leave_neutral()
    window.navigation.open_item(MODULE)
    assert window.output.present(from_current=True)
    assert window.output.show_session.controller.index == 0
    window.output.show_session.end()


def test_show_to_client_in_another_language(window, qtbot) -> None:
    window.navigation.open_item(CARD)
    assert window.output.show_to_client("pt", whole=False)
    view = window.output.client_view
    assert view.isVisible() and view.isFullScreen()
    say = next(s for s in split_sections(window.content.item(CARD).variant("pt").body)
               if s.title == CARD_HEADINGS["pt"][2])
    shown = " ".join(view.text.toPlainText().split())
    first_words = " ".join(say.text.replace("-", " ").replace('"', " ").split()[:4])
    assert first_words.split()[0] in shown
    assert window.content.item(CARD).title("pt") not in shown  # no title: only what to say
    assert window.language.value == "en"  # the worker keeps their language
    assert view.text.font().pixelSize() >= 20
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert window.output.client_view is None


def test_show_to_client_the_whole_card_and_quick_exit(window, qtbot) -> None:
    window.navigation.open_item(CARD)
    window.output.show_to_client("nl", whole=True)
    view = window.output.client_view
    assert window.content.item(CARD).title("nl") in view.text.toPlainText()
    window.privacy.quick_exit()
    assert window.output.client_view is None
    assert view not in QApplication.topLevelWidgets() or not view.isVisible()


def test_the_console_follows_a_live_interface_language_change(window, qtbot) -> None:
    window.navigation.open_item(MODULE)
    window.output.present()
    console = window.output.show_session.console
    assert console.buttons["end"].text() == "End show"
    try:
        window.translations.apply("nl")
        qtbot.waitUntil(lambda: console.buttons["end"].text() not in ("", "End show"))
        assert "Dia 1" in console.position.text()
    finally:
        window.translations.apply("en")
        window.output.show_session.end()
