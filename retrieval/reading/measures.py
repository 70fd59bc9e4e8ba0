"""The value a sentence gives a measure: "a maximum rate of 6,800 barrels", "sales of 914.1
mln dlrs". What is asked as "what rate" is answered in whatever unit the article uses,
which the asked noun's usual kind (a rate as a percentage) does not foresee. Only a noun
of an amount has a value so given: "the purchase of 2.5 mln shares" buys the shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.kinds import AMOUNT_ANSWERS
from retrieval.reading.question_syntax import kind_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Entities that can be a measure's value.
VALUE_LABELS = frozenset({"QUANTITY", "CARDINAL", "MONEY", "PERCENT"})


def values_of(doc: Doc, noun: str) -> list[Span]:
    """The entities an "of" after the noun gives as its value."""
    return [e for e in doc.ents if e.label_ in VALUE_LABELS and value_of(entity=e, noun=noun)]


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
