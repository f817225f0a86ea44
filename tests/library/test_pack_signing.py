"""Signed packs: a pack signed by a trusted key installs; an unsigned one or
one signed by an unknown key is refused unless allowed; a changed file, a
changed manifest or a damaged signature is always refused; keys are added,
listed and removed; private keys are written 0600, never in the app's folders."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from equalcity_desktop.library import pack_keys, packs

from .pack_helpers import OTHER_KEY, TEST_KEY, trust
from .test_packs import leftovers, pack_source, state


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from ..conftest import make_content

    base = tmp_path_factory.mktemp("signing")
    content = make_content(base / "content")
    src = pack_source(base / "src", cards=1)
    out = {"content": content}
    for name, key in (("unsigned", None), ("signed", TEST_KEY), ("other", OTHER_KEY)):
        out[name] = base / f"{name}.zip"
        packs.build(src, out[name], folder=base / "none", bundled=content, key=key)
    return out


def rewrite(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    change(entries)
    with zipfile.ZipFile(target, "w") as zf:
        for name, body in entries.items():
            zf.writestr(name, body)
    return target


def refused(built, archive: Path, pattern: str, profile: Path, **kw) -> None:
    before = state(profile)
    with pytest.raises(packs.PackError, match=pattern) as err:
        packs.install(archive, bundled=built["content"], **kw)
    assert "\n" not in str(err.value)
    assert state(profile) == before and leftovers(profile) == []


def test_a_pack_signed_by_a_trusted_key_installs(built, private_profile: Path) -> None:
    trust()
    info = packs.install(built["signed"], bundled=built["content"])
    assert (info.signer, info.trust_problem) == ("Test office", "")
    assert (info.folder / "pack.sig").is_file()
    listed = packs.list_installed()
    assert [(p.id, p.signer) for p in listed] == [("city", "Test office")]


def test_unsigned_is_refused_unless_allowed(built, private_profile: Path) -> None:
    trust()
    refused(built, built["unsigned"], r"^the pack is not signed, .*; it was not installed$",
            private_profile)
    info = packs.install(built["unsigned"], bundled=built["content"], allow_unsigned=True)
    assert info.trust_problem == packs.UNSIGNED and not info.signer
    assert packs.list_installed()[0].trust_problem == packs.UNSIGNED


def test_an_unknown_key_is_refused_unless_allowed(built, private_profile: Path) -> None:
    trust()
    kid = pack_keys.key_id(OTHER_KEY.public)
    refused(built, built["other"], rf"signed with a key this PC does not trust \(key {kid}, "
            r"which calls itself “Somebody else”\)", private_profile)
    assert packs.install(built["other"], bundled=built["content"],
                         allow_unsigned=True).key_id == kid


def test_no_trusted_keys_at_all_refuses_a_signed_pack(built, private_profile: Path) -> None:
    refused(built, built["signed"], "does not trust", private_profile)


def test_a_changed_file_or_manifest_is_always_refused(built, tmp_path: Path,
                                                      private_profile: Path) -> None:
    trust()

    def change_card(entries):
        name = next(n for n in entries if n.endswith(".en.md"))
        entries[name] = entries[name].replace(b"Ask the person", b"ASK THE PERSON")

    def change_manifest(entries):
        entries["pack.yaml"] = entries["pack.yaml"].replace(b"City pack", b"Official pack")

    def damage_signature(entries):
        entries["pack.sig"] = entries["pack.sig"].replace(b"algorithm: ed25519", b"x: y")

    card = rewrite(built["signed"], tmp_path / "card.zip", change_card)
    refused(built, card, "does not match its size and SHA-256", private_profile,
            allow_unsigned=True)
    manifest = rewrite(built["signed"], tmp_path / "manifest.zip", change_manifest)
    refused(built, manifest, "^the pack was changed after it was signed", private_profile,
            allow_unsigned=True)
    assert packs.check_file(manifest, bundled=built["content"])[0].startswith(
        "the pack was changed after it was signed")
    damaged = rewrite(built["signed"], tmp_path / "sig.zip", damage_signature)
    refused(built, damaged, "^pack.sig is damaged", private_profile, allow_unsigned=True)


def test_sign_signs_a_built_pack_and_refuses_a_broken_one(built, tmp_path: Path) -> None:
    out = tmp_path / "resigned.zip"
    info = packs.sign(built["unsigned"], TEST_KEY, out)
    assert info.signer == "Test office"
    assert packs.check_signature(out, [pack_keys.TrustedKey("T", TEST_KEY.public)])[0] == "T"
    broken = rewrite(built["unsigned"], tmp_path / "broken.zip",
                     lambda e: e.__setitem__("cards/extra.en.md", b"x"))
    with pytest.raises(packs.PackError, match="not listed in pack.yaml"):
        packs.sign(broken, TEST_KEY)


def test_keys_add_list_remove(tmp_path: Path, private_profile: Path) -> None:
    assert pack_keys.trusted_keys() == []
    pub = pack_keys.b64(TEST_KEY.public)
    added = pack_keys.add_trusted(pub, "Ghent office")
    assert pack_keys.trust_file() == private_profile / "settings" / "trusted-keys.yaml"
    assert [k.name for k in pack_keys.trusted_keys()] == ["Ghent office"]
    assert added.key_id == pack_keys.key_id(TEST_KEY.public)
    with pytest.raises(pack_keys.PackKeyError, match="trusted already, as 'Ghent office'"):
        pack_keys.add_trusted(pub, "Other name")
    with pytest.raises(pack_keys.PackKeyError, match="a key named 'Ghent office'"):
        pack_keys.add_trusted(pack_keys.b64(OTHER_KEY.public), "ghent office")
    with pytest.raises(pack_keys.PackKeyError, match="neither a file nor a public key"):
        pack_keys.add_trusted("not a key", "X")
    assert pack_keys.remove_trusted("GHENT OFFICE").name == "Ghent office"
    assert pack_keys.trusted_keys() == []
    with pytest.raises(pack_keys.PackKeyError, match="no trusted key is named 'x'"):
        pack_keys.remove_trusted("x")


def test_a_damaged_trust_file_trusts_nothing(built, private_profile: Path) -> None:
    pack_keys.trust_file().write_bytes(b"keys: [\x00")
    with pytest.raises(pack_keys.PackKeyError, match="is damaged"):
        pack_keys.trusted_keys()
    refused(built, built["signed"], "trusted keys file .* is damaged", private_profile)


def test_generate_writes_a_private_key_0600_outside_the_app(tmp_path: Path,
                                                            private_profile: Path) -> None:
    key = pack_keys.generate("Ghent office", tmp_path / "ghent.key")
    mode = stat.S_IMODE((tmp_path / "ghent.key").stat().st_mode)
    assert mode == 0o600
    assert pack_keys.load_signing_key(tmp_path / "ghent.key") == key
    assert pack_keys.read_public_key(str(tmp_path / "ghent.key.pub")) == key.public
    with pytest.raises(pack_keys.PackKeyError, match="exists already"):
        pack_keys.generate("Ghent office", tmp_path / "ghent.key")
    for folder in ("settings", "data", "cache"):
        with pytest.raises(pack_keys.PackKeyError, match="may not be kept in the app's folder"):
            pack_keys.generate("x", private_profile / folder / "sub" / "k.key")
