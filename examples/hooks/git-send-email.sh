#!/bin/sh
# git send-email: refuse to send a patch mail with findings, in this repository.
tone-lint hook install --git-send-email     # honours core.hooksPath; --force replaces a foreign hook
git send-email --to=maintainer@example.org origin/main
# After re-reading, send anyway:   TONE_LINT_SEND=1 git send-email ...
# Remove it again:                 tone-lint hook uninstall
