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
    """Each answer in the characters of `original`, the text `doc` was parsed from."""
    if doc.text == original:
        return answers
    written = []
    for answer in answers:
        at = doc.text.find(answer.text)
        same = original[at : at + len(answer.text)] if at >= 0 else ""
        changed = same != answer.text and same.lower() == answer.text.lower()
        written.append(replace(answer, text=same) if changed else answer)
    return written
