"""The trainer's and the client's windows can be used with a screen reader:
every interactive widget is named, in every interface language."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from equalcity_desktop.library.languages import LANGS
from equalcity_desktop.ui.client_view import ClientChoice
from equalcity_desktop.ui.show.dialogs import KeysDialog, OverviewDialog

INTERACTIVE = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QTextEdit)


def _unnamed(root: QWidget) -> list[str]:
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if not ((interface.text(QAccessible.Text.Name) if interface else "") or "").strip():
            out.append(f"{type(widget).__name__}#{widget.objectName()}")
    return out


@pytest.mark.parametrize("ui_lang", LANGS)
def test_show_windows_and_dialogs_name_every_control(window, qtbot, ui_lang) -> None:
    window.translations.apply(ui_lang)
    window.navigation.open_item("rome-module-understanding-children")
    window.output.present()
    show = window.output.show_session
    show.controller.trigger("console")  # one screen: bring the console over the slides
    qtbot.waitUntil(show.console.isVisible)
    assert _unnamed(show.console) == []
    assert _unnamed(show.audience) == []
    if ui_lang != "en":
        assert show.console.buttons["end"].text() != "End show"
    for dialog in (OverviewDialog(show.controller.deck, 0, show.console),
                   KeysDialog(show.console), ClientChoice("en", True, window)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _unnamed(dialog) == [], type(dialog).__name__
        dialog.close()
    show.end()
    window.navigation.open_item("disclosure-sogiesc")
    window.output.show_to_client("fr", whole=False)
    assert _unnamed(window.output.client_view) == []
    window.output.client_view.close()
