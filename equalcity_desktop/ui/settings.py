"""Preferences, declared once. Nothing here may record what anyone read or
searched: only languages, text size and the window's geometry."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from ..library.paths import chosen_dir

ENV_SETTINGS_DIR = "EQUALCITY_SETTINGS_DIR"
VERSION = 1


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    description: str


SETTINGS: tuple[Setting, ...] = (
    Setting("ui_language", str, "", "Interface language (en/nl/fr/pt); empty: the system's"),
    Setting("content_language", str, "", "Content language; empty follows the interface"),
    Setting("text_zoom", int, 0, "Text size in steps of 12.5%, -2 (75%) to 8 (200%)"),
    Setting("theme", str, "system", "system, light, dark or contrast (high contrast)"),
    Setting("idle_minutes", int, 0, "Back to an empty home screen after this many minutes "
            "without input; 0 is off"),
    Setting("geometry", QByteArray, QByteArray(), "The main window's size and position"),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def settings_dir() -> Path:
    chosen = chosen_dir(ENV_SETTINGS_DIR, "settings")
    if chosen is not None:
        return chosen
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))


class Settings:
    """Typed access to the declared settings, stored in one INI file."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or settings_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "settings.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self._qs.value("version", 0, int) != VERSION:
            self._migrate()

    def _migrate(self) -> None:
        # Drop anything that is not declared: an older version may have kept more.
        for key in self._qs.allKeys():
            if key not in _BY_NAME:
                self._qs.remove(key)
        self._qs.setValue("version", VERSION)

    def get(self, name: str) -> Any:
        setting = _BY_NAME[name]
        value = self._qs.value(name, setting.default)
        try:
            return setting.type(value) if value is not None else setting.default
        except (TypeError, ValueError):
            return setting.default

    def set(self, name: str, value: Any) -> None:
        if name not in _BY_NAME:
            raise KeyError(name)
        self._qs.setValue(name, value)

    def sync(self) -> None:
        self._qs.sync()
