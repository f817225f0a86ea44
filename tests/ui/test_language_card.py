"""Point to your language: the full-screen card, its fonts and directions,
choosing with the mouse and the keyboard, the worker told in their language,
and its place in the main window (Present menu, Quick exit closes it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from equalcity_desktop.library import client_phrases
from equalcity_desktop.ui.language_card import LanguageCard

from ..conftest import CONTENT


def make_card(qtbot, worker_lang: str = "en") -> LanguageCard:
    card = LanguageCard(client_phrases.load([CONTENT]), worker_lang)
    qtbot.addWidget(card)
    card.resize(1366, 768)
    card.show()
    return card


def button(card: LanguageCard, code: str):
    return next(b for b in card.buttons if b.language.code == code)


def test_every_language_with_its_own_script_and_direction(qtbot) -> None:
    card = make_card(qtbot)
    assert len(card.buttons) >= 24
    arabic, tigrinya = button(card, "ar"), button(card, "ti")
    assert arabic.endonym.text() == "العربية"
    assert arabic.endonym.font().families()[0] == "Noto Naskh Arabic"
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert tigrinya.endonym.font().families()[0] == "Noto Sans Ethiopic"
    assert tigrinya.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "ተርጓሚ" in tigrinya.line.text()
    # large enough to point at: at 1366x768 an endonym is at least 28 px high
    assert arabic.endonym.font().pixelSize() >= 28
    assert arabic.width() >= 250 and arabic.height() >= 70


def test_click_tells_the_worker_which_language(qtbot) -> None:
    card = make_card(qtbot)
    with qtbot.waitSignal(card.pointed) as signal:
        QTest.mouseClick(button(card, "ti"), Qt.MouseButton.LeftButton)
    assert signal.args == ["ti"]
    assert card.worker_line.text() == "The client pointed at: Tigrinya"
    assert button(card, "ti").isChecked() and not button(card, "ar").isChecked()


def test_the_worker_reads_it_in_the_worker_language(qtbot) -> None:
    card = make_card(qtbot, "fr")
    card.choose(button(card, "ckb"))
    assert "kurde (sorani)" in card.worker_line.text()


def test_keyboard_arrows_and_enter(qtbot) -> None:
    card = make_card(qtbot)
    card.activateWindow()
    card.buttons[0].setFocus()
    QTest.keyClick(card, Qt.Key.Key_Right)
    assert card.focusWidget() is card.buttons[1]
    QTest.keyClick(card, Qt.Key.Key_Down)
    assert card.focusWidget() is card.buttons[1 + card.columns]
    with qtbot.waitSignal(card.pointed) as signal:
        QTest.keyClick(card, Qt.Key.Key_Return)
    assert signal.args == [card.buttons[1 + card.columns].language.code]
    QTest.keyClick(card, Qt.Key.Key_Escape)
    assert not card.isVisible()


def test_from_the_present_menu_and_closed_by_quick_exit(window, qtbot) -> None:
    action = window.actions["language_card"]
    assert action in window.menus.menu("present").actions()
    action.trigger()
    card = window.output.client_view
    assert isinstance(card, LanguageCard) and card.isFullScreen()
    card.choose(button(card, "so"))
    assert window.output.pointed_language == "so"
    assert "The client pointed at: Somali" in window.statusBar().currentMessage()
    assert "Not yet checked by a native speaker." in window.statusBar().currentMessage()
    window.privacy.quick_exit()
    qtbot.waitUntil(lambda: window.output.client_view is None)


def test_the_worker_line_in_the_interface_language(qtbot, bundled_index) -> None:
    from equalcity_desktop import resources
    from equalcity_desktop.ui.i18n import Translations
    from equalcity_desktop.ui.language_card import review_text

    translations = Translations(resources.path("i18n"))
    translations.apply("nl")
    try:
        card = make_card(qtbot, "nl")
        card.choose(button(card, "ti"))
        assert card.worker_line.text() == "De cliënt wees deze taal aan: Tigrinya"
        assert review_text(button(card, "ti").language) == \
            "Nog niet nagekeken door iemand met deze moedertaal."
    finally:
        translations.apply("en")
