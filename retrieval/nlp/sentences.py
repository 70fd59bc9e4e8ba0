"""Sentence boundaries for newswire prose, from spaCy's tokenizer.

The tokenizer's exceptions keep abbreviations whole ("Calif.", "S.A.", "U.S.", "Inc."),
so a full stop that ends a sentence is a token of its own. A sentence ends at such a token
(with any closing quotes or brackets after it) when the next token can open a sentence, and
never inside brackets or inside a quotation, so a quote is never cut. A paragraph break
always ends a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from retrieval.nlp.pipeline import shared_tokenizer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

TERMINALS = frozenset({".", "!", "?", "...", "…"})
OPENING = frozenset({"(", "[", "{"})
CLOSING = frozenset({")", "]", "}"})
QUOTES = frozenset({'"', "“", "”", "''", "``"})
# An unbalanced quote must not glue the rest of an article into one sentence.
MAX_QUOTED_TOKENS = 120


@dataclass(frozen=True)
class SentenceSpan:
    start: int  # character offsets into the text
    end: int

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]


def split_sentences(text: str) -> list[str]:
    return [span.text_of(text) for span in sentence_spans(text)]


def sentence_spans(text: str) -> list[SentenceSpan]:
    spans: list[SentenceSpan] = []
    for paragraph_start, paragraph in _paragraphs(text):
        doc = shared_tokenizer().tokens(paragraph)
        for start, end in _boundaries(doc):
            spans.append(SentenceSpan(paragraph_start + start, paragraph_start + end))
    return spans


def _paragraphs(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            found.append((offset + line.index(stripped[0]), stripped))
        offset += len(line) + 1
    return found


def _boundaries(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence in a one-paragraph doc."""
    found: list[tuple[int, int]] = []
    start = 0
    depth = 0
    quoted_since: int | None = None
    index = 0
    while index < len(doc):
        token = doc[index]
        depth = _bracket_depth(token, depth)
        quoted_since = _quote_state(token, quoted_since, index)
        if _may_end(doc, index, depth, quoted_since):
            end = _after_closers(doc, index + 1)
            following = _skip_spaces(doc, end)
            if following >= len(doc) or _opens_sentence(doc[following]):
                last = doc[end - 1]
                found.append((doc[start].idx, last.idx + len(last.text)))
                start, index, depth, quoted_since = following, following, 0, None
                continue
        index += 1
    if start < len(doc):
        last = doc[len(doc) - 1]
        found.append((doc[start].idx, last.idx + len(last.text)))
    return found


def _may_end(doc: Doc, index: int, depth: int, quoted_since: int | None) -> bool:
    """A full stop outside brackets and quotes, or a quote/bracket closed after one."""
    quoted = quoted_since is not None and index - quoted_since < MAX_QUOTED_TOKENS
    if depth > 0 or quoted:
        return False
    text = doc[index].text
    if text in TERMINALS:
        return True
    closes = text in CLOSING or text in QUOTES
    return closes and index > 0 and doc[index - 1].text in TERMINALS


def _skip_spaces(doc: Doc, index: int) -> int:
    while index < len(doc) and doc[index].is_space:
        index += 1
    return index


def _bracket_depth(token: Token, depth: int) -> int:
    if token.text in OPENING:
        return depth + 1
    if token.text in CLOSING:
        return max(depth - 1, 0)
    return depth


def _quote_state(token: Token, quoted_since: int | None, index: int) -> int | None:
    if token.text not in QUOTES:
        return quoted_since
    if token.text in {"“", "``"}:
        return index
    if token.text in {"”", "''"}:
        return None
    return index if quoted_since is None else None  # a straight quote toggles


def _after_closers(doc: Doc, index: int) -> int:
    """Skip the closing quotes and brackets that belong to the sentence just ended."""
    while index < len(doc) and (doc[index].text in CLOSING or doc[index].text in QUOTES):
        if doc[index].text in QUOTES and index + 1 < len(doc) and not doc[index].whitespace_:
            # a quote glued to the next word opens the next sentence
            break
        index += 1
    return index


def _opens_sentence(token: Token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or token.text in QUOTES or token.text in OPENING
