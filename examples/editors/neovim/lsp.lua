-- tone-lint's language server in Neovim's built-in client: diagnostics as you type and
-- quick fixes (vim.lsp.buf.code_action()). Needs `pip install 'tone-lint[lsp]'`.
-- Put this in your config, e.g. ~/.config/nvim/plugin/tone-lint-lsp.lua.

local server = {
  cmd = { 'tone-lint', 'lsp' },
  filetypes = { 'text', 'markdown', 'mail' },
  root_markers = { '.tone-lint.yaml', '.git' },
}

if vim.lsp.config then
  -- Neovim 0.11 and later
  vim.lsp.config('tone_lint', server)
  vim.lsp.enable('tone_lint')
else
  -- Neovim 0.8 to 0.10
  vim.api.nvim_create_autocmd('FileType', {
    pattern = server.filetypes,
    callback = function(args)
      vim.lsp.start({
        name = 'tone_lint',
        cmd = server.cmd,
        root_dir = vim.fs.dirname(vim.fs.find(server.root_markers, { upward = true, path = vim.api.nvim_buf_get_name(args.buf) })[1])
          or vim.fn.getcwd(),
      })
    end,
  })
end
