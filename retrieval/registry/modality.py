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
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from retrieval.registry.lexicon import (
    ACCEPTED_OFFER_MODIFIERS,
    ACCEPTING_VERBS,
    BLOCKING_MODIFIERS,
    BLOCKING_NOUNS,
    BLOCKING_PHRASALS,
    BLOCKING_VERBS,
    CONDITIONAL_MARKS,
    FINANCE_NOUNS,
    MARKET_WORDS,
    MODALS,
    NOUN_FRAMES,
    PRELIMINARY,
    SHORT_OF_DONE,
    SPECULATIVE_VERBS,
    STAKE_CHANGE_VERBS,
    STAKE_NOUNS,
    SUPPORT_VERBS,
    VOTE_WORDS,
)
from retrieval.registry.syntax import clause_path, predicate_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Status = Literal["deal", "preliminary", "ended"]
# Words that say a deal (or an offer) was ended or refused: the article's other mentions
# of the same parties are then no alliance either ("the sale to Fujitsu would lead ...").
ENDING = frozenset(
    """
    terminate end cancel scrap abandon withdraw dissolve unwind lose reject block drop
    """.split()
)
_OFFERS = frozenset({"offer", "bid"})
_TRADES = frozenset({"acquire", "buy", "purchase", "sell", "take", "hold", "own"})


def deal_status(trigger: Token, *, market: bool = False) -> Status | None:
    """Cached with the doc: a sentence's deal words are judged twice (before and after its
    entities are recognised)."""
    cache = trigger.doc.user_data.setdefault(_STATUS_KEY, {})
    key = (trigger.i, market)
    if key not in cache:
        cache[key] = _deal_status(trigger, market=market)
    found: Status | None = cache[key]
    return found


_STATUS_KEY = "registry.status"


def _deal_status(trigger: Token, *, market: bool = False) -> Status | None:
    """ "deal", "preliminary" (an MoU, letter of intent, agreement in principle), "ended"
    (terminated, withdrawn, rejected) or None (not a deal: talks, plans, rumours ...).

    `market`: the article reports trading in a company's shares (a filing, a stake raised
    or cut), so shares bought or sold in it were bought or sold on the market."""
    words = _words(trigger.doc)
    if market:
        words = words | {"filing"}
    if trigger.lemma_.lower() in _OFFERS and not _offer_taken(trigger):
        return None
    if _agreed_to_talk(trigger) or _financial(trigger):
        return None
    path = _scope(trigger)
    blocked = [node for node, reach in path if _blocked(node, trigger, words, reach=reach)]
    if blocked:
        ends = any(
            node != trigger
            and (node.lemma_.lower() in ENDING or predicate_lemma(node) in BLOCKING_PHRASALS)
            for node in blocked
        )
        return "ended" if ends else None
    if _market_trade(trigger, words):
        return None
    return "preliminary" if any(_preliminary(node) for node, _ in path) else "deal"


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


# How the path reached a word above the deal word: through its own clause, from its
# subject, or from a later conjunct ("talks were called off and it announced an offer").
Reach = Literal["own", "subject", "conjunct"]


def _scope(trigger: Token) -> list[tuple[Token, Reach]]:
    """The words whose modality reaches the deal word: its path to the root, up to an
    ordinary noun. A deal named inside a noun phrase ("a reply to the purchase of X") is
    presupposed, so what the sentence says around it does not undo it. Each node comes
    with how the path reached it: from its subject ("the acquisition could boost
    earnings": the modal is about the earnings, not the acquisition), from a later
    conjunct (the first conjunct's own words are not about the second), or its own."""
    found: list[tuple[Token, Reach]] = [(trigger, "own")]
    node = trigger
    # "its proposed merger", "the sale": a definite deal is presupposed by what is said
    # about it, so only words that deny or end it count above it, as above a subject.
    presupposed = _definite(trigger)
    while node.head != node and len(found) < 40:
        if _adjunct(node):
            break  # "X lost money after acquiring Y": the clause above is not about Y
        reach: Reach = "own"
        if presupposed or node.dep_ in {"nsubj", "nsubjpass", "csubj"}:
            reach = "subject"
        elif node.dep_ == "conj" and node.head.pos_ in {"VERB", "AUX"}:
            reach = "conjunct"
        relative = node.dep_ == "relcl"  # "Chrysler, which bought Gulfstream": presupposed
        node = node.head
        if node.pos_ in {"NOUN", "PROPN"}:
            lemma = node.lemma_.lower()
            # ... unless the clause tells a deal's content ("the deal, in which Fujitsu
            # would have bought ..."), or what was agreed ("a letter of intent to sell")
            if lemma not in BLOCKING_NOUNS | NOUNS_OF_RIGHT | NOUNS_OF_INTENT | NOUN_FRAMES.keys():
                break
            if relative and lemma not in NOUN_FRAMES:
                break
        found.append((node, reach))
    return found


def _definite(noun: Token) -> bool:
    """ "the merger", "its merger", "Chrysler's takeover" (not "a merger", not a verb)."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or c.dep_ == "poss"
        for c in noun.children
    )


def _blocked(node: Token, trigger: Token, words: frozenset[str], *, reach: Reach) -> bool:
    verb = node.pos_ in {"VERB", "AUX"}
    if reach == "subject" and verb:
        return _denies_its_subject(node, trigger)
    if reach == "conjunct":
        # Only what the conjuncts share: a modal or a negation on the first.
        return any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in node.children
        )
    if _unreal(node, trigger) or _denying_dependents(node, words):
        return True
    if verb:
        return _blocking_verb(node, trigger, words)
    return node != trigger and _blocking_noun(node, words)


def _denies_its_subject(verb: Token, trigger: Token) -> bool:
    """Only what a verb says of its subject deal ("the merger was terminated"), and a
    modal over an indefinite one ("a merger between them would be the fifth")."""
    if verb.lemma_.lower() in BLOCKING_VERBS or predicate_lemma(verb) in BLOCKING_PHRASALS:
        return True
    if verb.lemma_.lower() in _COMPLETING and any(c.dep_ == "neg" for c in verb.children):
        return True  # "will not proceed with its acquisition", "the merger was not completed"
    return _indefinite(trigger) and any(
        c.dep_ == "aux" and c.lower_ in MODALS | {"would"} for c in verb.children
    )


# Verbs of carrying a deal through: negated, they deny the deal they are about.
_COMPLETING = frozenset({"proceed", "complete", "close", "consummate", "finalize", "finalise"})


def _unreal(node: Token, trigger: Token) -> bool:
    """Short of done ("close to striking"), guessed ("expected to buy"), counterfactual
    ("would have bought") or a purpose ("to conclude a deal")."""
    lemma = node.lemma_.lower()
    verb = node.pos_ in {"VERB", "AUX"}
    if node != trigger and node.pos_ == "ADJ" and lemma in SHORT_OF_DONE:
        return True
    if node != trigger and verb and lemma in SPECULATIVE_VERBS:
        return True
    return (verb and _counterfactual(node)) or _purpose(node)


def _denying_dependents(node: Token, words: frozenset[str]) -> bool:
    """ "not", "no", "if", "possible", "proposed" (unless put to a vote)."""
    children = list(node.children)
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children):
        return True
    denied = any(c.dep_ == "amod" and c.lower_ in BLOCKING_MODIFIERS for c in children)
    proposed = any(c.lower_ == "proposed" for c in children)
    return denied and not (proposed and bool(words & VOTE_WORDS))


def _blocking_verb(verb: Token, trigger: Token, words: frozenset[str]) -> bool:
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return True
    if predicate_lemma(verb) in BLOCKING_PHRASALS:
        return True
    if lemma in BLOCKING_VERBS and verb != trigger:
        return not (lemma in _OFFERS and _accepted(words))
    return False


def _blocking_noun(noun: Token, words: frozenset[str]) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in _PLANS and _accepted_plan(noun):
        return False
    if lemma in BLOCKING_NOUNS:
        return not (lemma in _OFFERS and _accepted(words))
    if lemma in NOUNS_OF_RIGHT:
        return noun.head.lemma_.lower() != "exercise"  # "will exercise an option to buy"
    return False


# A plan or proposal the parties agreed or approved is a decision, not a mere plan.
_PLANS = frozenset({"plan", "proposal"})
_ACCEPTING = frozenset({"agree", "approve", "accept", "adopt", "endorse", "ratify"})


def _accepted_plan(noun: Token) -> bool:
    """ "have agreed plans to merge", "the boards approved the proposal to merge"."""
    return noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in _ACCEPTING


def _adjunct(node: Token) -> bool:
    """A clause of time, cause or manner ("after acquiring", "by selling", "when it
    bought"): its deal happened; the clause it modifies says something else."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    if node.dep_ == "advcl" and not infinitive:
        return True
    return node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.lower_ != "to"


def _indefinite(noun: Token) -> bool:
    """ "a merger", not "the merger" or "its merger": a deal not yet known to exist."""
    determiners = [c.lower_ for c in noun.children if c.dep_ in {"det", "poss"}]
    return determiners in (["a"], ["an"], ["any"])


def _counterfactual(verb: Token) -> bool:
    """ "would have bought": what did not happen."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if "have" in auxiliaries and any(a in {"would", "could", "might"} for a in auxiliaries):
        return True
    return _inverted_condition(verb)


_INVERTING = frozenset({"had", "were", "should"})


def _inverted_condition(verb: Token) -> bool:
    """ "had it also taken over Yugansk": an auxiliary before its subject, opening a
    subordinate clause, makes it a condition (the parse may make "had" the verb)."""
    if verb.dep_ == "ROOT":
        return False
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    inverted = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in _INVERTING]
    if subjects and inverted and inverted[0].i < subjects[0]:
        return True
    doc = verb.doc
    following = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    preceding = doc[verb.i - 1] if verb.i > 0 else None
    return (
        verb.lower_ in _INVERTING
        and following is not None
        and following.dep_ in {"nsubj", "nsubjpass"}
        and preceding is not None
        and preceding.dep_ not in {"nsubj", "nsubjpass", "expl"}
        and preceding.pos_ not in {"PRON", "NOUN", "PROPN"}
    )


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose or possibility ("clearing the way for it to conclude a
    deal", "in order to buy"), not one a deal verb or noun governs ("agreed to buy", "an
    agreement to buy")."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"advcl", "acl", "relcl"}:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    # The infinitive of a plan, talks or a proposal is what they are about: the noun judges.
    head = verb.head.lemma_.lower()
    governing = NOUN_FRAMES.keys() | SUPPORT_VERBS | NOUNS_OF_INTENT | BLOCKING_NOUNS
    return head not in governing


# A right or an option to buy is not yet a purchase, unless it is exercised.
NOUNS_OF_RIGHT = frozenset({"right", "option"})
# Nouns whose infinitive states what was agreed ("a letter of intent to sell").
NOUNS_OF_INTENT = frozenset({"intent", "principle", "understanding", "option", "right", "contract"})


def _agreed_to_talk(trigger: Token) -> bool:
    """ "agreed to examine a proposal", "agreed to resume negotiations": no agreement yet."""
    return trigger.lemma_.lower() == "agree" and any(
        c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in BLOCKING_VERBS
        for c in trigger.children
    )


def _financial(trigger: Token) -> bool:
    """Debentures, notes or loans bought or sold: financing, not an alliance."""
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in FINANCE_NOUNS for o in objects)


def _offer_taken(offer: Token) -> bool:
    """ "a recommended offer", "the board approved the offer", "the offer was accepted"."""
    if any(c.lower_ in ACCEPTED_OFFER_MODIFIERS for c in offer.children if c.dep_ == "amod"):
        return True
    head = offer.head
    if offer.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in ACCEPTING_VERBS:
        return True
    # "Dome's acceptance of a takeover bid"
    return offer.dep_ == "pobj" and head.head.lemma_.lower() in {"acceptance", "approval"}


def _accepted(words: frozenset[str]) -> bool:
    """A tender offer or bid the target took: accepted, approved, recommended, completed."""
    return bool(words & {"accepted", "approved", "recommended", "completed", "successful"})


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


def _market_trade(trigger: Token, words: frozenset[str]) -> bool:
    """Shares bought, sold, raised or cut on the market, as filings report them."""
    for node in clause_path(trigger)[:3]:
        objects = [c for c in node.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not any(o.lemma_.lower() in STAKE_NOUNS or o.like_num for o in objects):
            continue
        if any(_control(o) for o in objects):
            return False  # "acquired operational control of Cyclops": an acquisition
        lemma = predicate_lemma(node)
        if lemma in STAKE_CHANGE_VERBS:
            return True
        if lemma.split()[0] in _TRADES and words & MARKET_WORDS:
            return True
    return False
