"""Key phrases for the client: one at a time, large, in the client's script;
right-to-left languages mirror the view; the keys; the worker's language
beside it; the review note only for the worker; opened from the Present menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from equalcity_desktop.library import client_phrases
from equalcity_desktop.ui import phrase_view
from equalcity_desktop.ui.phrase_view import PhraseChoice, PhraseView, WorkerCompanion

from ..conftest import CONTENT

NOTE = "Not yet checked by a native speaker."


def make_view(qtbot, code: str, worker: str = "en") -> PhraseView:
    view = PhraseView(client_phrases.load([CONTENT]), code, worker)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def client_texts(view: PhraseView) -> str:
    return " ".join(label.text() for label in (view.text, view.counter, view.worker_line))


def test_arabic_mirrors_the_whole_view(qtbot) -> None:
    view = make_view(qtbot, "ar")
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.text.text() == "أهلاً وسهلاً. لا داعي للعجلة."
    assert view.text.font().families()[0] == "Noto Naskh Arabic"
    assert view.text.font().pixelSize() >= 40  # large at 768 px
    # right-aligned: the leading edge of a right-to-left view
    assert view.text.alignment() & Qt.AlignmentFlag.AlignLeading
    assert view.text.geometry().right() > view.width() // 2


def test_tigrinya_left_to_right_in_ethiopic(qtbot) -> None:
    view = make_view(qtbot, "ti")
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert view.text.font().families() == ["Noto Sans Ethiopic", "DejaVu Sans"]


def test_keys_walk_the_phrases_with_the_worker_line(qtbot) -> None:
    view = make_view(qtbot, "so", "nl")
    count = len(view.phrases)
    assert 12 <= count <= 20
    assert view.counter.text() == f"1/{count}"
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.counter.text() == f"2/{count}"
    assert view.phrase.id == "thank_you"
    assert view.worker_line.text().startswith("Dank u dat u het mij vertelt.")
    QTest.keyClick(view, Qt.Key.Key_Left)
    QTest.keyClick(view, Qt.Key.Key_Left)  # stays at the first
    assert view.index == 0
    QTest.keyClick(view, Qt.Key.Key_End)
    assert view.index == count - 1
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert view.index == count - 1
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_the_review_note_is_for_the_worker_only(qtbot) -> None:
    view = make_view(qtbot, "ps")
    for _ in view.phrases:
        assert NOTE not in client_texts(view)
        QTest.keyClick(view, Qt.Key.Key_Right)
    data = client_phrases.load([CONTENT])
    choice = PhraseChoice(data, "en", "ps")
    qtbot.addWidget(choice)
    assert choice.chosen.code == "ps" and choice.note.text() == NOTE
    # with a second screen the worker reads phrase and note on their own
    view.companion = WorkerCompanion(view)
    view.show_phrase(5)
    assert "But if a life or a child is in danger" in view.companion.text.text()
    assert NOTE in view.companion.note.text() and view.worker_line.text() == ""


def test_choice_lists_only_languages_with_phrases(qtbot) -> None:
    data = client_phrases.load([CONTENT])
    choice = PhraseChoice(data, "en")
    qtbot.addWidget(choice)
    codes = [choice.language.itemData(i) for i in range(choice.language.count())]
    for code in ("ar", "fa", "ps", "ti", "so", "kmr", "ckb", "tr", "uk", "ru", "es"):
        assert code in codes
    assert "ka" not in codes  # the card's line only


def test_from_the_present_menu_default_language_and_quick_exit(window, qtbot,
                                                               monkeypatch) -> None:
    window.output.pointed_language = "ti"
    seen = {}

    def accept(self) -> int:
        seen["code"] = self.chosen.code
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PhraseChoice, "exec", accept)
    assert window.actions["client_phrases"] in window.menus.menu("present").actions()
    window.actions["client_phrases"].trigger()
    view = window.output.client_view
    assert seen["code"] == "ti" and isinstance(view, PhraseView) and view.isFullScreen()
    assert phrase_view.client_screen(window.screen()) is not None
    window.privacy.quick_exit()
    qtbot.waitUntil(lambda: window.output.client_view is None)
