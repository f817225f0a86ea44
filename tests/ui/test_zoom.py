"""Ctrl+Plus grows the reading pane and the interface together, up to 200%."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from equalcity_desktop.ui import zoom

from .conftest import part, settle


def test_zoom_to_200_percent_and_back(window, qtbot) -> None:
    app = QApplication.instance()
    base_font = app.font().pointSizeF()
    base_card = part(window, "cardView").document().defaultFont().pointSizeF()
    try:
        for _ in range(12):  # more than enough: it stops at 200%
            window.actions["zoom_in"].trigger()
        assert part(window, "cardView").zoom == zoom.MAX_STEPS
        assert app.font().pointSizeF() == base_font * 2
        assert part(window, "cardView").document().defaultFont().pointSizeF() == base_card * 2
        assert "22.0pt" in app.styleSheet()  # the 11 pt tiles, doubled
        assert window.settings.get("text_zoom") == zoom.MAX_STEPS
        window.resize(1180, 760)
        window.navigation.open_item("disclosure-sogiesc")
        settle()  # layouts follow the new font on the next pass of the event loop
        for widget in (part(window, "searchBox"), window.menus.quick_exit_button,
                       window.content_lang):
            assert widget.height() >= widget.fontMetrics().height()  # nothing cut in height
            assert widget.minimumSizeHint().height() >= 24
    finally:
        window.actions["zoom_reset"].trigger()
    assert app.font().pointSizeF() == base_font
    assert part(window, "cardView").document().defaultFont().pointSizeF() == base_card
