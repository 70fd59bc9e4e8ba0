"""The years a question part names, and amounts an article states for another year.

A time adjunct restricts what a sentence states: "a deficit of 29.3 billion dlrs for
fiscal 1988" is no answer to "what deficit is projected for fiscal 1989", however close
its words. A year right after an amount ("26.1 billion dlrs in 1991") is the one it is
stated for, wherever the parser hung it; otherwise the year nearest it in the parse.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from retrieval.reading.anchors import distance

if TYPE_CHECKING:
    from spacy.tokens import Span

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Tokens between an amount and a year that belongs to it at most ("in fiscal 1989").
_RIGHT_AFTER = 3


@cache  # read once per part, not once per sentence parsed for it
def asked_years(text: str) -> frozenset[str]:
    """The four-digit years written in a part ("for fiscal 1989", "in 2004")."""
    return frozenset(_YEAR.findall(text))


def for_another_year(amount: Span, years: frozenset[str]) -> bool:
    """The year the amount is stated for (within a date) is not an asked one."""
    if not years:
        return False
    stated = [
        token
        for entity in amount.doc.ents
        if entity.label_ == "DATE" and not (entity.start <= amount.root.i < entity.end)
        for token in entity
        if _YEAR.fullmatch(token.text)
    ]
    if not stated:
        return False
    after = [token for token in stated if 0 <= token.i - amount.end < _RIGHT_AFTER]
    nearest = after[0] if after else min(stated, key=lambda t: distance(amount.root, t))
    return nearest.text not in years
