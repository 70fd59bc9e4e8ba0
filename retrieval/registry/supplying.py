"""Whom an agreement to supply, distribute or make goods names as its party.

"an agreement to supply its software to B", "to distribute it through B", "to provide B
with electricity", "to market Apple Computer Inc's software", "to manufacture terminals for
B": who receives, carries, owns or orders what one side supplies is the other side. Only
goods or services count: debt repaid, shares returned or offered are no alliance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.arguments import object_sharer
from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.cue_words import STAKE_NOUNS
from retrieval.registry.lexicon import GENERIC_NOUNS, NOUN_FRAMES
from retrieval.registry.syntax import finance_noun, governing_verb, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token


# Verbs of supplying goods or services: what an agreement to supply names its counterparty.
SUPPLY_VERBS = frozenset("supply provide distribute market sell deliver license licence".split())
# Verbs of making goods to another's order: "an agreement to manufacture terminals for B"
# names B as its party, as one to supply them to B does. (Not "develop a drug for AIDS",
# "build a plant for B": what is developed or built for someone need not be theirs.)
MAKING_VERBS = frozenset("manufacture produce assemble".split())
# What an agreement's purpose may be to enter into with its partner: a deal, a contract.
PURPOSE_DEALS = frozenset(NOUN_FRAMES) | {"contract", "arrangement"}


def recipient_in_purpose(noun: Token) -> list[Token]:
    """ "an agreement to distribute its service through B", "an agreement to supply its
    software to B", "to provide service for B's products", "to manufacture terminals for
    B": an agreement whose purpose hands a thing to or through another, or makes it or
    serves for another, names that other as its party (a venture's customers are no
    partners of it). Only goods or services count: debt repaid, shares returned or offered
    are no alliance."""
    if noun.lemma_.lower() not in GENERIC_NOUNS - {"cooperation"}:
        return []
    found: list[Token] = []
    for clause in noun.children:
        if clause.dep_ != "acl" or not any(c.lower_ == "to" for c in clause.children):
            continue
        things = [c for c in clause.children if c.dep_ == "dobj"]
        found += supplied_parties(clause)
        if _goods(things) and things and not _signed_by_two(noun):
            found += _made_for(clause, things)
    return found


def supplied_parties(clause: Token) -> list[Token]:
    """Whom a clause of supplying goods hands them to or through ("supply its software to
    B", "supply B with electricity", "distribute it through B"), and whose goods they are
    ("market Apple Computer Inc's software")."""
    things = [c for c in clause.children if c.dep_ == "dobj"]
    if clause.lemma_.lower() not in SUPPLY_VERBS or not _goods(things):
        return []
    return [
        *prep_objects(clause, "through"),
        *(prep_objects(clause, "to") if things else []),
        *owners_supplied(clause),
        *_supplied_with(clause, things),
    ]


def _goods(things: list[Token]) -> bool:
    """Goods or services, not debt repaid nor shares returned or offered."""
    return not any(t.lemma_.lower() in STAKE_NOUNS or finance_noun(t) for t in things)


def _made_for(clause: Token, things: list[Token]) -> list[Token]:
    """Whom goods are made or services provided for: "to provide service for B's
    products", "to manufacture terminals for B" (the parse may hang "for B" on the thing
    made). Made goods go to a firm named itself, not to a thing of one ("for IBM personal
    computers"); a deal is no goods ("to make a joint bid for B")."""
    verb = clause.lemma_.lower()
    if verb not in SUPPLY_VERBS | MAKING_VERBS or any(
        t.lemma_.lower() in PURPOSE_DEALS for t in things
    ):
        return []
    found = [o for head in (clause, *things) for o in prep_objects(head, "for")]
    return found if verb in SUPPLY_VERBS else [o for o in found if o.pos_ == "PROPN"]


def _signed_by_two(noun: Token) -> bool:
    """ "Harlow and Tobin signed an agreement to manufacture chips for B": the agreement's two
    sides are its signers, and whom they make for is their customer."""
    verb = governing_verb(noun)
    return verb is not None and any(c.dep_ == "nsubj" and c.conjuncts for c in verb.children)


def _supplied_with(clause: Token, things: list[Token]) -> list[Token]:
    """ "an agreement to provide Bozrah Power Co with all its power": with "with" giving
    the thing, the verb's object is who receives it. After a long object the parse may
    hang "with" on the verb that took the agreement ("signed an agreement to provide B, a
    utility based in Gilman, with ...")."""
    given = prep_objects(clause, "with")
    agreement = clause.head
    if not given and agreement.dep_ == "dobj":
        late = [p for p in agreement.head.children if p.lower_ == "with" and p.i > clause.i]
        given = [o for p in late for o in p.children if o.dep_ == "pobj"]
    if not given or any(finance_noun(t) for t in given):
        return []
    return [t for thing in things for t in with_conjuncts(thing) if t.pos_ == "PROPN"]


def owners_supplied(clause: Token) -> list[Token]:
    """ "an agreement to market Apple Computer Inc's software", "agreed to distribute
    Western Union's telex services": who owns what one party supplies for it is its
    partner (a distribution or licensing agreement). Only a named owner, not "its"."""
    if clause.lemma_.lower() not in SUPPLY_VERBS:
        return []
    things = [t for c in supplied_objects(clause) for t in with_conjuncts(c)]
    return [
        owner
        for thing in things
        if thing.lemma_.lower() not in STAKE_NOUNS and not finance_noun(thing)
        for owner in thing.children
        if owner.dep_ == "poss" and owner.pos_ == "PROPN"
    ]


def supplied_objects(clause: Token) -> list[Token]:
    """The clause's objects; "to sell and service B's telex services": a verb right
    before "and" and a second verb, with no object of its own, shares the second's (the
    object stands once, after both)."""
    sharer = object_sharer(clause)
    return [c for c in (sharer or clause).children if c.dep_ == "dobj"]
