;;; tone-lint.el --- tone-lint in Emacs: M-x compile and flymake  -*- lexical-binding: t -*-

;; Install: put this file on your load-path, then in your init file
;;   (require 'tone-lint)
;;   (add-hook 'text-mode-hook #'tone-lint-flymake-setup)   ; text, Markdown and mail modes
;;
;; `M-x tone-lint-compile' lints the file on disk into a compilation buffer (`next-error'
;; walks the findings); `tone-lint-flymake-setup' lints the buffer as you type.
;;
;; Emacs counts columns in characters, so tone-lint is asked for character columns.  The
;; compilation buffer must not read them as screen columns (its default): an emoji or a
;; CJK character takes two screen columns but is one character.

;;; Code:

(require 'compile)
(require 'flymake)

(defgroup tone-lint nil
  "Lint the tone of email drafts."
  :group 'tools)

(defcustom tone-lint-program "tone-lint"
  "The tone-lint executable."
  :type 'string)

(defconst tone-lint--line-regexp
  "^\\(.+?\\):\\([0-9]+\\):\\([0-9]+\\): \\(?:\\(error\\)\\|\\(warning\\)\\|\\(note\\)\\): \\(.*\\)$"
  "PATH:LINE:COL: SEVERITY: MESSAGE [RULE-ID], from `tone-lint check --format line'.")

;;;; M-x compile

(define-compilation-mode tone-lint-compilation-mode "tone-lint"
  "Findings of `tone-lint check', one a line."
  (setq-local compilation-error-regexp-alist '(tone-lint))
  (setq-local compilation-error-regexp-alist-alist
              ;; file line column, then type: 2 error unless warning (1) or note (0) matched
              `((tone-lint ,tone-lint--line-regexp 1 2 3 (5 . 6))))
  ;; Columns are characters, and the first one is 1.
  (setq-local compilation-error-screen-columns nil)
  (setq-local compilation-first-column 1))

(defun tone-lint-command (file)
  "The shell command that lints FILE for a compilation buffer."
  (mapconcat #'shell-quote-argument
             (list tone-lint-program "check" "--format" "line" "--column-unit" "char" file)
             " "))

;;;###autoload
(defun tone-lint-compile (&optional file)
  "Lint FILE (the visited file by default) into a `tone-lint-compilation-mode' buffer."
  (interactive)
  (let ((file (or file (buffer-file-name) (user-error "This buffer visits no file"))))
    (compilation-start (tone-lint-command (file-relative-name file)) #'tone-lint-compilation-mode)))

;;;; flymake

(defvar-local tone-lint--flymake-process nil)

(defun tone-lint--region (buffer line column)
  "(BEG . END) in BUFFER of the finding at LINE and character COLUMN, both 1-based.
The line format gives where a finding starts; the region runs to the end of its first word
\(a finding may start with the space before \"!!!\")."
  (with-current-buffer buffer
    (save-excursion
      (save-restriction
        (widen)
        (goto-char (point-min))
        (when (zerop (forward-line (1- line)))
          (let ((beg (min (+ (point) (1- column)) (line-end-position))))
            (goto-char beg)
            (skip-chars-forward " \t\u00a0\u202f" (line-end-position))
            (skip-chars-forward "^ \t\n\u00a0\u202f" (line-end-position))
            (cons beg (max (point) (min (1+ beg) (point-max))))))))))

(defun tone-lint--flymake-diagnostics (source output)
  "Flymake diagnostics for SOURCE from tone-lint's line OUTPUT."
  (let (diagnostics)
    (dolist (line (split-string output "\n" t))
      (when (string-match tone-lint--line-regexp line)
        (let* ((type (cond ((match-beginning 4) :error)
                           ((match-beginning 5) :warning)
                           (t :note)))
               (message (match-string 7 line))
               (region (tone-lint--region source
                                          (string-to-number (match-string 2 line))
                                          (string-to-number (match-string 3 line)))))
          (when region
            (push (flymake-make-diagnostic source (car region) (cdr region) type message)
                  diagnostics)))))
    (nreverse diagnostics)))

(defun tone-lint-flymake (report-fn &rest _args)
  "Flymake backend: lint the buffer through standard input, call REPORT-FN with the findings."
  (when (process-live-p tone-lint--flymake-process)
    (kill-process tone-lint--flymake-process))
  (let* ((source (current-buffer))
         (name (or (buffer-file-name) (buffer-name)))
         (process
          (make-process
           :name "tone-lint-flymake" :noquery t :connection-type 'pipe
           :coding 'utf-8-unix
           :buffer (generate-new-buffer " *tone-lint-flymake*")
           :command (list tone-lint-program "check" "--format" "line" "--column-unit" "char"
                          "--stdin-filename" name "-")
           :sentinel
           (lambda (proc _event)
             (when (memq (process-status proc) '(exit signal))
               (unwind-protect
                   (when (and (buffer-live-p source)
                              (eq proc (buffer-local-value 'tone-lint--flymake-process source)))
                     (funcall report-fn
                              (tone-lint--flymake-diagnostics
                               source (with-current-buffer (process-buffer proc) (buffer-string)))))
                 (kill-buffer (process-buffer proc))))))))
    (setq tone-lint--flymake-process process)
    (save-restriction
      (widen)
      (process-send-region process (point-min) (point-max))
      (process-send-eof process))))

;;;###autoload
(defun tone-lint-flymake-setup ()
  "Use tone-lint as a flymake backend in this buffer, and turn flymake on."
  (add-hook 'flymake-diagnostic-functions #'tone-lint-flymake nil t)
  (flymake-mode 1))

(provide 'tone-lint)
;;; tone-lint.el ends here
