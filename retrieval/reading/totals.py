"""Counts stated through a noun of quantity: "bring to 34 the number of countries it serves",
"the number of its stores is 120", "raising the total of its banks to 28".

A noun such as "number" takes what it counts as its "of" complement, and its value comes as
the goal of the verb acting on it ("to 34") or as the attribute of a copula whose subject it
is; the figure then counts the complement's noun though it modifies no word of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns whose "of" complement is what they count.
QUANTITY_NOUNS = frozenset({"number", "total", "count", "tally"})


def counts_through_a_total(span: Span, noun: Token) -> bool:
    """The figure gives the value of a quantity noun counting `noun` ("the number of
    countries")."""
    quantity = _quantity_of(noun)
    if quantity is None or not span.root.like_num:
        return False
    root = span.root
    if quantity.dep_ == "nsubj" and root.dep_ == "attr":
        return root.head.i == quantity.head.i  # "the number of its stores is 120"
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ == "to"
        and preposition.head.i == quantity.head.i
        and quantity.dep_ in ("dobj", "nsubjpass")  # "raised the number ... to 34"
    )


def _quantity_of(noun: Token) -> Token | None:
    """The quantity noun whose "of" complement `noun` is."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    quantity = of.head
    return quantity if quantity.lemma_.lower() in QUANTITY_NOUNS else None
