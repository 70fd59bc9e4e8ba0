"""A firm buying its own stock makes no deal with the holder it buys from.

"The company's purchase of its shares from Salomon Brothers", "agreed to buy its common
stock from Perelman": a buyback (which the labelling convention leaves out) returns shares
to their issuer; the seller is a shareholder, no partner. "Its shares in Osko" are a
holding in another firm, and a firm selling its own shares sells a stake in itself, which
counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.lexicon import REPORTING_VERBS
from retrieval.registry.org_words import PRONOUNS_PLURAL, PRONOUNS_SINGULAR

if TYPE_CHECKING:
    from spacy.tokens import Token

    from retrieval.registry.lexicon import Frame

# Nouns of a firm's own equity.
OWN_EQUITY = frozenset({"share", "stock"})
# Possessives that refer back to the buyer in its own clause.
POSSESSIVES = (PRONOUNS_SINGULAR | PRONOUNS_PLURAL) & frozenset({"its", "their"})
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
    """The buyer is a name, and a verb of saying above it has another name for subject
    ("Osko said Morvane agreed to buy its stock"; not "Morvane said it agreed to ...")."""
    agent = _agent(trigger)
    if agent is None or agent.pos_ != "PROPN":
        return False
    for verb in trigger.ancestors:
        if verb.lemma_.lower() in REPORTING_VERBS:
            reporters = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
            return any(reporter.i != agent.i for reporter in reporters)
    return False


def _agent(trigger: Token) -> Token | None:
    """Who buys: the nearest subject or possessor on the way up from the deal word."""
    for word in (trigger, *trigger.ancestors):
        found = [c for c in word.children if c.dep_ in ("nsubj", "poss")]
        if found:
            return found[0]
    return None


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


def _own_equity(noun: Token, trigger: Token) -> bool:
    """ "its shares", "their common stock"; not "its shares in Osko", whose "in" the parse
    may hang on the verb ("agreed to buy its shares in Osko Ltd from Tarn")."""
    if noun.lemma_.lower() not in OWN_EQUITY:
        return False
    owned = any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in noun.children)
    after = [c for c in trigger.children if c.i > noun.i] if trigger.pos_ == "VERB" else []
    issuer = [c for c in (*noun.children, *after) if c.dep_ == "prep"]
    return owned and not any(c.lower_ in OTHER_ISSUER for c in issuer)
