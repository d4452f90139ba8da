;;; tone-lint-eglot.el --- tone-lint's language server in eglot  -*- lexical-binding: t -*-

;; Eglot is built into Emacs 29 (install it from GNU ELPA on older ones).  Put this in your
;; init file, then M-x eglot in a draft (or add `eglot-ensure' to the hooks below).  Eglot
;; sends "text", "markdown" or "message" as the language id, all of which tone-lint lints;
;; quick fixes are offered by M-x eglot-code-actions.

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((text-mode markdown-mode message-mode mail-mode) . ("tone-lint" "lsp"))))

;; Start it by itself in every draft:
;; (add-hook 'text-mode-hook #'eglot-ensure)
;; (add-hook 'message-mode-hook #'eglot-ensure)

;;; tone-lint-eglot.el ends here
