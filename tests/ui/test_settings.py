"""The declared preferences (ui/settings.py), on their own: one INI file in this test's
profile, read back by a second Settings object as the next start would.
tests/ui/test_settings_fallback.py covers an unknown value in each setting and the
window a damaged file opens; here, the store itself: where it lives, what it keeps,
what it refuses, and files that are not what they should be."""

from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from equalcity_desktop.ui import settings as settings_mod
from equalcity_desktop.ui.settings import SETTINGS, VERSION, Settings, settings_dir

from ..conftest import ROOT

GOOD = {"ui_language": "nl", "content_language": "pt", "text_zoom": 4, "theme": "dark",
        "idle_minutes": 15, "geometry": QByteArray(b"\x01\xd9\xd0\xcb\x00\x03geometry")}


def reopened(settings: Settings) -> Settings:
    """The same file read by a new object, after the first one wrote it (in this process
    Qt may answer from its cache of the file: see the next-start test for the disk)."""
    settings.sync()
    return Settings(settings.path.parent)


def ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    return parser


def test_it_lives_in_the_settings_folder_chosen_for_this_profile(private_profile) -> None:
    assert settings_dir() == private_profile / "settings"
    settings = Settings()
    assert settings.path == private_profile / "settings" / "settings.ini"


def test_a_missing_folder_is_created(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "er" / "settings"
    settings = Settings(folder)
    assert folder.is_dir()
    assert settings.get("theme") == "system"


def test_a_new_file_reads_every_default(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    for setting in SETTINGS:
        value = settings.get(setting.name)
        assert value == setting.default, setting.name
        assert isinstance(value, setting.type), setting.name


def test_every_declared_default_is_valid() -> None:
    for setting in SETTINGS:
        assert isinstance(setting.default, setting.type), setting.name
        assert setting.valid(setting.default), setting.name
        assert setting.description.strip(), setting.name


@pytest.mark.parametrize(("name", "value"), GOOD.items())
def test_a_value_set_is_read_back_after_a_restart(tmp_path: Path, name: str, value) -> None:
    settings = Settings(tmp_path)
    settings.set(name, value)
    assert settings.get(name) == value
    again = reopened(settings)
    assert again.get(name) == value
    assert isinstance(again.get(name), type(value))


def test_every_value_survives_the_next_start_from_disk(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    for name, value in GOOD.items():
        settings.set(name, value)
    settings.sync()
    read_back = ("import sys\nfrom pathlib import Path\n"
                 "from equalcity_desktop.ui.settings import SETTINGS, Settings\n"
                 "s = Settings(Path(sys.argv[1]))\n"
                 "for setting in SETTINGS:\n"
                 "    value = s.get(setting.name)\n"
                 "    value = bytes(value).hex() if setting.name == 'geometry' else value\n"
                 "    print(setting.name, type(value).__name__, value)\n")
    out = subprocess.run([sys.executable, "-c", read_back, str(tmp_path)], check=True,
                         capture_output=True, text=True, timeout=120, cwd=ROOT).stdout.splitlines()
    assert out == ["ui_language str nl", "content_language str pt", "text_zoom int 4",
                   "theme str dark", "idle_minutes int 15",
                   f"geometry str {bytes(GOOD['geometry']).hex()}"]


def test_the_file_holds_only_declared_names_and_the_version(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    for name, value in GOOD.items():
        settings.set(name, value)
    settings.sync()
    keys = {key for section in ini(settings.path).values() for key in section}
    assert keys <= {s.name for s in SETTINGS} | {"version"}
    assert ini(settings.path)["General"]["version"] == str(VERSION)


@pytest.mark.parametrize("name", ["last_search", "recent_items", "", "Theme", "theme "])
def test_an_undeclared_name_is_refused(tmp_path: Path, name: str) -> None:
    settings = Settings(tmp_path)
    with pytest.raises(KeyError):
        settings.set(name, "anything")
    with pytest.raises(KeyError):
        settings.get(name)
    settings.sync()
    assert name.strip() == "" or name not in settings.path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "value"), [
    ("ui_language", "de"), ("content_language", "xx"), ("text_zoom", 99), ("text_zoom", -3),
    ("text_zoom", "two"), ("theme", "neon"), ("theme", 5), ("idle_minutes", -1),
    ("idle_minutes", settings_mod.MAX_IDLE_MINUTES + 1), ("geometry", "not bytes"),
    ("ui_language", ["nl", "fr"]), ("ui_language", None),
])
def test_a_bad_value_set_by_a_caller_reads_as_the_default(tmp_path: Path, name: str,
                                                          value) -> None:
    default = next(s.default for s in SETTINGS if s.name == name)
    settings = Settings(tmp_path)
    settings.set(name, value)  # set() stores as given; get() never hands it back
    assert settings.get(name) == default
    assert reopened(settings).get(name) == default


def test_the_limits_themselves_are_kept(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    for name, value in (("text_zoom", settings_mod.MIN_STEPS),
                        ("text_zoom", settings_mod.MAX_STEPS),
                        ("idle_minutes", 0), ("idle_minutes", settings_mod.MAX_IDLE_MINUTES)):
        settings.set(name, value)
        assert reopened(settings).get(name) == value


def test_a_number_written_by_hand_with_spaces_is_read(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text("[General]\nversion=1\ntext_zoom=\" 3 \"\n"
                                           "idle_minutes=\"  30\"\n", encoding="utf-8")
    settings = Settings(tmp_path)
    assert settings.get("text_zoom") == 3
    assert settings.get("idle_minutes") == 30


def test_an_older_file_loses_what_this_version_does_not_declare(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text(
        "[General]\ntheme=dark\nlast_search=violence\nrecent=card-one\n"
        "[history]\nopened=suicidal-thoughts\n", encoding="utf-8")
    settings = Settings(tmp_path)
    assert settings.get("theme") == "dark"  # what is declared survives
    settings.sync()
    text = settings.path.read_text(encoding="utf-8")
    assert "violence" not in text and "suicidal-thoughts" not in text
    assert "card-one" not in text
    assert ini(settings.path)["General"]["version"] == str(VERSION)


def test_a_current_file_is_left_as_it_is(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    settings.set("theme", "contrast")
    settings.sync()
    before = settings.path.read_bytes()
    assert Settings(tmp_path).get("theme") == "contrast"
    assert settings.path.read_bytes() == before


@pytest.mark.parametrize("content", [
    b"", b"\x00\x00\x00", b"\xff\xfe\x00garbage\n[General\nui_language=\xe9\n",
    b"[General]\nversion=abc\ntheme=\n", b"[General]\nversion=1\ntext_zoom=@Invalid()\n",
    b"[General]\nversion=1\ntheme=@ByteArray(dark)\ngeometry=@Variant(\\0\\0)\n",
    b"[General]\nversion=1\nui_language=nl, fr\n", "[General]\nversion=1\ntheme=d\u00e4rk\n"
    .encode("utf-16"),
], ids=["empty", "nul", "garbage", "bad-version", "invalid", "byte-array", "list", "utf-16"])
def test_a_corrupt_file_reads_as_defaults(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "settings.ini").write_bytes(content)
    settings = Settings(tmp_path)
    for setting in SETTINGS:
        value = settings.get(setting.name)
        assert isinstance(value, setting.type), setting.name
        assert setting.valid(value), setting.name
    assert settings.get("theme") == "system"
    assert settings.get("ui_language") == ""
    settings.set("theme", "light")  # and it still takes new values
    assert reopened(settings).get("theme") == "light"


def test_a_folder_where_the_file_should_be_reads_as_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").mkdir()
    settings = Settings(tmp_path)
    assert [settings.get(s.name) for s in SETTINGS] == [s.default for s in SETTINGS]
    settings.set("theme", "dark")  # cannot be written: kept for this session only
    settings.sync()
    assert settings.get("theme") == "dark"
    assert (tmp_path / "settings.ini").is_dir()


def test_a_settings_folder_that_cannot_be_made_still_gives_defaults(
        private_profile: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    in_the_way = private_profile / "settings-file"
    in_the_way.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(settings_mod.ENV_SETTINGS_DIR, str(in_the_way))
    settings = Settings()
    assert settings.get("theme") == "system"
