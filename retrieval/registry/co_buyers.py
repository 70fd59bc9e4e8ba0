"""Firms that buy one thing together are partners in the purchase: "A and B agreed to
acquire the hotel from C", "C sold the building to A and B".

One act of buying with two or more firms as its buyer (the coordinated subject of the
verb, or the coordinated object of "sold to") is their undertaking together, as one bid
made by two firms joins its bidders (joint_bids): besides each buyer's deal with the
seller, the buyers are partners. Not when the sentence distributes the act over them
("A and B each bought a hotel", "separately", "respectively": one act each), nor when one
buyer is named as a unit of another ("A and its unit B bought": one side, one group).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations
from typing import TYPE_CHECKING

from retrieval.nlp.distributive import DISTRIBUTIVE_WORDS
from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.cue_words import AMBIGUOUS_FINANCE, FINANCE_NOUNS, STAKE_NOUNS
from retrieval.registry.org_words import UNIT_NOUNS
from retrieval.registry.parties import PartyMention
from retrieval.registry.relative_gaps import RELATIVE_PRONOUNS
from retrieval.registry.syntax import SECURITIES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from retrieval.registry.frames import Claim
    from retrieval.registry.mentions import DealMention

# Nouns that name a firm as part of, or kin to, another beside it ("A and its parent B").
_KIN_NOUNS = UNIT_NOUNS | {"parent", "owner", "shareholder", "holder"}


def co_buyer_pairs(
    claim: Claim, parties: list[tuple[str, PartyMention]]
) -> list[tuple[PartyMention, PartyMention]]:
    """The pairs of firms that bought together in one acquisition claim; [] when the
    claim has fewer than two buyers or the sentence says they acted apart."""
    if claim.kind != "acquisition":
        return []
    # a buyer found as the owner of a unit or a stake is no buyer named in the sentence
    buyers = list(
        {p.name: p for _, p in parties if p.role == "acquirer" and p.via in _NAMED}.values()
    )
    tokens = [t for _, role, found in claim.slots if role == "acquirer" for t in found]
    if len(buyers) < 2 or _apart(claim.trigger, tokens) or _kin(tokens):
        return []
    # "A and B, which acquired C": a relative clause after a list may be the last item's
    if _after_a_list(claim.trigger, tokens) or _shares(claim) or _many_things(claim):
        return []
    return list(combinations(buyers, 2))


def _after_a_list(trigger: Token, buyers: list[Token]) -> bool:
    """The buyers are the antecedent of the deal's relative clause (its pronoun, or the
    nouns the clause hangs on)."""
    relative = trigger.dep_ == "relcl" and trigger.head in buyers
    return relative or any(t.lower_ in RELATIVE_PRONOUNS for t in buyers)


def _many_things(claim: Claim) -> bool:
    """What is bought is many ("Osko computers", "companies such as C") or a list ("C and
    D", which the buyers may have bought one each): goods or several buys, not one thing
    bought together. A plural noun of a business ("stores", "assets") is one business."""
    trigger = claim.trigger
    objects = [c for c in trigger.children if c.dep_ in _OBJECTS]
    objects += [
        o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
    ]
    bought = [t for _, role, found in claim.slots if role == "target" for t in found]
    if len({t.i for t in bought}) >= 2 or any(len(with_conjuncts(o)) >= 2 for o in objects):
        return True
    return any(o.tag_ == "NNS" and o.lemma_.lower() not in UNIT_NOUNS for o in objects)


_OBJECTS = frozenset({"dobj", "nsubjpass"})


def _shares(claim: Claim) -> bool:
    """Shares, stakes or securities bought ("A and B acquired stakes in C", "A and B
    agreed to buy the issue"): holdings each buyer takes for itself, or underwriting, a
    trade or financing, not one thing bought together."""
    bought = [t for _, role, found in claim.slots if role != "acquirer" for t in found]
    words = {w.lemma_.lower() for t in [*bought, claim.trigger] for w in t.subtree}
    return bool(words & _HOLDINGS)


# What is held or lent, not run: stakes, securities, debt ("issue": a securities issue).
_HOLDINGS = STAKE_NOUNS | SECURITIES | (FINANCE_NOUNS - AMBIGUOUS_FINANCE) | {"issue", "security"}


_NAMED = frozenset({"name", "reference"})


def _apart(trigger: Token, buyers: list[Token]) -> bool:
    """ "A and B each acquired", "A and B separately bought", "bought X and Y,
    respectively": a distributive word on the verb, a buyer, or the buyers' head."""
    around = [trigger, *buyers, *(b.head for b in buyers)]
    return any(c.lower_ in DISTRIBUTIVE_WORDS for t in around for c in t.children)


def _kin(buyers: list[Token]) -> bool:
    """ "A and its unit B", "B, a subsidiary of A, and A": a unit noun within the buyers'
    own phrase says one buyer belongs to another."""
    if not buyers:
        return False
    start = min(b.left_edge.i for b in buyers)
    end = max(b.right_edge.i for b in buyers)
    phrase = buyers[0].doc[start : end + 1]
    return any(t.lemma_.lower() in _KIN_NOUNS for t in phrase)


def as_joint_purchase(mention: DealMention) -> DealMention:
    """The buyers' mention as partners in the purchase: inferred from the purchase, so any
    deal a sentence states between them tells its kind ("sold to a joint venture between
    A and B", "the venture" later)."""
    return replace(mention, kind="partnership", label="joint purchase", inferred=True)
