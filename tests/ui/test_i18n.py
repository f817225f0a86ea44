"""The interface in four languages: complete catalogues, switched live."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from equalcity_desktop import resources
from equalcity_desktop.library.languages import NATIVE_NAMES

from ..conftest import ROOT
from .conftest import make_window, part

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
        action = next(a for a in window.menus.menu("ui_language").actions() if a.data() == lang)
        action.trigger()
        qtbot.waitUntil(lambda: window.menus.menu("file").title() == file_menu)
        assert part(window, "searchBox").placeholderText().startswith(placeholder_start)
        assert window.settings.get("ui_language") == lang
        english = {"Back", "Forward", "Home", "Quick exit", "Search", "Toolbar", "Page"}
        texts = {w.text().replace("&", "") for w in window.findChildren(QAbstractButton)}
        texts |= {w.text() for w in window.findChildren(QLabel) if w.isVisible()}
        texts |= {a.text().replace("&", "") for a in window.actions.values()}
        left = texts & english
        assert not left, left
        # The content language stays what it was.
        assert window.content_lang.currentData() == "en"
        action = next(a for a in window.menus.menu("ui_language").actions() if a.data() == "en")
        action.trigger()
        qtbot.waitUntil(lambda: window.menus.menu("file").title() == "&File")
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
        next(a for a in window.menus.menu("ui_language").actions() if a.data() == lang).trigger()
        qtbot.waitUntil(lambda: window.menus.menu("file").title() != "&File")
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


@pytest.mark.parametrize(("lang", "cancel", "yes"),
                         [("nl", "Annuleren", "Ja"), ("fr", "Annuler", "Oui"),
                          ("pt", "Cancelar", "Sim")])
def test_qt_standard_buttons_follow_the_interface_language(qtbot, bundled_index, lang, cancel,
                                                           yes) -> None:
    """Qt's own qtbase catalogue is loaded beside ours and switched live."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    window = make_window(qtbot, bundled_index)
    try:
        next(a for a in window.menus.menu("ui_language").actions() if a.data() == lang).trigger()
        qtbot.waitUntil(lambda: window.menus.menu("file").title() != "&File")
        assert window.translations.qt_catalogue is not None
        assert f"qtbase_{lang}" in window.translations.qt_catalogue
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") \
            == cancel
        box = QMessageBox(QMessageBox.Icon.Question, "Equalcity", "?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == yes
        # Back to English: Qt's catalogue is removed too.
        next(a for a in window.menus.menu("ui_language").actions() if a.data() == "en").trigger()
        qtbot.waitUntil(lambda: window.menus.menu("file").title() == "&File")
        assert window.translations.qt_catalogue is None
        again = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert again.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") \
            == "Cancel"
    finally:
        window.translations.apply("en")
        window.search_service.stop()


FIRST_START = """
import sys
from equalcity_desktop.app import build_window, create_app
from equalcity_desktop.library.service import ContentService
from equalcity_desktop import resources
from equalcity_desktop.ui.i18n import system_language
app = create_app()
content = ContentService([resources.content_dir()], cache=sys.argv[1])
window = build_window(content)
print(system_language(), window.translations.language, window.menus.menu("file").title(),
      window.content_lang.currentData(), window.settings.get("ui_language") or "-")
window.search_service.stop()
"""


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "nl_BE.UTF-8"}, ("nl", "nl", "&Bestand", "nl")),
    ({"LANG": "fr_FR.UTF-8"}, ("fr", "fr", "&Fichier", "fr")),
    ({"LC_ALL": "pt_PT.UTF-8"}, ("pt", "pt", "&Ficheiro", "pt")),
    # A preference list: German first (not offered), then Portuguese.
    ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:pt"}, ("pt", "pt", "&Ficheiro", "pt")),
    ({"LANG": "de_DE.UTF-8"}, ("en", "en", "&File", "en")),
])
def test_first_start_follows_the_system_language(bundled_index, private_profile, env,
                                                 expected) -> None:
    """No setting yet: the interface (and the content) start in the system's
    language, and nothing is written until the person picks one."""
    import os
    import sys

    clean = {k: v for k, v in os.environ.items()
             if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    out = subprocess.run([sys.executable, "-c", FIRST_START, str(bundled_index)],
                         env={**clean, **env, "QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=True)
    assert tuple(out.stdout.split()) == (*expected, "-"), out.stderr[-1000:]


def test_a_chosen_language_wins_over_the_system(bundled_index, private_profile) -> None:
    import os
    import sys

    from equalcity_desktop.ui.settings import Settings

    settings = Settings()
    settings.set("ui_language", "fr")
    settings.sync()
    env = {**os.environ, "LANG": "nl_NL.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LANGUAGE", None)
    env.pop("LC_ALL", None)
    out = subprocess.run([sys.executable, "-c", FIRST_START, str(bundled_index)], env=env,
                         cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.split()[:3] == ["nl", "fr", "&Fichier"]


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "pt"])
def test_menu_access_keys_are_unique_in_each_menu(window, qtbot, lang) -> None:
    """Alt+letter reaches one entry: no two items of a menu (or of the menu
    bar) share an underlined letter, in any interface language."""
    window.translations.apply(lang)
    qtbot.waitUntil(lambda: lang == "en" or window.menus.menu("file").title() != "&File")
    try:
        menus = [window.menuBar()] + [a.menu() for a in window.menuBar().actions() if a.menu()]
        menus += [a.menu() for m in menus[1:] for a in m.actions() if a.menu()]
        clashes = []
        for menu in menus:
            seen: dict[str, str] = {}
            for action in menu.actions():
                text = action.text().replace("&&", "")
                if "&" not in text:
                    continue
                key = text[text.index("&") + 1].casefold()
                if key in seen:
                    clashes.append(f"{seen[key]!r} and {text!r}")
                seen[key] = text
        assert clashes == [], "\n".join(clashes)
    finally:
        window.translations.apply("en")
