"""Recipes for editors this machine cannot run (VS Code, Neovim, Helix): their patterns are
applied to tone-lint's real output, and their server settings checked against the server."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib

import pytest

from editor_drafts import EDITORS, ENGLISH, editor_env, need


def check_line(draft, tmp_path, unit: str) -> list[str]:
    path = draft.write(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "tone_lint", "check", "--format", "line", "--column-unit", unit,
                           str(path)], capture_output=True, env=editor_env())
    assert proc.returncode == 1, proc.stderr
    return proc.stdout.decode("utf-8").splitlines()


def utf16_slice(line: str, col: int) -> str:
    """`line` from the 1-based UTF-16 column `col` on, as VS Code reads a column."""
    units = line.encode("utf-16-le")
    return units[2 * (col - 1):].decode("utf-16-le")


def test_vscode_problem_matcher_lands_on_each_phrase(tmp_path):
    task = json.loads((EDITORS / "vscode" / "tasks.json").read_text(encoding="utf-8"))["tasks"][0]
    matcher = task["problemMatcher"]
    unit = task["args"][task["args"].index("--column-unit") + 1]
    assert unit == "utf16"
    pattern = re.compile(matcher["pattern"]["regexp"])
    groups = matcher["pattern"]
    found = []
    for out in check_line(ENGLISH, tmp_path, unit):
        m = pattern.match(out)
        assert m, out
        found.append((m.group(groups["code"]), int(m.group(groups["line"])), int(m.group(groups["column"])),
                      m.group(groups["severity"])))
        assert m.group(groups["file"]).endswith(ENGLISH.name)
    expected = ENGLISH.expected("utf16")
    assert [f[:3] for f in found] == [(rule, line, col) for rule, line, col, _ in expected]
    lines = ENGLISH.text.splitlines()
    for (_, line, col, severity), (*_, phrase) in zip(found, expected):
        assert utf16_slice(lines[line - 1], col).startswith(phrase)
        assert severity in ("error", "warning", "note")  # the three VS Code reads (note as info)


def test_nvim_lint_pattern_lands_on_each_phrase(tmp_path):
    """The recipe's Lua pattern, run by Vim's Lua (vim-nox) on real output: byte columns."""
    vim = need("vim")
    if subprocess.run([vim, "-Nu", "NONE", "-es", "-c", "if !has('lua') | cquit | endif", "-c", "qa!"]).returncode:
        pytest.skip("this vim has no +lua")
    recipe = (EDITORS / "neovim" / "nvim-lint.lua").read_text(encoding="utf-8")
    pattern = re.search(r"^local pattern = '(.*)'$", recipe, re.M).group(1)
    assert "'--column-unit', 'byte'" in recipe
    output = tmp_path / "output.txt"
    output.write_text("\n".join(check_line(ENGLISH, tmp_path, "byte")) + "\n", encoding="utf-8")
    result = tmp_path / "matches.json"
    lua = tmp_path / "match.lua"
    lua.write_text(f"""
local pattern = '{pattern}'
local out = {{}}
for line in io.lines('{output}') do
  local lnum, col, severity, message, code = line:match(pattern)
  table.insert(out, table.concat({{code, lnum, col, severity}}, '|'))
end
local f = io.open('{result}', 'w'); f:write(table.concat(out, '\\n')); f:close()
""", encoding="utf-8")
    subprocess.run([vim, "-Nu", "NONE", "-es", "-c", f"luafile {lua}", "-c", "qa!"], check=True)
    rows = [r.split("|") for r in result.read_text(encoding="utf-8").splitlines()]
    expected = ENGLISH.expected("byte")
    assert [(code, int(lnum), int(col)) for code, lnum, col, _ in rows] == [(r, l, c) for r, l, c, _ in expected]
    lines = ENGLISH.text.splitlines()
    for (_, lnum, col, _), (*_, phrase) in zip(rows, expected):
        # nvim-lint subtracts one: Neovim's diagnostics take 0-based byte columns
        assert lines[int(lnum) - 1].encode("utf-8")[int(col) - 1:].decode("utf-8").startswith(phrase)


def test_lsp_recipes_start_the_server_for_draft_languages():
    from tone_lint.lsp.drafts import is_draft

    helix = tomllib.loads((EDITORS / "helix" / "languages.toml").read_text(encoding="utf-8"))
    assert helix["language-server"]["tone-lint"] == {"command": "tone-lint", "args": ["lsp"]}
    # Helix sends its language name as the language id
    for language in helix["language"]:
        assert "tone-lint" in language["language-servers"]
        assert is_draft(language["name"], "buffer")

    vscode = json.loads((EDITORS / "vscode" / "settings.json").read_text(encoding="utf-8"))
    assert [vscode["glspc.server.command"], *vscode["glspc.server.commandArguments"]] == ["tone-lint", "lsp"]
    assert all(is_draft(lang, "buffer") for lang in vscode["glspc.server.languageId"])

    neovim = (EDITORS / "neovim" / "lsp.lua").read_text(encoding="utf-8")
    assert "cmd = { 'tone-lint', 'lsp' }" in neovim
    filetypes = re.search(r"filetypes = \{ (.*) \}", neovim).group(1)
    assert all(is_draft(ft.strip(" '"), "buffer") for ft in filetypes.split(","))  # Neovim sends the filetype

    eglot = (EDITORS / "emacs" / "tone-lint-eglot.el").read_text(encoding="utf-8")
    modes = re.search(r"'\(\((.*?)\) \. \(\"tone-lint\" \"lsp\"\)\)", eglot).group(1).split()
    # eglot sends the major mode's name without "-mode"
    assert all(is_draft(mode.removesuffix("-mode"), "buffer") for mode in modes)
    assert not is_draft("python", "script.py")


def test_lsp_command_is_what_the_recipes_run():
    proc = subprocess.run([sys.executable, "-m", "tone_lint", "lsp", "--help"], capture_output=True, env=editor_env())
    assert proc.returncode == 0
    assert b"Language Server Protocol" in proc.stdout
