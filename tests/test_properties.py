"""Property tests: any text, any bytes, any pack gets an answer; positions are always true.

Fixed seed (derandomize) and bounded example counts keep CI fast and repeatable.
"""
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tone_lint import inputs
from tone_lint.engine import Options
from tone_lint.errors import InputError, ToneLintError
from tone_lint.formatters import render
from tone_lint.runner import lint_bytes

PROPS = settings(max_examples=150, derandomize=True, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# Words the packs react to, mixed into random text so findings actually occur.
TRIGGERS = ["You never", "because of you", "FURIOUS", "!!!", " ?!", "J'en ai marre", "à cause de vous",
            "n’avez jamais", "per my last email", "I have decided to end our collaboration",
            "je mets fin à notre collaboration", "\r\n", "\n", "😡", "e\u0301", "\u202f!", "\x00", "\x1b[31m"]
text_pieces = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
    st.sampled_from(TRIGGERS),
    st.text(alphabet=string.ascii_letters + " .,'’!?\n", max_size=60),
)
drafts = st.lists(text_pieces, max_size=25).map("".join)


def _check_positions(result):
    src = result.source
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(src.text)
        line, col = src.position(f.start, "char")
        # The reported line and column lead back to the same offset in the display text.
        assert src._starts[line - 1] + col - 1 == f.start
        for unit in ("byte", "utf16"):
            uline, ucol = src.position(f.start, unit)
            assert uline == line and ucol >= 1


@PROPS
@given(text=drafts)
def test_any_text_gets_findings_at_true_positions(linter, text):
    for lang in ("en", "fr"):
        result = lint_bytes(linter, text.replace("\x00", "").encode("utf-8"), "p.txt", lang, Options())
        _check_positions(result)
        for fmt in ("text", "line", "json"):
            first = render(fmt, [result], column_unit="utf16")
            second = render(fmt, [lint_bytes(linter, text.replace("\x00", "").encode("utf-8"), "p.txt", lang, Options())],
                            column_unit="utf16")
            assert first == second


@PROPS
@given(data=st.binary(max_size=300))
def test_any_bytes_are_linted_or_refused_cleanly(linter, data):
    try:
        result = lint_bytes(linter, data, "b.bin", "auto", Options(termination="always"))
    except InputError as exc:
        assert str(exc).startswith("b.bin: ") and "\n" not in str(exc)
    else:
        _check_positions(result)


yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12),
                         st.sampled_from(["phrase", "token", "regex", "required", "marker", "warning", "en", "fr",
                                          "a(b", "[{NORM: x}]", "accusatory.x"]))
yaml_values = st.recursive(yaml_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.sampled_from(["id", "kind", "category", "severity", "message", "why", "phrases", "patterns",
                                     "regex", "match", "element", "marks", "examples", "flag", "pass", "text", "span",
                                     "language", "rules", "needs", "attr", "NORM", "LEMMA", "OP", "IN"]),
                    inner, max_size=6)), max_leaves=20)


@PROPS
@given(pack=st.fixed_dictionaries({"language": st.sampled_from(["en", "fr", "de"]),
                                   "rules": st.lists(yaml_values, max_size=3)}))
def test_any_pack_loads_or_is_refused_with_file_and_line(tmp_path_factory, pack):
    import yaml

    from tone_lint.engine import Linter
    from tone_lint.packs import load_pack

    path = tmp_path_factory.mktemp("pack") / "p.yaml"
    path.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    try:
        loaded = load_pack(path)
        engine = Linter(list(loaded.rules)).engine(loaded.language)
        engine.check(inputs.load(b"You never answer. Grrr!!!", "x"))
    except ToneLintError as exc:
        assert str(exc).startswith(f"{path}:") and "\n" not in str(exc)
