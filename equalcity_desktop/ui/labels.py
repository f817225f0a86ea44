"""Interface words for the kinds of item, translated at the moment of use."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KIND_LABELS = {
    "card": QT_TRANSLATE_NOOP("Kinds", "Situation card"),
    "section": QT_TRANSLATE_NOOP("Kinds", "Toolkit section"),
    "module": QT_TRANSLATE_NOOP("Kinds", "Training module"),
    "poster": QT_TRANSLATE_NOOP("Kinds", "Poster"),
    "glossary": QT_TRANSLATE_NOOP("Kinds", "Glossary"),
}
ALL_TOOLKITS = QT_TRANSLATE_NOOP("Kinds", "All toolkits")


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Kinds", KIND_LABELS.get(kind, kind))


def all_toolkits_label() -> str:
    return QCoreApplication.translate("Kinds", ALL_TOOLKITS)
