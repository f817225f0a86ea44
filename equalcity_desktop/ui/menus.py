"""The menu bar and the two tool bars, built from ui/actions.py's tables.

A submenu of choices (the language to print beside, the colours, the idle
time, the interface language) carries its value in each entry's data; its
``triggered(action)`` signal is for whoever acts on the choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

from ..library.languages import LANGS, NATIVE_NAMES
from . import actions as table
from . import themes
from .idle import CHOICES as IDLE_CHOICES


def _theme_names() -> dict[str, str]:
    return {"system": QCoreApplication.translate("MainWindow", "As the system"),
            "light": QCoreApplication.translate("MainWindow", "Light"),
            "dark": QCoreApplication.translate("MainWindow", "Dark"),
            "contrast": QCoreApplication.translate("MainWindow", "High contrast")}


def _idle_name(minutes: int) -> str:
    if not minutes:
        return QCoreApplication.translate("MainWindow", "Never")
    return QCoreApplication.translate("MainWindow", "After %n minutes without input", "",
                                      minutes)


class Menus:
    """Builds into ``window``. ``current`` gives the checked value of the choice
    submenus that have one (theme, idle, ui_language)."""

    def __init__(self, window: QMainWindow, actions: dict[str, QAction],
                 current: dict[str, Any], toolbar_widgets: Sequence[QWidget] = ()) -> None:
        self._window, self._actions = window, actions
        self._menus: dict[str, QMenu] = {}
        self._groups: dict[str, QActionGroup] = {}
        values: dict[str, Sequence[Any]] = {"beside": LANGS, "theme": themes.CHOICES,
                                            "idle": IDLE_CHOICES, "ui_language": LANGS}
        bar = window.menuBar()
        for spec in table.MENUS:
            menu = self._menus[spec.id] = bar.addMenu("")
            for entry in spec.entries:
                if entry == table.SEPARATOR:
                    menu.addSeparator()
                elif entry in table.CHOICE_MENUS:
                    self._choices(menu, entry, values[entry], current.get(entry))
                else:
                    menu.addAction(actions[entry])
        for action in actions.values():
            window.addAction(action)  # shortcuts work while the menu bar is hidden
        self.toolbar = self._bar("toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for entry in table.TOOLBAR:
            if entry == table.SEPARATOR:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(actions[entry])
        self.toolbar.addSeparator()
        for widget in toolbar_widgets:
            self.toolbar.addWidget(widget)
        # Quick exit has a bar of its own: when the window is narrow (or the text large)
        # the toolbar moves buttons into its overflow menu, and quick exit must never be one
        # of them. The last bar of a line gets the room left: quick exit stays at the top
        # right, where people look for it (as GOV.UK's "Exit this page").
        self.exit_bar = self._bar("exitBar")
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.exit_bar.addWidget(spacer)
        self.quick_exit_button = QToolButton()
        self.quick_exit_button.setObjectName("quickExit")
        self.quick_exit_button.setDefaultAction(actions["quick_exit"])
        self.exit_bar.addWidget(self.quick_exit_button)

    def _bar(self, name: str) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName(name)
        bar.setMovable(False)
        self._window.addToolBar(bar)
        return bar

    def _choices(self, parent: QMenu, menu_id: str, values: Sequence[Any], current: Any) -> None:
        """Exclusive choices, checkable when there is a current value."""
        menu = self._menus[menu_id] = parent.addMenu("")
        group = self._groups[menu_id] = QActionGroup(menu)
        for value in values:
            action = menu.addAction("")
            action.setData(value)
            if current is not None:
                action.setCheckable(True)
                action.setChecked(value == current)
            group.addAction(action)

    def menu(self, menu_id: str) -> QMenu:
        """A menu of the bar or a choice submenu, by its id in ui/actions.py."""
        return self._menus[menu_id]

    def checked(self, menu_id: str) -> Any:
        """The value checked in a choice submenu."""
        action = self._groups[menu_id].checkedAction()
        return action.data() if action is not None else None

    def retranslate(self) -> None:
        for spec in table.MENUS:
            self._menus[spec.id].setTitle(QCoreApplication.translate("MainWindow", spec.title))
        for menu_id, title in table.CHOICE_MENUS.items():
            self._menus[menu_id].setTitle(QCoreApplication.translate("MainWindow", title))
        names = _theme_names()
        texts = {"beside": NATIVE_NAMES.get, "ui_language": NATIVE_NAMES.get,
                 "theme": names.get, "idle": _idle_name}
        for menu_id, text in texts.items():
            for action in self._menus[menu_id].actions():
                action.setText(text(action.data()))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Toolbar"))
        self.exit_bar.setWindowTitle(QCoreApplication.translate("MainWindow", "Quick exit"))
        self.quick_exit_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Quick exit"))
        self.quick_exit_button.setAccessibleDescription(self._actions["quick_exit"].toolTip())
        self.fit_toolbar()

    def fit_toolbar(self) -> None:
        """A toolbar button keeps its whole text: what does not fit goes into
        the toolbar's overflow menu instead of being squeezed to "Fo…rd"."""
        for action in self.toolbar.actions():
            widget = self.toolbar.widgetForAction(action)
            if widget is not None and widget.sizePolicy().horizontalPolicy() \
                    != QSizePolicy.Policy.Expanding:
                widget.ensurePolished()
                widget.setMinimumWidth(widget.sizeHint().width())
        button = self.quick_exit_button.sizeHint().width()
        self.quick_exit_button.setMinimumWidth(button)
        # The exit bar never shrinks below its button, so it never overflows.
        self.exit_bar.setMinimumWidth(button + 2 * self.exit_bar.layout().contentsMargins().left()
                                      + 8)
