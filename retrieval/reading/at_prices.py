"""A price said by "at" on what is bought or sold: "to buy rice at 85 dlrs CAF", "an
option to buy 100,000 shares at 34 dlrs". A total is paid "for" goods; "at" gives what
each unit of them costs, so the amount answers a price asked per unit even where the
unit is said elsewhere ("per tonne" in the sentence before). Only goods, not a firm or a
thing a determiner picks out: "acquired the unit at 20 mln dlrs" is a whole's price.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from retrieval.reading.asked_names import SCALE_WORDS
from retrieval.reading.asked_rates import asks_total

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from retrieval.reading.asking import Part

# Verbs of trading goods whose "at" gives a unit price; not "trade" or "value" ("traded
# at 34 dlrs" is a market price, "valued at" a worth), which other modules weigh.
TRADE_VERBS = frozenset(
    "buy sell purchase acquire offer bid import export tender repurchase supply".split()
)

# Words that may stand between the amount's noun and the "at" ("85 U.S. dlrs CAF").
_INSIDE = frozenset({"compound", "nmod", "amod", "nummod"})


def priced_at(span: Span) -> bool:
    """The amount is the object of "at" hung on a verb of trading goods, or on its
    object ("buy wheat at 85 dlrs"), whose goods are a bare or counted common noun. A sum
    in millions is a total however said ("bought 20 pct of Halden at 50 mln dlrs")."""
    if a_scaled_sum(span):
        return False
    prep = _at_above(span.root)
    if prep is None:
        return False
    verb = prep.head if prep.head.pos_ in ("VERB", "AUX") else prep.head.head
    if verb.lemma_.lower() not in TRADE_VERBS:
        return False
    return any(_goods(c) for c in verb.children if c.dep_ == "dobj")


def _at_above(token: Token) -> Token | None:
    """The "at" whose object phrase holds the token."""
    for _ in range(3):
        if token.dep_ == "pobj":
            return token.head if token.head.lower_ == "at" else None
        if token.dep_ not in _INSIDE:
            return None
        token = token.head
    return None


def _goods(noun: Token) -> bool:
    """A common noun said of goods by kind or count ("wheat", "100,000 shares"), not one a
    determiner or possessor picks out ("the unit", "its stake")."""
    if noun.pos_ != "NOUN":
        return False
    picked = any(c.dep_ in ("det", "poss") for c in noun.children)
    counted = any(c.dep_ == "nummod" for c in noun.children)
    return counted or not picked


# Prices a security's terms set for each unit of it: a conversion, exercise, strike or
# subscription price is what one share costs on converting or subscribing, never a total.
# Only the phrase itself: "exercised its option" or "in total" asks no such price.
_SECURITY_PRICE = re.compile(r"\b(?:conversion|exercise|strike|subscription)\s+price\b", re.I)


def asks_a_securitys_price(part: Part) -> bool:
    """ "What conversion price is on the new preferreds?": a security's price named, no
    total asked. It only rules out sums in millions (a_scaled_sum); a price of one share
    is not favoured over an unscaled sum with no unit."""
    if part.focus != "price" or asks_total(part.text):
        return False
    return bool(_SECURITY_PRICE.search(part.text))


def a_scaled_sum(span: Span) -> bool:
    """A sum in millions or billions ("32.5 mln dlrs"): a total, no price of one share.
    Meant for MONEY spans, where a scale word can only be the sum's own."""
    return any(t.lower_ in SCALE_WORDS for t in span)
