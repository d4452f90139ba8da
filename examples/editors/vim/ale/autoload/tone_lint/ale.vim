" tone-lint for ALE (https://github.com/dense-analysis/ale), as you type.
"
" Install: add this folder to 'runtimepath' after ALE, e.g. in your vimrc
"   set runtimepath+=~/path/to/examples/editors/vim/ale
" ALE then runs tone-lint on text, markdown and mail buffers; to run it alone there:
"   let g:ale_linters = {'text': ['tone_lint'], 'markdown': ['tone_lint'], 'mail': ['tone_lint']}
"
" ALE counts columns in bytes, like Vim: tone-lint is asked for byte columns.

" PATH:LINE:COL: SEVERITY: MESSAGE [RULE-ID]
let s:pattern = '\v^.{-}:(\d+):(\d+): (error|warning|note): (.*) \[([^\]]+)\]$'
let s:types = {'error': 'E', 'warning': 'W', 'note': 'I'}

function! tone_lint#ale#Handle(buffer, lines) abort
    let l:output = []
    for l:match in ale#util#GetMatches(a:lines, s:pattern)
        call add(l:output, {
        \   'lnum': l:match[1] + 0,
        \   'col': l:match[2] + 0,
        \   'type': s:types[l:match[3]],
        \   'text': l:match[4],
        \   'code': l:match[5],
        \})
    endfor
    return l:output
endfunction

function! tone_lint#ale#Define(filetype) abort
    " The buffer goes through standard input, so unsaved text is linted; %s names the
    " buffer's file, so Markdown and mail are read as such.
    call ale#linter#Define(a:filetype, {
    \   'name': 'tone_lint',
    \   'executable': 'tone-lint',
    \   'command': 'tone-lint check --format line --column-unit byte --stdin-filename %s -',
    \   'callback': 'tone_lint#ale#Handle',
    \})
endfunction
