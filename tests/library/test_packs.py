"""Content packs end to end: build, check, install, find in search, replace,
downgrade only when confirmed, remove; the command line; a realistic pack timed."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from equalcity_desktop.library import packs
from equalcity_desktop.library.languages import CARD_HEADINGS, LANGS
from equalcity_desktop.library.service import ContentService

from ..conftest import CONTENT, ROOT
from .pack_helpers import TEST_KEY

FILLER = ("Ask the person what they need now and write down only what they agree to "
          "share with the team so that nothing is passed on without consent ")


def pack_card(item_id: str, lang: str, *, word: str = "", why: str = "",
              toolkit: str = "all") -> str:
    """A valid situation card that links only to itself, so it loads beside
    any content (the bundled one or the tests' small library)."""
    sections = []
    for n, heading in enumerate(CARD_HEADINGS[lang]):
        text = FILLER + word
        if n == 5 and why:
            text += "\n\n" + why
        if n == 6:
            text = f"- [This card](card:{item_id})"
        sections.append(f"## {heading}\n\n{text}\n")
    sources = "sources:\n  - org: City office\n    title: Local guidance\n" if lang == "en" else ""
    return (f"---\nid: {item_id}\nkind: card\ntoolkit: {toolkit}\n"
            f"title: City card {item_id} {lang}\nsummary: What to do here.\n"
            f"aliases: [alias-{item_id}]\n{sources}---\n" + "\n".join(sections))


def pack_source(folder: Path, *, pack_id: str = "city", version: str = "1.0",
                cards: int = 2, prefix: str | None = None, word: str = "",
                manifest: str | None = None) -> Path:
    """A folder `pack build` turns into a pack: pack.yaml and some cards."""
    prefix = prefix or pack_id
    (folder / "cards").mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text(manifest or (
        f"id: {pack_id}\ntitle: {{en: City pack, nl: Stadspakket}}\n"
        f'version: "{version}"\nlanguages: [en, nl, fr, pt]\n'), encoding="utf-8")
    for n in range(cards):
        for lang in LANGS:
            (folder / "cards" / f"{prefix}-card-{n}.{lang}.md").write_text(
                pack_card(f"{prefix}-card-{n}", lang, word=word), encoding="utf-8")
    return folder


def build_pack(tmp_path: Path, bundled: Path, name: str = "city.zip", **kw) -> Path:
    src = pack_source(tmp_path / f"src-{name}", **kw)
    out = tmp_path / name
    packs.build(src, out, bundled=bundled, key=TEST_KEY)  # signed, as an office's packs are
    return out


def state(profile: Path) -> dict[str, str]:
    """Every file under the packs folder with its hash: 'nothing changed' is equality."""
    root = profile / "data" / "packs"
    if not root.is_dir():
        return {}
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*"))
            if p.is_file() and not p.relative_to(root).parts[0].startswith(".")}


def leftovers(profile: Path) -> list[str]:
    """Work folders (.import-, .old-, .trash-) still in the packs folder."""
    root = profile / "data" / "packs"
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".")) \
        if root.is_dir() else []


def test_build_then_check_is_clean_and_reproducible(tmp_path: Path, mini_content: Path) -> None:
    src = pack_source(tmp_path / "src")
    (src / ".DS_Store").write_bytes(b"junk")  # hidden files are left out, not refused
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    info = packs.build(src, first, bundled=mini_content)
    packs.build(src, second, bundled=mini_content)
    assert first.read_bytes() == second.read_bytes()
    assert (info.id, info.version, info.file_count, info.kinds) == ("city", "1.0", 8, {"card": 2})
    with zipfile.ZipFile(first) as zf:
        assert zf.namelist()[0] == "pack.yaml"
        assert ".DS_Store" not in zf.namelist()
    assert packs.check_file(first, bundled=mini_content) == []
    assert not list(tmp_path.glob(".*.tmp"))  # the atomic write left nothing behind


def test_build_refuses_invalid_content_and_writes_nothing(tmp_path: Path,
                                                          mini_content: Path) -> None:
    src = pack_source(tmp_path / "src")
    (src / "cards" / "city-card-0.nl.md").unlink()
    (src / "notes.txt").write_text("not content", encoding="utf-8")
    with pytest.raises(packs.PackError) as err:
        packs.build(src, tmp_path / "out.zip", bundled=mini_content)
    assert "'notes.txt' is not a content file" in str(err.value)
    (src / "notes.txt").unlink()
    with pytest.raises(packs.PackError, match="language 'nl' is missing"):
        packs.build(src, tmp_path / "out.zip", bundled=mini_content)
    assert not (tmp_path / "out.zip").exists()


def test_install_search_and_remove_with_a_real_index(tmp_path: Path,
                                                     mini_content: Path) -> None:
    archive = build_pack(tmp_path, mini_content, word=" zebrafinch")

    def search(word: str) -> list[str]:
        svc = ContentService([mini_content, *packs.installed_roots()], cache=tmp_path / "ix")
        try:
            return [r.id for r in svc.search(word, "en", 10)]
        finally:
            svc.close()

    assert search("zebrafinch") == []
    info = packs.install(archive, bundled=mini_content, allow_unsigned=True)
    assert info.folder == packs.packs_dir() / "city"
    listed = packs.list_installed()
    assert [(p.id, p.version, p.languages, p.file_count, p.title("nl")) for p in listed] == \
        [("city", "1.0", LANGS, 8, "Stadspakket")]
    assert sorted(search("zebrafinch")) == ["city-card-0", "city-card-1"]
    svc = ContentService([mini_content, *packs.installed_roots()], cache=tmp_path / "ix")
    card = svc.item("city-card-0")
    assert (card.origin, card.origin_title("nl"), card.origin_title("fr")) == \
        ("city", "Stadspakket", "City pack")
    assert svc.item("card-one").origin == ""
    svc.close()
    # The snapshot beside the index keeps the origin too.
    again = ContentService([mini_content, *packs.installed_roots()], cache=tmp_path / "ix")
    assert again.item("city-card-0").origin == "city"
    again.close()

    packs.remove("city")
    assert packs.list_installed() == []
    assert search("zebrafinch") == []
    assert list(packs.packs_dir().iterdir()) == []
    with pytest.raises(packs.PackError, match="no pack 'city' is installed"):
        packs.remove("city")
    with pytest.raises(packs.PackError):
        packs.remove("../data")


def test_upgrade_replaces_and_downgrade_asks_first(tmp_path: Path, private_profile: Path,
                                                   mini_content: Path) -> None:
    v10 = build_pack(tmp_path, mini_content, "v10.zip", version="1.10", cards=1)
    v9 = build_pack(tmp_path, mini_content, "v9.zip", version="1.9", cards=2)
    v11 = build_pack(tmp_path, mini_content, "v11.zip", version="1.11", cards=3)
    assert packs.install(v10, bundled=mini_content, allow_unsigned=True).installed_version is None
    before = state(private_profile)

    info = packs.inspect(v9, bundled=mini_content)  # what the dialog shows before asking
    assert (info.version, info.installed_version, info.is_downgrade) == ("1.9", "1.10", True)
    with pytest.raises(packs.PackError, match="older than the installed 1.10"):
        packs.install(v9, bundled=mini_content, allow_unsigned=True)
    assert state(private_profile) == before

    prepared = packs.prepare(v9, bundled=mini_content)
    with pytest.raises(packs.PackError, match="confirm"):
        prepared.commit(allow_unsigned=True)
    assert state(private_profile) == before
    prepared.commit(confirm_downgrade=True, allow_unsigned=True)
    assert [p.version for p in packs.list_installed()] == ["1.9"]
    assert leftovers(private_profile) == []

    info = packs.install(v11, bundled=mini_content, allow_unsigned=True)
    assert (info.installed_version, info.is_downgrade, info.kinds) == ("1.9", False, {"card": 3})
    assert [(p.version, p.file_count) for p in packs.list_installed()] == [("1.11", 12)]
    assert sorted(p.name for p in packs.packs_dir().iterdir()) == ["city"]


def test_version_compares_as_numbers() -> None:
    assert packs.version_key("1.10") > packs.version_key("1.9")
    assert packs.version_key("2") > packs.version_key("1.99.99")
    assert packs.version_key("1.0.1") > packs.version_key("1.0")


def test_ids_may_not_clash_with_the_bundled_content_or_another_pack(
        tmp_path: Path, private_profile: Path, mini_content: Path) -> None:
    clash = tmp_path / "clash"
    pack_source(clash, pack_id="clash", cards=1)
    for lang in LANGS:  # a card named like one of the library's own
        (clash / "cards" / f"card-one.{lang}.md").write_text(pack_card("card-one", lang),
                                                              encoding="utf-8")
    with pytest.raises(packs.PackError, match="duplicate id 'card-one'"):
        packs.build(clash, tmp_path / "clash.zip", bundled=mini_content)

    other = build_pack(tmp_path, mini_content, "other.zip", pack_id="other", prefix="city")
    packs.install(build_pack(tmp_path, mini_content), bundled=mini_content, allow_unsigned=True)
    before = state(private_profile)
    # The same pack id may replace itself; another pack may not reuse its item ids.
    with pytest.raises(packs.PackError, match="duplicate id 'city-card-0'"):
        packs.install(other, bundled=mini_content, allow_unsigned=True)
    assert state(private_profile) == before


def test_cli_build_check_and_content_roots(tmp_path: Path, mini_content: Path) -> None:
    src = pack_source(tmp_path / "src", cards=1)
    out = tmp_path / "pack.zip"
    env = dict(os.environ)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "equalcity_desktop", *args],
                              check=False, cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=120)

    built = run("pack", "build", str(src), "-o", str(out))
    assert built.returncode == 0, built.stdout + built.stderr
    assert "pack city 1.0, 4 files; 1 card" in built.stdout
    checked = run("pack", "check", str(out))
    assert (checked.returncode, checked.stdout.strip()) == (0, f"{out}: 0 problems")

    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(out) as zf, zipfile.ZipFile(bad, "w") as dst:
        for info in zf.infolist():
            dst.writestr(info.filename, zf.read(info).replace(b"Ask the", b"Asx the"))
        dst.writestr("extra.md", b"hello")
    checked = run("pack", "check", str(bad))
    assert checked.returncode == 1
    lines = checked.stdout.strip().splitlines()
    assert "'extra.md' is in the archive but not listed in pack.yaml" in lines
    assert lines[-1] == f"{bad}: 1 problem"
    assert "Traceback" not in checked.stderr

    from equalcity_desktop.cli import content_roots

    assert content_roots(None, None) == [CONTENT]
    # Self-contained cards load beside the bundled ones.
    packs.install(out, bundled=CONTENT, allow_unsigned=True)
    assert content_roots(None, None) == [CONTENT, packs.packs_dir() / "city"]
    assert content_roots(str(mini_content), None) == [mini_content]  # other content: no packs
    listed = run("search", "--json", "City card city-card-0")
    assert '"city-card-0"' in listed.stdout


def test_a_realistic_pack_builds_and_installs(tmp_path: Path, private_profile: Path) -> None:
    """40 cards in four languages, checked against the real bundled content (how long it
    takes is `make bench`'s business)."""
    archive = tmp_path / "ghent.zip"
    src = pack_source(tmp_path / "src", pack_id="ghent", cards=40)
    packs.build(src, archive, bundled=CONTENT)
    info = packs.install(archive, bundled=CONTENT, allow_unsigned=True)
    assert info.kinds == {"card": 40}
    assert info.file_count == 160  # 40 cards in four languages (the manifest lists them)


def test_installed_roots_ignore_work_in_progress_and_strays(private_profile: Path) -> None:
    root = packs.packs_dir()
    (root / "not-a-pack").mkdir(parents=True)  # no pack.yaml
    (root / "Upper").mkdir()
    (root / "stray.txt").write_text("x", encoding="utf-8")
    assert packs.installed_roots() == []


def test_manifest_rules() -> None:
    def problems(text: str) -> list[str]:
        return packs.parse_manifest(text.encode("utf-8"))[1]

    good = ("id: a\ntitle: A\nversion: '1'\nlanguages: [en]\nfiles:\n"
            f"  - {{path: cards/x.en.md, sha256: {'a' * 64}, size: 3}}\n")
    assert problems(good) == []
    assert problems(good.replace("'1'", "1.10"))[0].startswith(
        "pack.yaml: write 'version' in quotes")
    assert "'languages'" in problems(good.replace("[en]", "[en, en]"))[0]
    assert "'id'" in problems(good.replace("id: a", "id: A B"))[0]
    assert "is in a language that 'languages' does not list" in problems(
        good.replace("x.en.md", "x.nl.md"))[0]
    assert "needs a 'size'" in problems(good.replace("size: 3", "size: -3"))[0]
    assert "64 lowercase hex" in problems(good.replace("a" * 64, "a" * 63))[0]
    assert "not a content file" in problems(good.replace("cards/x.en.md", "x.exe"))[0]
    assert problems("- a list") == ["pack.yaml must be a YAML mapping with id, title, version, "
                                    "languages, schema and files"]
    assert problems("id: a\ntitle: [unclosed\n")[0].startswith("pack.yaml:3: invalid YAML")


def test_zip_written_by_other_tools_with_folder_entries_installs(
        tmp_path: Path, mini_content: Path) -> None:
    """`zip -r` adds folder entries and its own timestamps; that is fine."""
    archive = build_pack(tmp_path, mini_content, cards=1)
    rezipped = tmp_path / "rezipped.zip"
    buffer = io.BytesIO(archive.read_bytes())
    with zipfile.ZipFile(buffer) as zf, zipfile.ZipFile(rezipped, "w",
                                                        zipfile.ZIP_DEFLATED) as dst:
        dst.writestr("cards/", b"")
        for info in zf.infolist():
            dst.writestr(info.filename, zf.read(info))
    assert packs.install(rezipped, bundled=mini_content, allow_unsigned=True).file_count == 4
