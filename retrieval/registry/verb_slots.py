"""Who fills a deal verb's slots, read from the parse: its subject and objects, the
prepositions the parse hung elsewhere, slots read by their own rule (whom a thing is
given, who owns a firm together), and the agreement a deal verb hangs from.

Split from retrieval.registry.frames, which decides which words are deal predicates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.arguments import (
    governor_subjects,
    logical_objects,
    logical_subjects,
    object_sharer,
    vehicle_founders,
)
from retrieval.registry.grants import indirect_objects
from retrieval.registry.joint_firms import owners
from retrieval.registry.joint_purposes import co_actors
from retrieval.registry.joint_work import co_workers
from retrieval.registry.lexicon import GENERIC_NOUNS, NOUN_FRAMES
from retrieval.registry.noun_uses import a_site
from retrieval.registry.org_words import BUSINESS_HEADS, UNIT_NOUNS
from retrieval.registry.passives import is_passive
from retrieval.registry.share_issues import subscribed_issuer
from retrieval.registry.stray_prepositions import (
    cut_off_prep_objects,
    hung_on_governor,
    past_an_aside,
    price_prep_objects,
    stray_prep_objects,
)
from retrieval.registry.supplying import supplied_parties
from retrieval.registry.syntax import prep_objects

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token


def agreement_side(verb: Token) -> tuple[Token, ...]:
    """Who made the agreement a deal verb hangs from ("an agreement under which ..."):
    who holds it, and whom it is made with ("an agreement with B to sell its services":
    B is the other side of the sale)."""
    head = verb.head
    if verb.dep_ not in {"acl", "relcl"} or head.lemma_.lower() not in NOUN_FRAMES:
        return ()
    return tuple(dict.fromkeys([*governor_subjects(head), *_counterparts(head, verb)]))


def _counterparts(agreement: Token, verb: Token) -> list[Token]:
    """Whom an agreement (not a partnership, whose members are one side: "a partnership
    with Wagner and Brown to acquire GenCorp") is made with, as the other side of the sale
    in it: of a business or of goods supplied, not of goods a party owns ("an agreement
    with Motorola to sell the U.S. firm's chips in Japan" is a distribution deal)."""
    if agreement.lemma_.lower() not in GENERIC_NOUNS:
        return []
    sold = [c for c in verb.children if c.dep_ == "dobj"]
    owned_goods = [
        o
        for o in sold
        if any(c.dep_ == "poss" for c in o.children)
        and o.lemma_.lower() not in BUSINESS_HEADS | UNIT_NOUNS
        and not a_site(o)
    ]
    if owned_goods:
        return []
    return [t for p in ("with", "between") for t in prep_objects(agreement, p)]


def merged_into(verb: Token) -> list[Token]:
    """ "merged Pellin Estates into Zorvex": the active object of a merger verb with an
    "into" goal is what is merged, a partner of the goal (parties keeps it only when no
    firm is the subject: "Halden merged its units into Zorvex" is Halden's merger)."""
    if is_passive(verb) or not verb_slot(verb, "into"):
        return []
    return logical_objects(verb)


# Slots read by their own rule: what a person merges into a firm (merged_into), whom a
# thing is given (grants), who owns a firm together ("owned 52 pct by A and 48 pct by B",
# joint_firms); whose shares are subscribed for (share_issues).
_READ_APART: dict[str, Callable[[Token], list[Token]]] = {
    "merged": merged_into,
    "dative": indirect_objects,
    "owners": owners,
    "co_workers": co_workers,
    "issuer": subscribed_issuer,
}


def verb_slot(verb: Token, slot: str) -> list[Token]:
    if slot == "subj":
        # "A and B will form a new company to buy X": its founders buy
        # "A joined with B to buy C": B buys beside A
        subjects = [f for s in logical_subjects(verb) for f in vehicle_founders(s) or [s]]
        return subjects + co_actors(verb)
    if slot in {"obj", "owner"}:
        return logical_objects(verb)
    if slot == "passive":
        return logical_objects(verb) if is_passive(verb) else []
    if slot in _READ_APART:
        return _READ_APART[slot](verb)
    if slot == "with" and verb.lemma_.lower() == "agree":
        # "agreed to distribute Western Union's services": the owner is the partner, as
        # whom goods are supplied to ("agreed to supply B with electricity")
        return prep_objects(verb, slot) or [
            o for c in verb.children if c.dep_ == "xcomp" for o in supplied_parties(c)
        ]
    found = (
        prep_objects(verb, slot)
        or price_prep_objects(verb, slot)
        or stray_prep_objects(verb, slot)
        or hung_on_governor(verb, slot)
        or cut_off_prep_objects(verb, slot)
        or past_an_aside(verb, slot)
    )
    sharer = object_sharer(verb)
    return found or (verb_slot(sharer, slot) if sharer is not None else [])
