"""Deal mentions: one parsed sentence's claims turned into parties, roles and a date.

A claim's slot tokens become organisations: a name, the owner of a unit or of a stake's
company, or what a reference resolves to (retrieval.registry.references) — never the other
party of the same claim. Parties are then paired as the deal's shape says: buyer and
seller (the unit or company sold is an alias of the seller), else buyer and target;
investor and investee; partners with each other. Each mention carries the date attached to
its clause and a confidence that falls with every party found only through a reference.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from retrieval.models import AgreementKind, EventDate, PartyRole
from retrieval.nlp.names import LEGAL_FORMS
from retrieval.registry.arguments import governing_verb
from retrieval.registry.deal_dates import date_of_trigger
from retrieval.registry.event_dates import DateMention
from retrieval.registry.frames import Claim
from retrieval.registry.lexicon import GENERIC_NOUNS, STAKE_NOUNS, UNIT_NOUNS
from retrieval.registry.modality import Status
from retrieval.registry.organisations import Owned, SentenceOrgs
from retrieval.registry.references import Resolver
from retrieval.registry.syntax import clause_path

if TYPE_CHECKING:
    from spacy.tokens import Token

_FIRST_SIDE = frozenset({"subj", "gov", "poss"})
# Who acts in a sale: an unnamed buyer or seller leaves no alliance to record.
_AGENT_ROLES = frozenset({"acquirer", "seller"})
# Verbs that make an agreement noun a concluded agreement ("signed a ... agreement").
_CONCLUDING = frozenset(
    "sign ink conclude reach enter form establish set complete finalize finalise seal strike"
    " close execute".split()
)
_MAJORITY = frozenset({"majority", "controlling", "control", "all", "remaining", "outstanding"})


@dataclass(frozen=True)
class PartyMention:
    name: str
    role: PartyRole
    via: str  # "name", "unit", "stake", "reference"
    strong: bool
    units: tuple[str, ...] = ()  # units, brands or companies it sold, named with it
    aliases: tuple[str, ...] = ()  # other names of this very company


@dataclass(frozen=True)
class DealMention:
    parties: tuple[PartyMention, ...]
    kind: AgreementKind
    label: str
    status: Status
    position: int  # -1: the headline
    sentence: str
    confidence: float
    date: EventDate | None
    background: bool  # the sentence itself marks it as past or aside
    concluded: bool = False  # stated as done: a deal verb, or "signed an agreement"


def mentions_in(
    claims: Sequence[Claim],
    orgs: SentenceOrgs,
    resolver: Resolver,
    *,
    position: int,
    sentence: str,
    dates: Sequence[DateMention],
    undone: frozenset[str] = frozenset(),
) -> list[DealMention]:
    """`undone`: deal nouns the article denied earlier (talks, proposals): "the merger"
    then refers back to that deal, unless the sentence names its parties itself."""
    found: list[DealMention] = []
    for each in claims:
        claim, parties = _goods_sold(each, _resolve(each, orgs, resolver))
        if parties is None or _refers_to_undone(claim, parties, undone):
            continue
        if claim.fallback:
            parties = _fill_from_agreement(claim, parties, resolver)
        date = date_of_trigger(claim.trigger, dates)
        for pair in _pair(claim, parties):
            found.append(_mention(claim, pair, position=position, sentence=sentence, date=date))
    return found


def _refers_to_undone(
    claim: Claim, parties: list[tuple[str, PartyMention]], undone: frozenset[str]
) -> bool:
    return (
        bool(parties)
        and claim.trigger.lemma_.lower() in undone
        and all(p.via == "reference" for _, p in parties)
    )


def _mention(
    claim: Claim,
    pair: tuple[PartyMention, ...],
    *,
    position: int,
    sentence: str,
    date: EventDate | None,
) -> DealMention:
    kind = _stake_kind(claim, pair)
    group = _as_investment(pair) if kind == "investment" else pair
    references = sum(p.via == "reference" for p in group)
    weak = sum(not p.strong for p in group)
    concluded = claim.trigger.pos_ == "VERB" or _concluded(claim.trigger)
    base = 0.9 if concluded else 0.8
    confidence = base - 0.15 * references - 0.05 * weak - 0.1 * (position < 0)
    return DealMention(
        parties=group,
        kind=kind,
        label=claim.label if kind == claim.kind else kind,
        status=claim.status,
        position=position,
        sentence=sentence,
        confidence=round(max(confidence, 0.1), 2),
        date=date,
        background=_aside(claim.trigger),
        concluded=concluded,
    )


def _resolve(
    claim: Claim, orgs: SentenceOrgs, resolver: Resolver
) -> list[tuple[str, PartyMention]] | None:
    """Each slot's organisations; None when the deal's agent is someone unnamed ("a group
    of investors", a person): its counterparty is not an organisation we can name."""
    named: list[tuple[str, PartyMention]] = []
    pending: list[tuple[str, PartyRole, Owned]] = []
    unnamed: set[PartyRole] = set()
    for slot, role, tokens in claim.slots:
        agent = slot in _FIRST_SIDE
        for token in tokens:
            owned = orgs.owned(token, agent=agent) or Owned(None, "name", token)
            if owned.org is None:
                pending.append((slot, role, owned))
                continue
            party = PartyMention(owned.org.name, _role(role, owned.via), owned.via,
                                 owned.org.strong, owned.units)  # fmt: skip
            named.append((slot, party))
    taken = {p.name for _, p in named}
    for slot, role, owned in pending:
        names = resolver.resolve(owned.token, taken)
        for name in names:
            party = PartyMention(name, _role(role, owned.via), "reference", True, owned.units)
            named.append((slot, party))
        if not names and slot == "subj" and role in _AGENT_ROLES:
            unnamed.add(role)
    if unnamed - {p.role for _, p in named}:
        return None
    named_here = [p for _, p in named if p.via != "reference"]
    # "19 Entertainment Ltd was sold to CKX": a company sold by someone unnamed is itself
    # the counterparty; "operations ... are being sold to Greyhound": its owner is.
    roles = {p.role for _, p in named}
    company_sold = "acquirer" in roles and any(
        p.role == "target" and p.via == "name" for p in named_here
    )
    if claim.implicit and claim.implicit not in roles and named_here and not company_sold:
        topic = resolver.topic({p.name for _, p in named})
        if topic is not None:
            named.append(("subj", PartyMention(topic, claim.implicit, "reference", True)))
    return named


def _goods_sold(
    claim: Claim, named: list[tuple[str, PartyMention]] | None
) -> tuple[Claim, list[tuple[str, PartyMention]] | None]:
    """A purchase of goods is no alliance, unless it is made under an agreement: "reached
    an agreement to sell networking products to Bell Canada" is a supply agreement between
    seller and buyer, its sides partners."""
    if named is None or not _goods(claim, named):
        return claim, named
    trigger = claim.trigger
    agreed = trigger.dep_ in {"acl", "relcl"} and trigger.head.lemma_.lower() in GENERIC_NOUNS
    people = any(t.ent_type_ == "PERSON" for _, _, tokens in claim.slots for t in tokens)
    if not agreed or people:
        return claim, None
    supply = replace(claim, kind="supply agreement", label="supply agreement", symmetric=True)
    return supply, [(slot, replace(p, role="partner")) for slot, p in named]


def _goods(claim: Claim, named: list[tuple[str, PartyMention]]) -> bool:
    """ "to buy 10 A320 aircraft from Airbus", "an offer for Ferguson" (a player): a
    purchase of things or of a person's services, not of a company."""
    if claim.kind != "acquisition":
        return False
    things = [t for slot, _, tokens in claim.slots if slot in _BOUGHT for t in tokens]
    names = " ".join(p.name for _, p in named)
    if any(t.ent_type_ == "PERSON" and t.text not in names and not _suffixed(t) for t in things):
        return True
    if any(p.role == "target" for _, p in named) or any(slot in _BOUGHT for slot, _ in named):
        return False  # what is bought is a company, or something a named party owns
    return bool(things) and not any(
        t.lemma_.lower() in STAKE_NOUNS | UNIT_NOUNS or t.pos_ == "PRON" or t.like_num
        for t in things
    )


def _suffixed(token: Token) -> bool:
    """ "Giorgio Inc" is a company whatever the tagger says."""
    compounds = [c for c in token.children if c.dep_ == "compound"]
    return any(t.lower_.rstrip(".") in LEGAL_FORMS for t in (token, *compounds))


# Where what is bought stands: "buy X", "the acquisition of X", "an offer for X".
_BOUGHT = frozenset({"obj", "of", "for"})


def _fill_from_agreement(
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


def _role(role: PartyRole, via: str) -> PartyRole:
    if via == "unit" and role == "target":
        return "seller"  # "bought Gelco Corp's courier unit": Gelco sold it
    return role


def _pair(claim: Claim, parties: list[tuple[str, PartyMention]]) -> list[tuple[PartyMention, ...]]:
    if any(slot == "from" and p.role == "seller" for slot, p in parties):
        # "the purchase from B of the business of C": with the seller named, the owner of
        # what is bought is what is sold (an alias of the seller's side), not a seller.
        parties = [
            (slot, replace(p, role="target") if p.via == "unit" and slot != "from" else p)
            for slot, p in parties
        ]
    by_role: dict[PartyRole, list[PartyMention]] = {}
    for _, party in parties:
        same = by_role.setdefault(party.role, [])
        known = next((i for i, p in enumerate(same) if p.name == party.name), None)
        if known is None:
            same.append(party)
        else:  # "it is selling its subsidiary X": one seller, with its unit
            units = same[known].units + tuple(u for u in party.units if u not in same[known].units)
            same[known] = replace(same[known], units=units)
    if "acquirer" in by_role or "seller" in by_role:
        return _buyer_and_seller(by_role)
    if "investor" in by_role:
        return _across(by_role.get("investor", []), by_role.get("investee", []))
    if claim.symmetric:
        return _partners(claim, parties)
    first = [p for slot, p in parties if slot in _FIRST_SIDE]
    second = [p for slot, p in parties if slot not in _FIRST_SIDE]
    return _across(_unique(first), _unique(second))


def _buyer_and_seller(
    by_role: dict[PartyRole, list[PartyMention]],
) -> list[tuple[PartyMention, ...]]:
    buyers = by_role.get("acquirer", [])
    sellers = by_role.get("seller", [])
    targets = by_role.get("target", [])
    if sellers:
        # The company or unit sold is an alias of the seller (when there is one seller).
        if len(sellers) == 1 and targets:
            extra = tuple(t.name for t in targets if t.name != sellers[0].name)
            sellers = [replace(sellers[0], units=sellers[0].units + extra)]
        # A buyer that is the very unit sold is a misreading, not a counterparty.
        owned = {a for s in sellers for a in s.units}
        return _across([b for b in buyers if b.name not in owned], sellers)
    return _across(buyers, targets)


def _partners(
    claim: Claim, parties: list[tuple[str, PartyMention]]
) -> list[tuple[PartyMention, ...]]:
    everyone = _unique([p for _, p in parties])
    if len(everyone) < 2:
        return []
    if len(everyone) == 2 or claim.kind == "joint venture":
        return [tuple(everyone)]
    first = _unique([p for slot, p in parties if slot in _FIRST_SIDE])
    second = _unique([p for slot, p in parties if slot not in _FIRST_SIDE])
    if len(first) == 1 and second:
        return _across(first, second)  # "A signed agreements with B and C"
    return [tuple(everyone)]


def _across(
    left: Sequence[PartyMention], right: Sequence[PartyMention]
) -> list[tuple[PartyMention, ...]]:
    return [(a, b) for a in left for b in right if a.name != b.name]


def _unique(parties: Sequence[PartyMention]) -> list[PartyMention]:
    seen: dict[str, PartyMention] = {}
    for party in parties:
        seen.setdefault(party.name, party)
    return list(seen.values())


def _stake_kind(claim: Claim, group: tuple[PartyMention, ...]) -> AgreementKind:
    """Buying a minority stake is an investment; a majority or control, an acquisition."""
    if claim.kind != "acquisition" or not any(p.via == "stake" for p in group):
        return claim.kind
    words = {t.lower_ for t in claim.trigger.subtree}
    if words & _MAJORITY or _whole_holdings(claim):
        return "acquisition"
    numbers = [_number(t) for t in claim.trigger.subtree if t.like_num]
    return "acquisition" if any(n is not None and 50 < n <= 100 for n in numbers) else "investment"


def _whole_holdings(claim: Claim) -> bool:
    """ "acquired the interests of Esso South Africa": the holdings, all of them (a stake
    of some size names its size)."""
    for slot, _, tokens in claim.slots:
        for token in tokens:
            if slot not in _BOUGHT or token.lemma_.lower() not in STAKE_NOUNS:
                continue
            definite = any(c.dep_ in {"det", "poss"} for c in token.children)
            sized = any(t.like_num or t.lower_ in {"%", "pct", "percent"} for t in token.subtree)
            if token.tag_ == "NNS" and definite and not sized:
                return True
    return False


_INVESTMENT_ROLES: dict[PartyRole, PartyRole] = {
    "acquirer": "investor",
    "target": "investee",
    "seller": "investee",
}


def _as_investment(group: tuple[PartyMention, ...]) -> tuple[PartyMention, ...]:
    return tuple(replace(p, role=_INVESTMENT_ROLES.get(p.role, p.role)) for p in group)


def _number(token: Token) -> float | None:
    try:
        return float(token.text.replace(",", ""))
    except ValueError:
        return None


def _concluded(noun: Token) -> bool:
    verb = governing_verb(noun)
    return verb is not None and verb.lemma_.lower() in _CONCLUDING


def _aside(trigger: Token) -> bool:
    """ "Chrysler, which bought Gulfstream in 1985": a deal told in a relative clause or an
    apposition is background to the sentence's own news."""
    return any(t.dep_ in {"relcl", "appos"} for t in clause_path(trigger)[:4])
