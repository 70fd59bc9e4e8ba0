"""Deals a person or a family makes with a firm's company: the company is the party.

"The Kelmar family sold Pellin Estates to Zorvex Corp" and "merged Pellin Estates into
Zorvex Corp" leave no firm as seller or merging owner; the company sold or merged is
itself the counterparty, as in the passives "Pellin Estates was sold to / merged into
Zorvex". The company must be written in the sentence (a name, or a pronoun the syntax
binds: "founded Pellin Estates and sold it to Zorvex").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.reference_syntax import parallel_object

if TYPE_CHECKING:
    from spacy.tokens import Token

    from retrieval.models import PartyRole
    from retrieval.registry.frames import Claim
    from retrieval.registry.organisations import SentenceOrgs
    from retrieval.registry.parties import PartyMention


def sold_by_someone(
    claim: Claim,
    named: list[tuple[str, PartyMention]],
    unnamed: set[PartyRole],
    orgs: SentenceOrgs,
) -> bool:
    """ "The Kelmar family sold Pellin Estates Ltd to Zorvex Corp": a company a person or a
    family sells is itself its buyer's counterparty, as in the passive "Pellin Estates Ltd
    was sold to Zorvex Corp". The company sold must be written in the sentence: its name,
    or a pronoun whose antecedent the syntax fixes ("founded Pellin Estates and sold it
    to Zorvex"); a pronoun left to salience may stand for anything the person sold."""
    if unnamed != {"seller"} or not any(p.role == "acquirer" for _, p in named):
        return False
    targets = [t for _, role, tokens in claim.slots if role == "target" for t in tokens]
    return any(_written(token, orgs) for token in targets)


def merged_by_someone(
    claim: Claim, named: list[tuple[str, PartyMention]], orgs: SentenceOrgs
) -> list[tuple[str, PartyMention]]:
    """ "The Kelmar family merged Pellin Estates into Zorvex": what a person or a family
    merges into a firm is the firm's partner; what a firm merges is its own ("Halden
    merged its units into Zorvex": Halden is the partner). A pronoun object counts only
    when the syntax binds it, as for a sale (`sold_by_someone`)."""
    merged = [t for slot, _, tokens in claim.slots if slot == "merged" for t in tokens]
    if not merged:
        return named
    by_a_firm = any(slot == "subj" for slot, _ in named)
    if by_a_firm or not all(_written(token, orgs) for token in merged):
        return [(slot, p) for slot, p in named if slot != "merged"]
    return named


def _written(token: Token, orgs: SentenceOrgs) -> bool:
    """Does the phrase name a firm in this sentence: a name, or a pronoun the syntax
    binds to one ("founded Pellin Estates and sold it")?"""
    written = parallel_object(token) if token.pos_ == "PRON" else [token]
    return any(orgs.party_at(t) is not None for t in written)
