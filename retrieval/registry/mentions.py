"""Deal mentions: one parsed sentence's claims turned into parties, roles and a date.

A claim's slot tokens become organisations: a name, the owner of a unit or of a stake's
company, or what a reference resolves to (retrieval.registry.references) — never the other
party of the same claim (retrieval.registry.parties). Parties are then paired as the deal's
shape says (retrieval.registry.pairing): buyer and seller (the unit or company sold is an
alias of the seller), else buyer and target; investor and investee; partners with each
other. A minority stake bought is an investment. Each mention carries the date attached to
its clause and a confidence that falls with every party found only through a reference.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from retrieval.models import AgreementKind, EventDate, PartyRole
from retrieval.registry.cue_words import STAKE_NOUNS
from retrieval.registry.deal_dates import date_of_trigger
from retrieval.registry.event_dates import DateMention
from retrieval.registry.frames import Claim
from retrieval.registry.joint_sides import note_joint_side, venture_partners
from retrieval.registry.lexicon import NOUN_FRAMES
from retrieval.registry.modality import Status
from retrieval.registry.organisations import SentenceOrgs
from retrieval.registry.pairing import pair_parties
from retrieval.registry.parties import (
    BOUGHT,
    FIRST_SIDE,
    PartyMention,
    fill_from_agreement,
    goods_sold,
    resolve_parties,
)
from retrieval.registry.reference_words import a_state, reference_number
from retrieval.registry.references import Resolver
from retrieval.registry.syntax import clause_path, governing_verb
from retrieval.registry.tenders import (
    MAJORITY,
    TENDERING_VERB,
    a_controlling_share,
    share_figure,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that make an agreement noun a concluded agreement ("signed a ... agreement").
_CONCLUDING = frozenset(
    "sign ink conclude reach enter form establish set complete finalize finalise seal strike"
    " close execute".split()
)
_MAJORITY = frozenset({"majority", "controlling", "control", "all", "remaining", "outstanding"})


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
    # A stake in the other party bought from a third holder: no deal between the two,
    # here or where the article tells of the same stake again (records.group_mentions).
    from_holder: bool = False
    # "bought the 18.8% stake from B": the stake told of before was bought from a holder.
    the_stake_from_holder: bool = False


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
        if _sold_by_a_state(each):
            continue  # "the Kremlin seized and sold Yukos' unit": no deal of its owner's
        claim, parties = goods_sold(each, resolve_parties(each, orgs, resolver))
        if parties is None or _refers_to_undone(claim, parties, undone):
            continue
        if any(p.name in orgs.authorities for _, p in parties):
            continue  # a regulator settles or rules; it makes no alliance ("the SEC")
        # a building bought is what changes hands, not a side ("bought the Savoy")
        parties = [(slot, p) for slot, p in parties if p.name not in orgs.properties]
        if claim.fallback:
            parties = fill_from_agreement(claim, parties, resolver)
        parties = venture_partners(claim, parties, resolver)
        note_joint_side(parties, resolver)
        date = date_of_trigger(claim.trigger, dates)
        held = _held_by_another(claim, parties)
        for pair in pair_parties(claim, parties):
            mention = _mention(claim, pair, position=position, sentence=sentence, date=date)
            if any(p.name in held for p in pair):
                mention = replace(mention, from_holder=True)
            elif _the_stake_from(claim, pair):
                mention = replace(mention, the_stake_from_holder=True)
            found.append(mention)
    return found


def _sold_by_a_state(claim: Claim) -> bool:
    """A sale whose seller is a state ("Russia", "the Kremlin", "the government"): what it
    sells is seized or state-owned, so the thing's owner made no deal, and a deal with a
    government is no alliance."""
    sellers = [t for _, role, tokens in claim.slots if role == "seller" for t in tokens]
    return any(a_state(t) for t in sellers)


def _the_stake_from(claim: Claim, pair: tuple[PartyMention, ...]) -> bool:
    """ "Fosters bought the 18.8% stake from Reline": a definite stake with no company of
    its own is the stake the article told of; its seller is a holder, not the company."""
    stakes = [
        t
        for slot, _, tokens in claim.slots
        if slot in BOUGHT
        for t in tokens
        if t.lemma_.lower() in STAKE_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        and not any(c.dep_ == "prep" and c.lower_ in {"in", "of"} for c in t.children)
    ]
    roles = {p.role for p in pair}
    return bool(stakes) and claim.kind == "acquisition" and roles == {"acquirer", "seller"}


def _held_by_another(claim: Claim, parties: list[tuple[str, PartyMention]]) -> set[str]:
    """ "bought an 18.8% stake in X from the Oatley family": a stake sold by a holder
    other than the company is a trade between holders; the company is no party to it."""
    selling = {p.name for slot, p in parties if slot == "from"}
    # "from the company": a reference left unresolved is the company itself
    others = [
        t
        for slot, _, tokens in claim.slots
        if slot == "from"
        for t in tokens
        if reference_number(t) is None
    ]
    if not (others or selling) or claim.kind != "acquisition":
        return set()
    return {p.name for _, p in parties if p.via == "stake" and p.name not in selling}


def _refers_to_undone(
    claim: Claim, parties: list[tuple[str, PartyMention]], undone: frozenset[str]
) -> bool:
    if not parties:
        return False
    if claim.trigger.lemma_.lower() in undone:
        return all(p.via == "reference" for _, p in parties)
    # "the possible takeover of X ... why the purchase of X creates value": a definite
    # description refers back to a deal already in the discourse, under any noun of its
    # kind; with its agent only inferred, the sentence names no new deal.
    kinds = {NOUN_FRAMES[w].kind for w in undone if w in NOUN_FRAMES}
    agent_inferred = any(
        p.via == "reference" and p.role in _AGENTS for slot, p in parties if slot in FIRST_SIDE
    )
    return claim.kind in kinds and _the(claim.trigger) and agent_inferred


_AGENTS = frozenset({"acquirer", "seller", "partner", "investor"})


def _the(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children
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


def _stake_kind(claim: Claim, group: tuple[PartyMention, ...]) -> AgreementKind:
    """Buying a minority stake is an investment; a majority or control, an acquisition."""
    if claim.kind != "acquisition" or not any(p.via == "stake" for p in group):
        return claim.kind
    words = {t.lower_ for t in claim.trigger.subtree}
    if words & _MAJORITY or _whole_holdings(claim) or _a_tender_for_control(claim.trigger):
        return "acquisition"
    numbers = [share_figure(t.text) for t in claim.trigger.subtree if t.like_num]
    return "acquisition" if any(a_controlling_share(n) for n in numbers) else "investment"


def _whole_holdings(claim: Claim) -> bool:
    """ "acquired the interests of Esso South Africa": the holdings, all of them (a stake
    of some size names its size)."""
    for slot, _, tokens in claim.slots:
        for token in tokens:
            if slot not in BOUGHT or token.lemma_.lower() not in STAKE_NOUNS:
                continue
            definite = any(c.dep_ in {"det", "poss"} for c in token.children)
            sized = any(t.like_num or t.lower_ in {"%", "pct", "percent"} for t in token.subtree)
            if token.tag_ == "NNS" and definite and not sized:
                return True
    return False


def _a_tender_for_control(trigger: Token) -> bool:
    """A tender offer is made to all holders for control unless it names a minority size
    ("a tender offer for 20 pct of B"); shares that were tendered count only when enough
    came (`tenders.tendered_frame`)."""
    lemma = trigger.lemma_.lower()
    if lemma == TENDERING_VERB and trigger.pos_ == "VERB":
        return True
    if lemma not in {"offer", "bid"} or not any(c.lower_ == "tender" for c in trigger.children):
        return False
    # the size is the object of its "for" ("for 20 pct of B"), not a premium or a note's rate
    sought = [t for c in trigger.children if c.lower_ == "for" for t in c.subtree]
    return not any(t.ent_type_ == "PERCENT" and _a_minority(t) for t in sought)


# Numbers the wire spells out, up to a half ("up to five pct", "forty pct").
_SPELLED_MINORITIES = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty""".split()
)


def _a_minority(token: Token) -> bool:
    """A percentage figure of a half or less, in figures or spelled out ("five pct")."""
    if token.like_num and token.is_alpha:
        return token.lower_ in _SPELLED_MINORITIES
    number = _number(token)
    return number is not None and number <= MAJORITY


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
