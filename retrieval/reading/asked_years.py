"""The years and months a question part names, and amounts an article states for another.

A time adjunct restricts what a sentence states: "a deficit of 29.3 billion dlrs for
fiscal 1988" is no answer to "what deficit is projected for fiscal 1989", however close
its words, nor is "its load factor for April was 43.8 pct" to "its February load factor".
A year right after an amount ("26.1 billion dlrs in 1991") is the one it is stated for,
wherever the parser hung it; otherwise the year nearest it in the parse (a month alike).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from retrieval.nlp.patterns import MONTH_NAMES
from retrieval.reading.anchors import distance
from retrieval.text import YEAR_PATTERN

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Each written form of a month, capitalised as newswire writes it ("May" the month, not the
# modal), to its abbreviation: "February", "Feb" -> "Feb"; "Sept" -> "Sep".
_MONTH_FORMS = {
    form: name[:3].capitalize()
    for name in MONTH_NAMES
    for form in (name.capitalize(), name[:3].capitalize())
} | {"Sept": "Sep"}
# Tokens between an amount and a year that belongs to it at most ("in fiscal 1989").
_RIGHT_AFTER = 3


@cache  # read once per part, not once per sentence parsed for it
def asked_years(text: str) -> frozenset[str]:
    """The four-digit years written in a part ("for fiscal 1989", "in 2004")."""
    return frozenset(YEAR_PATTERN.findall(text))


@cache
def asked_months(text: str) -> frozenset[str]:
    """The months a part names ("its February load factor"), by their first three letters."""
    return frozenset(month for word in text.split() if (month := _month(word)))


def _month(word: str) -> str | None:
    """ "February", "Feb.", "Feb" -> "Feb"; None for any other word ("Mayor")."""
    return _MONTH_FORMS.get(word.strip(",;:?!()'\"").rstrip("."))


def for_another_year(amount: Span, years: frozenset[str]) -> bool:
    """The year the amount is stated for (within a date) is not an asked one."""
    if not years:
        return False
    nearest = _nearest_date_word(amount, lambda text: bool(YEAR_PATTERN.fullmatch(text)))
    return nearest is not None and nearest.text not in years


def for_another_month(amount: Span, months: frozenset[str]) -> bool:
    """The month the amount is stated for is not an asked one: "its load factor for April
    was 43.8 pct" is no February load factor."""
    if not months:
        return False
    nearest = _nearest_date_word(amount, lambda text: _month(text) is not None)
    return nearest is not None and _month(nearest.text) not in months


def _nearest_date_word(amount: Span, wanted: Callable[[str], bool]) -> Token | None:
    """The word of a date outside the amount that it is stated for: right after it ("26.1
    billion dlrs in 1991"), wherever the parser hung it; otherwise the nearest in the parse."""
    stated = [
        token
        for entity in amount.doc.ents
        if entity.label_ == "DATE" and not (entity.start <= amount.root.i < entity.end)
        for token in entity
        if wanted(token.text)
    ]
    if not stated:
        return None
    after = [token for token in stated if 0 <= token.i - amount.end < _RIGHT_AFTER]
    return after[0] if after else min(stated, key=lambda t: distance(amount.root, t))


def asked_periods(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The years and the months a part names."""
    return asked_years(text), asked_months(text)


def for_another_period(amount: Span, periods: tuple[frozenset[str], frozenset[str]]) -> bool:
    """The amount is stated for another year or another month than the part names."""
    years, months = periods
    return for_another_year(amount, years) or for_another_month(amount, months)
