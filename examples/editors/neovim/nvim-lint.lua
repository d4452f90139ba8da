-- tone-lint through nvim-lint (https://github.com/mfussenegger/nvim-lint).
-- Put this in your config (e.g. ~/.config/nvim/plugin/tone-lint.lua) after nvim-lint is installed.
--
-- Neovim's diagnostics count columns in bytes, so tone-lint is asked for byte columns.
local lint = require('lint')

-- PATH:LINE:COL: SEVERITY: MESSAGE [RULE-ID]; the path is the buffer's own, so it is skipped.
local pattern = ':(%d+):(%d+): (%a+): (.*) %[([^%]]+)%]$'
local groups = { 'lnum', 'col', 'severity', 'message', 'code' }
local severities = {
  error = vim.diagnostic.severity.ERROR,
  warning = vim.diagnostic.severity.WARN,
  note = vim.diagnostic.severity.INFO,
}

lint.linters.tone_lint = {
  cmd = 'tone-lint',
  stdin = true, -- the buffer as it is, saved or not
  args = {
    'check', '--format', 'line', '--column-unit', 'byte',
    -- the buffer's name picks the reader: Markdown, mail or plain text
    '--stdin-filename', function() return vim.api.nvim_buf_get_name(0) end,
    '-',
  },
  stream = 'stdout',
  ignore_exitcode = true, -- 1 means "findings", not failure
  parser = require('lint.parser').from_pattern(pattern, groups, severities, { source = 'tone-lint' }),
}

lint.linters_by_ft = vim.tbl_extend('force', lint.linters_by_ft or {}, {
  text = { 'tone_lint' },
  markdown = { 'tone_lint' },
  mail = { 'tone_lint' },
})

vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufWritePost', 'InsertLeave', 'TextChanged' }, {
  callback = function() lint.try_lint() end,
})
