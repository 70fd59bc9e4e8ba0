"""Block Kit primitives: escaping, safe links, text splitting, source lines, buttons.

Answers are laid out into messages by bot.slack.layout; this module holds the pieces.
Everything that came from an article or a user is escaped for mrkdwn, so a title such as
``<!channel>`` or ``<https://evil|click>`` shows as text instead of pinging or linking, and
mrkdwn objects are ``verbatim`` so Slack does not auto-link bare ``@here`` either. Only
http(s) URLs become links. Slack limits: 3,000 characters per section text, 10 elements per
context block, 50 blocks per message (layout.py adds the limit on the total).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from retrieval.models import Citation

Block = dict[str, Any]

MAX_SECTION_CHARS = 3000
MAX_BLOCKS = 50
MAX_CONTEXT_ELEMENTS = 10
MAX_FALLBACK_CHARS = 3000
MAX_TITLE_CHARS = 200
MAX_QUOTE_CHARS = 280
MAX_URL_CHARS = 1000
MAX_HEADER_CHARS = 150

FEEDBACK_UP = "feedback_up"
FEEDBACK_DOWN = "feedback_down"
SHARE_SUMMARY = "share_summary"
FEEDBACK_ACTION = "answer_feedback"  # the feedback_buttons element (value "up:<ref>"/"down:<ref>")

BROADCAST = re.compile(r"(?<![\w.])@(channel|here|everyone)\b", re.IGNORECASE)
SLACK_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")
URL_SAFE_CHARS = ":/?#[]@!$&'()*+,;=%~-._"


@dataclass(frozen=True)
class SlackMessage:
    """What chat.postMessage / respond take: a plain-text fallback and Block Kit blocks."""

    text: str
    blocks: list[Block] = field(default_factory=list)


def escape_mrkdwn(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as markup, and defuse broadcasts."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # A word joiner after "@" keeps "@channel" readable but never a notification.
    return BROADCAST.sub(lambda match: "@\u2060" + match.group(1), escaped)


def safe_url(url: str | None) -> str | None:
    """An http(s) URL made safe to put inside ``<url|label>``, or None."""
    if not url:
        return None
    candidate = url.strip()
    parts = urlsplit(candidate)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    # Percent-encode what would end the link or start markup ("|", ">", "<", spaces...).
    encoded = quote(candidate, safe=URL_SAFE_CHARS).replace("&", "&amp;")
    return encoded if len(encoded) <= MAX_URL_CHARS else None


def truncate(text: str, limit: int) -> str:
    """`text` on one line, cut to `limit` characters, ending with an ellipsis when cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def split_text(text: str, limit: int = MAX_SECTION_CHARS) -> list[str]:
    """Split (already escaped) text into pieces of at most `limit` characters.

    Breaks at a paragraph, line, sentence or word when one is in the second half of the
    window; a hard cut never lands inside an ``&amp;`` entity or a ``[n]`` marker.
    """
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = _cut_point(rest, limit)
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def _cut_point(text: str, limit: int) -> int:
    window = text[:limit]
    for separator in ("\n\n", "\n", ". ", " "):
        at = window.rfind(separator)
        if at > limit // 2:
            return at + len(separator)
    cut = limit
    for opener, closer in (("&", ";"), ("[", "]")):
        at = window.rfind(opener, max(0, limit - 8))
        if at > 0 and closer not in window[at:]:
            cut = min(cut, at)
    return cut


def mrkdwn(text: str) -> Block:
    """A mrkdwn text object Slack will not auto-link (`verbatim`)."""
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def section(text: str) -> Block:
    return {"type": "section", "text": mrkdwn(text)}


def source_line(citation: Citation, *, quote: bool = True) -> str:
    """``[n] <url|title> — date`` (or ``— source`` without a URL) and the quote below
    (unless `quote` is False: the compact form)."""
    title = escape_mrkdwn(truncate(citation.title or citation.source, MAX_TITLE_CHARS))
    url = safe_url(citation.url)
    parts = [f"[{citation.number}] " + (f"<{url}|{title}>" if url else title)]
    if citation.date:
        parts.append(escape_mrkdwn(truncate(citation.date, 40)))
    if not url:
        parts.append(escape_mrkdwn(truncate(citation.source, MAX_TITLE_CHARS)))
    line = " — ".join(parts)
    if quote and citation.quote.strip():
        line += f"\n“{escape_mrkdwn(truncate(citation.quote, MAX_QUOTE_CHARS))}”"
    return line


def button(*, action_id: str, text: str, value: str, style: str | None = None) -> Block:
    element: Block = {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": text, "emoji": True},
        "value": value,
    }
    if style:
        element["style"] = style
    return element


def plain(text: str) -> Block:
    """A plain_text object (headers, button labels, modal titles)."""
    return {"type": "plain_text", "text": text, "emoji": True}


def header(text: str) -> Block:
    return {"type": "header", "text": plain(truncate(text, MAX_HEADER_CHARS))}


def feedback_block(ref: str) -> Block:
    """Slack's native 👍/👎 (feedback_buttons in a context_actions block) for answer `ref`."""
    return {
        "type": "context_actions",
        "block_id": "answer_feedback",
        "elements": [
            {
                "type": "feedback_buttons",
                "action_id": FEEDBACK_ACTION,
                "positive_button": {
                    "text": plain("Helpful"),
                    "accessibility_label": "Mark this answer as helpful",
                    "value": f"up:{ref}",
                },
                "negative_button": {
                    "text": plain("Not helpful"),
                    "accessibility_label": "Mark this answer as not helpful and say why",
                    "value": f"down:{ref}",
                },
            }
        ],
    }


def context(text: str) -> Block:
    """A context block with one mrkdwn element (notes, attributions, page markers)."""
    return {"type": "context", "elements": [mrkdwn(text)]}


def user_mention(user_id: str) -> str:
    """``<@U123>`` for a well-formed user id, else the id as escaped text."""
    return f"<@{user_id}>" if SLACK_USER_ID.match(user_id) else escape_mrkdwn(user_id)


def fallback_text(text: str) -> str:
    """The plain ``text`` of the message: notifications, screen readers, thread history."""
    escaped = escape_mrkdwn(text.strip()) or "(empty answer)"
    pieces = split_text(escaped, MAX_FALLBACK_CHARS - 1)
    return pieces[0] if len(pieces) == 1 else pieces[0] + "…"


def render_notice(text: str) -> SlackMessage:
    """A plain message (errors, hints, reports); the caller escapes any untrusted part."""
    return SlackMessage(
        text=text, blocks=[section(piece) for piece in split_text(text)][:MAX_BLOCKS]
    )
