"""Trust in the Content packs dialog: the summary says who signed a pack; a
pack no trusted key signed needs a second confirmation that names the risk;
the trusted keys are managed from the dialog, each outcome one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from equalcity_desktop.app import create_app
from equalcity_desktop.library import pack_keys, packs
from equalcity_desktop.ui.packs_dialog import PacksDialog
from equalcity_desktop.ui.trusted_keys_dialog import TrustedKeysDialog

from ..conftest import LIVENESS_MS, make_content
from ..library.pack_helpers import OTHER_KEY, TEST_KEY, trust, write_key_file
from ..library.test_packs import pack_source, state


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("trust-packs")
    content = make_content(base / "content")
    src = pack_source(base / "src", cards=1)
    out = {"content": content, "unsigned": base / "unsigned.zip", "signed": base / "signed.zip",
           "other": base / "other.zip"}
    packs.build(src, out["unsigned"], folder=base / "none", bundled=content)
    packs.build(src, out["signed"], folder=base / "none", bundled=content, key=TEST_KEY)
    packs.build(src, out["other"], folder=base / "none", bundled=content, key=OTHER_KEY)
    return out


@pytest.fixture
def dialog(qtbot, built) -> PacksDialog:
    create_app()
    d = PacksDialog(bundled=built["content"])
    qtbot.addWidget(d)
    d.show()
    return d


def _import(qtbot, d: PacksDialog, archive: Path) -> None:
    d.import_file(archive)
    qtbot.waitUntil(lambda: d.worker is None, timeout=LIVENESS_MS)
    assert d.confirm_box.isVisible(), d.status.text()


def test_a_pack_signed_by_a_trusted_key_installs_on_one_click(qtbot, dialog, built) -> None:
    trust()
    _import(qtbot, dialog, built["signed"])
    assert f"Signed by “Test office” (key {pack_keys.key_id(TEST_KEY.public)})" \
        in dialog.summary.text()
    with qtbot.waitSignal(dialog.packs_changed, timeout=5_000):
        dialog.install_button.click()
    assert dialog.risk_box is None
    assert [(p.id, p.signer) for p in packs.list_installed()] == [("city", "Test office")]


@pytest.mark.parametrize(("archive", "warning"), [
    ("unsigned", "Warning: not signed."),
    ("other", "Warning: signed with a key this PC does not trust"),
])
def test_an_untrusted_pack_needs_a_second_confirmation(qtbot, dialog, built, *, private_profile,
                                                       archive: str, warning: str) -> None:
    trust()  # trusting some key does not vouch for another, or for none
    before = state(private_profile)
    _import(qtbot, dialog, built[archive])
    assert warning in dialog.summary.text()
    dialog.install_button.click()
    box = dialog.risk_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "nothing shows who wrote them" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert not dialog.install_button.isEnabled()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.risk_box is None, timeout=5_000)
    assert dialog.status.text() == "Nothing was installed."
    assert state(private_profile) == before and packs.list_installed() == []

    _import(qtbot, dialog, built[archive])
    dialog.install_button.click()
    with qtbot.waitSignal(dialog.packs_changed, timeout=5_000):
        dialog.risk_box.findChild(type(dialog.install_button), "packsInstallAnyway").click()
    assert [p.id for p in packs.list_installed()] == ["city"]
    assert packs.list_installed()[0].trust_problem


def test_keys_are_added_and_removed_from_the_dialog(qtbot, dialog, tmp_path: Path) -> None:
    keys = dialog.open_keys()
    assert isinstance(keys, TrustedKeysDialog)
    qtbot.addWidget(keys)
    assert keys.table.topLevelItemCount() == 0
    secret = write_key_file(tmp_path / "office.key")
    assert not keys.add_file(secret)
    assert keys.status.text().startswith("The key was not added: ")
    assert "is a private signing key" in keys.status.text()
    pub = tmp_path / "office.key.pub"
    pub.write_text(f"name: Ghent office\npublic: {pack_keys.b64(TEST_KEY.public)}\n",
                   encoding="utf-8")
    assert keys.add_file(pub)
    assert keys.status.text() == "Packs signed by “Ghent office” now install without a warning."
    assert [k.name for k in pack_keys.trusted_keys()] == ["Ghent office"]
    assert keys.table.topLevelItem(0).text(1) == pack_keys.key_id(TEST_KEY.public)
    assert not keys.add_file(pub, name="Again")
    assert keys.status.text() == "The key was not added: this key is trusted already, as " \
        "'Ghent office'."
    keys.table.setCurrentItem(keys.table.topLevelItem(0))
    keys.remove_selected()
    assert keys.status.text().startswith("Packs signed by “Ghent office” now need a second")
    assert pack_keys.trusted_keys() == [] and keys.table.topLevelItemCount() == 0
