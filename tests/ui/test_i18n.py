"""The interface in four languages: complete catalogues, switched live."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from equalcity_desktop import resources

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
