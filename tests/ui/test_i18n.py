"""The interface in four languages: complete catalogues, switched live."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from equalcity_desktop import resources
from equalcity_desktop.library.languages import NATIVE_NAMES

from ..conftest import ROOT
from .conftest import make_window

LANGS = ("nl", "fr", "pt")


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_is_complete(lang: str) -> None:
    tree = ET.parse(ROOT / "i18n" / f"equalcity_{lang}.ts")
    messages = tree.getroot().findall(".//message")
    assert len(messages) > 50
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), \
            message.find("source").text
        text = "".join(translation.itertext()).strip()
        assert text, message.find("source").text
        source = message.find("source").text
        if "%1" in source:
            assert "%1" in text
        if message.get("numerus") == "yes":
            assert all("%n" in (f.text or "") for f in translation.findall("numerusform"))


def test_catalogue_covers_every_string_in_the_source(tmp_path) -> None:
    """lupdate on the current source finds nothing new for the .ts files."""
    copy = tmp_path / "equalcity_nl.ts"
    copy.write_bytes((ROOT / "i18n" / "equalcity_nl.ts").read_bytes())
    sources = sorted(str(p) for p in (ROOT / "equalcity_desktop" / "ui").glob("*.py"))
    lupdate = ROOT / ".venv" / "bin" / "pyside6-lupdate"
    out = subprocess.run([str(lupdate), *sources, "-ts", str(copy)], capture_output=True,
                         text=True, check=True)
    assert "(0 new and" in out.stdout + out.stderr, out.stdout + out.stderr


@pytest.mark.parametrize(("lang", "file_menu", "placeholder_start"),
                         [("nl", "&Bestand", "Zoek"), ("fr", "&Fichier", "Rechercher"),
                          ("pt", "&Ficheiro", "Pesquisar")])
def test_switching_the_interface_language_live(qtbot, bundled_index, lang, file_menu,
                                               placeholder_start) -> None:
    window = make_window(qtbot, bundled_index)
    try:
        assert (resources.path("i18n") / f"equalcity_{lang}.qm").is_file()
        action = next(a for a in window.ui_lang_group.actions() if a.data() == lang)
        action.trigger()
        qtbot.waitUntil(lambda: window.menu_file.title() == file_menu)
        assert window.search_box.placeholderText().startswith(placeholder_start)
        assert window.settings.get("ui_language") == lang
        english = {"Back", "Forward", "Home", "Quick exit", "Search", "Toolbar", "Page"}
        texts = {w.text().replace("&", "") for w in window.findChildren(QAbstractButton)}
        texts |= {w.text() for w in window.findChildren(QLabel) if w.isVisible()}
        texts |= {a.text().replace("&", "") for a in window.actions.values()}
        left = texts & english
        assert not left, left
        # The content language stays what it was.
        assert window.content_lang.currentData() == "en"
        action = next(a for a in window.ui_lang_group.actions() if a.data() == "en")
        action.trigger()
        qtbot.waitUntil(lambda: window.menu_file.title() == "&File")
    finally:
        window.search_service.stop()


def _english_sources() -> dict[str, set[str]]:
    """English source text -> its translations, per language file."""
    out: dict[str, set[str]] = {}
    for lang in LANGS:
        tree = ET.parse(ROOT / "i18n" / f"equalcity_{lang}.ts")
        for message in tree.getroot().iter("message"):
            source = message.find("source").text or ""
            translation = "".join(message.find("translation").itertext()).strip()
            out.setdefault(source.replace("&", ""), set()).add(translation.replace("&", ""))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_no_english_is_left_in_the_translated_interface(qtbot, bundled_index, lang) -> None:
    """Walk every widget, action and menu: no text may still be an English
    source string whose translation differs (names such as Equalcity pass)."""
    from PySide6.QtWidgets import QComboBox, QMenu, QWidget

    sources = _english_sources()
    window = make_window(qtbot, bundled_index)
    try:
        next(a for a in window.ui_lang_group.actions() if a.data() == lang).trigger()
        qtbot.waitUntil(lambda: window.menu_file.title() != "&File")
        texts: set[str] = set()
        for widget in window.findChildren(QWidget):
            for getter in ("text", "placeholderText", "toolTip", "accessibleName",
                           "accessibleDescription", "title"):
                value = getattr(widget, getter, None)
                if callable(value):
                    result = value()
                    if isinstance(result, str):
                        texts.add(result)
            if isinstance(widget, QComboBox):
                texts |= {widget.itemText(i) for i in range(widget.count())}
            if isinstance(widget, QMenu):
                texts |= {a.text() for a in widget.actions()}
        for action in window.findChildren(type(window.actions["quit"])):
            texts |= {action.text(), action.toolTip()}
        # Language pickers name each language in itself ("English", "Nederlands").
        native = set(NATIVE_NAMES.values())
        left = sorted(t for t in (x.replace("&", "") for x in texts)
                      if t in sources and t not in sources[t] and t not in native)
        assert left == [], left
    finally:
        window.translations.apply("en")
        window.search_service.stop()
