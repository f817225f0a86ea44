"""The app never touches the network: checked from outside the process with
strace (every connect and sendto of a whole session), and from inside with
sockets that refuse to be created."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

NETWORK_FAMILIES = ("AF_INET", "AF_INET6", "AF_PACKET", "AF_NETLINK")


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
@pytest.mark.parametrize("args", [
    ["--exit-when-ready"],
    ["search", "--json", "honour violence"],
    ["export-pdf", "--id", "suicidal-thoughts", "--lang", "nl", "-o", "{tmp}/card.pdf"],
], ids=["window", "search", "pdf"])
def test_no_connection_is_ever_attempted(args: list[str], tmp_path: Path) -> None:
    trace = tmp_path / "trace.txt"
    command = [a.replace("{tmp}", str(tmp_path)) for a in args]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg",
                             "-o", str(trace), sys.executable, "-m", "equalcity_desktop",
                             *command], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=180, check=False)
    assert result.returncode == 0, result.stderr[-1000:]
    calls = [line for line in trace.read_text().splitlines()
             if any(family in line for family in NETWORK_FAMILIES)]
    assert calls == []


def test_a_session_works_with_sockets_forbidden(monkeypatch, qtbot, bundled_index,
                                                tmp_path: Path) -> None:
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("the network is off in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)

    from .ui.conftest import keys, make_window

    window = make_window(qtbot, bundled_index)
    try:
        keys("interpreter")
        qtbot.waitUntil(lambda: len(window.search_panel.result_ids()) > 0)
        window.navigation.open_item(window.search_panel.result_ids()[0])
        assert window.output.export_pdf(path=tmp_path / "card.pdf")
        window.privacy.quick_exit()
    finally:
        window.search_service.stop()
    assert attempts == []
