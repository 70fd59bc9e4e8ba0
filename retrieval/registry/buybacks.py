"""A firm buying its own stock makes no deal with the holder it buys from.

"The company's purchase of its shares from Salomon Brothers", "agreed to buy its common
stock from Perelman": a buyback (which the labelling convention leaves out) returns shares
to their issuer; the seller is a shareholder, no partner. "Its shares in Osko" are a
holding in another firm, and a firm selling its own shares sells a stake in itself, which
counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from retrieval.registry.lexicon import Frame

# Nouns of a firm's own equity.
OWN_EQUITY = frozenset({"share", "stock"})
# Possessives that refer back to the buyer in its own clause.
POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
# Prepositions by which shares are of another firm ("its shares in Osko", "of Osko").
OTHER_ISSUER = frozenset({"in", "of"})


def buys_its_own_stock(trigger: Token, frame: Frame) -> bool:
    """The deal word buys (its subject or possessor acquires) shares its buyer issued."""
    if "acquirer" not in (frame.slots.get("subj"), frame.slots.get("poss")):
        return False
    return any(_own_equity(theme) for theme in _themes(trigger))


def _themes(trigger: Token) -> list[Token]:
    """What is bought: a verb's object, a noun's "of"."""
    if trigger.pos_ == "VERB":
        return [c for c in trigger.children if c.dep_ == "dobj"]
    return [
        g
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _own_equity(noun: Token) -> bool:
    if noun.lemma_.lower() not in OWN_EQUITY:
        return False
    owned = any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children)
    elsewhere = any(c.dep_ == "prep" and c.lower_ in OTHER_ISSUER for c in noun.children)
    return owned and not elsewhere
