" tone-lint for Vim: `:make` lints the draft on disk, `:ToneLint` the buffer as it is now;
" findings land in the quickfix list (`:copen`, `:cnext`).
"
" Install: copy to ~/.vim/after/ftplugin/text.vim (and markdown.vim, mail.vim), or source it
" from an autocmd:  autocmd FileType text,markdown,mail source ~/.vim/tone-lint.vim
"
" Vim counts columns in bytes, so tone-lint is asked for byte columns: a finding after
" "é", "’" or "😀" still lands on the first character of the flagged phrase.

setlocal makeprg=tone-lint\ check\ --format\ line\ --column-unit\ byte\ %:S

" PATH:LINE:COL: error|warning|note: MESSAGE [RULE-ID]; %t keeps the e, w or n as the type.
setlocal errorformat=%f:%l:%c:\ %trror:\ %m,%f:%l:%c:\ %tarning:\ %m,%f:%l:%c:\ %tote:\ %m

" The unsaved buffer, through standard input, reported under the buffer's own name.
command! -buffer ToneLint
      \ cgetexpr system('tone-lint check --format line --column-unit byte --stdin-filename '
      \   . shellescape(expand('%')) . ' -', getline(1, '$')) | cwindow
