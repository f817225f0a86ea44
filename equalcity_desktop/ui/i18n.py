"""Interface translations: the app's own .qm files and Qt's qtbase ones.

Changing the language installs new translators; Qt then sends every widget a
LanguageChange event and each one retranslates itself, so no restart is
needed. The content language is separate (see the window's language box).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..library.languages import LANGS, best_language

# Qt ships Brazilian Portuguese only; its standard buttons are close enough.
QT_CATALOGUES = {"nl": ("qtbase_nl",), "fr": ("qtbase_fr",), "pt": ("qtbase_pt_PT", "qtbase_pt_BR")}


def system_language() -> str:
    return best_language(QLocale.system().name())


class Translations:
    def __init__(self, folder: Path, qt_folder: Path | None = None) -> None:
        self.folder = folder
        self.qt_folder = qt_folder or Path(
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, lang: str) -> bool:
        """Switch the interface to ``lang``; False if its catalogue is missing."""
        lang = lang if lang in LANGS else "en"
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        found = True
        if lang != "en":
            own = QTranslator()
            found = own.load(str(self.folder / f"equalcity_{lang}.qm"))
            if found:
                self._install(own)
            for name in QT_CATALOGUES.get(lang, ()):
                qt = QTranslator()
                if qt.load(name, str(self.qt_folder)):
                    self._install(qt)
                    break
        self.language = lang if found else "en"
        return found

    def _install(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)

