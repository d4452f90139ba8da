"""Plain text and Markdown drafts through `inputs.load`: decoding, refusals, masked regions."""
from __future__ import annotations

import codecs

import pytest

from tone_lint import inputs, markdown, quotes
from tone_lint.errors import InputError
from inputs_helpers import FIXTURES


def words(src) -> list[str]:
    return src.text.split()


@pytest.mark.parametrize(
    "data",
    [
        "Déjà vu, à cause de vous.\n".encode("utf-8"),
        codecs.BOM_UTF8 + "Déjà vu, à cause de vous.\n".encode("utf-8"),
        codecs.BOM_UTF16_LE + "Déjà vu, à cause de vous.\n".encode("utf-16-le"),
        codecs.BOM_UTF16_BE + "Déjà vu, à cause de vous.\n".encode("utf-16-be"),
        "Déjà vu, à cause de vous.\n".encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "cp1252"],
)
def test_text_encodings_decode_to_the_same_text_and_columns(data):
    src = inputs.load(data, "draft.txt")
    assert (src.kind, src.display) == ("text", "Déjà vu, à cause de vous.\n")
    start = src.text.index("à cause")
    assert src.position(start) == (1, 10)
    assert src.position(start, "byte") == (1, 12)


def test_legacy_8bit_that_does_not_read_as_text_is_refused():
    data = b"Header\n" + bytes(range(0x80, 0x100)) * 4
    with pytest.raises(InputError) as exc:
        inputs.load(data, "weird.txt")
    assert str(exc.value) == (
        "weird.txt: neither UTF-8 nor text in a legacy 8-bit encoding (byte 0x80 on line 2); save it as UTF-8"
    )


def test_binary_is_refused_with_a_hint_for_bomless_utf16():
    with pytest.raises(InputError) as exc:
        inputs.load((FIXTURES / "binary.txt").read_bytes(), "binary.txt")
    assert str(exc.value) == "binary.txt: binary file (contains NUL bytes), not a text draft"
    with pytest.raises(InputError) as exc:
        inputs.load("Bonjour à tous\n".encode("utf-16-le"), "d.txt")
    assert str(exc.value).endswith("(UTF-16 without a byte-order mark?)")


def test_signature_and_quotes_in_a_plain_text_draft():
    text = "Hi,\n\nMy words.\n\n> their angry words\n>> older words\nMore of mine.\n-- \nAlice, AGAIN\n"
    src = inputs.load(text.encode(), "d.txt")
    assert words(src) == ["Hi,", "My", "words.", "More", "of", "mine."]
    assert len(src.text) == len(text) and src.text.count("\n") == text.count("\n")


@pytest.mark.parametrize(
    "tail",
    [
        "-----Original Message-----\nFrom: Bob\nSent: Monday\nYou never answer!!!\n",
        "________________________________\nFrom: Bob <bob@x.example>\nSent: Monday, June 3\nAGAIN\n",
        "De : Paul <paul@x.example>\nEnvoyé : lundi 3 juin 2024\nÀ : moi\nObjet : J'en ai marre\n",
        "---------- Forwarded message ---------\nFrom: Bob\nBecause of you\n",
        "-------- Message transféré --------\nSujet : à cause de vous\n",
        "Begin forwarded message:\n\nYou never answer\n",
        "On Mon, Jun 3, 2024 at 10:00 AM Bob Client <bob@client.example>\nwrote:\n\nYou never answer\n",
        "Le lun. 3 juin 2024 à 10:00, Paul Martin <paul@x.example> a\u00a0écrit\u00a0:\nJ'en ai marre\n",
        "Sent from my iPhone\n",
        "Envoyé de mon iPhone\n",
    ],
    ids=["outlook", "outlook-rule", "outlook-fr", "gmail-fwd", "fr-fwd", "apple-fwd", "wrapped-attribution",
         "fr-attribution", "mobile", "mobile-fr"],
)
def test_what_is_not_the_writers_voice_is_masked(tail):
    text = "Thanks, I will look today.\n\n" + tail
    assert inputs.load(text.encode(), "d.txt").text.split() == ["Thanks,", "I", "will", "look", "today."]


def test_interleaved_reply_keeps_the_answers():
    text = (
        "On 3 Jun 2024, Bob <bob@x.example> wrote:\n> Can you send the files?\n\nYes, today.\n\n"
        "> And the invoice?\nTomorrow.\n"
    )
    assert quotes.spans(text) and inputs.load(text.encode(), "d.txt").text.split() == ["Yes,", "today.", "Tomorrow."]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the files arrive.\nYou wrote: the files are late.\n",  # no quote under it
        "Our sign-off --\nis below.\n",
        "Call me on 06 12 34 56 78 if needed.\n",
    ],
)
def test_prose_that_merely_resembles_quotes_is_kept(text):
    assert quotes.spans(text) == []


def test_markdown_fixture_masks_exactly_the_non_prose():
    text = (FIXTURES / "draft.md").read_text("utf-8")
    src = inputs.load(text.encode(), "draft.md")
    lines = src.text.split("\n")
    assert lines[0:3] == ["   ", " " * len("title: You never answer"), "   "]
    assert lines[7:10] == ["     ", " " * len('echo "AGAIN!!!"   # a fenced block is code'), "   "]
    assert lines[11].strip() == ""
    assert lines[13] == (
        "Run                  to see the log, or read [the notes, AGAIN]"
        + " " * len('(https://example.com/You-never-answer "AGAIN")') + "."
    )
    assert lines[15].strip() == ""
    assert lines[16] == "See also [the plan]" + " " * len("[per-my-last-email]") + "."
    assert lines[18].strip() == ""


@pytest.mark.parametrize(
    "text, kept",
    [
        ("~~~\ncode\n~~~~\nafter\n", ["after"]),
        ("````\n```\nstill code\n````\nafter\n", ["after"]),
        ("```\nunclosed fence\n", []),
        ("para\n    not code: continues the paragraph\n", ["para", "not", "code:", "continues", "the", "paragraph"]),
        ("para\n\n\tcode with a tab\n\nafter\n", ["para", "after"]),
        ("1. item\n\n   more of the item\n", ["1.", "item", "more", "of", "the", "item"]),
        ("- item\n\n      code in a list\n", ["-", "item"]),
        ("``code with ` inside`` and <https://x.example> <b>bold</b>\n", ["and", "bold"]),
        ("<!--\nmulti-line\ncomment -->\nafter\n", ["after"]),
        ("+++\ntitle = 'x'\n+++\nbody\n", ["body"]),
        ("text ---\n---\nnot front matter\n", ["text", "---", "---", "not", "front", "matter"]),
        ("![alt words](img.png) and [nested (parens)](http://x/(a)) end\n",
         ["![alt", "words]", "and", "[nested", "(parens)]", "end"]),
    ],
)
def test_markdown_spans(text, kept):
    from tone_lint.source import mask

    assert mask(text, markdown.spans(text)).split() == kept


def test_html_draft_is_read_as_its_text_with_file_positions():
    data = b"<html><body>\n<p>Hi&nbsp;Bob,</p>\n<p>The launch slipped <em>because of you</em>.</p>\n</body></html>\n"
    src = inputs.load(data, "draft.html")
    assert src.kind == "html"
    assert words(src) == ["Hi", "Bob,", "The", "launch", "slipped", "because", "of", "you."]
    start = src.text.index("because")
    assert src.position(start) == (3, 27)
    assert src.position(start + len("because of you"), end=True) == (3, 41)
    assert src.position(src.text.index("Bob")) == (2, 12)


def test_a_bare_patch_file_lints_only_the_commit_message():
    text = (
        "commit 0123456789abcdef0123456789abcdef01234567\nAuthor: Ann <ann@example.com>\n"
        "Date:   Mon Jun 3 10:00:00 2024 +0200\n\n    Retry the upload because of you\n\n"
        "diff --git a/a.py b/a.py\n-# You never answer\n+# AGAIN\n"
    )
    src = inputs.load(text.encode(), "fix.diff")
    assert src.kind == "patch"
    assert words(src) == ["Retry", "the", "upload", "because", "of", "you"]
    assert src.position(src.text.index("because")) == (5, 22)


def test_outlook_and_thunderbird_html_replies_keep_only_the_new_text():
    data = (
        b'<html><body><div>Thanks, I will check today.</div>\n<hr><div id="divRplyFwdMsg"><b>From:</b> Bob '
        b"&lt;bob@x.example&gt;<br><b>Sent:</b> Monday, June 3, 2024 10:00<br><b>To:</b> Ann</div>\n"
        b"<div>You never answer my emails!!!</div>\n"
        b'<div class="moz-cite-prefix">On 03/06/2024 10:00, Bob wrote:<br></div><blockquote type="cite">AGAIN'
        b"</blockquote>\n</body></html>\n"
    )
    assert words(inputs.load(data, "reply.html")) == ["Thanks,", "I", "will", "check", "today."]


@pytest.mark.parametrize(
    "closing,signature",
    [
        ("With kind regards,", "Clara Whitmore\nMITI, Whitmore Language Services\n"),
        ("Cheers,", "The Green Thumb team\nGREEN THUMB LTD\n"),
        ("Bien à vous,", "Marie Dupont\nCPA, BUREAU DURAND\n06 12 34 56 78\n"),
        ("Cordialement", "Jean-Luc Roy\n"),
    ],
)
def test_a_signature_block_under_a_closing_is_masked(closing, signature):
    text = f"Hi Tom,\n\nThe files are late.\n\n{closing}\n{signature}"
    src = inputs.load(text.encode(), "d.txt")
    assert src.text == text[: len(text) - len(signature)] + "".join(c if c == "\n" else " " for c in signature)


@pytest.mark.parametrize(
    "tail",
    [
        "Cheers,\nBob\n\nP.S. You NEVER pay on time\n",  # a postscript is the writer's voice
        "Thanks,\nYou never answer my emails.\n",  # a sentence, not a signature
        "Thanks,\nYou NEVER answer my emails\n",  # not a name
        "Items still missing,\n- floor plan\n- photos\n",  # a list under a comma
        "Regards,\nBob\nI will call you about the INVOICE tomorrow\nand the rest of the job on Friday, as agreed\n"
        "with your foreman, who knows the site\nand the neighbours\nand the parking rules\nand the gate code\n",
    ],
    ids=["postscript", "sentence", "not-a-name", "list", "too-long"],
)
def test_what_follows_a_closing_is_kept_unless_it_is_a_signature(tail):
    text = "Hi,\n\nDone.\n\n" + tail
    assert quotes.spans(text) == []
