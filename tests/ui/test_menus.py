"""The menu bar and tool bars (ui/menus.py) on their own, built into a bare QMainWindow
from ui/actions.py's tables: every action has a place, the choice submenus carry their
values, the checked one follows, and a retranslation names everything."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from equalcity_desktop import resources
from equalcity_desktop.library.languages import LANGS, NATIVE_NAMES
from equalcity_desktop.ui import actions as table
from equalcity_desktop.ui import themes
from equalcity_desktop.ui.i18n import Translations
from equalcity_desktop.ui.idle import CHOICES as IDLE_CHOICES
from equalcity_desktop.ui.menus import Menus

from ..conftest import LIVENESS_MS

CURRENT = {"theme": "dark", "idle": 15, "ui_language": "nl"}
# Actions reached only by their keys, on purpose. None today: every action has a menu entry.
SHORTCUT_ONLY: set[str] = set()


def build(qtbot, current=CURRENT) -> tuple[QMainWindow, dict[str, QAction], Menus]:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = table.create(window)
    return window, actions, Menus(window, actions, current)


@pytest.fixture
def built(qtbot):
    return build(qtbot)


def in_menu(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.menu() is not None:
            yield from in_menu(action.menu())
        elif not action.isSeparator():
            yield action


def ids_of(actions) -> list[str]:
    return [a.objectName() for a in actions if a.objectName()]


def test_every_action_has_a_place_or_is_deliberately_a_key_only(built) -> None:
    window, actions, menus = built
    placed = set()
    for spec in table.MENUS:
        placed |= set(ids_of(in_menu(menus.menu(spec.id))))
    placed |= set(ids_of(menus.toolbar.actions()))
    placed.add(menus.quick_exit_button.defaultAction().objectName())
    every = {spec.id for spec in table.ACTIONS}
    assert every - placed == SHORTCUT_ONLY
    assert placed <= every  # nothing placed that the table does not know


def test_every_shortcut_works_without_the_menu_bar(built) -> None:
    window, actions, _menus = built
    assert set(actions.values()) <= set(window.actions())


def test_the_menus_follow_the_table_in_order(built) -> None:
    window, actions, menus = built
    bar = [a.menu() for a in window.menuBar().actions()]
    assert bar == [menus.menu(spec.id) for spec in table.MENUS]
    for spec in table.MENUS:
        entries = []
        for action in menus.menu(spec.id).actions():
            if action.isSeparator():
                entries.append(table.SEPARATOR)
            elif action.menu() is not None:
                entries.append(next(k for k in table.CHOICE_MENUS
                                    if menus.menu(k) is action.menu()))
            else:
                entries.append(action.objectName())
        assert tuple(entries) == spec.entries


def test_the_toolbar_follows_the_table_and_quick_exit_has_its_own_bar(built) -> None:
    window, actions, menus = built
    listed = [table.SEPARATOR if a.isSeparator() else a.objectName()
              for a in menus.toolbar.actions() if a.isSeparator() or a.objectName()]
    assert listed[:len(table.TOOLBAR)] == list(table.TOOLBAR)
    assert "quick_exit" not in listed
    assert menus.quick_exit_button.defaultAction() is actions["quick_exit"]
    assert {bar.objectName() for bar in window.findChildren(QToolBar)} == {"toolbar", "exitBar"}


@pytest.mark.parametrize("menu_id, values", [("beside", LANGS), ("theme", themes.CHOICES),
                                             ("idle", IDLE_CHOICES), ("ui_language", LANGS)])
def test_choice_menus_carry_their_values(built, menu_id: str, values) -> None:
    _window, _actions, menus = built
    assert tuple(a.data() for a in menus.menu(menu_id).actions()) == tuple(values)


def test_checked_gives_the_current_values(built) -> None:
    _window, _actions, menus = built
    assert {k: menus.checked(k) for k in CURRENT} == CURRENT
    assert menus.checked("beside") is None  # a command, not a setting: nothing checked
    assert not any(a.isCheckable() for a in menus.menu("beside").actions())


def test_a_choice_made_is_checked_alone_and_announced(qtbot, built) -> None:
    _window, _actions, menus = built
    light = next(a for a in menus.menu("theme").actions() if a.data() == "light")
    with qtbot.waitSignal(menus.menu("theme").triggered, timeout=LIVENESS_MS,
                          check_params_cb=lambda action: action.data() == "light"):
        light.trigger()
    assert menus.checked("theme") == "light"
    assert sum(a.isChecked() for a in menus.menu("theme").actions()) == 1


@pytest.mark.parametrize("current", [{}, {"theme": "purple", "idle": 7, "ui_language": "de"},
                                     {"theme": None, "idle": None, "ui_language": None}])
def test_unknown_current_values_check_nothing(qtbot, current) -> None:
    _window, _actions, menus = build(qtbot, current)
    for menu_id in CURRENT:
        assert menus.checked(menu_id) is None


def test_unknown_menus_are_refused(built) -> None:
    _window, _actions, menus = built
    with pytest.raises(KeyError):
        menus.menu("no-such-menu")
    with pytest.raises(KeyError):
        menus.checked("file")  # a menu, not a choice


@pytest.fixture
def translations() -> Iterator[Translations]:
    translations = Translations(resources.path("i18n"))
    yield translations
    translations.apply("en")


def test_retranslate_names_the_menus_and_the_choices(built, translations) -> None:
    _window, actions, menus = built
    translations.apply("en")
    menus.retranslate()
    assert [menus.menu(s.id).title() for s in table.MENUS] == [s.title for s in table.MENUS]
    assert [menus.menu(k).title() for k in table.CHOICE_MENUS] == list(table.CHOICE_MENUS.values())
    assert [a.text() for a in menus.menu("beside").actions()] == [NATIVE_NAMES[x] for x in LANGS]
    assert [a.text() for a in menus.menu("theme").actions()] == [
        "As the system", "Light", "Dark", "High contrast"]
    idle = [a.text() for a in menus.menu("idle").actions()]
    assert idle[0] == "Never"
    assert all(str(m) in t for m, t in zip(IDLE_CHOICES[1:], idle[1:], strict=True))
    assert menus.quick_exit_button.accessibleName() == "Quick exit"
    assert menus.quick_exit_button.accessibleDescription() == actions["quick_exit"].toolTip()


def test_retranslate_follows_the_interface_language(built, translations) -> None:
    _window, _actions, menus = built
    translations.apply("en")
    menus.retranslate()
    english = [menus.menu(s.id).title() for s in table.MENUS]
    assert translations.apply("nl")
    menus.retranslate()
    dutch = [menus.menu(s.id).title() for s in table.MENUS]
    assert all(dutch) and dutch != english
    assert [menus.menu("theme").actions()[0].text()] != ["As the system"]
    # Language names stay in their own language whatever the interface.
    assert [a.text() for a in menus.menu("ui_language").actions()] == \
        [NATIVE_NAMES[x] for x in LANGS]
