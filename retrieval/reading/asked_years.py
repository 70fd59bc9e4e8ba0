"""The years, months, quarters and halves a question part names, and the amounts an article
states for another or for the same.

A time adjunct restricts what a sentence states: "a deficit of 29.3 billion dlrs for
fiscal 1988" is no answer to "what deficit is projected for fiscal 1989", however close
its words, nor is "its load factor for April was 43.8 pct" to "its February load factor".
A year right after an amount ("26.1 billion dlrs in 1991") is the one it is stated for,
wherever the parser hung it; otherwise the year nearest it in the parse (a month alike).
The restriction works both ways: an amount stated for the asked time answers as closely
as one measuring the asked noun ("to 150,000 by 2008" for "what level by 2008").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from retrieval.reading.anchors import distance
from retrieval.registry.event_dates import MONTH_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
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
    return frozenset(_YEAR.findall(text))


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
    nearest = _nearest_date_word(amount, lambda text: bool(_YEAR.fullmatch(text)))
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


# A quarter or a half of a (fiscal) year, as written: "first-quarter", "3rd qtr", "Q4",
# "the second half"; each read as its first letter and number ("q1", "h2").
_PART_OF_YEAR = re.compile(
    r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ](quarter|qtr|half)\b|\bq([1-4])\b",
    re.IGNORECASE,
)
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
_ORDINALS |= {"1st": "1", "2nd": "2", "3rd": "3", "4th": "4"}
_PART_NOUNS = frozenset({"quarter", "qtr", "half"})


@cache
def asked_parts_of_year(text: str) -> frozenset[str]:
    """The quarters and halves a part names ("in the fourth quarter" -> "q4")."""
    return frozenset(_part_key(m) for m in _PART_OF_YEAR.finditer(text))


def _part_key(match: re.Match[str]) -> str:
    if match.group(3):
        return f"q{match.group(3)}"
    unit = "h" if match.group(2).lower() == "half" else "q"
    return f"{unit}{_ORDINALS[match.group(1).lower()]}"


Periods = tuple[frozenset[str], frozenset[str], frozenset[str]]


def asked_periods(text: str) -> Periods:
    """The years, the months and the quarters or halves a part names."""
    return asked_years(text), asked_months(text), asked_parts_of_year(text)


def for_another_period(amount: Span, periods: Periods) -> bool:
    """The amount is stated for another year, month, quarter or half than the part names."""
    years, months, parts = periods
    other_part = bool(parts) and _stated_part(amount) not in (None, *parts)
    return for_another_year(amount, years) or for_another_month(amount, months) or other_part


def for_an_asked_period(amount: Span, periods: Periods) -> bool:
    """The amount is stated for a year, a month, a quarter or a half the part names ("to
    150,000 by 2008" for "what level is it targeting by 2008")."""
    years, months, parts = periods
    year = _nearest_date_word(amount, lambda text: bool(_YEAR.fullmatch(text))) if years else None
    month = _nearest_date_word(amount, lambda text: _month(text) is not None) if months else None
    return (
        (year is not None and year.text in years)
        or (month is not None and _month(month.text) in months)
        or (bool(parts) and _stated_part(amount) in parts)
    )


def _stated_part(amount: Span) -> str | None:
    """The quarter or half the amount is stated for: the one written right after it, else
    the nearest in the parse ("first-quarter net of 45 mln dlrs", "45 mln in the quarter")."""
    stated = [(token, key) for token in amount.doc if (key := _part_at(token))]
    stated = [(t, k) for t, k in stated if not amount.start <= t.i < amount.end]
    if not stated:
        return None
    after = [k for t, k in stated if 0 <= t.i - amount.end < _RIGHT_AFTER + 2]
    return after[0] if after else min(stated, key=lambda s: distance(amount.root, s[0]))[1]


def _part_at(noun: Token) -> str | None:
    """ "quarter" of "first-quarter", "qtr" of "3rd qtr": its key; None for other words."""
    doc = noun.doc
    if noun.lower_ not in _PART_NOUNS or noun.i == 0:
        return None
    before = doc[noun.i - 2] if doc[noun.i - 1].text == "-" and noun.i > 1 else doc[noun.i - 1]
    number = _ORDINALS.get(before.lower_)
    return None if number is None else f"{'h' if noun.lower_ == 'half' else 'q'}{number}"
