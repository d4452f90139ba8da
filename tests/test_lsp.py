"""`tone-lint lsp`: a real server in a subprocess, spoken to in LSP JSON-RPC over stdio."""
from __future__ import annotations

import time

import pytest

from lsp_client import LspClient

pytest.importorskip("pygls")

# The emoji before the findings is 1 character but 2 UTF-16 units and 4 UTF-8 bytes; the
# curly apostrophe and the accents are 1 UTF-16 unit and 2 or 3 bytes each.
FR_DRAFT = "Bonjour 😀 l’équipe, j’en ai marre de vos retards !!!\nVous ne répondez JAMAIS à mes messages.\n"
# 0-based UTF-16 (line, character) ranges of the findings in FR_DRAFT.
ANGER = ((0, 21), (0, 34))  # "j’en ai marre": 20 characters in, 21 UTF-16 units
EXCLAMATION = ((0, 49), (0, 53))  # " !!!"
SHOUTING = ((1, 17), (1, 23))  # "JAMAIS"


def rng(r):
    (l0, c0), (l1, c1) = r
    return {"start": {"line": l0, "character": c0}, "end": {"line": l1, "character": c1}}


def by_code(published):
    return {d["code"]: d for d in published["diagnostics"]}


@pytest.fixture(scope="module")
def server():
    client = LspClient()
    client.capabilities = client.initialize(options={"debounceMs": 0})["capabilities"]
    yield client
    assert client.stop() == 0


def code_actions(server, uri, at):
    response, _ = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": rng((at, at)), "context": {"diagnostics": []}})
    return response["result"]


def test_initialize_advertises_utf16_incremental_sync_and_quickfixes(server):
    caps = server.capabilities
    assert caps["positionEncoding"] == "utf-16"
    assert caps["textDocumentSync"]["openClose"] is True
    assert caps["textDocumentSync"]["change"] == 2  # incremental
    assert "save" in caps["textDocumentSync"]
    assert caps["codeActionProvider"]["codeActionKinds"] == ["quickfix"]


def test_open_publishes_exact_utf16_ranges_severity_code_and_instead(server):
    uri = "file:///drafts/open.txt"
    server.open(uri, FR_DRAFT)
    published = server.diagnostics(uri)
    assert published["version"] == 1
    found = by_code(published)
    assert found["emotional.anger"]["range"] == rng(ANGER)
    assert found["emotional.exclamation-run"]["range"] == rng(EXCLAMATION)
    assert found["emotional.shouting"]["range"] == rng(SHOUTING)
    for diag in published["diagnostics"]:
        assert diag["source"] == "tone-lint"
        assert diag["severity"] == 2  # every one of these rules is a warning
        assert "\ninstead: " in diag["message"]


def test_incremental_change_moves_ranges_by_utf16_units(server):
    uri = "file:///drafts/change.txt"
    server.open(uri, FR_DRAFT)
    server.diagnostics(uri)
    # Insert another emoji (2 units) and a space right after the first one.
    server.change(uri, 2, [{"range": rng(((0, 10), (0, 10))), "text": "🙂 "}])
    published = server.diagnostics(uri)
    assert published["version"] == 2
    found = by_code(published)
    assert found["emotional.anger"]["range"] == rng(((0, 24), (0, 37)))
    assert found["emotional.exclamation-run"]["range"] == rng(((0, 52), (0, 56)))
    assert found["emotional.shouting"]["range"] == rng(SHOUTING)
    # Delete the shouted word's capitals by replacing it: its diagnostic goes away.
    server.change(uri, 3, [{"range": rng(SHOUTING), "text": "jamais"}])
    published = server.diagnostics(uri)
    assert published["version"] == 3
    assert "emotional.shouting" not in by_code(published)
    assert by_code(published)["emotional.anger"]["range"] == rng(((0, 24), (0, 37)))


def test_code_action_replaces_exclamation_run_with_a_full_stop(server):
    uri = "file:///drafts/fix-bang.txt"
    server.open(uri, FR_DRAFT)
    server.diagnostics(uri)
    actions = code_actions(server, uri, (0, 51))
    assert len(actions) == 1
    action = actions[0]
    assert action["kind"] == "quickfix"
    assert action["diagnostics"][0]["code"] == "emotional.exclamation-run"
    assert action["edit"]["changes"] == {uri: [{"range": rng(EXCLAMATION), "newText": "."}]}


def test_code_action_lowercases_a_shouted_word(server):
    uri = "file:///drafts/fix-caps.txt"
    server.open(uri, FR_DRAFT)
    server.diagnostics(uri)
    actions = code_actions(server, uri, (1, 20))
    assert [a["diagnostics"][0]["code"] for a in actions] == ["emotional.shouting"]
    assert actions[0]["edit"]["changes"] == {uri: [{"range": rng(SHOUTING), "newText": "jamais"}]}


def test_code_actions_honour_the_requested_kinds(server):
    uri = "file:///drafts/fix-kinds.txt"
    server.open(uri, FR_DRAFT)
    server.diagnostics(uri)
    for only, count in [(["quickfix"], 1), ([""], 1), (["refactor"], 0), (["source.organizeImports"], 0)]:
        response, _ = server.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": rng(((0, 51), (0, 51))),
            "context": {"diagnostics": [], "only": only}})
        assert len(response["result"] or []) == count, only


def test_no_code_action_where_the_rule_has_no_literal_replacement(server):
    uri = "file:///drafts/no-fix.txt"
    server.open(uri, FR_DRAFT)
    server.diagnostics(uri)
    assert code_actions(server, uri, (0, 25)) is None  # inside "j’en ai marre"


def test_code_action_after_a_change_uses_the_new_text(server):
    uri = "file:///drafts/fix-after-change.txt"
    server.open(uri, FR_DRAFT)
    server.diagnostics(uri)
    server.change(uri, 2, [{"text": "Merci 🙏 pour tout ?!\n"}])  # a full-text change
    server.diagnostics(uri)
    actions = code_actions(server, uri, (0, 18))  # the space before "?!", inside the finding
    # French keeps its space before "?": only the marks change ("Merci 🙏 pour tout " is 19 units).
    assert actions[0]["edit"]["changes"] == {uri: [{"range": rng(((0, 19), (0, 21))), "newText": "?"}]}


def test_save_relints_and_close_clears(server):
    uri = "file:///drafts/save.txt"
    server.open(uri, FR_DRAFT)
    server.diagnostics(uri)
    server.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    saved = server.diagnostics(uri)
    assert by_code(saved)["emotional.anger"]["range"] == rng(ANGER)
    server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert server.diagnostics(uri)["diagnostics"] == []


def test_markdown_and_mail_buffers_are_linted(server):
    for uri, language_id in [("file:///drafts/note.md", "markdown"), ("file:///drafts/reply", "mail")]:
        server.open(uri, FR_DRAFT, language_id=language_id)
        assert by_code(server.diagnostics(uri))["emotional.exclamation-run"]["range"] == rng(EXCLAMATION)


def test_other_buffers_are_left_alone(server):
    uri = "file:///project/script.py"
    server.open(uri, "print('STOP!!!')\n", language_id="python")
    # Notifications are handled in order, so a publish would arrive before this response.
    response, before = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": rng(((0, 9), (0, 9))), "context": {"diagnostics": []}})
    assert response["result"] is None
    assert [m for m in before if m.get("method") == "textDocument/publishDiagnostics"] == []


def test_a_buffer_that_cannot_be_linted_is_reported_and_the_server_keeps_serving(server):
    uri = "file:///drafts/binary.txt"
    server.open(uri, "STOP\u0000!!!\n")
    response, before = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": rng(((0, 0), (0, 0))), "context": {"diagnostics": []}})
    published = [m["params"] for m in before if m.get("method") == "textDocument/publishDiagnostics"]
    assert published[0]["uri"] == uri and published[0]["diagnostics"] == []
    logged = [m["params"] for m in before if m.get("method") == "window/logMessage"]
    assert logged[0]["type"] == 1 and "binary.txt" in logged[0]["message"] and "NUL" in logged[0]["message"]
    # and the next buffer is linted as usual
    server.open("file:///drafts/after-binary.txt", FR_DRAFT)
    assert by_code(server.diagnostics("file:///drafts/after-binary.txt"))["emotional.anger"]["range"] == rng(ANGER)


def test_each_change_to_a_300_word_draft_is_answered_for_its_version(server):
    # How fast is bench/run.py's business (timed tests are flaky on a shared machine).
    paragraph = ("Bonjour à toute l’équipe, je vous écris au sujet du projet que nous menons ensemble "
                 "depuis le printemps et des délais de livraison que nous avions fixés lors de la réunion. ")
    text = paragraph * 10 + "J’en ai marre de vos retards !!!\n"
    assert len(text.split()) >= 300
    uri = "file:///drafts/long.txt"
    server.open(uri, text)
    server.diagnostics(uri)
    for version in range(2, 12):
        server.change(uri, version, [{"range": rng(((0, 0), (0, 0))), "text": "x"}])
        published = server.diagnostics(uri)
        assert published["version"] == version
        assert "emotional.anger" in by_code(published)


def test_changes_are_debounced_into_one_lint():
    client = LspClient("--debounce-ms", "150")
    try:
        client.initialize()
        uri = "file:///drafts/typing.txt"
        client.open(uri, "Hello team,\n")
        assert client.diagnostics(uri)["diagnostics"] == []
        start = time.perf_counter()
        for version, (at, word) in enumerate([(0, "I"), (1, " am"), (4, " FURIOUS!!!")], start=2):
            client.change(uri, version, [{"range": rng(((1, at), (1, at))), "text": word}])
        published = client.diagnostics(uri)
        assert time.perf_counter() - start >= 0.15
        assert published["version"] == 4  # the burst of three changes gave one lint, of the last text
        found = by_code(published)
        assert found["emotional.anger"]["range"] == rng(((1, 0), (1, 12)))
        assert found["emotional.exclamation-run"]["range"] == rng(((1, 12), (1, 15)))
        assert client.stop() == 0
    finally:
        client.close()


# "Café " 6 bytes, "☕ " 4, "😀 " 5, "— " 4, "send the files " 15: TODAY starts at byte 34, character 26.
@pytest.mark.parametrize("encoding, shouting, exclamation", [
    ("utf-8", ((0, 34), (0, 39)), ((0, 39), (0, 42))),  # Neovim and Helix ask for this first
    ("utf-32", ((0, 26), (0, 31)), ((0, 31), (0, 34))),  # code points, as newer eglot asks
])
def test_the_position_encoding_the_client_prefers(encoding, shouting, exclamation):
    client = LspClient("--debounce-ms", "0", "--lang", "en")
    try:
        caps = client.initialize({"general": {"positionEncodings": [encoding, "utf-16"]}})["capabilities"]
        assert caps["positionEncoding"] == encoding
        uri = "file:///drafts/units.txt"
        client.open(uri, "Café ☕ 😀 — send the files TODAY!!!\n")
        found = by_code(client.diagnostics(uri))
        assert found["emotional.shouting"]["range"] == rng(shouting)
        assert found["emotional.exclamation-run"]["range"] == rng(exclamation)
        assert client.stop() == 0
    finally:
        client.close()


@pytest.mark.parametrize("text, span, expected", [
    ("Vous trouvez ça normal ?!", " ?!", (23, 25, "?")),  # French keeps its space before "?"
    ("We are late!!!", "!!!", (11, 14, ".")),
    ("Devant une salle fermée\u202f!!!", "\u202f!!!", (23, 27, ".")),  # no space before "."
    ("Je vous l'ai écrit QUATRE fois.", "QUATRE", (19, 25, "quatre")),
    ("Merci. JAMAIS plus.", "JAMAIS", (7, 13, "Jamais")),  # a sentence still starts with a capital
])
def test_fixes(text, span, expected):
    from tone_lint.findings import Finding, Severity
    from tone_lint.lsp.fixes import fix_for

    rule = "emotional.shouting" if span.isalpha() else "emotional.exclamation-run"
    start = text.index(span)
    fix = fix_for(Finding(rule, "emotional", Severity.WARNING, "m", start, start + len(span)), text)
    assert (fix.start, fix.end, fix.new_text) == expected


def test_no_fix_for_rules_without_a_literal_replacement():
    from tone_lint.findings import Finding, Severity
    from tone_lint.lsp.fixes import fix_for

    assert fix_for(Finding("emotional.anger", "emotional", Severity.WARNING, "m", 0, 13), "J'en ai marre.") is None


@pytest.mark.parametrize("args", [["--help"], ["lsp", "--help"]])
def test_help_imports_neither_pygls_nor_spacy(args):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from tone_lint import cli\n"
        f"try:\n    cli.main({args!r})\nexcept SystemExit:\n    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pygls', 'lsprotocol', 'spacy'}), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True)
    assert proc.stderr.decode().strip().splitlines()[-1] == "[]"
    assert b"Usage: tone-lint" in proc.stdout


def test_configuration_is_discovered_and_reloaded_on_save(server, tmp_path):
    """The server reads .tone-lint.yaml as `tone-lint check` does, and again when it is saved."""
    config = tmp_path / ".tone-lint.yaml"
    config.write_text("ignore: [emotional]\n", encoding="utf-8")
    uri = (tmp_path / "draft.txt").as_uri()
    server.open(uri, FR_DRAFT)
    codes = set(by_code(server.diagnostics(uri)))
    assert codes and not any(code.startswith("emotional.") for code in codes)
    config.write_text("severity: {emotional.shouting: error}\n", encoding="utf-8")
    server.notify("textDocument/didSave", {"textDocument": {"uri": config.as_uri()}})
    published = by_code(server.diagnostics(uri))
    assert published["emotional.shouting"]["range"] == rng(SHOUTING)
    assert published["emotional.shouting"]["severity"] == 1  # Error
