"""The price of a deal names its sides: "Texaco's purchase price of 10 billion dlrs for
Getty". A price is what one side pays (or asks) for a thing, so a deal noun compounded under
"price" is that deal, said of its price: whose price it is, is whose purchase (or sale) it
is, and what the price is "for" is what changes hands ("its purchase of Getty"). The price's
"of" is the amount, never the thing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token


def priced_slot(noun: Token, slot: str) -> list[Token]:
    """A deal noun's possessor or thing ("of"), read off the price it classifies."""
    price = noun.head
    if noun.dep_ != "compound" or price.lemma_.lower() != "price":
        return []
    # only a price that is someone's names a side: "the purchase price for each share" is
    # the terms of whatever deal the sentence is about, not a deal of its own
    owners = [t for c in price.children if c.dep_ == "poss" for t in with_conjuncts(c)]
    if slot == "poss":
        return owners
    if slot != "of" or not owners:
        return []
    # "a price of 10 billion dlrs for Getty": the parse may hang "for" on the amount
    amounts = [g for c in price.children if c.lower_ == "of" for g in c.children]
    return prep_objects(price, "for") or [t for a in amounts for t in prep_objects(a, "for")]
