"""Shared fixtures. Qt runs offscreen; settings, caches and HOME point at a
temporary folder so no test touches the real profile."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import textwrap  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from equalcity_desktop import resources  # noqa: E402
from equalcity_desktop.library.service import ContentService  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CONTENT = resources.content_dir()


@pytest.fixture(autouse=True)
def private_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    profile = tmp_path / "profile"
    for name in ("home", "settings", "cache", "data", "tmp"):
        (profile / name).mkdir(parents=True)
    monkeypatch.setenv("EQUALCITY_SETTINGS_DIR", str(profile / "settings"))
    monkeypatch.setenv("EQUALCITY_CACHE_DIR", str(profile / "cache"))
    monkeypatch.setenv("EQUALCITY_DATA_DIR", str(profile / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(profile / "home" / ".local" / "share"))
    # Qt reads XDG_CONFIG_HOME once per process: point its user settings
    # (QtProject.conf, the file dialog's history) at this test's profile too.
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(profile / "home" / ".config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(profile / "home" / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(profile / "home" / ".cache"))
    return profile


# How long a test waits for something that must happen (a window ready, a signal): a guard
# against a hang, never a speed target (speed belongs in `make bench`). Generous, so a busy
# machine passes as an idle one does.
LIVENESS_MS = 120_000


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled content's index, built once per test run, before any test waits on it."""
    folder = tmp_path_factory.mktemp("index")
    svc = ContentService([CONTENT], cache=folder)
    svc.searcher()
    svc.close()
    return folder


@pytest.fixture
def service(bundled_index: Path) -> ContentService:
    svc = ContentService([CONTENT], cache=bundled_index)
    yield svc
    svc.close()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


LANGS = ("en", "nl", "fr", "pt")
FILLER = ("Listen calmly and take your time with the person in front of you today "
          "so they can decide what happens next ")


def card_text(item_id: str, lang: str, *, extra_front: str = "", body: str | None = None) -> str:
    from equalcity_desktop.library.languages import CARD_HEADINGS

    sections = []
    for n, heading in enumerate(CARD_HEADINGS[lang]):
        text = FILLER * 2
        if n == 6:
            text = "- [The section](doc:tk-intro) and [a term](term:safe-word)"
        sections.append(f"## {heading}\n\n{text}\n")
    sources = ("sources:\n  - org: Test Org\n    title: Test guidance\n    year: 2020\n"
               if lang == "en" else "")
    front = (f"---\nid: {item_id}\nkind: card\ntoolkit: tk\ntitle: Card {item_id} {lang}\n"
             f"summary: What to do.\naliases: [alias-{item_id}, everyday word]\n"
             f"related: []\n{sources}{extra_front}---\n")
    return front + (body if body is not None else "\n".join(sections))


def make_content(root: Path) -> Path:
    """A small valid library: toolkit tk, a section, two cards, a term."""
    write(root / "toolkits" / "tk" / "toolkit.yaml", """
        id: tk
        title: {en: Test kit, nl: Testkit, fr: Kit de test, pt: Kit de teste}
        city: {en: Testville, nl: Teststad, fr: Testville, pt: Testvila}
        subject: {en: Testing, nl: Testen, fr: Tests, pt: Testes}
        partners: [Test partner]
        years: 2019-2021
        audiences: [workers]
        documents:
          - id: tk-introduction
            title: {en: Introduction, nl: Inleiding, fr: Introduction, pt: Introdução}
            sections: [tk-intro]
        """)
    for lang in LANGS:
        write(root / "toolkits" / "tk" / f"tk-intro.{lang}.md", f"""
            ---
            id: tk-intro
            kind: section
            toolkit: tk
            title: Why this kit matters {lang}
            summary: The reason for the kit.
            ---
            ## Why

            A section about safer spaces. See [the first card](card:card-one).
            """)
        for item_id in ("card-one", "card-two"):
            (root / "cards").mkdir(parents=True, exist_ok=True)
            (root / "cards" / f"{item_id}.{lang}.md").write_text(card_text(item_id, lang),
                                                                  encoding="utf-8")
        write(root / "glossary" / f"safe-word.{lang}.md", f"""
            ---
            id: safe-word
            kind: glossary
            toolkit: all
            title: Safe word {lang}
            aliases: [code word]
            ---
            A word agreed in advance. See [card two](card:card-two).
            """)
    return root


@pytest.fixture
def mini_content(tmp_path: Path) -> Path:
    return make_content(tmp_path / "content")


# A fixture for every test module: this test's profile trusts the fixed test signing key.
from .library.pack_helpers import trusted_test_key  # noqa: E402, F401
