"""bot.slack.blocks: escaping, safe links, source lines, the splitter (answers: test_layout.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.slack.blocks import escape_mrkdwn, safe_url, source_line, split_text
from tests.fakes import citation


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


def test_the_compact_source_line_has_no_quote() -> None:
    assert source_line(citation(1), quote=False) == (
        "[1] <https://news.example.com/geely-volvo|Geely and Volvo deepen their alliance>"
        " — 2024-03-01"
    )


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
