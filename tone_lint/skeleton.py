"""The commented starting pack `tone-lint rules new` writes: it loads, and its examples pass."""
from __future__ import annotations

HEADER = """\
# A tone-lint rule pack of your own ({name}).
#   Test it:  tone-lint rules test THIS-FILE   (runs every rule's flag and pass examples)
#   Use it:   tone-lint check --pack THIS-FILE draft.txt
#             or, in .tone-lint.yaml:  packs: [THIS-FILE]
#   Learn from the shipped rules: tone-lint rules list, tone-lint rules show ID
language: {lang}
# needs: [lemma]   # uncomment to match on LEMMA ("cancel" then also covers "cancelled")
rules:
"""

COMMON = """\
  - id: house.{slug}{pad1}# dotted kebab-case; `ignore: [house]` drops the whole family
    category: {category}{pad2}# one kebab-case word, selectable in select/ignore too
    severity: {severity}{pad3}# error, warning or suggestion
    kind: {kind}
    message: {message}
    why: {why}
"""

# Per kind: the lines after `why`, as (language -> text). {…} fields are filled in below.
BODIES = {
    "phrase": {
        "slug": "due-respect",
        "category": "house",
        "severity": "warning",
        "comment": "# phrase: word sequences, compared on NORM (case and ’/' folded)",
        "en": dict(
            message="“With all due respect” announces the opposite.",
            why="The reader hears the disrespect the phrase pretends to hold back.",
            body="""\
    instead: Say what you disagree with, e.g. "I see it differently: the brief asked for two rounds."
    attr: NORM           # NORM (default), LOWER, ORTH, or LEMMA with needs: [lemma]
    phrases:
      - with all due respect
      - with respect
    # except:            # a match overlapping an exception is not reported
    #   phrases: [with respect to]
    examples:            # `tone-lint rules test` runs these
      flag:              # each must be flagged exactly at `span`
        - text: With all due respect, this is not what we agreed.
          span: With all due respect
      pass:              # none of these may be flagged
        - I see it differently, this is not what we agreed.
""",
        ),
        "fr": dict(
            message="« Avec tout le respect que je vous dois » annonce le contraire.",
            why="Le lecteur entend le manque de respect que la formule prétend retenir.",
            body="""\
    instead: Dites sur quoi vous n'êtes pas d'accord, par exemple « Je le vois autrement : le brief prévoyait deux allers-retours. »
    attr: NORM           # NORM (default), LOWER, ORTH, or LEMMA with needs: [lemma]
    phrases:
      - avec tout le respect que je vous dois
      - sauf votre respect
    # except:            # a match overlapping an exception is not reported
    #   phrases: [...]
    examples:            # `tone-lint rules test` runs these
      flag:              # each must be flagged exactly at `span`
        - text: Avec tout le respect que je vous dois, ce n'est pas ce que nous avions convenu.
          span: Avec tout le respect que je vous dois
      pass:              # none of these may be flagged
        - Je le vois autrement, ce n'est pas ce que nous avions convenu.
""",
        ),
    },
    "token": {
        "slug": "just-following-up",
        "category": "house",
        "severity": "suggestion",
        "comment": "# token: spaCy Matcher patterns, one list of token dicts each",
        "en": dict(
            message="“Just following up” sounds like a nudge, not a request.",
            why="The reader has to guess what you need and by when.",
            body="""\
    instead: Ask for the one thing you need, e.g. "Could you approve the invoice by Friday?"
    patterns:            # keys: NORM, LOWER, ORTH, LEMMA (needs: [lemma]), IS_TITLE, OP ...
      - [{NORM: just}, {NORM: {IN: [checking, following, circling]}}, {NORM: {IN: [in, up, back]}}]
    examples:
      flag:
        - text: Just following up on the invoice.
          span: Just following up
      pass:
        - Following up on the invoice, it is due on Friday.
""",
        ),
        "fr": dict(
            message="« Je me permets de vous relancer » sonne comme un rappel à l'ordre.",
            why="Le lecteur doit deviner ce que vous attendez, et pour quand.",
            body="""\
    instead: Demandez la chose précise, par exemple « Pourriez-vous valider la facture d'ici vendredi ? »
    patterns:            # keys: NORM, LOWER, ORTH, LEMMA (needs: [lemma]), IS_TITLE, OP ...
      - [{NORM: je}, {NORM: me}, {NORM: permets}, {NORM: de}, {NORM: vous, OP: "?"}, {NORM: {IN: [relancer, rappeler]}}]
    examples:
      flag:
        - text: Je me permets de vous relancer au sujet de la facture.
          span: Je me permets de vous relancer
      pass:
        - Je reviens vers vous au sujet de la facture.
""",
        ),
    },
    "regex": {
        "slug": "right-now",
        "category": "house",
        "severity": "warning",
        "comment": "# regex: regular expressions on the text (the `regex` module, VERSION1)",
        "en": dict(
            message="A demand for speed reads as pressure.",
            why="Urgency without a date leaves the reader anxious and no wiser.",
            body="""\
    instead: Give the date you need it by, e.g. "Could you send the files by Friday?"
    regex:
      - '\\b(?:asap|right away|immediately)\\b'
    ignore_case: true
    examples:
      flag:
        - text: Send me the files ASAP.
          span: ASAP
      pass:
        - Could you send the files by Friday?
""",
        ),
        "fr": dict(
            message="Exiger de la vitesse se lit comme une pression.",
            why="Une urgence sans date inquiète le lecteur sans rien lui apprendre.",
            body="""\
    instead: Donnez la date voulue, par exemple « Pourriez-vous envoyer les fichiers d'ici vendredi ? »
    regex:
      - '\\b(?:asap|au plus vite|immédiatement)\\b'
    ignore_case: true
    examples:
      flag:
        - text: Envoyez-moi les fichiers au plus vite.
          span: au plus vite
      pass:
        - Pourriez-vous envoyer les fichiers d'ici vendredi ?
""",
        ),
    },
    "required": {
        "slug": "final-invoice",
        "category": "missing",
        "severity": "warning",
        "comment": "# required: reported when a draft lacks the element",
        "en": dict(
            message="The email does not mention the final invoice.",
            why="The client should know what they will still be billed for.",
            body="""\
    instead: My final invoice, for the work up to June 30, will follow next week.
    element: final-invoice   # the checklist name; `elements: {final-invoice: off}` turns it off
    when: termination        # termination (only in a termination email) or always
    match:                   # any mix of phrases, patterns and regex
      phrases: [final invoice, last invoice]
    examples:
      flag:                  # drafts that lack the element (tested as termination emails)
        - text: I have decided to end our collaboration.
      pass:                  # drafts that have it
        - My final invoice will follow next week.
""",
        ),
        "fr": dict(
            message="L'e-mail ne parle pas de la dernière facture.",
            why="Le client doit savoir ce qui lui sera encore facturé.",
            body="""\
    instead: Ma dernière facture, pour le travail jusqu'au 30 juin, suivra la semaine prochaine.
    element: final-invoice   # the checklist name; `elements: {final-invoice: off}` turns it off
    when: termination        # termination (only in a termination email) or always
    match:                   # any mix of phrases, patterns and regex
      phrases: [dernière facture, facture finale]
    examples:
      flag:                  # drafts that lack the element (tested as termination emails)
        - text: J'ai décidé de mettre fin à notre collaboration.
      pass:                  # drafts that have it
        - Ma dernière facture suivra la semaine prochaine.
""",
        ),
    },
    "marker": {
        "slug": "parting-ways",
        "category": "termination",
        "severity": "suggestion",
        "comment": "# marker: tells what kind of email this is; reports nothing itself",
        "en": dict(
            message="This draft ends a client relationship.",
            why="The elements of a termination email are checked only in drafts that end one.",
            body="""\
    marks: termination   # the draft is then checked for the elements of a termination email
    match:               # any mix of phrases, patterns and regex
      phrases: [part ways, parting ways]
    examples:
      flag:              # drafts the marker must recognise
        - text: I think it is time we part ways.
      pass:              # drafts it must not
        - We will meet on Monday.
""",
        ),
        "fr": dict(
            message="Ce brouillon met fin à une relation client.",
            why="Les éléments d'un e-mail de rupture ne sont vérifiés que dans ceux qui en sont.",
            body="""\
    marks: termination   # the draft is then checked for the elements of a termination email
    match:               # any mix of phrases, patterns and regex
      phrases: [nos chemins se séparent, séparer nos chemins]
    examples:
      flag:              # drafts the marker must recognise
        - text: Je pense qu'il est temps que nos chemins se séparent.
      pass:              # drafts it must not
        - Nous nous verrons lundi.
""",
        ),
    },
}

NAMES = {"en": "English", "fr": "French"}


def _quote(text: str) -> str:
    """A YAML scalar that stays a plain string whatever the text holds."""
    if any(c in text for c in ":#\"'{}[]") or text[0] in "«“!&*%@`|>-?":
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def skeleton(lang: str, kind: str) -> str:
    spec = BODIES[kind]
    texts = spec[lang]
    slug_line = f"  - id: house.{spec['slug']}"
    head = COMMON.format(
        slug=spec["slug"], category=spec["category"], severity=spec["severity"], kind=kind,
        message=_quote(texts["message"]), why=_quote(texts["why"]),
        pad1=" " * max(1, 40 - len(slug_line)),
        pad2=" " * max(1, 40 - len(f"    category: {spec['category']}")),
        pad3=" " * max(1, 40 - len(f"    severity: {spec['severity']}")),
    )
    head = head.replace(f"    kind: {kind}\n", f"    kind: {kind}{' ' * max(1, 40 - len(f'    kind: {kind}'))}{spec['comment']}\n")
    body = "".join(
        f"    instead: {_quote(line[len('    instead: '):].rstrip())}\n" if line.startswith("    instead: ") else line
        for line in texts["body"].splitlines(keepends=True)
    )
    return HEADER.format(name=NAMES[lang], lang=lang) + head + body
