"""Language detection counts each distinct word once; it decides exactly as before."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus")


def _detect_reference(text, default="en"):
    """tone_lint.lang.detect as first written, word by word: the oracle for the faster one."""
    from tone_lint.lang import _ACCENTED, _MARKERS, _WORD

    scores = {lang: 0.0 for lang in _MARKERS}
    for match in _WORD.finditer(text[:20000]):
        word = match.group().lower()
        for lang, words in _MARKERS.items():
            if word in words:
                scores[lang] += 1
        if _ACCENTED.intersection(word):
            scores["fr"] += 0.5
    if scores["fr"] > scores["en"]:
        return "fr"
    if scores["en"] > scores["fr"]:
        return "en"
    return default


def test_language_detection_unchanged():
    from hypothesis import given, settings, strategies as st

    from tone_lint.lang import detect

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    if CORPUS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    for text in texts:
        assert detect(text) == _detect_reference(text)
        assert detect(text, "fr") == _detect_reference(text, "fr")

    words = st.sampled_from(["the", "vous", "été", "Été", "and", "le", "ÇA", "très", "you", "x", "İ", "straße", "œuvre"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(words, max_size=40), st.sampled_from(["en", "fr"]))
    def same(parts, default):
        text = " ".join(parts)
        assert detect(text, default) == _detect_reference(text, default)

    same()
