"""The parties of one claim: its slot tokens turned into organisations, with their roles.

A slot token is a name, the owner of a unit or of a stake's company, or what a reference
resolves to (retrieval.registry.references), never the other party of the same claim; a
unit sold makes its owner the seller. A deal whose agent nobody names is no alliance; a
purchase of goods is none either, unless made under an agreement (then a supply
agreement between partners). The side a deal verb leaves unnamed is whoever made the
agreement around it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from retrieval.models import PartyRole
from retrieval.nlp.names import LEGAL_FORMS
from retrieval.nlp.part_verbs import AMOUNTING_TO
from retrieval.registry.company_names import has_suffix
from retrieval.registry.cue_words import STAKE_NOUNS
from retrieval.registry.frames import Claim
from retrieval.registry.identified import named_later
from retrieval.registry.lexicon import GENERIC_NOUNS, NOUNS_NEEDING_OF
from retrieval.registry.noun_uses import a_site, quantified, real_property
from retrieval.registry.org_words import UNIT_NOUNS
from retrieval.registry.organisations import SentenceOrgs
from retrieval.registry.owned import Owned
from retrieval.registry.references import Resolver
from retrieval.registry.sold_by_people import merged_by_someone, sold_by_someone

if TYPE_CHECKING:
    from spacy.tokens import Token


# The slots of a deal's first side (who acts): a verb's subject, the subject of the verb
# governing a deal noun, the noun's possessor.
FIRST_SIDE = frozenset({"subj", "gov", "poss"})
# Who acts in a sale: an unnamed buyer or seller leaves no alliance to record.
_AGENT_ROLES = frozenset({"acquirer", "seller"})


@dataclass(frozen=True)
class PartyMention:
    name: str
    role: PartyRole
    via: str  # "name", "unit", "stake", "reference"
    strong: bool
    units: tuple[str, ...] = ()  # units, brands or companies it sold, named with it
    aliases: tuple[str, ...] = ()  # other names of this very company
    last_listed: bool = False  # its phrase follows the "and" that closes a list
    # a reference bound to a name in its own sentence ("A said it agreed"): as sure as a name
    bound: bool = False
    in_full: bool = False  # written with its legal form: "Coca-Cola Co", not "Chrysler"


def resolve_parties(
    claim: Claim, orgs: SentenceOrgs, resolver: Resolver
) -> list[tuple[str, PartyMention]] | None:
    """Each slot's organisations; None when the deal's agent is someone unnamed ("a group
    of investors", a person): its counterparty is not an organisation we can name."""
    named: list[tuple[str, PartyMention]] = []
    pending: list[tuple[str, PartyRole, Owned]] = []
    unnamed: set[PartyRole] = set()
    for slot, role, tokens in claim.slots:
        agent = slot in FIRST_SIDE
        for token in tokens:
            owned = orgs.owned(token, agent=agent) or Owned(None, "name", token)
            if owned.org is None:
                pending.append((slot, role, owned))
                continue
            party = PartyMention(owned.org.name, _role(role, owned.via), owned.via,
                                 owned.org.strong, owned.units,
                                 last_listed=_last_listed(token),
                                 in_full=has_suffix(owned.org.surface))  # fmt: skip
            named.append((slot, party))
    taken = {p.name for _, p in named}
    for slot, role, owned in pending:
        names = _resolved(owned.token, role, resolver, taken)
        bound = bool(names) and names == resolver.bound_names(owned.token)
        for name in names:
            party = PartyMention(name, _role(role, owned.via), "reference", True, owned.units,
                                 bound=bound)  # fmt: skip
            named.append((slot, party))
        # "by a foreign bank" names no one; "by the end of the year" is no agent at all
        timed = owned.token.ent_type_ in {"DATE", "TIME"} or owned.token.lower_ == "end"
        if not names and slot in {"subj", "by"} and role in _AGENT_ROLES and not timed:
            unnamed.add(role)
    if unnamed - {p.role for _, p in named} and not sold_by_someone(claim, named, unnamed, orgs):
        return None
    named = merged_by_someone(claim, named, orgs)
    named_here = [p for _, p in named if p.via != "reference"]
    # "19 Entertainment Ltd was sold to CKX": a company sold by someone unnamed is itself
    # the counterparty; "operations ... are being sold to Greyhound": its owner is.
    roles = {p.role for _, p in named}
    company_sold = "acquirer" in roles and any(
        p.role == "target" and p.via == "name" for p in named_here
    )
    if claim.implicit and claim.implicit not in roles and named_here and not company_sold:
        excluded = {p.name for _, p in named}
        topic = _owner_of_a_target(named, resolver) or resolver.topic(excluded)
        if topic is not None:
            named.append(("subj", PartyMention(topic, claim.implicit, "reference", True)))
    return named


def _owner_of_a_target(named: list[tuple[str, PartyMention]], resolver: Resolver) -> str | None:
    """ "Process Chemicals, acquired from Diamond Shamrock in September", where the article
    has named "the Process Chemicals Division of Occidental Petroleum": a unit with no
    stated buyer was bought by the firm it is a unit of, not by whoever the article is
    about (here the firm buying it from that owner now)."""
    targets = {p.name for _, p in named if p.role == "target" and p.via == "name"}
    for names in resolver.discourse.named.values():
        for name in names:
            head, _, owner = name.partition(" of ")
            unit = head.rsplit(" ", 1)
            if owner and len(unit) == 2 and unit[0] in targets and unit[1].lower() in UNIT_NOUNS:
                return owner
    return None


def _resolved(token: Token, role: PartyRole, resolver: Resolver, taken: set[str]) -> list[str]:
    """What a phrase with no name of its own stands for: an indefinite description
    introduces a firm a later sentence may name ("two design firms ... The two firms, A
    and B"); anything else refers back (references)."""
    discourse = resolver.discourse
    later = named_later(discourse.identified, resolver.position, token, role, taken)
    return later or resolver.resolve(token, taken)


def goods_sold(
    claim: Claim, named: list[tuple[str, PartyMention]] | None
) -> tuple[Claim, list[tuple[str, PartyMention]] | None]:
    """A purchase of goods is no alliance, unless it is made under an agreement: "reached
    an agreement to sell networking products to Bell Canada" is a supply agreement between
    seller and buyer, its sides partners."""
    if named is None or not _goods(claim, named):
        return claim, named
    trigger = claim.trigger
    agreed = trigger.dep_ in {"acl", "relcl"} and _an_agreement(trigger.head)
    people = any(
        t.ent_type_ == "PERSON" and not _suffixed(t) for _, _, tokens in claim.slots for t in tokens
    )
    if not agreed or people:
        return claim, None
    supply = replace(claim, kind="supply agreement", label="supply agreement", symmetric=True)
    return supply, [(slot, replace(p, role="partner")) for slot, p in named]


def _an_agreement(noun: Token) -> bool:
    """ "an agreement", "a deal", or the "intent" of "a letter of intent": a noun that
    names an agreement (its document's name included)."""
    lemma = noun.lemma_.lower()
    if lemma in GENERIC_NOUNS:
        return True
    of = noun.head
    return (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and NOUNS_NEEDING_OF.get(of.head.lemma_.lower()) == lemma
    )


def _goods(claim: Claim, named: list[tuple[str, PartyMention]]) -> bool:
    """ "to buy 10 A320 aircraft from Airbus", "an offer for Ferguson" (a player): a
    purchase of things or of a person's services, not of a company."""
    if claim.kind != "acquisition":
        return False
    things = [t for slot, _, tokens in claim.slots if slot in BOUGHT for t in tokens]
    names = " ".join(p.name for _, p in named)
    if any(t.ent_type_ == "PERSON" and t.text not in names and not _suffixed(t) for t in things):
        return True
    if any(p.role == "target" for _, p in named) or any(slot in BOUGHT for slot, _ in named):
        return False  # what is bought is a company, or something a named party owns
    if _a_business_s_assets([claim.trigger, *things]):
        return False
    # what a pseudo-partitive measures out may be real property ("a parcel of properties");
    # a stake or unit is only one bought as such ("a portfolio of shares" is none in B)
    measured = [q for q in map(quantified, things) if q is not None]
    if any(real_property(t) for t in [*things, *measured]):
        return False
    return bool(things) and not any(
        t.lemma_.lower() in STAKE_NOUNS | UNIT_NOUNS
        or t.pos_ == "PRON"
        or t.like_num
        or a_site(t)
        or _a_proper_name(t)
        or _specific(t)
        for t in things
    )


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})

# Quantifiers of the whole or its greater part: "5 pct of its assets" sold is a part of a
# business (goods), "all" or "most of its assets" is the business itself.
_WHOLE = frozenset({"all", "most", "entire", "whole", "bulk"})


def _a_business_s_assets(heads: list[Token]) -> bool:
    """ "sold two supply agreements and mining equipment, representing substantially all
    of the assets of its two coal mines, to B": things a participle says amount to all or
    most of a business's assets or operations are that business changing hands, not goods
    (the parse hangs the participle on the verb or on the things)."""
    clauses = [c for h in heads for c in h.children if c.dep_ in {"advcl", "acl"}]
    return any(
        c.tag_ == "VBG"
        and c.lemma_.lower() in AMOUNTING_TO
        and any(t.lemma_.lower() in UNIT_NOUNS for t in c.subtree if t != c)
        and any(t.lower_ in _WHOLE for t in c.subtree)
        for c in clauses
    )


def _specific(thing: Token) -> bool:
    """ "bought the mineral rights from B", "its routes acquired from B": a definite
    phrase names things that exist already, the seller's own assets changing hands; goods
    ordered are counted or indefinite ("10 A320 aircraft", "debentures", "music")."""
    children = list(thing.children)
    definite = any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in children
    )
    return definite and not any(c.dep_ == "nummod" for c in children)


def _a_proper_name(token: Token) -> bool:
    """ "Six Flags", "C.S.C. Security Guard Service of Paramus": what is bought under a
    proper name (no person's, place's or product's) is a business, whatever the tagger
    made of the name; a buyer's goods are common nouns ("10 A320 aircraft")."""
    return token.pos_ == "PROPN" and token.ent_type_ in ("", "ORG")


def _suffixed(token: Token) -> bool:
    """ "Giorgio Inc" is a company whatever the tagger says."""
    compounds = [c for c in token.children if c.dep_ == "compound"]
    return any(t.lower_.rstrip(".") in LEGAL_FORMS for t in (token, *compounds))


# Where what is bought stands: "buy X", "the acquisition of X", "an offer for X".
BOUGHT = frozenset({"obj", "of", "for"})


def fill_from_agreement(
    claim: Claim, parties: list[tuple[str, PartyMention]], resolver: Resolver
) -> list[tuple[str, PartyMention]]:
    """The side a deal verb leaves unnamed is the one that made the agreement around it."""
    roles = {p.role for _, p in parties}
    if "acquirer" in roles and not roles & {"seller", "target"}:
        missing: PartyRole = "seller"
    elif roles & {"seller", "target"} and "acquirer" not in roles:
        missing = "acquirer"
    elif claim.symmetric and len(parties) < 2:
        missing = "partner"
    else:
        return parties
    taken = {p.name for _, p in parties}
    found = list(parties)
    for token in claim.fallback:
        span = resolver.orgs.at(token)
        names = [span.name] if span is not None else resolver.resolve(token, taken)
        for name in names:
            if name not in taken:
                found.append(("agreement", PartyMention(name, missing, "name", True)))
    return found


def _last_listed(token: Token) -> bool:
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].lower_ in {"and", "or", "&"}


def _role(role: PartyRole, via: str) -> PartyRole:
    if via == "unit" and role == "target":
        return "seller"  # "bought Gelco Corp's courier unit": Gelco sold it
    return role
