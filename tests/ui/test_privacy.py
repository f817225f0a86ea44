"""Nothing about what was searched or read is written anywhere."""

from __future__ import annotations

import configparser
from pathlib import Path

from equalcity_desktop.ui.settings import SETTINGS

from .conftest import make_window, search_and_wait

MARKERS = ["zqxjasylum", "qqvmarkerxx", "suicide"]


def _files_with(folder: Path, words: list[str]) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes().lower()
            hits += [f"{path}: {w}" for w in words if w.encode() in data]
    return hits


def test_a_session_leaves_no_trace(qtbot, private_profile: Path, bundled_index: Path) -> None:
    # The index (derived from the content, the same for everyone) lives elsewhere;
    # everything else the app could write lands in this profile.
    window = make_window(qtbot, bundled_index)
    for marker in MARKERS:
        search_and_wait(qtbot, window, marker)
    window.navigation.open_item("suicidal-thoughts")
    window.navigation.open_item("interpreter-working")
    window.privacy.quick_exit()
    window.search_service.stop()
    window.close()
    window.settings.sync()
    assert _files_with(private_profile, MARKERS + ["interpreter-working",
                                                   "suicidal-thoughts"]) == []
    written = configparser.ConfigParser()
    written.read(window.settings.path, encoding="utf-8")
    keys = {k for section in written.sections() for k in written[section]}
    assert keys <= {s.name for s in SETTINGS} | {"version"}


def test_the_window_title_never_changes(qtbot, bundled_index: Path) -> None:
    window = make_window(qtbot, bundled_index)
    titles = {window.windowTitle()}
    for item_id in ("suicidal-thoughts", "honour-violence-signs", "disclosure-sogiesc"):
        window.navigation.open_item(item_id)
        titles.add(window.windowTitle())
    window.privacy.quick_exit()
    titles.add(window.windowTitle())
    window.search_service.stop()
    assert titles == {"Equalcity"}


def test_portable_settings_live_beside_the_app(tmp_path: Path, monkeypatch) -> None:
    from equalcity_desktop import resources
    from equalcity_desktop.ui.settings import Settings

    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "portable").write_text("", encoding="utf-8")
    monkeypatch.delenv("EQUALCITY_SETTINGS_DIR")
    monkeypatch.setattr(resources, "app_dir", lambda: stick)
    settings = Settings()
    settings.set("theme", "dark")
    settings.sync()
    assert settings.path == stick / "data" / "settings" / "settings.ini"
    assert "dark" in settings.path.read_text(encoding="utf-8")
