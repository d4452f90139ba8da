"""Packs load through libyaml when it is there: the same data and the same line numbers."""
from pathlib import Path

import pytest

from tone_lint import yamlload

ROOT = Path(__file__).resolve().parent.parent
PACKS = sorted((ROOT / "rules").rglob("*.yaml")) + sorted((ROOT / "tests").rglob("*.yaml"))


def _lines(value):
    """Data plus every recorded line, so a difference in either shows."""
    if isinstance(value, yamlload.Mapping):
        return ("map", value.line, sorted((repr(k), value.line_of(k), _lines(v)) for k, v in value.items()))
    if isinstance(value, yamlload.Sequence):
        return ("seq", value.line, [(value.line_of(i), _lines(v)) for i, v in enumerate(value)])
    return (type(value).__name__, value)


def _slow(path: Path, text: str):
    loader = yamlload._Loader(text)
    loader.name = str(path)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


@pytest.mark.skipif(yamlload._FastLoader is None, reason="PyYAML built without libyaml")
@pytest.mark.parametrize("path", PACKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_libyaml_and_python_loaders_agree(path):
    text = path.read_text(encoding="utf-8")
    fast = yamlload._load_fast(path, text)
    assert fast is not None
    assert _lines(fast) == _lines(_slow(path, text))


@pytest.mark.skipif(yamlload._FastLoader is None, reason="PyYAML built without libyaml")
@pytest.mark.parametrize("text", [
    "rules: [on, off, yes, no, true]\nx: 1\n",
    "a:\n  - b: 1\n    c: [1, 2]\n  - 'on'\n",
    "k: v\nk: w\n",  # duplicate key
    "a: [1\n",  # unclosed list
    "a: b: c\n",
    "- [x\n- y\n",
])
def test_same_result_or_same_error_with_and_without_libyaml(text, tmp_path, monkeypatch):
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")

    def outcome():
        try:
            return ("ok", _lines(yamlload.load_yaml(path)))
        except Exception as exc:  # noqa: BLE001
            return ("error", type(exc).__name__, str(exc))

    fast = outcome()
    monkeypatch.setattr(yamlload, "_FastLoader", None)
    assert fast == outcome()
