"""Amounts per party: "how much does each hold", "how will ownership be split" ask one
amount for each of several parties, not a whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.distributive import DISTRIBUTIVE_QUANTIFIERS as DISTRIBUTIVE
from retrieval.reading.kinds import Kind, focus_kind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Words that deal a whole out among several ("how will ownership be split") and
# distributive quantifiers ("what stake do they each hold").
DIVIDING = frozenset({"split", "divide", "apportion", "allocate", "breakdown"})
# What is dealt out among a venture's owners.
OWNERSHIP = frozenset({"ownership", "equity", "stake", "holding", "shareholding", "capital"})


def asks_each(span: Span) -> bool:
    """The part asks for an amount per party, several at once: "how will ownership be
    split", "what stake do they each hold", "how much will each partner put in" -- not
    "before the stock split" nor "for each share"."""
    for token in span:
        if token.lemma_.lower() in DIVIDING and _of_ownership(token):
            return True
        if token.lower_ in DISTRIBUTIVE and _of_parties(token):
            return True
    return False


def _of_ownership(word: Token) -> bool:
    """A dividing word whose object, subject or owner is ownership ("divide ownership",
    "ownership will be split", "the equity split")."""
    near = [word.head, *word.children]
    return any(t.lemma_.lower() in OWNERSHIP for t in near)


def _of_parties(each: Token) -> bool:
    """ "each" standing for several parties: floating after them ("Corvex and Halden each
    hold", "they each"), "respectively", or picking out a party ("each partner"), not a
    unit ("each share", "each plane"). Read from the words: the parser often takes a
    floating "each" for the determiner of the verb after it."""
    if each.lower_ != "each":
        return True
    doc = each.doc
    before = doc[each.i - 1] if each.i > 0 else None
    if before is not None and (before.pos_ in ("PROPN", "PRON") or before.tag_ == "NNS"):
        return True
    after = doc[each.i + 1] if each.i + 1 < len(doc) else None
    return after is not None and focus_kind(after.lemma_) in (Kind.ORG, Kind.PERSON)
