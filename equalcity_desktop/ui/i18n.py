"""Interface translations: the app's own .qm files and Qt's qtbase ones.

Changing the language installs new translators; Qt then sends every widget a
LanguageChange event and each one retranslates itself, so no restart is
needed. The content language is separate (see the window's language box).

Qt's ``qtbase_*.qm`` translate the standard buttons and dialogs (OK/Cancel,
QMessageBox, QFileDialog). From source they come from PySide6's own
translations folder; the bundle carries just those three files at the path
QLibraryInfo reports there (see packaging/equalcity.spec).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..library.languages import LANGS, best_language
from . import labels

# Qt ships Brazilian Portuguese only; its standard buttons are close enough.
QT_CATALOGUES = {"nl": ("qtbase_nl",), "fr": ("qtbase_fr",), "pt": ("qtbase_pt_PT", "qtbase_pt_BR")}


def system_language() -> str:
    """The first of the system's interface languages that the app has, else English.

    ``uiLanguages()`` honours a preference list (LANGUAGE=de:pt on Linux, the
    ordered languages on Windows and macOS), so a German-Portuguese desk gets
    Portuguese rather than English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGS:
            return code
    return best_language(QLocale.system().name())


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


class Translations:
    def __init__(self, folder: Path, qt_folder: Path | None = None) -> None:
        self.folder = folder
        # Qt's folder first; our own i18n folder as a fallback (a bundle built
        # by hand may have put the qtbase files beside ours).
        self.qt_folders = [qt_folder or qt_translations_dir(), folder]
        self._installed: list[QTranslator] = []
        self.language = "en"
        self.qt_catalogue: str | None = None  # the qtbase file in use, for tests

    def apply(self, lang: str) -> bool:
        """Switch the interface to ``lang``; False if its catalogue is missing."""
        lang = lang if lang in LANGS else "en"
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        self.qt_catalogue = None
        found = True
        if lang != "en":
            own = QTranslator()
            found = own.load(str(self.folder / f"equalcity_{lang}.qm"))
            if found:
                self._install(own)
            self._install_qt(lang)
        self.language = lang if found else "en"
        labels.set_language(self.language)  # kinds, topics and countries from the catalogue
        return found

    def _install_qt(self, lang: str) -> None:
        for folder in self.qt_folders:
            for name in QT_CATALOGUES.get(lang, ()):
                qt = QTranslator()
                if qt.load(name, str(folder)):
                    self._install(qt)
                    self.qt_catalogue = str(folder / f"{name}.qm")
                    return

    def _install(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)
