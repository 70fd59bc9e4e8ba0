"""Pure formatting: an :class:`Answer` to a Slack message (Block Kit plus plain fallback).

Everything that came from an article or a user is escaped for mrkdwn, so a title such as
``<!channel>`` or ``<https://evil|click>`` shows as text instead of pinging or linking, and
mrkdwn objects are ``verbatim`` so Slack does not auto-link bare ``@here`` either. Only
http(s) URLs become links. Slack limits honoured: 3,000 characters per section text, 10
elements per context block, 50 blocks per message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from retrieval.models import Answer, Citation

Block = dict[str, Any]

MAX_SECTION_CHARS = 3000
MAX_BLOCKS = 50
MAX_CONTEXT_ELEMENTS = 10
MAX_SOURCES = 40
MAX_FALLBACK_CHARS = 3000
MAX_TITLE_CHARS = 200
MAX_QUOTE_CHARS = 280
MAX_URL_CHARS = 1000
MAX_HEADER_CHARS = 150

FEEDBACK_UP = "feedback_up"
FEEDBACK_DOWN = "feedback_down"
SHARE_SUMMARY = "share_summary"

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


def source_line(citation: Citation) -> str:
    """``[n] <url|title> — date`` (or ``— source`` without a URL) and the quote below."""
    title = escape_mrkdwn(truncate(citation.title or citation.source, MAX_TITLE_CHARS))
    url = safe_url(citation.url)
    parts = [f"[{citation.number}] " + (f"<{url}|{title}>" if url else title)]
    if citation.date:
        parts.append(escape_mrkdwn(truncate(citation.date, 40)))
    if not url:
        parts.append(escape_mrkdwn(truncate(citation.source, MAX_TITLE_CHARS)))
    line = " — ".join(parts)
    if citation.quote.strip():
        line += f"\n“{escape_mrkdwn(truncate(citation.quote, MAX_QUOTE_CHARS))}”"
    return line


def sources_blocks(citations: list[Citation]) -> list[Block]:
    """Context blocks: "*Sources*" then one element per citation, 10 elements a block."""
    ordered = sorted(citations, key=lambda citation: citation.number)
    elements = [mrkdwn("*Sources*")]
    elements += [mrkdwn(source_line(citation)) for citation in ordered[:MAX_SOURCES]]
    if len(ordered) > MAX_SOURCES:
        elements.append(mrkdwn(f"…and {len(ordered) - MAX_SOURCES} more sources"))
    return [
        {"type": "context", "elements": elements[start : start + MAX_CONTEXT_ELEMENTS]}
        for start in range(0, len(elements), MAX_CONTEXT_ELEMENTS)
    ]


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


def actions_block(*, feedback_ref: str | None, share_ref: str | None) -> Block | None:
    """👍/👎 buttons carrying the answer's reference, plus "Share to channel" when asked."""
    elements: list[Block] = []
    if share_ref:
        elements.append(
            button(
                action_id=SHARE_SUMMARY, text="Share to channel", value=share_ref, style="primary"
            )
        )
    if feedback_ref:
        elements.append(button(action_id=FEEDBACK_UP, text="👍 Helpful", value=feedback_ref))
        elements.append(button(action_id=FEEDBACK_DOWN, text="👎 Not helpful", value=feedback_ref))
    return (
        {"type": "actions", "block_id": "answer_actions", "elements": elements}
        if elements
        else None
    )


def user_mention(user_id: str) -> str:
    """``<@U123>`` for a well-formed user id, else the id as escaped text."""
    return f"<@{user_id}>" if SLACK_USER_ID.match(user_id) else escape_mrkdwn(user_id)


def render_answer(
    answer: Answer,
    *,
    feedback_ref: str | None = None,
    share_ref: str | None = None,
    title: str | None = None,
    shared_by: str | None = None,
) -> SlackMessage:
    """The message for an answer; a refusal (answered=False) renders plainly, no sources."""
    head: list[Block] = []
    if title:
        head.append(
            {
                "type": "header",
                "text": {"type": "plain_text", "text": truncate(title, MAX_HEADER_CHARS)},
            }
        )
    tail: list[Block] = []
    if answer.answered and answer.citations:
        tail += sources_blocks(answer.citations)
    if shared_by:
        tail.append(
            {"type": "context", "elements": [mrkdwn(f"Shared by {user_mention(shared_by)}")]}
        )
    actions = actions_block(feedback_ref=feedback_ref, share_ref=share_ref)
    if actions:
        tail.append(actions)
    body = answer_sections(answer.text, budget=MAX_BLOCKS - len(head) - len(tail))
    return SlackMessage(text=fallback_text(answer.text), blocks=head + body + tail)


def answer_sections(text: str, *, budget: int) -> list[Block]:
    """Sections for the answer text, at most `budget` of them (the last one says it is cut)."""
    pieces = split_text(escape_mrkdwn(text)) or ["_(empty answer)_"]
    if len(pieces) > budget:
        note = "\n_…answer shortened to fit in Slack._"
        last = pieces[budget - 1][: MAX_SECTION_CHARS - len(note)]
        pieces = [*pieces[: budget - 1], last + note]
    return [section(piece) for piece in pieces]


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
