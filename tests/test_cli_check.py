"""`tone-lint check` end to end: exit statuses, stdin, positions, options, start-up."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

PACK = Path(__file__).parent / "fixtures" / "packs" / "kinds-en.yaml"
ONLY_TEST_RULES = str(Path(__file__).parent / "fixtures" / "only-test-rules.yaml")


def test_calm_drafts_exit_0_and_angry_exit_1():
    for lang in ("en", "fr"):
        assert run_cli("check", f"examples/termination-calm-{lang}.txt")[0] == 0
        status, out, err = run_cli("check", f"examples/termination-angry-{lang}.txt")
        assert (status, err) == (1, "")
        assert "termination email checklist" in out


def test_stdin_with_stdin_filename_and_crlf_positions():
    data = "Hello,\r\nGrrr. You ignored my email.\r\n".encode()
    status, out, err = run_cli("check", "--config", ONLY_TEST_RULES, "--pack", str(PACK), "--format", "line", "--stdin-filename", "draft.txt", "-",
                               input=data)
    assert (status, err) == (1, "")
    assert out.splitlines() == [
        "draft.txt:2:1: note: regex found [test.regex]",
        "draft.txt:2:7: warning: token pattern found [test.token]",
    ]


def test_stdin_defaults_to_dash():
    status, out, _ = run_cli("check", "--config", ONLY_TEST_RULES, "--pack", str(PACK), "--format", "line", "-", input=b"Grrr\n")
    assert out == "-:1:1: note: regex found [test.regex]\n"


@pytest.mark.parametrize("fail_on,status", [("error", 0), ("warning", 1), ("suggestion", 1), ("never", 0)])
def test_fail_on_threshold(fail_on, status):
    # Only a warning (test.token) and a suggestion (test.regex) here.
    got = run_cli("check", "--config", ONLY_TEST_RULES, "--pack", str(PACK), "--fail-on", fail_on, "-", input=b"Grrr. You ignored me.\n")
    assert got[0] == status


def test_suggestion_alone_passes_by_default():
    assert run_cli("check", "--config", ONLY_TEST_RULES, "--pack", str(PACK), "-", input=b"Grrr.\n")[0] == 0


def test_json_contract_fields():
    status, out, _ = run_cli("check", "--config", ONLY_TEST_RULES, "--pack", str(PACK), "--format", "json", "--stdin-filename", "x.txt", "-",
                             input="Zoé 😀: we are done. You missed the deadline.\n".encode())
    data = json.loads(out)
    (entry,) = data["files"]
    assert entry["path"] == "x.txt" and entry["language"] == "en" and entry["kind"] == "text"
    by_rule = {d["rule"]: d for d in entry["diagnostics"]}
    assert by_rule["test.phrase"] == {
        "rule": "test.phrase", "category": "accusatory", "severity": "error", "message": "phrase found",
        "line": 1, "column": 25, "end_line": 1, "end_column": 44, "text": "missed the deadline",
        "instead": "say it kindly",
    }
    assert by_rule["test.required"]["element"] == "sign-off"
    assert entry["termination"] is True
    assert {"element": "sign-off", "rule": "test.required", "severity": "warning", "status": "missing",
            "instead": "Best regards,"} in entry["checklist"]
    assert status == 1


def test_forced_language():
    status, out, _ = run_cli("check", "--lang", "fr", "--format", "json", "-", input=b"Hello there\n")
    assert json.loads(out)["files"][0]["language"] == "fr"


def test_language_detection_per_file():
    status, out, _ = run_cli("check", "--format", "json", "examples/termination-calm-en.txt",
                             "examples/termination-calm-fr.txt")
    assert [f["language"] for f in json.loads(out)["files"]] == ["en", "fr"]


def test_folder_is_walked_for_drafts(tmp_path):
    (tmp_path / "a.txt").write_text("Grrr\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("Grrr\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    status, out, err = run_cli("check", "--config", ONLY_TEST_RULES, "--pack", str(PACK), "--format", "line", str(tmp_path))
    assert err == ""
    assert out == f"{tmp_path}/a.txt:1:1: note: regex found [test.regex]\n{tmp_path}/sub/b.md:1:1: note: regex found [test.regex]\n"


def test_input_errors_are_one_line_and_other_files_still_linted(tmp_path):
    binary = tmp_path / "b.bin"
    binary.write_bytes(b"\x00\x01\x02")
    status, out, err = run_cli("check", "--config", ONLY_TEST_RULES, "--pack", str(PACK), "--format", "line", str(tmp_path / "nope.txt"),
                               str(binary), "-", input=b"Grrr\n")
    assert status == 2
    assert err == (f"tone-lint: error: {tmp_path / 'nope.txt'}: no such file\n"
                   f"tone-lint: error: {binary}: binary file (contains NUL bytes), not a text draft\n")
    assert out == "-:1:1: note: regex found [test.regex]\n"


@pytest.mark.parametrize("args,needle", [
    (["check"], "Missing argument 'PATHS...'"),
    (["check", "--format", "xml", "x"], "Invalid value for '--format'"),
    (["check", "--lang", "de", "x"], "Invalid value for '--lang'"),
    (["check", "--bogus", "x"], "No such option '--bogus'"),
    (["frobnicate"], "No such command 'frobnicate'"),
])
def test_usage_errors_are_one_line_exit_2(args, needle):
    status, out, err = run_cli(*args)
    assert status == 2 and out == ""
    assert err.startswith("tone-lint: error: ") and needle in err and err.count("\n") == 1


def test_version_and_help_do_not_import_spacy():
    code = ("import sys; from tone_lint.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print('SPACY' if 'spacy' in sys.modules else 'LEAN', file=sys.stderr)")
    for args in (["--version"], ["--help"], ["check", "--help"]):
        proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT)
        assert proc.stderr.strip().endswith("LEAN"), (args, proc.stderr)
    assert run_cli("--version")[1].startswith("tone-lint ")


def test_input_file_is_never_changed(tmp_path):
    draft = tmp_path / "d.txt"
    data = "You never answer!!!\r\n".encode()
    draft.write_bytes(data)
    before = draft.stat().st_mtime_ns
    run_cli("check", str(draft))
    assert draft.read_bytes() == data and draft.stat().st_mtime_ns == before
