"""bot.slack.blocks: pure Answer -> Block Kit, table-tested, plus properties of the splitter."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.slack.blocks import (
    MAX_BLOCKS,
    MAX_CONTEXT_ELEMENTS,
    MAX_SECTION_CHARS,
    escape_mrkdwn,
    render_answer,
    safe_url,
    source_line,
    split_text,
)
from retrieval.models import Answer
from tests.fakes import answer_for, citation


def check_limits(blocks: list[dict[str, Any]]) -> None:
    assert len(blocks) <= MAX_BLOCKS
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= MAX_SECTION_CHARS
            assert block["text"]["verbatim"] is True
        if block["type"] == "context":
            assert len(block["elements"]) <= MAX_CONTEXT_ELEMENTS
            assert all(len(e["text"]) <= MAX_SECTION_CHARS for e in block["elements"])


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("plain", "plain"),
        ("a & b", "a &amp; b"),
        ("<!channel>", "&lt;!channel&gt;"),
        ("<@U123>", "&lt;@U123&gt;"),
        ("<https://evil|click>", "&lt;https://evil|click&gt;"),
        ("&lt; already", "&amp;lt; already"),
        ("ping @here and @Channel", "ping @\u2060here and @\u2060Channel"),
        ("email@here.com", "email@here.com"),
    ],
)
def test_escape_mrkdwn(raw: str, escaped: str) -> None:
    assert escape_mrkdwn(raw) == escaped


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.com/a?b=1&c=2", "https://example.com/a?b=1&amp;c=2"),
        ("http://example.com/x y", "http://example.com/x%20y"),
        ("https://example.com/a|b>c<d", "https://example.com/a%7Cb%3Ec%3Cd"),
        ("javascript:alert(1)", None),
        ("ftp://example.com/file", None),
        ("mailto:someone@example.com", None),
        ("https://", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url(url: str | None, safe: str | None) -> None:
    assert safe_url(url) == safe


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {},
            "[1] <https://news.example.com/geely-volvo|Geely and Volvo deepen their alliance>"
            " — 2024-03-01\n“Geely and Volvo agreed to share electric platforms.”",
        ),
        (
            {"url": None, "date": None, "quote": ""},
            "[1] Geely and Volvo deepen their alliance — seeds/001_geely.txt",
        ),
        (
            {"url": "javascript:x", "title": "<b>", "quote": " "},
            "[1] &lt;b&gt; — 2024-03-01 — seeds/001_geely.txt",
        ),
    ],
)
def test_source_line(changes: dict[str, object], expected: str) -> None:
    assert source_line(citation(1, **changes)) == expected


def test_an_answer_renders_text_sources_and_feedback_buttons() -> None:
    answer = answer_for(
        "q",
        text="Geely works with Volvo [1] and Renault [2].",
        citations=[citation(2, title="Renault deal"), citation(1)],
    )
    message = render_answer(answer, feedback_ref="0123456789abcdef")
    types = [block["type"] for block in message.blocks]
    assert types == ["section", "context", "actions"]
    assert message.blocks[0]["text"]["text"] == "Geely works with Volvo [1] and Renault [2]."
    elements = [e["text"] for e in message.blocks[1]["elements"]]
    assert elements[0] == "*Sources*"
    assert elements[1].startswith("[1] ") and elements[2].startswith("[2] ")  # sorted by number
    buttons = message.blocks[2]["elements"]
    assert [(b["action_id"], b["value"]) for b in buttons] == [
        ("feedback_up", "0123456789abcdef"),
        ("feedback_down", "0123456789abcdef"),
    ]
    assert message.text == "Geely works with Volvo [1] and Renault [2]."
    check_limits(message.blocks)


def test_a_refusal_renders_plainly_without_sources() -> None:
    refusal = Answer(
        question="q",
        text="I could not find that in the articles.",
        answered=False,
        citations=[citation()],
    )
    message = render_answer(refusal)
    assert [block["type"] for block in message.blocks] == ["section"]
    assert "Sources" not in json.dumps(message.blocks)


def test_a_long_answer_is_split_within_limits_and_markers_survive() -> None:
    sentence = "Geely and Volvo share platforms & engines [1]. "
    answer = answer_for("q", text=sentence * 400)  # ~19,000 characters before escaping
    message = render_answer(answer, feedback_ref="0123456789abcdef")
    check_limits(message.blocks)
    sections = [b["text"]["text"] for b in message.blocks if b["type"] == "section"]
    assert len(sections) > 5
    assert all(s.endswith("[1].") for s in sections)
    assert len(message.text) <= 3000 and message.text.endswith("…")


def test_a_huge_answer_is_shortened_to_50_blocks_and_says_so() -> None:
    answer = answer_for("q", text="word " * 60_000, citations=[citation(n) for n in range(1, 46)])
    message = render_answer(
        answer,
        feedback_ref="0123456789abcdef",
        share_ref="0123456789abcdef",
        title="Alliance summary: everything",
        shared_by="U1",
    )
    check_limits(message.blocks)
    assert len(message.blocks) == MAX_BLOCKS
    assert "answer shortened" in json.dumps(message.blocks)
    assert "and 5 more sources" in json.dumps(message.blocks)
    assert message.blocks[0]["type"] == "header"
    assert message.blocks[-1]["type"] == "actions"


def test_share_and_attribution() -> None:
    message = render_answer(answer_for("q"), share_ref="aaaaaaaaaaaaaaaa", shared_by="U0ABC")
    text = json.dumps(message.blocks)
    assert "share_summary" in text and "Shared by <@U0ABC>" in text
    forged = render_answer(answer_for("q"), shared_by="<!channel>")
    assert "&lt;!channel&gt;" in json.dumps(forged.blocks)


@given(
    st.text(alphabet=st.sampled_from(list("ab &<>[]1.\n ")), max_size=2000),
    st.integers(min_value=20, max_value=400),
)
def test_split_text_keeps_everything_within_the_limit(text: str, limit: int) -> None:
    escaped = escape_mrkdwn(text)
    pieces = split_text(escaped, limit)
    assert all(0 < len(piece) <= limit for piece in pieces)
    assert "".join(pieces).replace(" ", "").replace("\n", "") == (
        escaped.strip().replace(" ", "").replace("\n", "")
    )
    for piece in pieces:  # never a cut inside an entity
        assert not piece.endswith(("&", "&a", "&am", "&amp", "&l", "&lt", "&g", "&gt"))
