"""What a fresh machine installs is written down once: the system packages in
packaging/system-packages.txt (which .ci/run installs and the README shows), the Python
packages in requirements/lock.txt (exact versions and hashes, which make and CI use)."""

from __future__ import annotations

import re

from .conftest import ROOT

PACKAGES = ROOT / "packaging" / "system-packages.txt"
LOCK = ROOT / "requirements" / "lock.txt"


def _listed() -> list[str]:
    return [line.strip() for line in PACKAGES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def test_the_readme_shows_exactly_the_list_ci_installs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- system-packages -->")[1].split("<!-- /system-packages -->")[0]
    shown = block.replace("\\", " ").split()
    assert shown[:3] == ["sudo", "apt-get", "install"]
    assert shown[3:] == _listed()


def test_ci_installs_from_the_list_and_runs_lint_and_the_readme_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/system-packages.txt" in ci
    assert re.search(r"^make lint$", ci, re.M) and re.search(r"^make test$", ci, re.M)


def test_every_locked_package_is_pinned_with_a_hash() -> None:
    text = LOCK.read_text(encoding="utf-8")
    requirements = re.findall(r"^([A-Za-z0-9_.-]+)(==)?([^ ;\\\n]*)", text, re.M)
    assert requirements
    for name, eq, version in requirements:
        assert eq and version, f"{name} is not pinned to one version"
    blocks = [b for b in re.split(r"\n(?=[A-Za-z0-9_.-]+==)", text) if "==" in b]
    assert all("--hash=sha256:" in b for b in blocks)
    names = {n.lower() for n, _, _ in requirements}
    for needed in ("pyside6-essentials", "whoosh-reloaded", "markdown", "pytest", "pytest-qt",
                   "pyinstaller", "setuptools", "pynacl", "hypothesis"):
        assert needed in names


def test_make_installs_from_the_lock_with_hashes() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes -r $(LOCK)" in makefile
    for target in ("run", "test", "bundle"):
        line = re.search(rf"^{target}:(.*)$", makefile, re.M)
        assert line and "$(VENV)/.installed" in line.group(1), target
