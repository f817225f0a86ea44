"""Preferences, declared once. Nothing here may record what anyone read or
searched: only languages, text size and the window's geometry."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from ..library.languages import LANGS
from ..library.paths import chosen_dir
from .themes import CHOICES as THEMES
from .zoom import MAX_STEPS, MIN_STEPS

log = logging.getLogger(__name__)

ENV_SETTINGS_DIR = "EQUALCITY_SETTINGS_DIR"
VERSION = 1


MAX_IDLE_MINUTES = 24 * 60


@dataclass(frozen=True)
class Setting:
    """``valid`` says whether a value read (already of ``type``) may be used;
    any other value, and one that is not of the type, reads as ``default``."""

    name: str
    type: type
    default: Any
    description: str
    valid: Callable[[Any], bool] = lambda _value: True


def _language(value: str) -> bool:
    return value == "" or value in LANGS


SETTINGS: tuple[Setting, ...] = (
    Setting("ui_language", str, "", "Interface language (en/nl/fr/pt); empty: the system's",
            _language),
    Setting("content_language", str, "", "Content language; empty follows the interface",
            _language),
    Setting("text_zoom", int, 0, "Text size in steps of 12.5%, -2 (75%) to 8 (200%)",
            lambda v: MIN_STEPS <= v <= MAX_STEPS),
    Setting("theme", str, "system", "system, light, dark or contrast (high contrast)",
            lambda v: v in THEMES),
    Setting("idle_minutes", int, 0, "Back to an empty home screen after this many minutes "
            f"without input; 0 is off (at most {MAX_IDLE_MINUTES})",
            lambda v: 0 <= v <= MAX_IDLE_MINUTES),
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
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:  # a read-only stick, a file in the way: the defaults, unsaved
            log.warning("the settings folder could not be made; settings will not be kept")
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
        """The value, or the default when the file holds one this version
        does not know (an unknown language, theme, a zoom of "abc", ...)."""
        setting = _BY_NAME[name]
        try:
            value = self._qs.value(name, setting.default)
            if setting.type is QByteArray:
                return value if isinstance(value, QByteArray) else setting.default
            if isinstance(value, (bytes, QByteArray, list, dict)):
                return setting.default
            if setting.type is int and isinstance(value, str):
                value = value.strip()
            value = setting.type(value)
            return value if setting.valid(value) else setting.default
        except Exception:  # noqa: BLE001 - whatever the file holds, the app must start
            return setting.default

    def set(self, name: str, value: Any) -> None:
        if name not in _BY_NAME:
            raise KeyError(name)
        self._qs.setValue(name, value)

    def sync(self) -> None:
        self._qs.sync()
