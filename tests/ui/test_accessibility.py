"""Every interactive widget has a name a screen reader can say, and the
keyboard reaches the main parts in a sensible order."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit)


def _name(widget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface else "") or ""


def test_every_visible_interactive_widget_has_an_accessible_name(window, qtbot) -> None:
    window.open_item("suicidal-thoughts")
    unnamed = [f"{type(w).__name__}#{w.objectName()}"
               for w in window.findChildren(QWidget)
               if isinstance(w, INTERACTIVE) and w.isVisible() and not _name(w).strip()]
    assert unnamed == []


def test_icon_only_and_key_widgets_have_explicit_names(window) -> None:
    for widget in (window.search_box, window.results, window.nav, window.card_view,
                   window.content_lang, window.toolkit_filter, window.kind_filter,
                   window.quick_exit_button):
        assert widget.accessibleName().strip(), widget.objectName()


def test_tab_order_from_the_search_box(window, qtbot) -> None:
    window.search_box.setFocus()
    order = []
    for _ in range(6):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), "\t")
    assert order[:3] == [window.search_box, window.toolkit_filter, window.kind_filter]
    assert window.nav in order or window.results in order
    assert len(set(order)) == len(order)  # no trap: every Tab moves on


def test_click_targets_are_at_least_24_by_24(window, qtbot) -> None:
    window.resize(1180, 760)
    qtbot.wait(50)
    small = [f"{type(w).__name__}#{w.objectName()} {w.width()}x{w.height()}"
             for w in window.findChildren(QWidget)
             if isinstance(w, QAbstractButton | QComboBox | QLineEdit) and w.isVisible()
             and (w.width() < 24 or w.height() < 24)]
    assert small == []
