"""An unknown value in the settings file falls back to its default: no
exception at start, and the normal home screen (issue 17.4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from equalcity_desktop.app import build_window, create_app
from equalcity_desktop.library.service import ContentService
from equalcity_desktop.ui.settings import SETTINGS, Settings

from ..conftest import CONTENT, LIVENESS_MS
from .conftest import part

DAMAGED = """[General]
version=1
ui_language=zz
content_language=zz
text_zoom=abc
theme=neon
idle_minutes=-7
geometry=not a geometry
"""


def damaged_settings(folder: Path, text: str = DAMAGED) -> Settings:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.ini").write_text(text, encoding="utf-8")
    return Settings(folder)


@pytest.mark.parametrize(("name", "raw"), [
    ("ui_language", "zz"), ("content_language", "zz"), ("content_language", "EN "),
    ("text_zoom", "abc"), ("text_zoom", "999"), ("text_zoom", "1.5"), ("theme", "neon"),
    ("theme", ""), ("idle_minutes", "-7"), ("idle_minutes", "abc"), ("idle_minutes", "100000"),
    ("geometry", "not a geometry"),
])
def test_an_unknown_value_reads_as_the_default(tmp_path: Path, name: str, raw: str) -> None:
    settings = damaged_settings(tmp_path, f"[General]\nversion=1\n{name}={raw}\n")
    default = next(s.default for s in SETTINGS if s.name == name)
    assert settings.get(name) == default


def test_known_values_are_kept(tmp_path: Path) -> None:
    settings = damaged_settings(tmp_path, "[General]\nversion=1\nui_language=nl\n"
                                "content_language=fr\ntext_zoom=3\ntheme=contrast\n"
                                "idle_minutes=7\n")
    assert [settings.get(n) for n in ("ui_language", "content_language", "text_zoom",
                                      "theme", "idle_minutes")] == ["nl", "fr", 3, "contrast", 7]


def test_a_damaged_settings_file_opens_the_normal_home_screen(qtbot, tmp_path: Path,
                                                               bundled_index: Path) -> None:
    create_app()
    content = ContentService([CONTENT], cache=bundled_index)
    window = build_window(content, damaged_settings(tmp_path / "settings"))
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.search_service.is_ready, timeout=LIVENESS_MS)
        qtbot.waitUntil(lambda: bool(part(window, "homePage").tiles), timeout=LIVENESS_MS)
        assert window.language.value in ("en", "nl", "fr", "pt")
        assert not window.reading.showing_page
        assert window.menus.checked("theme") is not None
        assert window.menus.checked("theme") == "system"
        assert part(window, "cardView").zoom == 0
        assert window.privacy.idle.minutes == 0
    finally:
        window.search_service.stop()
        window.translations.apply("en")
        QApplication.instance().setPalette(QApplication.style().standardPalette())
