"""Whose a possessive is, where its own phrase says: "People Express Inc and its units" (the
firm conjoined just before it), "Benton, its venture with Zenith" (not the name the
apposition describes). Other possessives are left to the resolver's clause and discourse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.org_words import RELATION_NOUNS, UNIT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from retrieval.registry.organisations import SentenceOrgs


def conjunct_before(possessive: Token, orgs: SentenceOrgs) -> str | None:
    """ "acquired People Express Inc and its units": a possessive on a part of a firm that
    opens a conjunct is the firm conjoined just before it, not the clause's subject. An
    event's possessive is its agent ("its takeover of A and its acquisition of B")."""
    head = possessive.head
    if possessive.dep_ != "poss" or head.dep_ != "conj" or head.head.i > head.i:
        return None
    if head.lemma_.lower() not in UNIT_NOUNS:
        return None
    span = orgs.party_at(head.head)
    return None if span is None else span.name


def described_by(possessive: Token, orgs: SentenceOrgs) -> str | None:
    """ "Benton, its venture with Zenith": a possessive in an apposition is not the name
    the apposition describes."""
    head = possessive.head
    if possessive.dep_ != "poss" or head.dep_ != "appos":
        return None
    if head.lemma_.lower() not in _BODIES_OF_FIRMS | UNIT_NOUNS | RELATION_NOUNS:
        return None  # "For Air Canada, its acquisition of ...": a misparse, not a description
    span = orgs.party_at(possessive.head.head)
    return None if span is None else span.name


# Nouns for a firm that is a deal of others ("its venture with Zenith").
_BODIES_OF_FIRMS = frozenset({"venture", "consortium", "partnership", "alliance"})
