"""Words of lengths of time: the units, and the words before "a year" that make it one.

"Complete the process in a year", "for a month", "take a week": the indefinite article
counts one unit of time there. Elsewhere "a year" is a rate ("20 mln dlrs a year") or part
of a time ("a year ago").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.patterns import MONTH_NAMES
from retrieval.reading.kinds import TIME_UNITS as UNIT_LEMMAS
from retrieval.registry.relative_dates import WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The units as written, singular and plural ("18 months", "a year").
TIME_UNITS = UNIT_LEMMAS | frozenset(f"{unit}s" for unit in UNIT_LEMMAS)
SPAN_WORDS = frozenset({"in", "for", "within", "over", "take", "takes", "took"})
_MONTHS = frozenset(MONTH_NAMES)
_WEEKDAYS = frozenset(WEEKDAYS)
_YEAR_DIGITS = 4


def counts_time(token: Token) -> bool:
    """A number counting units of time ("18 months", "two-year"), not a part of a date:
    a month's day ("the year ended March seven") or a year ("ending in March, 1988") name a
    time, whatever unit stands beside them."""
    if not token.like_num:
        return False
    if token.text.isdigit() and len(token.text) == _YEAR_DIGITS:
        return False
    doc = token.doc
    beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return not any(t.lower_ in _MONTHS for t in (*beside, token.head))


def names_a_day(entity: Span) -> bool:
    """A date headed by a day of the week names that day ("on Wednesday , June 3"): a day
    is a time, not a length of one. A length running up to a weekday is still a length
    ("three days to Friday", "two weeks ending Friday"): the unit comes first there."""
    days = [token.i for token in entity if token.lower_ in _WEEKDAYS]
    units = [token.i for token in entity if token.lower_ in TIME_UNITS]
    return bool(days) and (not units or days[0] < units[0])


def one_unit(doc: Doc, start: int) -> bool:
    """The article at `start` counts one unit of time: "in a year", "for a month"."""
    return (
        0 < start < len(doc) - 1
        and doc[start - 1].lower_ in SPAN_WORDS
        and doc[start].lower_ in {"a", "an"}
        and doc[start + 1].lower_ in TIME_UNITS
    )
