"""A threshold asked: "above what price can it match a bid" asks the bound a figure must
pass, which a sentence gives by a comparative ("a competing offer of more than 23 dlrs",
"bids above 23 dlrs"); a plain figure ("its 21 dlr offer") is an amount, not that bound.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.kinds import AMOUNT_ANSWERS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from retrieval.reading.asking import Part

# Prepositions asking a bound: "above what price", "below what level", "beyond what".
# ("over" and "under" are left out: "over what period", "under what name".)
BOUND_PREPOSITIONS = frozenset({"above", "below", "beyond"})
# Words bounding a figure in a sentence, as lemmas (and forms, for "more"/"fewer"): "more
# than", "over", "at least", or a verb passing it ("a bid that tops 23 dlrs").
BOUNDING_WORDS = frozenset(
    """more less few fewer than over above below under beyond exceed least most top
    surpass""".split()
)
# Nouns naming a bound: a figure they are given as ("the floor is 23 dlrs", "a floor of
# 23 dlrs", "a 23 dlr cap") is the bound itself.
BOUND_NOUNS = frozenset("floor minimum maximum ceiling cap limit threshold".split())
# How far before a figure its bounding words reach ("of more than 23 dlrs").
_REACH = 3


def asks_a_bound(part: Part) -> bool:
    """The part asks the amount a figure must pass or stay within."""
    return part.kind in AMOUNT_ANSWERS and part.preposition in BOUND_PREPOSITIONS


def _bounds(token: Token) -> bool:
    return bool({token.lower_, token.lemma_.lower()} & BOUNDING_WORDS)


def _named_a_bound(root: Token) -> bool:
    """The figure is given as a bound noun: its head ("a 23 dlr cap"), its appositive,
    the noun it is "of" ("a floor of 23 dlrs"), or the other side of its copula ("23 dlrs
    is the floor", "the floor is 23 dlrs")."""
    head = root.head
    near = [head, *root.children]
    if head.lower_ == "of":
        near.append(head.head)
    if head.lemma_.lower() == "be":
        near += [c for c in head.children if c.dep_ in ("attr", "nsubj")]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in BOUND_NOUNS for t in near)


def unbounded(span: Span) -> bool:
    """The figure is given plainly: no comparative bounds it, neither before it ("more
    than 23 dlrs", "at least 5 pct") nor as the preposition or verb it is the object of
    ("above 23 dlrs", "tops 23 dlrs"), nor is it given as a bound ("the floor")."""
    root = span.root
    if (root.dep_ in ("pobj", "dobj") and _bounds(root.head)) or _named_a_bound(root):
        return False
    before = span.doc[max(span.start - _REACH, 0) : span.start]
    inside = [t for t in span if not t.like_num]
    return not any(_bounds(t) for t in [*before, *inside])


def below_the_bound(span: Span, part: Part) -> bool:
    """The part asks a bound and the figure is given plainly: not the bound asked."""
    return asks_a_bound(part) and unbounded(span)
