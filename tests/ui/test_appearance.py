"""How the app looks (ui/appearance.py) on its own: a bare reading page (CardView), this
test's settings, the interface translations and the zoom actions of the action table.
The application's font, palette and translation are put back after each test."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication

from equalcity_desktop import resources
from equalcity_desktop.ui import actions as action_table
from equalcity_desktop.ui import themes, zoom
from equalcity_desktop.ui.appearance import Appearance
from equalcity_desktop.ui.card_view import CardView
from equalcity_desktop.ui.i18n import Translations
from equalcity_desktop.ui.settings import Settings

from ..conftest import LIVENESS_MS


@dataclass
class Rig:
    page: CardView
    settings: Settings
    translations: Translations
    actions: dict[str, QAction]
    appearance: Appearance
    zoomed: list[int]


@pytest.fixture
def rig(qtbot) -> Iterator[Rig]:
    app = QApplication.instance()
    font, palette = app.font(), app.palette()
    page = CardView()
    qtbot.addWidget(page)
    settings = Settings()
    translations = Translations(resources.path("i18n"))
    actions = action_table.create(page)
    appearance = Appearance(page, settings, translations, actions)
    zoomed: list[int] = []
    appearance.zoomed.connect(zoomed.append)
    yield Rig(page, settings, translations, actions, appearance, zoomed)
    zoom.apply(app, 0)
    translations.apply("en")
    app.setFont(font)
    app.setPalette(palette)


def reread(settings: Settings) -> Settings:
    settings.sync()
    return Settings(settings.path.parent)


# -- zoom ------------------------------------------------------------------------------------

def test_zoom_sets_the_page_and_the_interface_and_is_remembered(qtbot, rig: Rig) -> None:
    app = QApplication.instance()
    zoom.apply(app, 0)
    base = app.font().pointSizeF()
    with qtbot.waitSignal(rig.appearance.zoomed, timeout=LIVENESS_MS,
                          check_params_cb=lambda steps: steps == 4):
        rig.appearance.zoom(4)
    assert rig.page.zoom == 4
    assert app.font().pointSizeF() == pytest.approx(base * zoom.factor(4))
    assert reread(rig.settings).get("text_zoom") == 4


@pytest.mark.parametrize("asked, kept", [(100, zoom.MAX_STEPS), (zoom.MAX_STEPS + 1,
                                                                  zoom.MAX_STEPS),
                                         (-100, zoom.MIN_STEPS), (zoom.MIN_STEPS - 1,
                                                                  zoom.MIN_STEPS)])
def test_zoom_clamps_and_says_what_it_kept(rig: Rig, asked: int, kept: int) -> None:
    rig.appearance.zoom(asked)
    assert rig.page.zoom == kept
    assert rig.zoomed == [kept]
    assert reread(rig.settings).get("text_zoom") == kept  # never a value it would refuse


def test_the_zoom_actions_step_and_reset(rig: Rig) -> None:
    rig.actions["zoom_in"].trigger()
    rig.actions["zoom_in"].trigger()
    rig.actions["zoom_out"].trigger()
    assert rig.zoomed == [1, 2, 1]
    rig.actions["zoom_reset"].trigger()
    assert rig.page.zoom == 0
    assert reread(rig.settings).get("text_zoom") == 0


def test_zoom_in_at_the_largest_stays_there(rig: Rig) -> None:
    rig.appearance.zoom(zoom.MAX_STEPS)
    rig.actions["zoom_in"].trigger()
    assert rig.page.zoom == zoom.MAX_STEPS
    rig.appearance.zoom(zoom.MIN_STEPS)
    rig.actions["zoom_out"].trigger()
    assert rig.page.zoom == zoom.MIN_STEPS
    assert rig.zoomed[-1] == zoom.MIN_STEPS


# -- theme and language -------------------------------------------------------------------

@pytest.mark.parametrize("choice", ["dark", "light", "contrast"])
def test_a_theme_is_applied_remembered_and_announced(qtbot, rig: Rig, choice: str) -> None:
    with qtbot.waitSignal(rig.appearance.recoloured, timeout=LIVENESS_MS):
        rig.appearance.set_theme(choice)
    window = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    assert window.name() == themes.THEMES[choice]["Window"]
    assert reread(rig.settings).get("theme") == choice


def test_the_system_theme_is_remembered_as_such(rig: Rig) -> None:
    rig.appearance.set_theme("dark")
    rig.appearance.set_theme("system")
    window = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    assert window.name() == themes.THEMES[themes.resolve("system")]["Window"]
    assert reread(rig.settings).get("theme") == "system"


@pytest.mark.parametrize("choice", ["purple", "", "DARK"])
def test_an_unknown_theme_shows_and_reads_back_as_the_system(rig: Rig, choice: str) -> None:
    rig.appearance.set_theme("contrast")
    rig.appearance.set_theme(choice)
    window = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    assert window.name() == themes.THEMES[themes.resolve("system")]["Window"]
    assert reread(rig.settings).get("theme") == "system"


def test_the_interface_language_is_applied_and_remembered(rig: Rig) -> None:
    rig.appearance.set_ui_language("pt")
    assert rig.translations.language == "pt"
    assert reread(rig.settings).get("ui_language") == "pt"


@pytest.mark.parametrize("lang", ["de", "", "PT"])
def test_an_unknown_interface_language_is_refused(rig: Rig, lang: str) -> None:
    rig.appearance.set_ui_language("nl")
    rig.appearance.set_ui_language(lang)
    assert rig.translations.language == "nl"  # the one chosen before stays
    assert reread(rig.settings).get("ui_language") == "nl"
