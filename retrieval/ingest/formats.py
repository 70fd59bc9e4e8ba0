"""Document structure shared by every format (the HTML parser is in `html_pages`).

Lines are unwrapped into paragraphs, the headline is found (or derived) and the body cleaned
with :mod:`retrieval.ingest.cleaning`. Parsers raise :class:`SkipError` naming the problem
when content cannot become an article; :mod:`retrieval.ingest.documents` turns it into a
``SkippedInput``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.ingest.cleaning import (
    boilerplate_kind,
    clean_body,
    collapse,
    find_date,
    is_header_meta,
    is_headline,
    strip_inline_junk,
)

TITLE_MAX_CHARS = 120  # titles derived from a first sentence are cut here


_TERMINAL = (".", "!", "?", '"', "”", "’", ")", "]", "。", "！", "？")
_LIST_ITEM = re.compile(r"\s*(?:[-*+•·▪]|\d{1,3}[.)])\s")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_TITLE_SITE_SUFFIX = (  # " | KrASIA", " - Financial Times", " — example.com"
    re.compile(r"\s+[|｜]\s+[^|｜]{1,40}$"),
    re.compile(r"\s+[-–—]\s+(?:[A-Z][\w.&']*|[a-z0-9-]+\.[a-z]{2,})(?:\s[A-Z][\w.&']*){0,2}$"),
)
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.IGNORECASE)


class SkipError(Exception):
    """Content that cannot become an article; ``reason`` names the problem."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ParsedDoc:
    """A parsed, cleaned document before it gets its source-derived id and hash."""

    title: str
    text: str
    date: str | None = None
    url: str | None = None


def finish(
    paragraphs: Sequence[str],
    *,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    no_text: str = "no body text besides the title",
    date_from_text: bool = True,
) -> ParsedDoc:
    """Find the title (unless given) and date, clean the body, and refuse an empty result."""
    if date is None and date_from_text:
        date = find_date(paragraphs)
    body: Sequence[str] = paragraphs
    if not title:
        title, body = split_title(paragraphs)
    kept = clean_body(body, title=title)
    if not title or not kept:
        raise SkipError(no_text)
    return ParsedDoc(title=title, text="\n\n".join(kept), date=date, url=url)


def clean_title(title: str) -> str:
    """Strip tracking notices and a ' | Site' (or ' - Site Name') suffix from a headline."""
    title = strip_inline_junk(collapse(title))
    for pattern in _TITLE_SITE_SUFFIX:
        shorter = pattern.sub("", title)
        if shorter != title and shorter.count(" ") >= 3:
            return shorter.strip()
    return title


def split_title(paragraphs: Sequence[str]) -> tuple[str, list[str]]:
    """Title and remaining paragraphs for text without a title field.

    Leading widgets, datelines and a site-name line ("eastwest connect") before the headline
    are dropped. When the first paragraph is not headline-like, its first sentence (shortened)
    is the title and the paragraph stays in the body.
    """
    rest = list(paragraphs)
    while rest:
        first = strip_inline_junk(rest[0])
        site_name = _is_site_name(first) and len(rest) > 1 and is_headline(rest[1])
        if first and not (site_name or boilerplate_kind(first) or is_header_meta(first)):
            break
        rest.pop(0)
    if not rest:
        return "", []
    first = clean_title(rest[0])
    if first and is_headline(first):
        return first, rest[1:]
    return first_sentence(rest[0]), rest


def _is_site_name(paragraph: str) -> bool:
    if len(paragraph) > 40 or paragraph.count(" ") > 3 or any(c.isdigit() for c in paragraph):
        return False
    return paragraph.islower() or bool(_DOMAIN.match(paragraph))


def first_sentence(paragraph: str, *, limit: int = TITLE_MAX_CHARS) -> str:
    """The first sentence of a paragraph, cut at a word boundary to at most ``limit`` chars."""
    sentence = _SENTENCE_END.split(paragraph, maxsplit=1)[0].strip()
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-")
    return f"{cut}…"


def to_paragraphs(text: str) -> list[str]:
    """Split normalized text into single-spaced paragraphs, unwrapping hard line breaks.

    Blank lines and indented lines start a paragraph. When the text is hard-wrapped (newswire,
    PDF, e-mail) lines are joined back into paragraphs; otherwise every line is a paragraph.
    """
    lines = [line.rstrip() for line in text.split("\n")]
    width = _wrap_width(lines)
    # Newswire style: paragraphs start with an indent, so every other line continues one.
    indented = bool(width) and any(line[:1].isspace() for line in lines[1:] if line)
    paragraphs: list[str] = []
    current: list[str] = []
    previous = ""
    for line in lines:
        if not line:
            _flush(current, paragraphs)
        elif current and width and _continues(previous, line, width, indented=indented):
            current.append(line.strip())
        else:
            _flush(current, paragraphs)
            current.append(line.strip())
        previous = line
    _flush(current, paragraphs)
    return paragraphs


def _wrap_width(lines: Sequence[str]) -> int:
    """Typical line width when the text looks hard-wrapped (a line breaks mid-sentence), else 0."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 3 or sum(length > 100 for length in lengths) > len(lengths) // 10:
        return 0  # paragraphs are lines already
    width = lengths[int(0.9 * (len(lengths) - 1))]
    for before, after in itertools.pairwise(lines):
        if not before.strip() or not after[:1].isalpha() or before.endswith(_TERMINAL):
            continue
        if after[0].islower() or (before[-1].islower() and len(before) >= 0.8 * width):
            return width
    return 0


def _continues(previous: str, line: str, width: int, *, indented: bool) -> bool:
    """Whether ``line`` continues the paragraph that ``previous`` belongs to."""
    if line[0].isspace() or _LIST_ITEM.match(line):
        return False
    if indented:
        return True
    if previous.endswith(_TERMINAL):  # a sentence ending well short of the margin ends a paragraph
        return len(previous) >= 0.85 * width
    short = len(previous) < 0.6 * width  # a short unfinished line is a heading, unless ...
    return not short or line[0].islower() or previous.endswith((",", ";", ":", "-"))


def _flush(current: list[str], paragraphs: list[str]) -> None:
    if not current:
        return
    text = current[0]
    for piece in current[1:]:
        hyphenated = text.endswith("-") and text[-2:-1].isalpha() and piece[:1].islower()
        text = f"{text}{piece}" if hyphenated else f"{text} {piece}"
    paragraphs.append(collapse(text))
    current.clear()


def http_url(value: str | None) -> str | None:
    """``value`` if it is an absolute http(s) URL, else None."""
    return value if value and value.startswith(("http://", "https://")) else None
