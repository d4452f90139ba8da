" ALE linter: tone-lint on markdown buffers (see autoload/tone_lint/ale.vim).
call tone_lint#ale#Define('markdown')
