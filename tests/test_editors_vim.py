"""The Vim recipes run in a real headless Vim: each quickfix or ALE entry lands on the flagged phrase."""
from __future__ import annotations

import json
import os
import subprocess

from editor_drafts import EDITORS, ENGLISH, FRENCH, editor_env, missing, need

RECIPE = EDITORS / "vim" / "tone-lint.vim"

# Jump to every quickfix entry as a user would (:cc N) and record where the cursor lands.
LANDINGS = r"""
function! Landings() abort
  let out = []
  for i in range(1, len(getqflist()))
    execute 'silent cc ' . i
    let item = getqflist()[i - 1]
    call add(out, {'lnum': line('.'), 'col': col('.'), 'type': item.type, 'text': item.text,
          \ 'at': strpart(getline('.'), col('.') - 1)})
  endfor
  return out
endfunction
"""


def run_vim(tmp_path, script: str, *files: str, timeout: int = 180) -> list[dict]:
    vim = need("vim")
    out = tmp_path / "out.json"
    (tmp_path / "test.vim").write_text(LANDINGS + script.replace("OUT", str(out)), encoding="utf-8")
    proc = subprocess.run(
        [vim, "-Nu", "NONE", "-i", "NONE", "-es", "--cmd", "set encoding=utf-8 fileencodings=utf-8",
         "-S", str(tmp_path / "test.vim"), *files],
        cwd=tmp_path, env=editor_env(), capture_output=True, timeout=timeout,
    )
    assert out.exists(), (proc.returncode, proc.stdout.decode(errors="replace"), proc.stderr.decode(errors="replace"))
    return json.loads(out.read_text(encoding="utf-8"))


def landed(entries):
    """(rule, line, byte column) of each entry, and the text from the cursor on."""
    return [(e["text"].rsplit("[", 1)[1].rstrip("]"), e["lnum"], e["col"]) for e in entries], [e["at"] for e in entries]


def test_make_with_the_documented_errorformat_lands_on_each_phrase(tmp_path):
    FRENCH.write(tmp_path)
    entries = run_vim(tmp_path, f"""
source {RECIPE}
silent make
call writefile([json_encode(Landings())], 'OUT')
qa!
""", FRENCH.name)
    expected = FRENCH.expected("byte")
    positions, texts = landed(entries)
    assert positions == [(rule, line, col) for rule, line, col, _ in expected]
    for at, (_, _, _, phrase) in zip(texts, expected):
        assert at.startswith(phrase)
    assert {e["type"] for e in entries} == {"w"}  # all warnings; %t kept the severity
    # A character count would have put the first finding 10 bytes early: the unit matters.
    assert positions[0][2] != FRENCH.expected("char")[0][2]


def test_tonelint_command_lints_the_unsaved_buffer(tmp_path):
    ENGLISH.write(tmp_path)
    entries = run_vim(tmp_path, f"""
source {RECIPE}
call append(0, 'Hi 🎉 everyone,')
ToneLint
call writefile([json_encode(Landings())], 'OUT')
qa!
""", ENGLISH.name)
    expected = ENGLISH.expected("byte", line_offset=1)  # the line added above, never saved
    positions, texts = landed(entries)
    assert positions == [(rule, line, col) for rule, line, col, _ in expected]
    for at, (_, _, _, phrase) in zip(texts, expected):
        assert at.startswith(phrase)


def test_ale_linter_lands_on_each_phrase(tmp_path):
    ale = EDITORS / "vim" / "ale"
    need("vim")
    if not os.path.isdir("/usr/share/vim-ale"):
        missing("ALE (Debian: vim-ale)")
    ENGLISH.write(tmp_path)
    entries = run_vim(tmp_path, f"""
set runtimepath^=/usr/share/vim-ale
set runtimepath+={ale}
let g:ale_linters = {{'text': ['tone_lint']}}
let g:ale_lint_on_enter = 0
let g:ale_lint_on_text_changed = 'never'
let g:ale_lint_on_insert_leave = 0
let g:ale_lint_on_filetype_changed = 0
let g:ale_lint_on_save = 0
filetype on
runtime plugin/ale.vim
edit {ENGLISH.name}
ALELint
let s:waited = 0
while s:waited < 1200 && (ale#engine#IsCheckingBuffer(bufnr('')) || empty(ale#engine#GetLoclist(bufnr(''))))
  sleep 50m
  let s:waited += 1
endwhile
let out = []
for item in ale#engine#GetLoclist(bufnr(''))
  call add(out, {{'lnum': item.lnum, 'col': item.col, 'type': item.type, 'text': item.text . ' [' . item.code . ']',
        \\ 'at': strpart(getline(item.lnum), item.col - 1)}})
endfor
call writefile([json_encode(out)], 'OUT')
qa!
""")
    expected = ENGLISH.expected("byte")
    positions, texts = landed(entries)
    assert positions == [(rule, line, col) for rule, line, col, _ in expected]
    for at, (_, _, _, phrase) in zip(texts, expected):
        assert at.startswith(phrase)
    assert {e["type"] for e in entries} == {"W"}
