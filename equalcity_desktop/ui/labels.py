"""Interface words for kinds of item, languages, topics and countries,
translated at the moment of use."""

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
    "country": QT_TRANSLATE_NOOP("Kinds", "Country guide"),
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


# What a contact helps with, and where, in the interface language.
TOPIC_LABELS = {
    "emergency": QT_TRANSLATE_NOOP("Topics", "Emergencies"),
    "violence": QT_TRANSLATE_NOOP("Topics", "Violence"),
    "sexual-violence": QT_TRANSLATE_NOOP("Topics", "Sexual violence"),
    "children": QT_TRANSLATE_NOOP("Topics", "Children"),
    "youth": QT_TRANSLATE_NOOP("Topics", "Young people"),
    "suicide": QT_TRANSLATE_NOOP("Topics", "Suicide"),
    "mental-health": QT_TRANSLATE_NOOP("Topics", "Mental health"),
    "lgbtqi": QT_TRANSLATE_NOOP("Topics", "LGBTQI+ people"),
    "trafficking": QT_TRANSLATE_NOOP("Topics", "Human trafficking"),
    "victims": QT_TRANSLATE_NOOP("Topics", "Victim support"),
    "asylum": QT_TRANSLATE_NOOP("Topics", "Asylum and migration"),
    "health": QT_TRANSLATE_NOOP("Topics", "Health"),
    "legal": QT_TRANSLATE_NOOP("Topics", "Legal advice"),
    "honour-violence": QT_TRANSLATE_NOOP("Topics", "Honour-related violence"),
    "shelter": QT_TRANSLATE_NOOP("Topics", "Shelters"),
    "fgm": QT_TRANSLATE_NOOP("Topics", "Female genital mutilation"),
    "forced-marriage": QT_TRANSLATE_NOOP("Topics", "Forced marriage"),
    "interpreting": QT_TRANSLATE_NOOP("Topics", "Interpreting"),
    "hate-crime": QT_TRANSLATE_NOOP("Topics", "Hate crime"),
    "guardianship": QT_TRANSLATE_NOOP("Topics", "Guardianship"),
}
COUNTRY_LABELS = {
    "": QT_TRANSLATE_NOOP("Contacts", "This office"),
    "eu": QT_TRANSLATE_NOOP("Contacts", "European Union"),
    "be": QT_TRANSLATE_NOOP("Contacts", "Belgium"),
    "lu": QT_TRANSLATE_NOOP("Contacts", "Luxembourg"),
    "it": QT_TRANSLATE_NOOP("Contacts", "Italy"),
    "se": QT_TRANSLATE_NOOP("Contacts", "Sweden"),
}


def topic_label(topic: str) -> str:
    return QCoreApplication.translate("Topics", TOPIC_LABELS.get(topic, topic))


def country_label(code: str) -> str:
    if code in COUNTRY_LABELS:
        return QCoreApplication.translate("Contacts", COUNTRY_LABELS[code])
    return code.upper()
