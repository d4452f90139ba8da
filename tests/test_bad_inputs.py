"""Every bad input gets one clear line and exit status 2 (or a clean result), never a traceback.

Each case here backs a row of the bad-input table in docs/bad-inputs.md.
"""
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT, run_cli


def one_line_error(status, out, err, needle):
    assert status == 2, (status, out, err)
    assert err.startswith("tone-lint: error: ") and err.count("\n") == 1, err
    assert needle in err, err
    assert "Traceback" not in err


def test_empty_file_is_clean(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert run_cli("check", "--format", "line", str(empty)) == (0, "", "")


def test_binary_file(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    one_line_error(*run_cli("check", str(path)), "binary file")


def test_fifty_megabyte_file_is_refused_quickly(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    one_line_error(*run_cli("check", str(big)), "over the")


def test_directory_of_drafts_is_walked_but_a_missing_path_is_an_error(tmp_path):
    one_line_error(*run_cli("check", str(tmp_path / "missing.txt")), "no such file")


def test_broken_symlink(tmp_path):
    link = tmp_path / "draft.txt"
    link.symlink_to(tmp_path / "gone.txt")
    one_line_error(*run_cli("check", str(link)), "broken symbolic link")


def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("You never answer.\n")
    path.chmod(0)
    if os.geteuid() != 0:
        one_line_error(*run_cli("check", str(path)), "permission denied")
        return
    # root reads anything: run the check as an unprivileged user instead.
    runner = shutil.which("setpriv")
    if not runner:
        pytest.skip("running as root without setpriv to drop privileges")
    tmp_path.chmod(0o755)
    proc = subprocess.run([runner, "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m",
                           "tone_lint", "check", str(path)], capture_output=True, cwd=ROOT,
                          env={"PATH": os.environ["PATH"], "NO_COLOR": "1", "HOME": str(tmp_path)})
    if b"No module named" in proc.stderr:
        pytest.skip("the unprivileged user cannot read the installed package")
    one_line_error(proc.returncode, proc.stdout.decode(), proc.stderr.decode(), "permission denied")


def test_catastrophic_regex_in_a_user_pack_is_reported_as_too_slow(tmp_path):
    pack = tmp_path / "slow.yaml"
    pack.write_text(
        "language: en\nrules:\n  - id: house.slow\n    category: emotional\n    severity: warning\n"
        "    kind: regex\n    message: m\n    why: w\n    regex: '(a|aa)+$'\n", encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("Hello " + "a" * 60 + "!\n")
    status, out, err = run_cli("check", "--pack", str(pack), str(draft))
    one_line_error(status, out, err, "too slow")
    assert f"{pack}:3: " in err


@pytest.mark.parametrize("args,needle", [
    (["check", "--lang", "de", "x.txt"], "Invalid value for '--lang'"),
    (["check", "--no-such-option", "x.txt"], "No such option"),
])
def test_bad_options(args, needle):
    one_line_error(*run_cli(*args), needle)


def test_folder_without_drafts(tmp_path):
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    one_line_error(*run_cli("check", str(tmp_path)), "no drafts in this folder")


def test_invalid_utf8_that_reads_as_legacy_french_is_decoded(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Déçue, je remercie l’équipe.\n".encode("cp1252"))
    pack = ROOT / "tests" / "fixtures" / "packs" / "elisions-fr.yaml"
    status, out, err = run_cli("check", "--format", "line", "--pack", str(pack), str(path))
    assert (status, err) == (1, "")
    assert f"{path}:1:20: warning: m [test.elision-phrase]" in out.splitlines()


def test_invalid_bytes_that_are_not_text(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 20)
    one_line_error(*run_cli("check", str(path)), str(path))


def test_unknown_charset_in_a_message(tmp_path):
    path = tmp_path / "m.eml"
    path.write_bytes(b"From: a@example.com\nSubject: hi\nContent-Type: text/plain; charset=x-klingon\n\nCaf\xe9\n")
    one_line_error(*run_cli("check", str(path)), "unknown charset 'x-klingon'")


def test_malformed_mime_is_read_not_crashed_on(tmp_path):
    path = tmp_path / "broken.eml"
    path.write_bytes(b"From: a@example.com\nSubject: hi\nContent-Type: multipart/mixed; boundary=\"zz\"\n\n"
                     b"--zz\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!not base64\n")
    status, out, err = run_cli("check", str(path))
    assert status in (0, 1) and "Traceback" not in err


def test_deeply_nested_mime_is_answered(tmp_path):
    inner = b"Content-Type: text/plain\n\nYou never answer my emails.\n"
    for depth in range(200):
        inner = (f"Content-Type: multipart/mixed; boundary=\"b{depth}\"\n\n--b{depth}\n".encode() + inner
                 + f"\n--b{depth}--\n".encode())
    path = tmp_path / "nested.eml"
    path.write_bytes(b"From: a@example.com\nSubject: hi\n" + inner)
    status, out, err = run_cli("check", str(path))
    assert status in (0, 1, 2) and "Traceback" not in err and err.count("\n") <= 1
