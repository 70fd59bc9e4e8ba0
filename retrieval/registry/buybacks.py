"""A firm buying its own stock makes no deal with the holder it buys from.

"The company's purchase of its shares from Salomon Brothers", "agreed to buy its common
stock from Perelman": a buyback (which the labelling convention leaves out) returns shares
to their issuer; the seller is a shareholder, no partner. "Its shares in Osko" are a
holding in another firm, and a firm selling its own shares sells a stake in itself, which
counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.arguments import (
    logical_objects,
    logical_subjects,
    reporter_subjects,
)
from retrieval.registry.syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from retrieval.registry.lexicon import Frame

# Nouns of a firm's own equity.
OWN_EQUITY = frozenset({"share", "stock"})
# Possessives that refer back to the buyer in its own clause.
POSSESSIVES = frozenset({"its", "their"})
# Prepositions by which shares are of another firm ("its shares in Osko", "of Osko").
OTHER_ISSUER = frozenset({"in", "of"})


def buys_its_own_stock(trigger: Token, frame: Frame) -> bool:
    """The deal word buys (its subject or possessor acquires) shares its buyer issued; not
    under another firm's report, whose stock "its" may be ("Osko said Morvane agreed to
    buy its stock" is a takeover of Osko)."""
    if "acquirer" not in (frame.slots.get("subj"), frame.slots.get("poss")):
        return False
    if _reported_by_another(trigger):
        return False
    return any(_own_equity(theme, trigger) for theme in _themes(trigger))


def _reported_by_another(trigger: Token) -> bool:
    """The buyer is a name and the clause's reporter another ("Osko said Morvane agreed to
    buy its stock"; not "Morvane said it agreed to ...")."""
    buyers = [t for t in _buyers(trigger) if t.pos_ == "PROPN"]
    reporters = [t for t in reporter_subjects(trigger) if t.pos_ == "PROPN"]
    return bool(buyers) and any(r not in buyers for r in reporters)


def _buyers(trigger: Token) -> list[Token]:
    """Who buys: a verb's subject (inherited: "said it agreed to buy"), a noun's possessor."""
    if trigger.pos_ == "VERB":
        return logical_subjects(trigger)
    return [c for c in trigger.children if c.dep_ == "poss"]


def _themes(trigger: Token) -> list[Token]:
    """What is bought: a verb's object, a noun's "of"."""
    if trigger.pos_ == "VERB":
        return logical_objects(trigger)
    return prep_objects(trigger, "of")


def _own_equity(noun: Token, trigger: Token) -> bool:
    """ "its shares", "their common stock"; not "its shares in Osko", whose "in" the parse
    may hang on the verb ("agreed to buy its shares in Osko Ltd from Tarn")."""
    if noun.lemma_.lower() not in OWN_EQUITY:
        return False
    owned = any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in noun.children)
    after = [c for c in trigger.children if c.i > noun.i] if trigger.pos_ == "VERB" else []
    issuer = [c for c in (*noun.children, *after) if c.dep_ == "prep"]
    return owned and not any(c.lower_ in OTHER_ISSUER for c in issuer)
