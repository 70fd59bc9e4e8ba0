"""Answers as the article writes them.

A sentence is parsed as `newswire.for_parsing` gives it, of the same length but not always
the same characters ("93.86 U.S. Dlrs" is parsed as "93.86 U.S. dlrs"). An answer read off
the parse is given back in the article's own characters, so that it is quoted verbatim.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from retrieval.reading.spans import Candidate


def as_written(answers: list[Candidate], doc: Doc, original: str) -> list[Candidate]:
    """Each answer in the characters of `original`, the text `doc` was parsed from: the
    answer's own tokens' place, or (an answer rewritten from its tokens) its text's first
    place."""
    if doc.text == original:
        return answers
    written = []
    for answer in answers:
        start = doc[answer.start].idx if answer.end > answer.start else -1
        if start < 0 or doc.text[start : start + len(answer.text)] != answer.text:
            start = doc.text.find(answer.text)
        same = original[start : start + len(answer.text)] if start >= 0 else ""
        changed = same != answer.text and same.lower() == answer.text.lower()
        written.append(replace(answer, text=same) if changed else answer)
    return written
