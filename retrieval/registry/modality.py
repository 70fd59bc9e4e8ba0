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

from retrieval.nlp.lemmas import verb_lemma
from retrieval.nlp.patterns import PERCENT_UNITS
from retrieval.registry.deal_scope import scope
from retrieval.registry.denials import OFFERS, denies
from retrieval.registry.ended import attempted_ending, ended_by_its_clause
from retrieval.registry.lexicon import (
    BLOCKING_PHRASALS,
    BLOCKING_VERBS,
    ENDING,
    MARKET_WORDS,
    PRELIMINARY,
    REPORTING_VERBS,
    STAKE_CHANGE_VERBS,
    STAKE_NOUNS,
)
from retrieval.registry.offers_taken import offer_taken
from retrieval.registry.purposes import agreement_of
from retrieval.registry.stray_prepositions import stray_prep_objects
from retrieval.registry.syntax import (
    clause_path,
    finance_noun,
    predicate_lemma,
    prep_objects,
)
from retrieval.registry.tenders import bought_in_an_offer, gives_a_majority

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Status = Literal["deal", "preliminary", "ended"]
_TRADES = frozenset({"acquire", "buy", "purchase", "sell", "take", "hold", "own"})


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
    if any(_told_by_hearsay(node) for node, _ in path):
        return None
    tried = attempted_ending([node for node, _ in path])
    blocked = [n for n, reach in path if denies(n, trigger, words, reach=reach) and n not in tried]
    ended = ended_by_its_clause(trigger)  # "the takeover ... which was withdrawn"
    if blocked or ended:
        ends = ended or any(
            node != trigger
            and (node.lemma_.lower() in ENDING or predicate_lemma(node) in BLOCKING_PHRASALS)
            for node in blocked
        )
        return "ended" if ends else None
    if _market_trade(trigger, words):
        return None
    # an agreed purpose is as preliminary as its agreement ("agreed in principle to issue
    # shares to B in order to acquire its unit")
    agreement = agreement_of(trigger) if trigger.pos_ == "VERB" else None
    nodes = [node for node, _ in path] + ([agreement] if agreement is not None else [])
    return "preliminary" if any(_preliminary(node) for node in nodes) else "deal"


# Nouns of hearsay whose content a clause right after them gives ("rumours the company
# would take a stake"), however the parse hangs the clause; not once confirmed.
_HEARSAY = frozenset({"rumor", "rumour", "speculation", "report"})
_CONFIRMING = frozenset({"confirm", "verify", "acknowledge"})


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
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        owned = any(c.dep_ == "poss" for c in subject.children)
        if subject.lemma_.lower() in hearsay and not owned:
            return True
    return False


def _words(doc: Doc) -> frozenset[str]:
    """The sentence's common words and lemmas ("BAII Holdings" is a name, not a word about
    holdings), kept with the doc: every deal word of a sentence asks for them."""
    found = doc.user_data.get(_WORDS_KEY)
    if found is None:
        words = {t.lower_ for t in doc if t.pos_ != "PROPN"}
        words |= {t.lemma_.lower() for t in doc if t.pos_ != "PROPN"}
        if _market_phrase(doc.text):
            words.add("filing")
        found = doc.user_data[_WORDS_KEY] = frozenset(words)
    return frozenset(found)


_WORDS_KEY = "registry.words"


def _agreed_to_talk(trigger: Token) -> bool:
    """ "agreed to examine a proposal", "agreed to resume negotiations": no agreement yet."""
    return trigger.lemma_.lower() == "agree" and any(
        c.dep_ in {"xcomp", "ccomp"} and verb_lemma(c) in BLOCKING_VERBS for c in trigger.children
    )


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


def _market_phrase(text: str) -> bool:
    return "Securities and Exchange Commission" in text or "open market" in text.lower()


_CONTROL = frozenset({"control", "majority", "controlling", "all", "remaining"})


def _control(stake: Token) -> bool:
    """Control of a company is not a holding traded on the market."""
    return stake.lemma_.lower() in _CONTROL or any(
        c.lower_ in _CONTROL for c in stake.children if c.dep_ in {"amod", "det", "compound"}
    )


def _lots(thing: Token) -> bool:
    """ "219,000 Buckeye units": what is counted in thousands is securities (units, shares,
    warrants), never firms; buying them is a trade in a company's paper. The count may hang
    on the issuer's name inside the phrase ("12,500 Tobin Foods Inc shares"). A number that
    opens a name is part of it ("2001 Distributors Inc"): what is counted is a common noun."""
    if thing.pos_ == "PROPN":
        return False
    counts = [t for t in thing.doc[thing.left_edge.i : thing.i] if t.like_num]
    return any(_count(c.text) >= 1000 for c in counts)


# What a company's paper is called: a part "of X stock" is a part of its traded shares.
_PAPER = frozenset({"stock", "share", "shares", "common"})
_PERCENT = frozenset(PERCENT_UNITS)  # the newswire words for per cent the NLP layer knows


def _part_of_stock(thing: Token) -> bool:
    """ "over five pct of Tobin stock": a minority part of a company's traded shares (a
    holding, counted in the market's terms; buying the company itself is a majority). A
    number in words ("five") counts as small."""
    if thing.lemma_.lower() not in _PERCENT:
        return False
    paper = [g for c in thing.children if c.lower_ == "of" for g in c.children]
    amounts = [_count(c.text) for c in thing.children if c.dep_ == "nummod" and c.like_num]
    return any(p.lemma_.lower() in _PAPER for p in paper) and all(a < 50 for a in amounts)


def _objects(node: Token, trigger: Token) -> list[Token]:
    """What a trade verb (or the deal noun itself: "purchases of 12,500 shares") trades."""
    found = [c for c in node.children if c.dep_ in {"dobj", "nsubjpass"}]
    if node == trigger and node.pos_ == "NOUN":
        found += [g for c in node.children if c.lower_ == "of" for g in c.children]
    return found


def _agreed(trigger: Token) -> bool:
    """An agreement above the trade has a counterparty: no market trade."""
    return any(node.lemma_.lower() in {"agree", "agreement"} for node in clause_path(trigger))


def _count(text: str) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


def _market_trade(trigger: Token, words: frozenset[str]) -> bool:
    """Shares bought, sold, raised or cut on the market, as filings report them."""
    for node in clause_path(trigger)[:3]:
        objects = _objects(node, trigger)
        if not any(o.lemma_.lower() in STAKE_NOUNS or o.like_num or _lots(o) for o in objects):
            continue
        if any(_control(o) for o in objects) or gives_a_majority(node):
            return False  # "acquired operational control of Cyclops": an acquisition
        if _named_counterparty(node) or bought_in_an_offer(node):
            return False  # "sold ... to Soo Line", "bought ... under its offer": a deal
        lemma = predicate_lemma(node)
        if lemma in STAKE_CHANGE_VERBS:
            return True
        if lemma.split()[0] in _TRADES and words & MARKET_WORDS:
            return True
        trade = lemma.split()[0] in _TRADES or node.lemma_.lower() in {"purchase", "sale"}
        paper = any(_lots(o) or _part_of_stock(o) for o in objects)
        if trade and (paper or _changing_a_stake(node)) and not _agreed(trigger):
            return True
    return False


def _named_counterparty(verb: Token) -> bool:
    """ "sold its railroad interests to Soo Line Railroad Co": a trade on the market has no
    buyer or seller the trader names; a named one makes it a deal between the two. The
    parse may hang "from X" on the shares ("bought 9.9 pct of the total from X"): it
    still names whom they came from."""
    direct = [
        g
        for child in verb.children
        if child.lower_ in {"to", "from"} and child.dep_ in {"prep", "dative"}
        for g in child.children
    ]
    stray = [g for p in ("to", "from") for g in stray_prep_objects(verb, p)]
    return any(g.pos_ == "PROPN" and g.ent_type_ not in _NOT_PARTIES for g in direct + stray)


_NOT_PARTIES = frozenset({"PERSON", "GPE", "DATE", "PERCENT", "MONEY", "CARDINAL"})


def _changing_a_stake(verb: Token) -> bool:
    """ "purchased additional shares, increasing its stake to 19.9 pct": shares bought to
    build a holding, from no one named (a block bought "from" a holder is a deal)."""
    sellers = prep_objects(verb, "from") or stray_prep_objects(verb, "from")
    raising = [
        c
        for c in verb.children
        if c.dep_ in {"advcl", "xcomp", "conj"}
        and c.tag_ == "VBG"
        and c.lemma_.lower() in STAKE_CHANGE_VERBS
    ]
    # new shares, a placement (bought from the company) or control gained are a deal
    words = {t.lower_ for t in verb.subtree}
    control = any(_count(t.text) >= 50 for r in raising for t in r.subtree if t.like_num)
    return bool(raising) and not sellers and not control and not words & _FROM_THE_COMPANY


_FROM_THE_COMPANY = frozenset({"newly", "issued", "new", "placement", "private"})
