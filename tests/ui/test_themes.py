"""Every theme meets WCAG 2.2 contrast: text 4.5:1, controls and focus 3:1."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from equalcity_desktop import resources
from equalcity_desktop.ui import themes

TEXT_PAIRS = [("Text", "Base"), ("WindowText", "Window"), ("ButtonText", "Button"),
              ("HighlightedText", "Highlight"), ("PlaceholderText", "Base"),
              ("Link", "Base"), ("ToolTipText", "ToolTipBase"), ("Text", "AlternateBase"),
              ("Window", "WindowText")]  # the quick exit button: window on window-text
CONTROL_PAIRS = [("Mid", "Base"), ("Highlight", "Base"), ("Highlight", "Window")]


@pytest.mark.parametrize("name", sorted(themes.THEMES))
def test_text_contrast_is_at_least_4_5(name: str) -> None:
    colours = themes.THEMES[name]
    for fore, back in TEXT_PAIRS:
        ratio = themes.contrast(colours[fore], colours[back])
        assert ratio >= 4.5, f"{name}: {fore} on {back} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", sorted(themes.THEMES))
def test_control_and_focus_contrast_is_at_least_3(name: str) -> None:
    colours = themes.THEMES[name]
    for fore, back in CONTROL_PAIRS:
        ratio = themes.contrast(colours[fore], colours[back])
        assert ratio >= 3.0, f"{name}: {fore} against {back} is {ratio:.2f}:1"


def test_the_style_sheet_uses_only_palette_colours() -> None:
    sheet = resources.path("resources/style.qss").read_text(encoding="utf-8")
    assert "palette(" in sheet
    assert not re.search(r":[^;{}]*(#[0-9a-fA-F]{3,8}\b|rgb)", sheet)  # no fixed colour


def test_contrast_formula() -> None:
    assert themes.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert themes.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_switching_the_theme_in_the_window(window, qtbot) -> None:
    try:
        action = next(a for a in window.menus.menu("theme").actions() if a.data() == "contrast")
        action.trigger()
        palette = QApplication.instance().palette()
        assert palette.color(QPalette.ColorRole.Base).name() == "#000000"
        assert palette.color(QPalette.ColorRole.Highlight).name() == "#ffff00"
        assert window.settings.get("theme") == "contrast"
        assert action.text() == "High contrast"
    finally:
        themes.apply(QApplication.instance(), "light")
