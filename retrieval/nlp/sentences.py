"""Sentence boundaries for newswire prose, from spaCy's tokenizer.

The tokenizer's exceptions keep abbreviations whole ("Calif.", "S.A.", "U.S.", "Inc."),
so a full stop that ends a sentence is a token of its own. A sentence ends at such a token
(with any closing quotes or brackets after it) when the next word can open a sentence, and
never inside brackets or inside a quotation, so a quote is never cut. A paragraph break
always ends a sentence.

Only the places where a sentence could end are examined (a terminal mark followed by a
space), and only the word there is tokenized, so segmenting is cheap: it runs on every
article at ingest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.nlp.names import COMPANY_FORMS
from retrieval.nlp.pipeline import shared_pipeline, shared_tokenizer

TERMINALS = frozenset({".", "!", "?", "...", "…"})
# A terminal mark, the closing quotes and brackets after it, then a space or the end.
_CANDIDATE = re.compile(r"[.!?…]+[\"”’')\]}]*(?=\s|$)")
_STRAIGHT_QUOTE = '"'
# An unbalanced quote must not glue the rest of an article into one sentence.
MAX_QUOTED_CHARS = 700


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
        for start, end in _boundaries(paragraph):
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


def _boundaries(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence in one paragraph."""
    found: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        if _ends_here(text, start=start, mark=match.start(), end=end):
            found.append((start, end))
            start = _next_start(text, end)
    if start < len(text.rstrip()):
        found.append((start, len(text.rstrip())))
    return found


def _ends_here(text: str, *, start: int, mark: int, end: int) -> bool:
    following = _next_start(text, end)
    if not _opens_sentence(text, following):
        return False  # "5.5 pct. on Jan. 5": a lower-case word goes on
    # last, as it may tag the words after a legal form's stop
    if not _stop_of_its_own(text, mark) and not _closes_a_name(text, mark, following):
        return False  # the stop belongs to a word: "Calif.", "S.A.", "5.5"
    return not _inside(text[start:end]) or _left_open(text[start:end], text, following)


def _stop_of_its_own(text: str, mark: int) -> bool:
    """Does the tokenizer split the mark from the word before it?"""
    word_start = text.rfind(" ", 0, mark) + 1
    word = text[word_start : mark + 1]
    tokens = shared_tokenizer().tokens(word)
    return len(tokens) > 0 and tokens[-1].text in TERMINALS


def _closes_a_name(text: str, mark: int, following: int) -> bool:
    """A legal form's stop ("sold it to Allied Stores Corp. Halden paid ..."): the tokenizer
    keeps it with the word, yet newswire writes the form bare inside a sentence ("Allied
    Stores Corp said"), so the stop ends one when a clause of its own follows; not when the
    name goes on ("Co. Ltd", "Inc. <CVX>", "Robert Co. Brown and Co Inc's unit") or a
    phrase of the same sentence does ("Corp. In Europe to make ..."). Forms spelt as
    initials ("S.A.", "N.V.") also open names ("N.V. Philips") and are left whole."""
    word = text[text.rfind(" ", 0, mark) + 1 : mark]
    if word.lower() not in COMPANY_FORMS or not word[:1].isupper():
        return False
    return not _name_goes_on(text, following) and _a_clause_at(text, following)


def _name_goes_on(text: str, following: int) -> bool:
    """Another legal form ("Co. Limited (CATL) signed") or the short form the name defines
    in brackets ("Co., Ltd. (BMC) signed") is still the name, whatever verb comes after."""
    if text[following : following + 1] in ("(", "["):
        return True
    word = text[following:].split(maxsplit=1)[0] if text[following:].strip() else ""
    return word.rstrip(".,").lower() in COMPANY_FORMS


# Tags of a finite verb: a clause has one, a name or a phrase has none.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_CHARS = 300


def _a_clause_at(text: str, start: int) -> bool:
    """Does the text from `start` to its next stop hold a finite verb? Only these few
    places are tagged (a legal form's stop), so segmenting stays cheap."""
    piece = text[start : start + _CLAUSE_CHARS]
    stop = _CANDIDATE.search(piece)
    piece = piece[: stop.end()] if stop else piece
    if not piece.strip():
        return False
    doc = shared_pipeline().parse([piece])[0]
    return any(token.tag_ in FINITE_TAGS for token in doc)


def _inside(sentence: str) -> bool:
    """Within brackets, or within a quotation (a quote left open for long is a stray)."""
    if _in_brackets(sentence):
        return True
    if sentence.count("“") > sentence.count("”") and len(sentence) < MAX_QUOTED_CHARS:
        return True
    return sentence.count(_STRAIGHT_QUOTE) % 2 == 1 and len(sentence) < MAX_QUOTED_CHARS


def _left_open(sentence: str, text: str, following: int) -> bool:
    """A quotation opens after the stop while one is open before it ('... used for. "This
    deal ...'): one straight quote cannot open inside another, so the first was never
    closed, and the stop ends its sentence (brackets still hold)."""
    opening = text[following : following + 1] == _STRAIGHT_QUOTE
    return (
        opening and not text[following + 1 : following + 2].isspace() and not _in_brackets(sentence)
    )


def _in_brackets(sentence: str) -> bool:
    return sentence.count("(") > sentence.count(")") or sentence.count("[") > sentence.count("]")


def _next_start(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _opens_sentence(text: str, index: int) -> bool:
    if index >= len(text):
        return True
    first = text[index]
    return first.isupper() or first.isdigit() or first in "\"“'‘([{"
