"""Interface words for kinds of item, languages, topics and countries, in the interface
language at the moment of use.

The words themselves live in the core's catalogue (``library/catalogue.py``), the one
place the window, the printouts and the command line share, so the same country or
kind reads the same everywhere. This module only picks the interface language:
whatever :func:`set_language` was told last, or else the language of the installed
interface translation (read through one message every catalogue has).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..library import catalogue
from ..library.languages import LANGS

# Translated "English" -> the interface language it belongs to.
_PROBE = QT_TRANSLATE_NOOP("Languages", "English")
_BY_PROBE = {catalogue.LANGUAGE_NAMES[lang]["en"]: lang for lang in LANGS}
_chosen: str | None = None


def set_language(lang: str | None) -> None:
    """The interface language to name things in (None: follow the installed translation)."""
    global _chosen  # noqa: PLW0603 - one interface language per process
    _chosen = lang if lang in LANGS else None


def interface_language() -> str:
    if _chosen is not None:
        return _chosen
    return _BY_PROBE.get(QCoreApplication.translate("Languages", _PROBE), "en")


def kind_label(kind: str) -> str:
    return catalogue.kind_name(kind, interface_language())


def language_name(lang: str) -> str:
    return catalogue.language_name(lang, interface_language())


def all_toolkits_label() -> str:
    return catalogue.all_toolkits(interface_language())


def topic_label(topic: str) -> str:
    """What a contact helps with, as a label of its own ("Sexual violence")."""
    return catalogue.topic_name(topic, interface_language(), capital=True)


# The countries of the contacts list, "" for the office's own contacts.
COUNTRY_LABELS = tuple(catalogue.COUNTRY_NAMES["en"])


def country_label(code: str) -> str:
    return catalogue.country_name(code, interface_language())
