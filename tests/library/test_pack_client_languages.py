"""An office brings a reviewed translation of the client phrases through a content pack
(content/client-languages/README.md): it installs, replaces the bundled language, and a
broken one is refused naming its file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from equalcity_desktop.library import client_phrases, packs

from ..conftest import CONTENT
from .pack_helpers import TEST_KEY
from .test_packs import pack_source

BUNDLED_SO = (CONTENT / "client-languages" / "so.yaml").read_text(encoding="utf-8")


def _pack_with(tmp_path: Path, text: str) -> Path:
    src = pack_source(tmp_path / "src", pack_id="somali-reviewed", cards=1)
    folder = src / "client-languages"
    folder.mkdir()
    (folder / "so.yaml").write_text(text, encoding="utf-8")
    out = tmp_path / "somali.zip"
    packs.build(src, out, bundled=CONTENT, key=TEST_KEY)
    return out


def test_a_reviewed_translation_in_a_pack_replaces_the_bundled_one(
        tmp_path: Path, private_profile: Path, trusted_test_key) -> None:
    assert client_phrases.load().language("so").reviewed_by is None
    reviewed = BUNDLED_SO.replace("reviewed_by: null",
                                  'reviewed_by: {name: "A. Y., interpreter", date: 2027-01-15}')
    info = packs.install(_pack_with(tmp_path, reviewed), bundled=CONTENT)
    assert info.kinds.get("client-language") == 1
    somali = client_phrases.load().language("so")
    assert somali.reviewed_by is not None and somali.reviewed_by.name == "A. Y., interpreter"
    assert "somali-reviewed" in somali.path


def test_a_broken_client_language_in_a_pack_is_refused(
        tmp_path: Path, private_profile: Path) -> None:
    broken = re.sub(r"^script: Latn$", "script: Klingon", BUNDLED_SO, flags=re.M)
    with pytest.raises(packs.PackError, match=r"client-languages/so\.yaml.*script 'Klingon'"):
        _pack_with(tmp_path, broken)
    assert packs.list_installed() == []
