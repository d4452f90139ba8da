"""A token pattern whose required words end on a function word, followed by optional steps,
matches far more than it was written for: "varier en" (meant "varier en permanence"), "je vous
relance à" (meant "à nouveau"), "at the end of the" (meant "... of the month"). Each such
pattern found in the shipped packs was either fixed or is listed here with why it is narrow
enough; a new one fails until it is one or the other."""
import pytest

from tone_lint.lemmacheck import dead_lemmas
from tone_lint.packs import builtin_pack_paths, load_pack

FUNCTION_WORDS = {
    "en": set("""a an the of to in on at by for with from and or but if as is are was were be been being am 'm 's 're
've 'd 'll do does did not no it this that these those i you we he she they me us him her them my your our their its
so too very just then than there here what when where who why how which all any some one two up out about into over
again more most such own same can could will would shall should may might must have has had wo ca ,""".split()),
    "fr": set("""le la les l' un une des de d' du au aux à a en et ou mais si que qu' qui quoi ne n' pas plus ce c' ça
cela cet cette ces je j' tu il elle on nous vous ils elles me m' te t' se s' lui leur y mon ma mes ton ta tes son sa ses
notre nos votre vos leurs est es sont été être suis sommes êtes ai as avons avez ont avoir fait faire pour par sur dans
avec sans sous chez très bien tout tous toute toutes comme encore donc alors aussi même là ici , fois""".split()),
}
# (language, rule id, the required part's last words): why the pattern stays narrow
NARROW = {
    ("en", "accusatory.blame", ("it", "me", "us")): "'accuse|blame' + a pronoun is already the reproach",
    ("en", "accusatory.accusing-question", ("it",)): "'how hard is it' needs the 'it' of the rhetorical question",
    ("en", "emotional.anger", ("any", "being", "for", "it", "such", "that", "these", "this", "your")):
        "'not prepared to tolerate' + these is the refusal itself",
    ("fr", "accusatory.per-my-last-email", ("encore",)): "« je vous relance encore » : encore is the tally",
    ("fr", "accusatory.per-my-last-email", ("fois",)): "« une nouvelle fois » : the tally is required",
}


def _literals(step):
    for attr in ("NORM", "LOWER", "ORTH", "LEMMA", "TEXT"):
        if attr in step:
            value = step[attr]
            if isinstance(value, str):
                return {value.lower()}
            if isinstance(value, dict) and isinstance(value.get("IN"), list):
                return {v.lower() for v in value["IN"]}
            return None  # a REGEX, NOT_IN or word list: not judged here
    return None


def _optional(step):
    op = str(step.get("OP", ""))
    return op in ("?", "*") or op.startswith("{0,")


def _loose_endings():
    found = set()
    for path in builtin_pack_paths():
        language = path.parent.name
        for rule in load_pack(path).rules:
            # (an exception that matches widely only cancels more, so only what a rule matches counts)
            for pattern in rule.match.patterns or []:
                steps = list(pattern)
                tail = 0
                while steps and _optional(steps[-1]):
                    steps.pop()
                    tail += 1
                last = _literals(steps[-1]) if steps and tail else None
                if last and last <= FUNCTION_WORDS[language]:
                    found.add((language, rule.id, tuple(sorted(last))))
    return found


def test_no_pattern_ends_on_a_function_word_before_an_optional_tail():
    assert _loose_endings() - set(NARROW) == set()


def test_every_listed_exception_is_still_in_the_packs():
    assert set(NARROW) - _loose_endings() == set()



# spaCy's Matcher, the reference tests/test_matcher.py holds the packs to, expands a "{n,m}" gap
# into m optional states; two wide gaps in one pattern made it allocate 24 GB on a long draft.
# A reach longer than this is a job for a regex (as the English conditional-threat exception is).
MAX_GAP = 20


def test_no_token_pattern_has_a_gap_wider_than_max_gap():
    wide = []
    for path in builtin_pack_paths():
        for rule in load_pack(path).rules:
            for spec in (rule.match, rule.exceptions):
                for pattern in (spec.patterns if spec else None) or []:
                    for step in pattern:
                        op = str(step.get("OP", ""))
                        if op.startswith("{") and op.endswith("}") and "," in op:
                            high = op[1:-1].split(",")[1]
                            if high and int(high) > MAX_GAP:
                                wide.append((path.name, rule.id, op))
    assert wide == []


# A LEMMA value that spaCy's lookup tables give no word as its lemma never matches anything
# (tone_lint/lemmacheck.py): "willing" has the lemma "will". Beside its own lemma in the same
# list it is only redundant (a shared word list also serves NORM steps: « t' » beside « te »).
@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_lemma_in_a_pattern_is_some_word_s_lemma(language):
    dead = [(rule.id, problem) for path in builtin_pack_paths() if path.parent.name == language
            for rule in load_pack(path).rules for problem in dead_lemmas(rule)]
    assert dead == []
