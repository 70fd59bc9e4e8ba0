"""A threshold asked: "above what price can it match a bid" asks the bound a figure must
pass, which a sentence gives by a comparative ("a competing offer of more than 23 dlrs",
"bids above 23 dlrs"); a plain figure ("its 21 dlr offer") is an amount, not that bound.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.kinds import AMOUNT_ANSWERS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from retrieval.reading.asking import Part

# Prepositions asking a bound: "above what price", "below what level", "beyond what".
# ("over" and "under" are left out: "over what period", "under what name".)
BOUND_PREPOSITIONS = frozenset({"above", "below", "beyond"})
# Words bounding a figure in a sentence: "more than", "over", "at least", "up to", ...
BOUNDING_WORDS = frozenset(
    "more less fewer than over above below under beyond exceed exceeding least most".split()
)
# How far before a figure its bounding words reach ("of more than 23 dlrs").
_REACH = 3


def asks_a_bound(part: Part) -> bool:
    """The part asks the amount a figure must pass or stay within."""
    return part.kind in AMOUNT_ANSWERS and part.preposition in BOUND_PREPOSITIONS


def unbounded(span: Span) -> bool:
    """The figure is given plainly: no comparative bounds it, neither before it ("more
    than 23 dlrs", "at least 5 pct") nor as the preposition it is the object of ("above
    23 dlrs")."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in BOUNDING_WORDS:
        return False
    before = span.doc[max(span.start - _REACH, 0) : span.start]
    inside = [t for t in span if not t.like_num]
    return not any(t.lower_ in BOUNDING_WORDS for t in [*before, *inside])


def below_the_bound(span: Span, part: Part) -> bool:
    """The part asks a bound and the figure is given plainly: not the bound asked."""
    return asks_a_bound(part) and unbounded(span)
