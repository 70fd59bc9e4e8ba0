"""Deal predicates in a parsed sentence, with the tokens that fill their party slots.

Each verb or noun whose lemma has a frame (retrieval.registry.lexicon) is a candidate; its
slots are read from the parse (retrieval.registry.arguments; a deal noun's kind and slots,
retrieval.registry.deal_nouns) and its status from modality (retrieval.registry.modality).
A generic agreement noun that holds a more specific deal ("an agreement to acquire", "a
merger agreement") leaves the deal to that word; "agree" with a deal under it does the
same ("agreed to buy", "agreed on a merger").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from retrieval.models import AgreementKind, PartyRole
from retrieval.registry.agreeing import concurs, holds_a_deal
from retrieval.registry.becoming_units import OWNED_FIRM_NOUNS, unit_taken_slots
from retrieval.registry.buybacks import buys_its_own_stock
from retrieval.registry.deal_nouns import noun_kind, noun_slots, slot_entries
from retrieval.registry.gapping import split_slots
from retrieval.registry.getting import gets_a_holding
from retrieval.registry.grants import grant_frame
from retrieval.registry.handing import HANDING_OVER, hands_over_a_business
from retrieval.registry.implicit_agents import implicit_agent
from retrieval.registry.joint_bids import joint_bid_slots
from retrieval.registry.joint_firms import held_jointly, joint_firm_frame
from retrieval.registry.joint_purposes import joined_for_frame
from retrieval.registry.joint_work import joint_work_frame
from retrieval.registry.lexicon import (
    GENERIC_NOUNS,
    NOUN_FRAMES,
    NOUNS_NEEDING_OF,
    VERB_FRAMES,
    VERB_HOMOGRAPHS,
    Frame,
)
from retrieval.registry.merged_names import merged_slots
from retrieval.registry.modality import Status, deal_status
from retrieval.registry.noun_uses import (
    bought_within_a_purchase,
    classifies_another_noun,
    complete,
    compound_under_a_deal,
    for_money,
    not_a_deal_here,
)
from retrieval.registry.owned_after import owned_after_slots
from retrieval.registry.role_nouns import ROLE_NOUNS, role_slots
from retrieval.registry.share_issues import (
    share_issue_frame,
    share_issue_noun_frame,
    takers_on_the_paper,
)
from retrieval.registry.syntax import (
    predicate_lemma,
)
from retrieval.registry.tenders import offer_sought, tendered_frame
from retrieval.registry.verb_slots import agreement_side, verb_slot

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Claim:
    """One deal predicate: what kind, how firm, and the tokens in each party slot."""

    trigger: Token
    kind: AgreementKind
    label: str
    status: Status
    slots: tuple[tuple[str, PartyRole, tuple[Token, ...]], ...]  # (slot, role, tokens)
    symmetric: bool
    # "A reached an agreement under which B will buy ...": A, the other side if unnamed.
    fallback: tuple[Token, ...] = ()
    # The agent's role, when the article's subject company plays it if the sentence names
    # no one in it: a passive without its agent ("operations are being sold to Greyhound"),
    # a deal noun without its own ("the sale of the stake to Ferrovial").
    implicit: PartyRole | None = None


def find_claims(doc: Doc, *, market: bool = False, offers_taken: bool = False) -> list[Claim]:
    """`market`: the article reports shares traded on the market; `offers_taken`: a later
    sentence accepts "the offer" (see modality)."""
    found: list[Claim] = []
    for token in doc:
        found += _claims_at(token, market, offers_taken)
        joint = _joint_bid_claim(token)
        if joint is not None:
            found.append(joint)
    return found


def _claims_at(token: Token, market: bool, offers_taken: bool) -> list[Claim]:
    claim = _merged_claim(token, market) if token.dep_ == "amod" else None
    if claim is None and token.pos_ == "VERB":
        verbal = _verb_claim(token, market)
        if verbal is not None:
            # a gapped clause or "respectively" tells one deal per pair of remnants
            return [replace(verbal, slots=s) for s in split_slots(token, verbal.slots)]
        claim = _owned_claim(token, market)
    if claim is None and _noun_like(token):
        claim = _noun_claim(token, market, offers_taken) or _role_claim(token, market)
    return [claim] if claim is not None else []


def _joint_bid_claim(noun: Token) -> Claim | None:
    """ "the tender offer of A and B": its makers bid together, partners in it, whether or
    not the target takes the offer (joint_bids)."""
    slots = joint_bid_slots(noun)
    if slots is None:
        return None
    return Claim(noun, "partnership", "joint bid", "deal", slots, symmetric=True)


def _role_claim(noun: Token, market: bool) -> Claim | None:
    """ "Kelso, the distributor of Benton's watches": a role noun's agreement (role_nouns);
    "Benton, which became a unit of Harlow": a takeover told by its result (becoming_units)."""
    taken = unit_taken_slots(noun)
    slots = taken or role_slots(noun)
    status = deal_status(noun, market=market) if slots else None
    if slots is None or status is None:
        return None
    kind: AgreementKind = "acquisition" if taken else ROLE_NOUNS[noun.lemma_.lower()]
    return Claim(noun, kind, kind, status, slots, symmetric=not taken)


def _owned_claim(verb: Token, market: bool) -> Claim | None:
    """ "Rexnord, 96 pct owned by Banner following a tender offer": a takeover told by the
    ownership it brought about (owned_after)."""
    slots = owned_after_slots(verb)
    status = deal_status(verb, market=market) if slots else None
    if slots is None or status is None:
        return None
    return Claim(verb, "acquisition", "acquisition", status, slots, symmetric=False)


def _merged_claim(word: Token, market: bool) -> Claim | None:
    """ "the merged Burroughs and Sperry": a merger told by its result (merged_names)."""
    slots = merged_slots(word)
    status = deal_status(word, market=market) if slots else None
    if slots is None or status is None:
        return None
    return Claim(word, "merger", "merger", status, slots, symmetric=True)


def may_hold_a_deal(doc: Doc, *, market: bool = False, offers_taken: bool = False) -> bool:
    """Cheap first look, before entities are recognised: a deal word that is not denied."""
    return any(
        (
            _deal_word(token)
            and deal_status(token, market=market, offers_taken=offers_taken) is not None
        )
        or joint_bid_slots(token) is not None
        for token in doc
    )


def _deal_word(token: Token) -> bool:
    if token.pos_ == "VERB" and (
        predicate_lemma(token) in VERB_FRAMES or token.lemma_ == "take" or gets_a_holding(token)
    ):
        return True
    verb_frames = (joint_work_frame, joined_for_frame, share_issue_frame)
    if token.pos_ == "VERB" and any(frame(token) is not None for frame in verb_frames):
        return True
    if tendered_frame(token) is not None or merged_slots(token) is not None:
        return True
    # a verb like those above: "owned by Banner following a tender offer" (owned_after
    # takes verbs only, so no noun is a deal word by it)
    if owned_after_slots(token) is not None:
        return True
    lemma = token.lemma_.lower()
    # a unit noun is a deal word only where it tells a change of owner ("became a unit")
    taken = lemma in OWNED_FIRM_NOUNS and unit_taken_slots(token) is not None
    issuing = share_issue_noun_frame(token) is not None
    return _noun_like(token) and (lemma in NOUN_FRAMES or lemma in ROLE_NOUNS or taken or issuing)


def undone_deal_words(doc: Doc, *, market: bool = False) -> set[str]:
    """The deal nouns a sentence denies ("talks on a proposed merger"): "the merger" later
    in the article is that same undone deal."""
    return {
        token.lemma_.lower()
        for token in doc
        if _noun_like(token)
        and token.lemma_.lower() in NOUN_FRAMES
        and deal_status(token, market=market) is None
    }


def _noun_like(token: Token) -> bool:
    """A noun, or a deal noun the tagger took for a verb ("a $6.75bn buyout")."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return True
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in NOUN_FRAMES or lemma in VERB_FRAMES:
        return False
    # A deal noun that is also a verb of another sense is that verb when it has its own
    # subject or auxiliary ("have to deal with policies"); one that is no verb is the
    # tagger's slip ("a letter of intent to merger with Lotoquik").
    # An -ing or -ed form ("dealing in bonds", "according to analysts") is one the noun
    # never takes, so it is that verb whatever its dependents.
    verbal = token.tag_ in _INFLECTED or any(c.dep_ in _VERBAL_DEPENDENTS for c in token.children)
    return not (verbal and lemma in VERB_HOMOGRAPHS)


_VERBAL_DEPENDENTS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})
_INFLECTED = frozenset({"VBG", "VBD", "VBN"})


def _verb_claim(verb: Token, market: bool) -> Claim | None:
    lemma = predicate_lemma(verb)
    frame = (
        VERB_FRAMES.get(lemma)
        or grant_frame(verb)
        or held_jointly(verb)
        or tendered_frame(verb)
        or joint_work_frame(verb)
        or joined_for_frame(verb)
        or share_issue_frame(verb)
    )
    if frame is None and gets_a_holding(verb):
        frame = VERB_FRAMES["acquire"]  # "has taken a stake in BAII", "assumed control of B"
    if lemma in HANDING_OVER and not hands_over_a_business(verb):
        return None  # "transfer its listing to the NYSE", "the risks to Lloyd's"
    if frame is None or (lemma == "agree" and (holds_a_deal(verb) or concurs(verb))):
        return None
    if buys_its_own_stock(verb, frame) or bought_within_a_purchase(verb):
        return None  # a buyback; a part of a purchase told in the same clause
    status = deal_status(verb, market=market)
    if status is None:
        return None
    slots = []
    for slot, role in frame.slots.items():
        if slot == "subj" and not frame.agent_by:
            continue
        slots += slot_entries(slot, role, verb_slot(verb, slot))
    slots, implicit = implicit_agent(verb, frame, slots)
    kind, label = _kind_of_linking(verb, frame)
    return Claim(
        verb,
        kind,
        label,
        status,
        tuple(slots),
        frame.symmetric,
        agreement_side(verb) or offer_sought(verb),
        implicit,
    )


def _kind_of_linking(verb: Token, frame: Frame) -> tuple[AgreementKind, str]:
    """ "a joint venture linking A and B": a verb that only says whom a deal noun joins
    (a participle on the noun) takes the noun's kind, not a partnership of its own."""
    head = verb.head
    noun = NOUN_FRAMES.get(head.lemma_.lower())
    participle = verb.dep_ == "acl" and verb.tag_ == "VBG"
    if participle and frame.symmetric and noun is not None and noun.symmetric:
        return noun_kind(head, noun)
    return frame.kind, frame.kind


def _noun_claim(noun: Token, market: bool, offers_taken: bool) -> Claim | None:
    lemma = noun.lemma_.lower()
    frame = NOUN_FRAMES.get(lemma) or joint_firm_frame(noun) or share_issue_noun_frame(noun)
    if frame is None or not complete(noun, lemma) or not_a_deal_here(noun):
        return None
    if buys_its_own_stock(noun, frame) or compound_under_a_deal(noun):
        return None  # a buyback; "merger agreement": the head noun carries it, as a merger
    if lemma in GENERIC_NOUNS | set(NOUNS_NEEDING_OF) and holds_a_deal(noun):
        return None
    if lemma in GENERIC_NOUNS and for_money(noun):
        return None
    status = deal_status(noun, market=market, offers_taken=offers_taken)
    if status is None:
        return None
    kind, label = noun_kind(noun, frame)
    taker = takers_on_the_paper(noun)
    slots = noun_slots(noun, frame) + ((taker,) if taker else ())
    if classifies_another_noun(noun):
        slots = tuple(slot for slot in slots if slot[0] != "gov")
    agent = frame.slots.get("gov", "partner")
    implicit = agent if agent != "partner" else None
    return Claim(noun, kind, label, status, slots, frame.symmetric, (), implicit)
