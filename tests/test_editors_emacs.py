"""The Emacs recipes in a real batch Emacs: `next-error` and flymake land on the flagged phrase."""
from __future__ import annotations

import json
import subprocess

from editor_drafts import EDITORS, ENGLISH, editor_env, missing, need

RECIPE = EDITORS / "emacs" / "tone-lint.el"


def run_emacs(tmp_path, body: str, timeout: int = 180) -> list:
    emacs = need("emacs")
    out = tmp_path / "out.json"
    script = tmp_path / "test.el"
    script.write_text(f"""
(setq load-prefer-newer t)
(load {json.dumps(str(RECIPE))} nil t)
(prefer-coding-system 'utf-8)
(require 'json)
(defun landing-json (items)
  (with-temp-file {json.dumps(str(out))}
    (set-buffer-file-coding-system 'utf-8)
    (insert (json-encode items))))
{body}
""", encoding="utf-8")
    proc = subprocess.run([emacs, "--batch", "-Q", "-l", str(script)], cwd=tmp_path, env=editor_env(),
                          capture_output=True, timeout=timeout)
    assert out.exists(), (proc.returncode, proc.stdout.decode(errors="replace"), proc.stderr.decode(errors="replace"))
    return json.loads(out.read_text(encoding="utf-8"))


def test_compile_and_next_error_land_on_each_phrase(tmp_path):
    ENGLISH.write(tmp_path)
    landings = run_emacs(tmp_path, f"""
(find-file {json.dumps(ENGLISH.name)})
(let* ((buf (tone-lint-compile {json.dumps(ENGLISH.name)}))
       (proc (get-buffer-process buf))
       (items nil))
  (while (process-live-p proc) (accept-process-output proc 0.1))
  (setq next-error-last-buffer buf)
  (with-current-buffer buf (goto-char (point-min)))
  (condition-case nil
      (while t
        (next-error 1)
        ;; the cursor's line, its column in characters (1-based), the text from there on
        (push (vector (line-number-at-pos) (1+ (- (point) (line-beginning-position)))
                      (buffer-substring-no-properties (point) (line-end-position)))
              items))
    (error nil))
  (landing-json (nreverse items)))
""")
    expected = ENGLISH.expected("char")
    assert [(line, col) for line, col, _ in landings] == [(line, col) for _, line, col, _ in expected]
    for (_, _, at), (_, _, _, phrase) in zip(landings, expected):
        assert at.startswith(phrase)


def test_flymake_backend_marks_each_phrase_in_the_unsaved_buffer(tmp_path):
    ENGLISH.write(tmp_path)
    landings = run_emacs(tmp_path, f"""
(find-file {json.dumps(ENGLISH.name)})
(goto-char (point-min))
(insert "Hi 🎉 everyone,\\n")  ; never saved: the backend reads the buffer
(tone-lint-flymake-setup)
(flymake-start)
(let ((waited 0))
  (while (and (< waited 1200) (not (flymake-diagnostics)))
    (accept-process-output nil 0.05)
    (setq waited (1+ waited))))
(landing-json
 (mapcar (lambda (d)
           (save-excursion
             (goto-char (flymake-diagnostic-beg d))
             (vector (line-number-at-pos) (1+ (- (point) (line-beginning-position)))
                     (symbol-name (flymake-diagnostic-type d))
                     (buffer-substring-no-properties (point) (line-end-position))
                     (buffer-substring-no-properties (flymake-diagnostic-beg d) (flymake-diagnostic-end d)))))
         (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))
(set-buffer-modified-p nil)
""")
    expected = ENGLISH.expected("char", line_offset=1)
    assert [(line, col) for line, col, *_ in landings] == [(line, col) for _, line, col, _ in expected]
    for (_, _, kind, at, marked), (_, _, _, phrase) in zip(landings, expected):
        assert kind == ":warning"
        assert at.startswith(phrase)
        assert phrase.startswith(marked.strip()) or marked.startswith(phrase.split()[0])


def test_eglot_shows_each_finding_on_its_phrase_and_applies_a_quick_fix(tmp_path):
    """A real LSP client: eglot starts `tone-lint lsp` from the recipe, in UTF-16 columns."""
    ENGLISH.write(tmp_path)
    eglot_recipe = EDITORS / "emacs" / "tone-lint-eglot.el"
    result = run_emacs(tmp_path, f"""
;; Debian's elpa-eglot (Emacs 28) lives in site-lisp, which -Q skips; Emacs 29 has eglot built in.
(dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*")) (add-to-list 'load-path dir))
(if (not (require 'eglot nil t))
    (landing-json "no eglot")
  (load {json.dumps(str(eglot_recipe))} nil t)
  (find-file {json.dumps(ENGLISH.name)})
  (apply #'eglot (eglot--guess-contact))
  (let ((waited 0))
    (while (and (< waited 1200) (not (flymake-diagnostics)))
      (accept-process-output nil 0.05)
      (setq waited (1+ waited))))
  (let ((found (mapcar (lambda (d)
                         (save-excursion
                           (goto-char (flymake-diagnostic-beg d))
                           (vector (line-number-at-pos) (1+ (- (point) (line-beginning-position)))
                                   (buffer-substring-no-properties (flymake-diagnostic-beg d)
                                                                   (flymake-diagnostic-end d)))))
                       (sort (flymake-diagnostics)
                             (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))
    (goto-char (point-min))
    (search-forward "!!!")
    (eglot-code-actions (- (point) 2) (- (point) 1) "quickfix" t)
    (landing-json (list :found (vconcat found)
                        :fixed (buffer-substring-no-properties (point-min) (line-end-position)))))
  (set-buffer-modified-p nil))
""")
    if result == "no eglot":
        missing("eglot (Debian: elpa-eglot)")
    expected = ENGLISH.expected("char")
    # eglot marks the exact range the server sent (UTF-16), converted back to characters
    assert [tuple(f) for f in result["found"]] == [(line, col, phrase) for _, line, col, phrase in expected]
    assert result["fixed"] == ENGLISH.text.splitlines()[0].replace("!!!", ".")
