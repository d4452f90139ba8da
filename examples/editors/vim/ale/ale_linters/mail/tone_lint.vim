" ALE linter: tone-lint on mail buffers (see autoload/tone_lint/ale.vim).
call tone_lint#ale#Define('mail')
