"""tone-lint never reaches for the network: same answers with no network at all."""
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT, run_cli

DRAFTS = ["examples/termination-angry-en.txt", "examples/termination-angry-fr.txt",
          "examples/termination-calm-en.txt", "examples/termination-calm-fr.txt"]

# Creating or binding a socket to loopback is not network use (urllib3 probes IPv6 support
# that way when imported); connecting, sending or resolving a name is.
SOCKET_GUARD = '''
import socket, sys
def _refuse(*a, **k):
    sys.stderr.write("NETWORK ATTEMPT\\n")
    raise OSError("network disabled by test")
for name in ("connect", "connect_ex", "sendto", "sendmsg"):
    setattr(socket.socket, name, _refuse)
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
socket.gethostbyname = _refuse
'''


def test_socket_creation_refused_changes_nothing(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(SOCKET_GUARD)
    expected = run_cli("check", "--format", "json", *DRAFTS)
    got = run_cli("check", "--format", "json", *DRAFTS, env={"PYTHONPATH": str(tmp_path)})
    assert "NETWORK ATTEMPT" not in got[2]
    assert got == expected and expected[0] == 1


def _can_unshare() -> bool:
    if not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _can_unshare(), reason="unshare -n (a new network namespace) is not allowed here")
def test_whole_cli_in_a_namespace_without_network():
    expected = run_cli("check", "--format", "json", *DRAFTS)
    proc = subprocess.run(["unshare", "-n", sys.executable, "-m", "tone_lint", "check", "--format", "json", *DRAFTS],
                          capture_output=True, cwd=ROOT, env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"})
    assert (proc.returncode, proc.stdout.decode(), proc.stderr.decode()) == expected
