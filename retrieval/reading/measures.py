"""The value a sentence gives a measure: "a maximum rate of 6,800 barrels", "sales of 914.1
mln dlrs". What is asked as "what rate" is answered in whatever unit the article uses,
which the asked noun's usual kind (a rate as a percentage) does not foresee. Only a noun
of an amount has a value so given: "the purchase of 2.5 mln shares" buys the shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.kinds import AMOUNT_ANSWERS
from retrieval.reading.noun_kinds import kind_of

if TYPE_CHECKING:
    from spacy.tokens import Span

# Entities that can be a measure's value.
VALUE_LABELS = frozenset({"QUANTITY", "CARDINAL", "MONEY", "PERCENT"})


def value_of(*, entity: Span, noun: str | None) -> bool:
    """The entity is the value an "of" gives the noun ("sales of 914.1 mln dlrs"): the
    asked noun's own measure, as an amount modifying it is ("a 70 pct stake")."""
    if noun is None:
        return False
    root = entity.root
    of = root.head
    return (
        root.dep_ == "pobj"
        and of.lower_ == "of"
        and of.i < root.i
        and of.head.lemma_.lower() == noun
        and kind_of(of.head) in AMOUNT_ANSWERS  # not "the purchase of 2.5 mln shares"
    )


# Entities that quantify a noun they stand before or govern ("12 billion dlrs of debt");
# a percentage "of" a noun is a part of it instead ("20 pct of the shares").
QUANTITY_LABELS = frozenset({"QUANTITY", "CARDINAL", "MONEY"})


def quantifies(*, entity: Span, noun: str | None) -> bool:
    """The entity is an amount of the noun: "12 billion dlrs of debt", "33 mln dlrs in
    financing", "a 5.2 mln stg payment". An amount of money "in" a noun gives the form
    the sum takes, as the question does ("how much in damages")."""
    if noun is None or entity.label_ not in QUANTITY_LABELS:
        return False
    root = entity.root
    governed = [
        o
        for prep in root.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in") and prep.i >= entity.end
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    modified = [root.head] if root.dep_ in ("compound", "nummod", "amod") else []
    return any(t.pos_ == "NOUN" and t.lemma_.lower() == noun for t in governed + modified)
