" ALE linter: tone-lint on text buffers (see autoload/tone_lint/ale.vim).
call tone_lint#ale#Define('text')
