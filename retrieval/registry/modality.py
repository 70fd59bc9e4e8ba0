"""Is a deal predicate a deal? Modality and polarity along its path to the sentence root.

A deal word states a deal unless something above it (or modifying it) says otherwise:
negation ("did not agree", "no agreement"), a modal of possibility ("could merge"), a
condition ("if ..."), a verb or noun of talk, intent, proposal, denial or ending ("in talks
to acquire", "plans to buy", "denied it would sell", "terminated the merger agreement"), or
an adjective that denies it ("possible merger", "hostile bid"). Two exceptions are facts of
deal prose: a "proposed" merger put to a shareholder vote is agreed by the boards, and a
tender offer the target accepted (or recommended, or that was completed) is a deal.
Preliminary agreements (in principle, letters of intent, memoranda) are deals of their own
kind; stakes bought or sold on the market and reported in filings are not alliances.
The words above a deal word are its scope (retrieval.registry.deal_scope); which of them
deny it, retrieval.registry.denials.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from retrieval.nlp.hearsay_words import CONFIRMING_VERBS, RUMOUR_NOUNS
from retrieval.nlp.lemmas import verb_lemma
from retrieval.registry.cue_words import BLOCKING_PHRASALS, BLOCKING_VERBS, ENDING, TALK_NOUNS
from retrieval.registry.deal_scope import scope
from retrieval.registry.denials import OFFERS, denies
from retrieval.registry.ended import attempted_ending, ended_by_its_clause
from retrieval.registry.lexicon import PRELIMINARY, REPORTING_VERBS
from retrieval.registry.market_trades import market_phrase, market_trade
from retrieval.registry.offers_taken import offer_taken
from retrieval.registry.purposes import agreement_of
from retrieval.registry.syntax import (
    finance_noun,
    predicate_lemma,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Status = Literal["deal", "preliminary", "ended"]


def deal_status(
    trigger: Token, *, market: bool = False, offers_taken: bool = False
) -> Status | None:
    """Cached with the doc: a sentence's deal words are judged twice (before and after its
    entities are recognised). `offers_taken`: a later sentence of the article accepts "the
    offer" (see denials.accepts_an_earlier_offer)."""
    cache = trigger.doc.user_data.setdefault(_STATUS_KEY, {})
    key = (trigger.i, market, offers_taken)
    if key not in cache:
        cache[key] = _deal_status(trigger, market=market, offers_taken=offers_taken)
    found: Status | None = cache[key]
    return found


_STATUS_KEY = "registry.status"


def _deal_status(
    trigger: Token, *, market: bool = False, offers_taken: bool = False
) -> Status | None:
    """ "deal", "preliminary" (an MoU, letter of intent, agreement in principle), "ended"
    (terminated, withdrawn, rejected) or None (not a deal: talks, plans, rumours ...).

    `market`: the article reports trading in a company's shares (a filing, a stake raised
    or cut), so shares bought or sold in it were bought or sold on the market."""
    words = _words(trigger.doc)
    if market:
        words = words | {"filing"}
    if trigger.lemma_.lower() in OFFERS and not (offers_taken or offer_taken(trigger)):
        return None
    if _agreed_to_talk(trigger) or _financial(trigger):
        return None
    path = scope(trigger)
    if any(_told_by_hearsay(node) or _according_to_hearsay(node) for node, _ in path):
        return None
    tried, presupposed = attempted_ending([node for node, _ in path])
    blocked = [
        n
        for n, reach in path
        if n not in tried and denies(n, trigger, words, reach=reach, presupposed=presupposed)
    ]
    ended = ended_by_its_clause(trigger)  # "the takeover ... which was withdrawn"
    if blocked or ended:
        ends = ended or any(
            node != trigger
            and (node.lemma_.lower() in ENDING or predicate_lemma(node) in BLOCKING_PHRASALS)
            for node in blocked
        )
        return "ended" if ends else None
    if market_trade(trigger, words):
        return None
    # an agreed purpose is as preliminary as its agreement ("agreed in principle to issue
    # shares to B in order to acquire its unit")
    agreement = agreement_of(trigger) if trigger.pos_ == "VERB" else None
    nodes = [node for node, _ in path] + ([agreement] if agreement is not None else [])
    return "preliminary" if any(_preliminary(node) for node in nodes) else "deal"


# Nouns of hearsay whose content a clause right after them gives ("rumours the company
# would take a stake"), however the parse hangs the clause; not once confirmed.
_HEARSAY = RUMOUR_NOUNS | {"report"}
_CONFIRMING = CONFIRMING_VERBS


def _told_by_hearsay(node: Token) -> bool:
    """ "declined to comment on rumours the company would take a stake": the parse hangs
    the rumour's clause on the verb above; the word before it says what it is."""
    if node.dep_ not in {"ccomp", "conj"}:
        return False
    if node.dep_ == "ccomp" and _an_unnamed_report(node.head):
        return True  # "A published report said X and Y acquired a stake"
    before = node.left_edge.i - 1
    if before >= 0 and node.doc[before].lower_ == "that":
        before -= 1
    noun = node.doc[before] if before >= 0 else None
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _HEARSAY:
        return False  # "Harlow reports it acquired ...": the verb
    # "confirmed reports it had agreed", "its annual reports": no hearsay
    confirmed = noun.head.lemma_.lower() in _CONFIRMING
    return not confirmed and not any(c.dep_ in {"poss", "amod"} for c in noun.children)


# Hearsay whatever its verb ("rumors circulated that ..."); a report is hearsay only
# where it says something ("a published report said"; "the annual report showed" is a record).
_RUMOURS = _HEARSAY - {"report"}


def _an_unnamed_report(verb: Token) -> bool:
    """A verb whose subject is hearsay no one signs ("a published report said", "rumors
    circulated that ..."), not a company's own ("its annual report")."""
    hearsay = _HEARSAY if verb.lemma_.lower() in REPORTING_VERBS else _RUMOURS
    for subject in (_antecedent(c, verb) for c in verb.children if c.dep_ == "nsubj"):
        owned = any(c.dep_ == "poss" for c in subject.children)
        if subject.lemma_.lower() in hearsay and not owned:
            return True
    return False


def _antecedent(subject: Token, verb: Token) -> Token:
    """A relative pronoun subject stands for the noun its clause modifies: in "rose on the
    report, which said X had bought Y" the report is who says it."""
    if subject.tag_ == "WDT" and verb.dep_ == "relcl":
        return verb.head
    return subject


def _according_to_hearsay(node: Token) -> bool:
    """ "According to the report, X agreed to buy Y": the clause is the report's word, not
    a firm's (a company's own report, "according to its annual report", is its word)."""
    for prep in (c for c in node.children if c.lemma_.lower() == "accord"):
        for to in (c for c in prep.children if c.lower_ == "to"):
            for noun in (c for c in to.children if c.dep_ == "pobj"):
                owned = any(c.dep_ in {"poss", "compound"} for c in noun.children)
                if noun.lemma_.lower() in _HEARSAY and not owned:
                    return True
    return False


def _words(doc: Doc) -> frozenset[str]:
    """The sentence's common words and lemmas ("BAII Holdings" is a name, not a word about
    holdings), kept with the doc: every deal word of a sentence asks for them."""
    found = doc.user_data.get(_WORDS_KEY)
    if found is None:
        words = {t.lower_ for t in doc if t.pos_ != "PROPN"}
        words |= {t.lemma_.lower() for t in doc if t.pos_ != "PROPN"}
        if market_phrase(doc.text):
            words.add("filing")
        found = doc.user_data[_WORDS_KEY] = frozenset(words)
    return frozenset(found)


_WORDS_KEY = "registry.words"


def _agreed_to_talk(trigger: Token) -> bool:
    """ "agreed to examine a proposal", "agreed to resume negotiations", "agreed to hold
    talks": no agreement yet. Whatever the verb, talks as its object are what is agreed."""
    if trigger.lemma_.lower() != "agree":
        return False
    done = [c for c in trigger.children if c.dep_ in {"xcomp", "ccomp"}]
    talks = [o for c in done for o in c.children if o.dep_ == "dobj" and o.lower_ in TALK_NOUNS]
    return bool(talks) or any(verb_lemma(c) in BLOCKING_VERBS for c in done)


def _financial(trigger: Token) -> bool:
    """Debentures, notes or loans bought or sold, or shares sold to be placed with others
    ("to McCarthy Securities for private placements to investors"): financing, not an
    alliance."""
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    return _sold_for_placing(trigger) or any(finance_noun(o) for o in objects)


# What shares are sold for when the buyer only passes them on.
_PLACING = frozenset({"placement", "resale", "offering"})


def _sold_for_placing(trigger: Token) -> bool:
    """A "for" of placing on the verb itself, or on its object, its price or its buyer,
    where the parse may hang it ("for 24.9 mln dlrs to X for private placements"); not
    one inside another phrase ("in preparation for a public offering of its own shares")."""
    own = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    sides = [p for p in trigger.children if p.dep_ in {"prep", "dative"}]
    own += [o for p in sides if p.lower_ in {"for", "to"} for o in p.children]
    return any(
        prep.lower_ == "for" and obj.dep_ == "pobj" and obj.lemma_.lower() in _PLACING
        for word in own
        for prep in word.children
        for obj in prep.children
    )


def _preliminary(node: Token) -> bool:
    lemma = node.lemma_.lower()
    if lemma in {"memorandum", "mou"}:
        return True
    if lemma == "letter" and any(c.lower_ == "of" for c in node.children):
        return True
    for child in node.children:
        if child.lower_ in PRELIMINARY and child.dep_ in {"amod", "compound"}:
            return True
        in_principle = child.dep_ == "prep" and child.lower_ == "in"
        if in_principle and any(g.lower_ == "principle" for g in child.children):
            return True
    return False
