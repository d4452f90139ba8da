"""Rule kinds. Matching kinds (phrase, token, regex) find spans; document kinds
(required, marker) turn those spans into a verdict about the whole draft.

Each matching kind compiles a rule's MatchSpec into a shared matcher under one key, so
a draft is scanned once per matcher, not once per rule.
"""
