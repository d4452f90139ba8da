"""A malformed pack is refused with `FILE:LINE: what is wrong` and exit status 2."""
import textwrap

import pytest

from tests.conftest import run_cli

GOOD_RULE = """\
language: en
rules:
  - id: house.thing
    category: emotional
    severity: warning
    kind: phrase
    message: m
    why: w
    phrases: [grumble]
"""

TOKEN_RULE = """\
language: en
words:
  moans: [grumble, whinge]
rules:
  - id: house.thing
    category: emotional
    severity: warning
    kind: token
    message: m
    why: w
    patterns:
      - [{LOWER: i}, {LOWER: {IN: "@moans"}}]
"""

CASES = [
    ("bad yaml", "language: en\nrules:\n  - id: [unclosed\n", 3, "invalid YAML"),
    ("unknown key", GOOD_RULE + "    colour: red\n", 10, "unknown key 'colour' in a phrase rule"),
    ("unknown pack key", "language: en\nflavour: x\nrules: []\n", 2, "unknown key 'flavour' in pack"),
    ("bad severity", GOOD_RULE.replace("severity: warning", "severity: fatal"), 5, "'severity' must be error, warning or suggestion"),
    ("bad kind", GOOD_RULE.replace("kind: phrase", "kind: fuzzy"), 6, "'kind' must be one of"),
    ("bad context", GOOD_RULE + "    context: hot\n", 10, "'context' must be one of any, heated"),
    ("bad heat", GOOD_RULE + "    heat: 3\n", 10, "'heat' must be one of 1, 2, not 3"),
    ("heat as a word", GOOD_RULE + "    heat: high\n", 10, "'heat' must be one of 1, 2, not 'high'"),
    ("heat on a heated rule", GOOD_RULE + "    context: heated\n    heat: 2\n", 11, "'heat' is for plain rules"),
    ("heat on a marker", GOOD_RULE.replace("kind: phrase", "kind: marker").replace("phrases: [grumble]", "marks: termination\n    heat: 2\n    match: {phrases: [grumble]}"), 10, "unknown key 'heat' in a marker rule"),
    ("context on a marker", GOOD_RULE.replace("kind: phrase", "kind: marker").replace("phrases: [grumble]", "marks: termination\n    context: heated\n    match: {phrases: [grumble]}"), 10, "unknown key 'context' in a marker rule"),
    ("known_words as a word", GOOD_RULE.replace("kind: phrase", "kind: regex").replace("phrases: [grumble]", "regex: 'GRR+'\n    known_words: maybe"), 10, "'known_words' must be true or false"),
    ("known_words on a token rule", GOOD_RULE.replace("kind: phrase", "kind: token").replace("phrases: [grumble]", "patterns: [[{LOWER: grumble}]]\n    known_words: true"), 10, "unknown key 'known_words' in a token rule"),
    ("bad id", GOOD_RULE.replace("house.thing", "House Thing"), 3, "must be dotted kebab-case"),
    ("invalid regex", GOOD_RULE.replace("kind: phrase", "kind: regex").replace("phrases: [grumble]", "regex: 'a(b'"), 9, "invalid regex"),
    ("empty regex", GOOD_RULE.replace("kind: phrase", "kind: regex").replace("phrases: [grumble]", "regex: 'x*'"), 9, "matches the empty string"),
    ("invalid token pattern", GOOD_RULE.replace("kind: phrase", "kind: token").replace("phrases: [grumble]", "patterns:\n      - [{NORM: {BOGUS: 1}}]"), 3, "invalid token pattern"),
    ("attribute the pipeline lacks", GOOD_RULE.replace("kind: phrase", "kind: token").replace("phrases: [grumble]", "patterns:\n      - [{POS: VERB}]"), 3, "token attribute 'POS' is not set"),
    ("lemma not declared", GOOD_RULE.replace("phrases: [grumble]", "attr: LEMMA\n    phrases: [grumble]"), 3, "does not declare 'needs: [lemma]'"),
    ("missing message", GOOD_RULE.replace("    message: m\n", ""), 3, "'message' must be a non-empty string"),
    ("duplicate key", GOOD_RULE.replace("    why: w\n", "    why: w\n    why: v\n"), 9, "duplicate key 'why'"),
    ("duplicate id in pack", GOOD_RULE + GOOD_RULE.split("rules:\n")[1], 10, "duplicate rule id 'house.thing'"),
    ("duplicate of a shipped id", GOOD_RULE.replace("house.thing", "accusatory.fault"), 3, "duplicate rule id 'accusatory.fault'"),
    ("span not in example", GOOD_RULE + "    examples:\n      flag:\n        - {text: I grumble, span: moan}\n", 12, "span 'moan' is not part of the example text"),
    ("not a mapping", "- just\n- a list\n", 1, "a rule pack must be a mapping"),
    ("unknown word list", TOKEN_RULE.replace("@moans", "@groans"), 12, "unknown word list '@groans' (the pack's 'words' has: moans)"),
    ("unused word list", TOKEN_RULE.replace("moans: [", "spare: [x]\n  moans: ["), 3, "word list 'spare' is never used"),
    ("word list name", TOKEN_RULE.replace("moans: [", "Big Moans: [x]\n  moans: ["), 3, "word list name 'Big Moans' must be one kebab-case word"),
    ("empty word list", TOKEN_RULE.replace("moans: [grumble, whinge]", "moans: []"), 3, "word list 'moans' must be a non-empty list of words"),
    ("word twice in a list", TOKEN_RULE.replace("whinge]", "whinge, grumble]"), 3, "word list 'moans' repeats 'grumble'"),
    ("words not a mapping", TOKEN_RULE.replace("words:\n  moans: [grumble, whinge]", "words: [grumble]"), 2, "'words' must map list names to lists of words"),
]


@pytest.mark.parametrize("name,content,line,message", CASES, ids=[c[0] for c in CASES])
def test_malformed_pack(tmp_path, name, content, line, message):
    pack = tmp_path / "house.yaml"
    pack.write_text(content, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Hello, I grumble.\n", encoding="utf-8")
    status, out, err = run_cli("check", "--pack", str(pack), str(draft))
    assert status == 2
    assert out == ""
    assert err.startswith(f"tone-lint: error: {pack}:{line}: "), err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_yes_no_on_off_are_words_not_booleans(tmp_path):
    pack = tmp_path / "house.yaml"
    pack.write_text(GOOD_RULE.replace("phrases: [grumble]", "phrases: [on, off, yes, no]"), encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("Say yes.\n", encoding="utf-8")
    status, out, err = run_cli("check", "--format", "line", "--pack", str(pack), str(draft))
    assert (status, err) == (1, "")
    assert f"{draft}:1:5: warning: m [house.thing]\n" in out


def test_word_list_is_shared_by_patterns_and_exceptions(tmp_path):
    pack = tmp_path / "house.yaml"
    pack.write_text(
        TOKEN_RULE.replace("whinge]", "whinge]\n  softeners: [only]")
        + "      - [{LOWER: you}, {LOWER: {IN: \"@moans\"}}]\n"
        + "    except:\n      patterns:\n        - [{LOWER: {IN: \"@softeners\"}}, {LOWER: {IN: \"@moans\"}}]\n",
        encoding="utf-8",
    )
    draft = tmp_path / "d.txt"
    draft.write_text("I whinge. You grumble. I only grumble.\n", encoding="utf-8")
    status, out, err = run_cli("check", "--format", "line", "--pack", str(pack), str(draft))
    assert err == ""
    assert [line.split(": ")[0] for line in out.splitlines() if "house.thing" in line] == [
        f"{draft}:1:1",
        f"{draft}:1:11",
    ]
    assert status == 1


def test_missing_pack_file(tmp_path):
    status, out, err = run_cli("check", "--pack", str(tmp_path / "nope.yaml"), "examples/termination-calm-en.txt")
    assert status == 2 and err == f"tone-lint: error: {tmp_path / 'nope.yaml'}: no such file\n"
