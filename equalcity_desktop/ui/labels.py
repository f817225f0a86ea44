"""Interface words for the kinds of item, translated at the moment of use."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KIND_LABELS = {
    "card": QT_TRANSLATE_NOOP("Kinds", "Situation card"),
    "section": QT_TRANSLATE_NOOP("Kinds", "Toolkit section"),
    "module": QT_TRANSLATE_NOOP("Kinds", "Training module"),
    "poster": QT_TRANSLATE_NOOP("Kinds", "Poster"),
    "glossary": QT_TRANSLATE_NOOP("Kinds", "Glossary"),
    "contact": QT_TRANSLATE_NOOP("Kinds", "Contact"),
    "page": QT_TRANSLATE_NOOP("Kinds", "About this app"),
}
ALL_TOOLKITS = QT_TRANSLATE_NOOP("Kinds", "All toolkits")
# Language names inside interface sentences ("found in Dutch"); pickers use
# each language's own name instead (library.languages.NATIVE_NAMES).
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "nl": QT_TRANSLATE_NOOP("Languages", "Dutch"),
    "fr": QT_TRANSLATE_NOOP("Languages", "French"),
    "pt": QT_TRANSLATE_NOOP("Languages", "Portuguese"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Kinds", KIND_LABELS.get(kind, kind))


def language_name(lang: str) -> str:
    return QCoreApplication.translate("Languages", LANGUAGE_NAMES.get(lang, lang))


def all_toolkits_label() -> str:
    return QCoreApplication.translate("Kinds", ALL_TOOLKITS)
