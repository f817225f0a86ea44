"""Hostile and broken packs: each is refused with one clear sentence, and the
installed packs stay exactly as they were (same files, same bytes, no work
folders left). A pack of version 1.0 is installed before every test."""

from __future__ import annotations

import errno
import hashlib
import os
import random
import re
import shutil
import signal
import struct
import subprocess
import sys
import textwrap
import time
import warnings
import zipfile
from pathlib import Path

import pytest
import yaml

from equalcity_desktop.library import pack_check, packs, safezip
from equalcity_desktop.library.languages import LANGS
from equalcity_desktop.library.service import ContentService

from ..conftest import LIVENESS_MS, ROOT, make_content
from .test_packs import leftovers, pack_card, pack_source, state


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Built once: the small library, and an installed pack 'city' 1.0 to copy."""
    base = tmp_path_factory.mktemp("packs-template")
    content = make_content(base / "content")
    src = pack_source(base / "src", cards=2)
    archive = base / "city.zip"
    packs.build(src, archive, folder=base / "none", bundled=content)
    packs.install(archive, folder=base / "installed", bundled=content, allow_unsigned=True)
    return {"content": content, "installed": base / "installed", "src": src, "zip": archive}


@pytest.fixture
def setup(template: dict[str, Path], private_profile: Path) -> dict[str, Path]:
    shutil.copytree(template["installed"], packs.packs_dir())
    before = state(private_profile)
    assert list(before) and leftovers(private_profile) == []
    return {**template, "before": before}  # type: ignore[dict-item]


def refused(setup: dict, archive: Path, pattern: str, profile: Path) -> str:
    """Import ``archive``: it must fail with one sentence matching ``pattern``
    and leave the installed packs exactly as they were."""
    with pytest.raises(packs.PackError) as err:
        packs.install(archive, bundled=setup["content"], allow_unsigned=True)
    message = str(err.value)
    assert re.search(pattern, message), message
    assert "\n" not in message and "Traceback" not in message
    assert state(profile) == setup["before"]
    assert leftovers(profile) == []
    assert [p.version for p in packs.list_installed()] == ["1.0"]
    return message


def manifest_for(contents: dict[str, bytes], **fields: object) -> bytes:
    data: dict[str, object] = {"id": "city", "title": "City pack", "version": "2.0",
                               "languages": list(LANGS), "schema": 1}
    data |= fields
    data.setdefault("files", [{"path": name, "sha256": hashlib.sha256(body).hexdigest(),
                               "size": len(body)} for name, body in contents.items()])
    return yaml.safe_dump(data, sort_keys=False).encode("utf-8")


def good_files(prefix: str = "city", word: str = "") -> dict[str, bytes]:
    return {f"cards/{prefix}-card-0.{lang}.md":
            pack_card(f"{prefix}-card-0", lang, word=word).encode("utf-8") for lang in LANGS}


def make_zip(path: Path, files: dict[str, bytes], *, manifest: bytes | None = None,
             extra: dict[str, bytes] | None = None) -> Path:
    """A pack zip; ``extra`` entries are added without being listed."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("pack.yaml", manifest if manifest is not None else manifest_for(files))
        for name, body in {**files, **(extra or {})}.items():
            zf.writestr(zipfile.ZipInfo(name), body)
    return path


# -- the archive -----------------------------------------------------------------
def test_zip_bomb(setup, tmp_path: Path, private_profile: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("pack.yaml", manifest_for(good_files()))
        with zf.open("cards/bomb.en.md", "w", force_zip64=True) as out:
            block = b"\0" * (1024 * 1024)
            for _ in range(300):  # 300 MB of zeros, about 300 KB compressed
                out.write(block)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    refused(setup, bomb, r"compressed more than 100 to 1 \(a zip bomb\)", private_profile)


def test_too_many_entries(setup, tmp_path: Path, private_profile: Path) -> None:
    files = {f"cards/c{n}.en.md": b"x" for n in range(safezip.MAX_ENTRIES + 1)}
    refused(setup, make_zip(tmp_path / "many.zip", files),
            "5002 entries; a pack may have at most 5000", private_profile)


def _patch_offsets(path: Path, victim: str, new_offset: int) -> None:
    """Point ``victim``'s central-directory entry at another entry's data."""
    data = bytearray(path.read_bytes())
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
        name = bytes(data[pos + 46: pos + 46 + name_len]).decode()
        if name == victim:
            struct.pack_into("<L", data, pos + 42, new_offset)
        pos = data.find(b"PK\x01\x02", pos + 46 + name_len + extra_len + comment_len)
    path.write_bytes(bytes(data))


def test_overlapping_entries(setup, tmp_path: Path, private_profile: Path) -> None:
    files = good_files()
    archive = make_zip(tmp_path / "overlap.zip", files)
    with zipfile.ZipFile(archive) as zf:
        first = zf.getinfo("cards/city-card-0.en.md").header_offset
    _patch_offsets(archive, "cards/city-card-0.nl.md", first)
    refused(setup, archive, r"overlap in the archive \(a zip bomb\)", private_profile)


@pytest.mark.parametrize("keep", [0, 100, 0.5, -22])
def test_truncated_or_empty_zip(setup, tmp_path: Path, private_profile: Path,
                                keep: float) -> None:
    data = setup["zip"].read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else keep
    archive = tmp_path / "cut.zip"
    archive.write_bytes(data[:cut])
    refused(setup, archive, "not a zip archive, or it is damaged or incomplete", private_profile)


def test_damaged_data_with_an_intact_directory(setup, tmp_path: Path,
                                               private_profile: Path) -> None:
    archive = tmp_path / "flipped.zip"
    data = bytearray(setup["zip"].read_bytes())
    with zipfile.ZipFile(setup["zip"]) as zf:
        info = zf.getinfo("cards/city-card-1.fr.md")
    data[info.header_offset + 30 + len(info.filename) + 40] ^= 0xFF  # inside its data
    archive.write_bytes(bytes(data))
    refused(setup, archive, "'cards/city-card-1.fr.md' is damaged in the archive",
            private_profile)


@pytest.mark.parametrize(("name", "pattern"), [
    ("../evil.md", "climbs out of the pack with '..'"),
    ("cards/../../evil.md", "climbs out of the pack"),
    ("/etc/evil.md", "is an absolute path"),
    ("C:/evil.md", "starts with a drive letter"),
    ("cards\\evil.en.md", "contains a backslash"),
    ("cards/CON.en.md", "reserved Windows name CON"),
    ("aux.md", "reserved Windows name AUX"),
    ("cards/lpt1", "reserved Windows name LPT1"),
    ("cards/x.en.md:stream", "contains ':'"),
    ("cards/trailing.", "ends a name with a dot"),
    ("cards/" + "a" * 250 + ".en.md", "longer than 200 characters"),
    ("cards/caf\u00e9.en.md", "may only use the letters a-z"),
])
def test_dangerous_names(setup, tmp_path: Path, private_profile: Path, name: str,
                         pattern: str) -> None:
    archive = make_zip(tmp_path / "names.zip", good_files(), extra={name: b"x"})
    message = refused(setup, archive, pattern, private_profile)
    assert not (tmp_path / "evil.md").exists()
    assert not Path("/etc/evil.md").exists()
    assert message


def test_symlink_entry(setup, tmp_path: Path, private_profile: Path) -> None:
    archive = tmp_path / "link.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("pack.yaml", manifest_for(good_files()))
        link = zipfile.ZipInfo("cards/city-card-0.en.md")
        link.create_system = 3
        link.external_attr = 0o120777 << 16
        zf.writestr(link, b"/etc/passwd")
    refused(setup, archive, "'cards/city-card-0.en.md' is a symbolic link", private_profile)


@pytest.mark.parametrize(("names", "pattern"), [
    (["cards/a.en.md", "cards/A.en.md"], "differ only in upper and lower case"),
    (["Cards/a.en.md", "cards/b.en.md"], "differ only in upper and lower case"),
    (["cards/caf\u00e9.en.md", "cards/cafe\u0301.en.md"], "letters a-z"),
    (["cards/a.en.md", "cards/a.en.md"], "is in the archive twice"),
    (["cards", "cards/a.en.md"], "which is a file in the archive"),
])
def test_names_that_clash_on_windows_or_macos(setup, tmp_path: Path, private_profile: Path,
                                              names: list[str], pattern: str) -> None:
    archive = tmp_path / "clash.zip"
    with zipfile.ZipFile(archive, "w") as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns of a duplicate name
        zf.writestr("pack.yaml", manifest_for({}))
        for name in names:
            zf.writestr(name, b"x")
    refused(setup, archive, pattern, private_profile)


# -- the manifest ----------------------------------------------------------------
def test_hash_mismatch(setup, tmp_path: Path, private_profile: Path) -> None:
    files = good_files()
    tampered = dict(files)
    tampered["cards/city-card-0.fr.md"] = files["cards/city-card-0.fr.md"].replace(
        b"Ask the", b"Asx the")  # same size, other bytes
    archive = make_zip(tmp_path / "hash.zip", tampered, manifest=manifest_for(files))
    refused(setup, archive, "'cards/city-card-0.fr.md' does not match its size and SHA-256",
            private_profile)


def test_size_mismatch(setup, tmp_path: Path, private_profile: Path) -> None:
    files = good_files()
    listed = [{"path": n, "sha256": hashlib.sha256(b).hexdigest(), "size": len(b) + 1}
              for n, b in files.items()]
    archive = make_zip(tmp_path / "size.zip", files, manifest=manifest_for(files, files=listed))
    refused(setup, archive, r"is \d+ bytes but pack.yaml says \d+", private_profile)


def test_unlisted_and_missing_files(setup, tmp_path: Path, private_profile: Path) -> None:
    files = good_files()
    archive = make_zip(tmp_path / "extra.zip", files, extra={"cards/sneaky.en.md": b"hi"})
    refused(setup, archive, "'cards/sneaky.en.md' is in the archive but not listed",
            private_profile)
    listed = dict(files)
    listed["cards/gone.en.md"] = b"gone"
    archive = make_zip(tmp_path / "missing.zip", files, manifest=manifest_for(listed))
    refused(setup, archive, "lists 'cards/gone.en.md', which is not in the archive",
            private_profile)


def test_pack_yaml_missing_or_nested(setup, tmp_path: Path, private_profile: Path) -> None:
    archive = tmp_path / "nested.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("city/pack.yaml", manifest_for(good_files()))
    refused(setup, archive, r"no pack.yaml at its top \(it is in 'city'/", private_profile)


def test_manifest_not_utf8(setup, tmp_path: Path, private_profile: Path) -> None:
    files = good_files()
    manifest = manifest_for(files).replace(b"City pack", b"Cit\xe9 pack")
    refused(setup, make_zip(tmp_path / "latin1.zip", files, manifest=manifest),
            r"pack.yaml is not UTF-8 text \(line 2", private_profile)


def test_manifest_with_a_bom_is_fine(setup, tmp_path: Path, private_profile: Path) -> None:
    files = good_files()
    archive = make_zip(tmp_path / "bom.zip", files,
                       manifest=b"\xef\xbb\xbf" + manifest_for(files))
    assert packs.install(archive, bundled=setup["content"], allow_unsigned=True).version == "2.0"


def test_manifest_lists_a_file_twice(setup, tmp_path: Path, private_profile: Path) -> None:
    files = good_files()
    entries = [{"path": n, "sha256": hashlib.sha256(b).hexdigest(), "size": len(b)}
               for n, b in files.items()]
    manifest = manifest_for(files, files=[*entries, entries[0]])
    refused(setup, make_zip(tmp_path / "twice.zip", files, manifest=manifest),
            "pack.yaml lists 'cards/city-card-0.en.md' twice", private_profile)


def test_duplicate_item_ids_in_the_content(setup, tmp_path: Path, private_profile: Path) -> None:
    files = good_files()
    for lang in LANGS:  # a glossary term with a card's id
        files[f"glossary/city-card-0.{lang}.md"] = textwrap.dedent(f"""\
            ---
            id: city-card-0
            kind: glossary
            toolkit: all
            title: Term {lang}
            ---
            A definition.
            """).encode("utf-8")
    refused(setup, make_zip(tmp_path / "dupe.zip", files), "duplicate id 'city-card-0'",
            private_profile)


def test_newer_schema(setup, tmp_path: Path, private_profile: Path) -> None:
    files = good_files()
    manifest = manifest_for(files, schema=packs.PACK_SCHEMA + 1, future_field={"x": 1})
    refused(setup, make_zip(tmp_path / "future.zip", files, manifest=manifest),
            r"made for a newer Equalcity \(pack schema 2; this version reads schema 1\)",
            private_profile)


def test_invalid_content_names_the_file_and_line(setup, tmp_path: Path,
                                                 private_profile: Path) -> None:
    files = good_files()
    files["cards/city-card-0.pt.md"] = files["cards/city-card-0.pt.md"].replace(
        b"kind: card", b"kind: card\naudience: [unclosed")
    refused(setup, make_zip(tmp_path / "yaml.zip", files),
            r"cards/city-card-0.pt.md:\d+: invalid YAML", private_profile)


# -- the text ----------------------------------------------------------------------
HOSTILE = """
<script>alert('pack')</script>

<img src="x" onerror="alert(1)">

[run](javascript:alert(1)) [local](file:///etc/passwd) [unc](\\\\server\\share\\x.png)
[unc2](//server/share/x.png) [data](data:text/html;base64,PHNjcmlwdD4=)
<a href="file:///C:/Windows/win.ini">win</a> <a href="\\\\server\\share">share</a>
<iframe src="https://example.org"></iframe> <svg onload="alert(1)"></svg>
![pixel](http://tracker.example/p.png) <p style="background:url(http://x)">styled</p>
"""


def test_hostile_markdown_is_installed_but_rendered_harmless(setup, tmp_path: Path,
                                                            private_profile: Path) -> None:
    files = {f"cards/city-card-0.{lang}.md":
             pack_card("city-card-0", lang, why=HOSTILE).encode("utf-8") for lang in LANGS}
    packs.install(make_zip(tmp_path / "xss.zip", files), bundled=setup["content"],
                  allow_unsigned=True)
    svc = ContentService([setup["content"], *packs.installed_roots()], cache=tmp_path / "ix")
    try:
        for lang in LANGS:
            html = svc.page_html("city-card-0", lang).lower()
            for bad in ("<script", "onerror", "onload", "javascript:", "file:", "\\\\server",
                        "//server", "data:", "<iframe", "<img", "<svg", "style=",
                        "tracker.example"):
                assert bad not in html, (bad, lang)
            assert "run" in html and "share" in html  # the link texts stay, as text
    finally:
        svc.close()


@pytest.mark.parametrize(("body", "pattern"), [
    ("- " * 10_000 + "deep", "a line of 20,004 characters"),
    ("> " * 10_000 + "deep", "a line of 20,004 characters"),
    ("\n".join("  " * i + "- x" for i in range(10_000)), r"is \d+\.\d MB; a file in a pack"),
    ("\n".join("> " * 30 + "x" for _ in range(3)), "nested more than 20 levels deep"),
    ("\n".join("    " * i + "- x" for i in range(40)), "nested more than 20 levels deep"),
])
def test_deep_nesting_is_refused_by_the_limits(setup, tmp_path: Path, private_profile: Path,
                                         body: str, pattern: str) -> None:
    files = good_files()
    files["cards/city-card-0.en.md"] += ("\n" + body + "\n").encode("utf-8")
    refused(setup, make_zip(tmp_path / "deep.zip", files), pattern, private_profile)


def test_a_5mb_line_is_refused_by_the_limits(setup, tmp_path: Path, private_profile: Path) -> None:
    rng = random.Random(5)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9)))
             for _ in range(1000)]
    line = " ".join(rng.choice(words) for _ in range(900_000))[: 5 * 1024 * 1024]
    files = good_files()
    files["cards/city-card-0.en.md"] += line.encode("utf-8")
    refused(setup, make_zip(tmp_path / "line.zip", files),
                   r"'cards/city-card-0.en.md' is 5.0 MB; a file in a pack may be at most",
                   private_profile)


def test_nul_bytes_are_refused(setup, tmp_path: Path, private_profile: Path) -> None:
    files = good_files()
    files["cards/city-card-0.nl.md"] += b"\0\0"
    refused(setup, make_zip(tmp_path / "nul.zip", files), "contains NUL bytes", private_profile)


HANGING_RENDERER = """
# Loaded by the checker process at start (PYTHONPATH): its renderer never returns on a
# page that holds the marker, as Python-Markdown once did on some inputs.
import threading
from equalcity_desktop.library import markup

_real = markup.plain_text


def plain_text(text, *args, **kwargs):
    if "HANG-HERE" in text:
        threading.Event().wait()
    return _real(text, *args, **kwargs)


markup.plain_text = plain_text
"""


def test_text_that_would_hang_the_renderer_is_stopped(setup, tmp_path: Path,
                                                      private_profile: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A renderer that never returns (injected into the checker process): the checker is
    stopped after FILE_SECONDS and the file named."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(HANGING_RENDERER, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, (
        str(hook), os.environ.get("PYTHONPATH")))))
    monkeypatch.setattr(pack_check, "FILE_SECONDS", 1.5)
    files = good_files()
    files["cards/city-card-0.fr.md"] += b"\nHANG-HERE\n"
    refused(setup, make_zip(tmp_path / "slow.zip", files),
            r"cards/city-card-0.fr.md takes too long to read \(over 1.5 seconds\)",
            private_profile)


# -- the disk and the process ------------------------------------------------------
def test_disk_full_midway(setup, tmp_path: Path, private_profile: Path,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    archive = make_zip(tmp_path / "v2.zip", good_files())
    real_write = safezip._write
    calls = {"n": 0}

    def write(dst, chunk: bytes) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(dst, chunk)

    monkeypatch.setattr(safezip, "_write", write)
    refused(setup, archive, "^there is not enough free disk space to install the pack$",
            private_profile)
    monkeypatch.setattr(safezip, "_write", real_write)
    retried = packs.install(archive, bundled=setup["content"], allow_unsigned=True)
    assert retried.version == "2.0"  # a retry works


def test_unreadable_source_midway(setup, tmp_path: Path, private_profile: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The USB stick pulled out while reading."""
    archive = make_zip(tmp_path / "v2.zip", good_files())
    real_copy = safezip.copy_member
    calls = {"n": 0}

    def copy(zf, info, target):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.EIO, "Input/output error")
        return real_copy(zf, info, target)

    monkeypatch.setattr(safezip, "copy_member", copy)
    refused(setup, archive, r"could not be read \(was the USB stick removed\?\)",
            private_profile)


KILL_SCRIPT = """
import sys, threading
from pathlib import Path
from equalcity_desktop.library import pack_check, packs, safezip

real = safezip._write
written = []
def stuck(dst, chunk):  # a USB stick that stops answering after two pieces
    if len(written) >= 2:
        threading.Event().wait()
    written.append(1)
    real(dst, chunk)
safezip._write = stuck
packs.install(Path(sys.argv[1]), confirm_downgrade=True, bundled=Path(sys.argv[2]),
              allow_unsigned=True)
"""


def test_killed_mid_import_leaves_the_previous_state(setup, tmp_path: Path,
                                                     private_profile: Path) -> None:
    archive = make_zip(tmp_path / "v2.zip", {**good_files(), **good_files("other")})
    child = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(archive),
                              str(setup["content"])], cwd=ROOT)
    root = packs.packs_dir()
    try:
        deadline = time.monotonic() + LIVENESS_MS / 1000
        while time.monotonic() < deadline:
            work = [p for p in root.iterdir() if p.name.startswith(".import-")]
            if work and len([f for f in work[0].rglob("*") if f.is_file()]) >= 2:
                break
            time.sleep(0.02)
        else:
            pytest.fail("the import never started")
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert leftovers(private_profile)  # the killed import's folder is still there ...
    roots = packs.installed_roots()  # ... until the next start looks
    assert leftovers(private_profile) == []
    assert roots == [root / "city"]
    assert state(private_profile) == setup["before"]


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_killed_between_the_two_renames_puts_the_old_version_back(
        setup, private_profile: Path) -> None:
    root = packs.packs_dir()
    (root / "city").rename(root / f".old-{_dead_pid()}-abcd1234-city")
    assert packs.installed_roots() == [root / "city"]
    assert state(private_profile) == setup["before"]
    assert leftovers(private_profile) == []


def test_killed_after_the_new_version_arrived_keeps_it(setup, private_profile: Path) -> None:
    root = packs.packs_dir()
    shutil.copytree(root / "city", root / f".old-{_dead_pid()}-abcd1234-city")
    (root / ".trash-0123").mkdir()
    assert packs.installed_roots() == [root / "city"]
    assert leftovers(private_profile) == []
    assert state(private_profile) == setup["before"]


def test_work_of_a_running_import_is_left_alone(setup, private_profile: Path) -> None:
    running = packs.packs_dir() / f".import-{_alive_pid()}-abcd1234"
    running.mkdir()
    packs.installed_roots()
    assert running.is_dir()


def _alive_pid() -> int:
    import os

    return os.getppid()  # pytest's parent: alive for the whole test
