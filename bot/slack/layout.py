"""Answers that always fit: an :class:`Answer` laid out as Slack messages, within every limit.

Slack refuses a message whose blocks hold more than roughly 12,000-13,000 characters of text
in total (``msg_blocks_too_long``, FACTS.md) even when every block is within its own limit,
and escaping grows the text ("R&D" becomes "R&amp;D"). Everything here is measured after
escaping, against ``TEXT_BUDGET``, well below the refusal:

- The answer text goes into sections of at most 3,000 characters and, when it is too long for
  one message, onto pages ("Part 1 of 3") posted one after another. Beyond ``MAX_PAGES`` the
  first page is followed by the whole answer as a file.
- Sources: all of them with their quotes when they are few and fit; otherwise the five
  strongest (title, date, link) and a "Show all sources" button (a modal, or a file).
- Every page exists at three levels with the same text, which delivery tries in turn when
  Slack refuses one: FULL, COMPACT (compact sources), PLAIN (no blocks at all).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from bot.slack.blocks import (
    MAX_BLOCKS,
    MAX_FALLBACK_CHARS,
    Block,
    SlackMessage,
    button,
    context,
    escape_mrkdwn,
    fallback_text,
    feedback_block,
    header,
    mrkdwn,
    render_notice,
    section,
    source_line,
    split_text,
    truncate,
    user_mention,
)
from retrieval.models import Answer, Citation

TEXT_BUDGET = 10_000  # characters of block text a message; Slack refuses from ~12,000
MAX_PAGES = 5
COMPACT_SOURCES = 5
MAX_FULL_SOURCES = 8  # more than this: compact, however short (a wall of quotes helps nobody)
MAX_PLAIN_CHARS = TEXT_BUDGET
MAX_CONTEXT_ELEMENTS = 10
MARKER_RESERVE = 60  # characters kept free on every page for "Part i of n"
SOURCES_ACTION = "show_sources"
ANSWER_ACTIONS_BLOCK = "answer_actions"


class Level(IntEnum):
    FULL = 0
    COMPACT = 1
    PLAIN = 2


@dataclass(frozen=True)
class Attachment:
    """A text file that completes a message (a very long answer, a long source list)."""

    filename: str
    title: str
    content: str


@dataclass(frozen=True)
class AnswerLayout:
    """``pages[level][i]``: page i at each level (every level has the same number of pages)."""

    pages: tuple[tuple[SlackMessage, ...], ...]
    attachment: Attachment | None = None

    @property
    def page_count(self) -> int:
        return len(self.pages[Level.FULL])

    def page(self, index: int, level: Level) -> SlackMessage:
        return self.pages[level][index]


def text_length(value: Any) -> int:
    """Characters of text in blocks: every ``text`` string, however deeply nested."""
    if isinstance(value, list):
        return sum(text_length(item) for item in value)
    if not isinstance(value, dict):
        return 0
    own = len(value["text"]) if isinstance(value.get("text"), str) else 0
    return own + sum(text_length(item) for item in value.values())


def fits(
    blocks: Sequence[Block], *, budget: int = TEXT_BUDGET, max_blocks: int = MAX_BLOCKS
) -> bool:
    return len(blocks) <= max_blocks and text_length(list(blocks)) <= budget


def layout_answer(
    answer: Answer,
    *,
    ref: str | None = None,
    share_action: str | None = None,
    title: str | None = None,
    shared_by: str | None = None,
) -> AnswerLayout:
    """The messages for `answer`. `ref` (the stored answer) enables feedback and "Show all
    sources"; with `share_action` too, a "Share to channel" button."""
    head = [header(title)] if title else []
    pieces = split_text(escape_mrkdwn(answer.text)) or ["_(empty answer)_"]
    cited = sorted(answer.citations, key=lambda c: c.number) if answer.answered else []
    compact = _tail(
        _compact_sources(cited, ref), cited, ref, share_action, shared_by, all_shown=False
    )
    full = _tail(_full_sources(cited), cited, ref, share_action, shared_by, all_shown=True)
    bodies = _paginate(head, pieces, compact)
    attachment = None
    if len(bodies) > MAX_PAGES:
        bodies = [_first_of_many(head, pieces, compact, answer)]
        attachment = answer_file(answer)
    compact_pages = _mark_pages(bodies, tail=compact)
    full_pages = list(compact_pages)
    last = compact_pages[-1][: len(compact_pages[-1]) - len(compact)] + full
    if len(cited) <= MAX_FULL_SOURCES and fits(last):
        full_pages[-1] = last
    texts = [fallback_text(answer.text), *(_page_fallback(page) for page in compact_pages[1:])]
    levels = (
        tuple(SlackMessage(text=t, blocks=p) for t, p in zip(texts, full_pages, strict=True)),
        tuple(SlackMessage(text=t, blocks=p) for t, p in zip(texts, compact_pages, strict=True)),
        tuple(SlackMessage(text=_plain_text(page), blocks=[]) for page in compact_pages),
    )
    return AnswerLayout(pages=levels, attachment=attachment)


def _paginate(head: list[Block], pieces: list[str], tail: list[Block]) -> list[list[Block]]:
    """Sections on pages, each within the budget with room for its marker; `tail` ends the
    last page (or has a page of its own when the last one is full)."""
    pages: list[list[Block]] = []
    current = list(head)
    for piece in pieces:
        block = section(piece)
        if any(b["type"] == "section" for b in current) and not _room([*current, block]):
            pages.append(current)
            current = []
        current.append(block)
    if not _room(current + tail):
        pages.append(current)
        current = []
    pages.append(current + tail)
    return pages


def _room(blocks: list[Block]) -> bool:
    return fits(blocks, budget=TEXT_BUDGET - MARKER_RESERVE, max_blocks=MAX_BLOCKS - 1)


def _first_of_many(
    head: list[Block], pieces: list[str], tail: list[Block], answer: Answer
) -> list[Block]:
    """The one page of an answer too long to page: its start, a note, the tail."""
    note = context(
        f"_This answer is long ({len(answer.text):,} characters, {len(answer.citations)} "
        "sources): the whole of it follows as a file._"
    )
    page = list(head)
    for piece in pieces:
        if not _room([*page, section(piece), note, *tail]):
            break
        page.append(section(piece))
    return [*page, note, *tail]


def _mark_pages(bodies: list[list[Block]], *, tail: list[Block]) -> list[list[Block]]:
    """ "Part i of n" after each page's text (before the sources on the last page)."""
    if len(bodies) == 1:
        return bodies
    count = len(bodies)
    marked = [
        [*page, context(f"_Part {n} of {count}, continued below_")]
        for n, page in enumerate(bodies[:-1], start=1)
    ]
    last = bodies[-1]
    cut = len(last) - len(tail)
    marked.append([*last[:cut], context(f"_Part {count} of {count}_"), *last[cut:]])
    return marked


def _tail(
    sources: list[Block],
    cited: list[Citation],
    ref: str | None,
    share_action: str | None,
    shared_by: str | None,
    *,
    all_shown: bool,
) -> list[Block]:
    tail = list(sources)
    if shared_by:
        tail.append(context(f"Shared by {user_mention(shared_by)}"))
    buttons: list[Block] = []
    if ref and share_action:
        buttons.append(
            button(action_id=share_action, text="Share to channel", value=ref, style="primary")
        )
    if ref and not all_shown and len(cited) > COMPACT_SOURCES:
        buttons.append(
            button(action_id=SOURCES_ACTION, text=f"Show all {len(cited)} sources", value=ref)
        )
    if buttons:
        tail.append({"type": "actions", "block_id": ANSWER_ACTIONS_BLOCK, "elements": buttons})
    if ref:
        tail.append(feedback_block(ref))
    return tail


def _full_sources(cited: list[Citation]) -> list[Block]:
    """ "*Sources*" and one element per source (with its quote), ten elements a block."""
    if not cited:
        return []
    elements = [mrkdwn("*Sources*"), *(mrkdwn(source_line(c)) for c in cited)]
    return [
        {"type": "context", "elements": elements[start : start + MAX_CONTEXT_ELEMENTS]}
        for start in range(0, len(elements), MAX_CONTEXT_ELEMENTS)
    ]


def strongest(cited: Sequence[Citation], count: int = COMPACT_SOURCES) -> list[Citation]:
    """The `count` best-supported sources (ties: lowest number), in number order."""
    best = sorted(cited, key=lambda c: (-c.score, c.number))[:count]
    return sorted(best, key=lambda c: c.number)


def _compact_sources(cited: list[Citation], ref: str | None) -> list[Block]:
    """The strongest sources as one line each (title, date, link), and how many are not shown."""
    if not cited:
        return []
    shown = strongest(cited)
    elements = [mrkdwn("*Sources*"), *(mrkdwn(source_line(c, quote=False)) for c in shown)]
    hidden = len(cited) - len(shown)
    if hidden:
        where = " (button below)" if ref else ""
        elements.append(mrkdwn(f"…and {hidden} more source{'s' * (hidden > 1)}{where}"))
    return [{"type": "context", "elements": elements}]


def _page_fallback(page: list[Block]) -> str:
    """A later page's ``text``: its first section (already escaped), cut to the limit."""
    first = next((b["text"]["text"] for b in page if b["type"] == "section"), "(sources)")
    pieces = split_text(first, MAX_FALLBACK_CHARS - 1)
    return pieces[0] if len(pieces) == 1 else pieces[0] + "…"


def _plain_text(page: list[Block]) -> str:
    """The page as text only, for when Slack refuses its blocks."""
    lines: list[str] = []
    for block in page:
        if block["type"] in ("section", "header"):
            lines.append(block["text"]["text"])
        elif block["type"] == "context":
            lines.extend(element["text"] for element in block["elements"])
    text = "\n\n".join(lines)
    return text if len(text) <= MAX_PLAIN_CHARS else split_text(text, MAX_PLAIN_CHARS - 1)[0] + "…"


def sources_text(answer: Answer) -> str:
    """Every source as plain text: number, title, date, link and quote."""
    lines: list[str] = []
    for c in sorted(answer.citations, key=lambda c: c.number):
        lines.append(f"[{c.number}] {c.title or c.source}" + (f" — {c.date}" if c.date else ""))
        lines.append(f"    {c.url or c.source}")
        if c.quote.strip():
            lines.append(f"    “{' '.join(c.quote.split())}”")
    return "\n".join(lines)


def answer_file(answer: Answer) -> Attachment:
    """The whole answer and its sources, for an answer too long to page through."""
    content = f"Question: {answer.question}\n\n{answer.text}\n\nSources\n\n{sources_text(answer)}\n"
    return Attachment(
        filename="answer.txt",
        title=truncate(f"Answer: {answer.question or 'AllianceBot'}", 200),
        content=content,
    )


def sources_file(answer: Answer) -> Attachment:
    return Attachment(
        filename="sources.txt",
        title=truncate(f"Sources: {answer.question or 'AllianceBot'}", 200),
        content=f"Sources for: {answer.question}\n\n{sources_text(answer)}\n",
    )


def notice_layout(text: str) -> AnswerLayout:
    """A notice (hint, error) as a one-page layout; the caller escapes untrusted parts."""
    message = render_notice(text)
    plain_message = SlackMessage(text=text[:MAX_PLAIN_CHARS], blocks=[])
    return AnswerLayout(pages=((message,), (message,), (plain_message,)))
