"""tone-lint: an offline, rule-based tone linter for professional emails."""

__version__ = "0.1.0"
