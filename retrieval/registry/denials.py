"""Which words in a deal word's scope deny it (retrieval.registry.deal_scope).

Negation ("did not agree", "no agreement"), a modal of possibility ("could merge"), a
condition ("if ..."), a counterfactual ("would have bought"), a purpose (purposes.py: "to conclude a
deal"), a verb or noun of talk, intent, proposal, denial or ending ("in talks to acquire",
"plans to buy", "terminated the merger agreement"), a right not exercised, or an adjective
that denies it ("possible merger", "hostile bid"), unless a "proposed" merger is put to a
shareholder vote, approved or named as its maker's pending deal (approvals.py). A word
reached from its subject or from a later conjunct denies less. An offer or bid is a deal
only once taken (offers_taken.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.lemmas import verb_lemma
from retrieval.registry.approvals import (
    proposal_agreed,
    proposal_approved,
    proposal_presupposed,
)
from retrieval.registry.cue_words import (
    BLOCKING_MODIFIERS,
    BLOCKING_NOUNS,
    BLOCKING_PHRASALS,
    BLOCKING_VERBS,
    CONDITIONAL_MARKS,
    INTENT_WITH_INFINITIVE,
    MODALS,
    SHORT_OF_DONE,
    SPECULATIVE_VERBS,
    VOTE_WORDS,
)
from retrieval.registry.deal_scope import (
    NOUNS_OF_RIGHT,
    Reach,
)
from retrieval.registry.irrealis import conditional_consequent, hypothetical, terms_frame
from retrieval.registry.plans import COMPLETING, PLANS, accepted_plan, sale_to_a_named_buyer
from retrieval.registry.purposes import is_purpose
from retrieval.registry.syntax import predicate_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

OFFERS = frozenset({"offer", "bid"})


def denies(
    node: Token, trigger: Token, words: frozenset[str], *, reach: Reach, presupposed: bool = False
) -> bool:
    """`presupposed`: something above the deal presupposes it agreed (an ending tried or
    refused: "sued to block the proposed merger"), so "proposed" does not deny it."""
    verb = node.pos_ in {"VERB", "AUX"}
    if reach == "subject" and verb:
        return _denies_its_subject(node, trigger)
    if reach == "conjunct":
        # Only what the conjuncts share: a modal or a negation on the first.
        return any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in node.children
        )
    if _unreal(node, trigger) or _denying_dependents(node, words, presupposed=presupposed):
        return True
    if verb and _framed_as_unreal(node, words):
        return True
    if verb:
        return _blocking_verb(node, trigger, words)
    return node != trigger and _blocking_noun(node, words)


def _framed_as_unreal(verb: Token, words: frozenset[str]) -> bool:
    """ "it would buy B if it won approval" (a conditional consequent), "under the
    proposal, A would buy B", "said under the proposal it would buy B" (the terms of a
    proposal, told as a hypothesis; "shares tendered under the offer" were tendered)."""
    if conditional_consequent(verb):
        return True
    frame = terms_frame(verb) if hypothetical(verb) else None
    # not a relative clause's own head noun ("a proposal under which"): the scope reaches
    # that noun and judges it there
    return frame is not None and frame != verb.head and _blocking_noun(frame, words)


def _denies_its_subject(verb: Token, trigger: Token) -> bool:
    """Only what a verb says of its subject deal ("the merger was terminated"), and a
    modal over an indefinite one ("a merger between them would be the fifth")."""
    lemma = verb_lemma(verb)
    if lemma in _APPRAISING and _possessed(trigger):
        return False  # "after examining Loral's acquisition of Goodyear": it happened
    if lemma in _PERMITTING:
        return any(c.dep_ == "neg" for c in verb.children)  # "did not allow the merger"
    blocking = lemma in BLOCKING_VERBS or predicate_lemma(verb) in BLOCKING_PHRASALS
    if blocking and not _acts_on_its_object(verb, trigger):
        return True
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in verb.children):
        return True  # "if GAF's offer to acquire B is successful": only a condition
    if verb.lemma_.lower() in COMPLETING and any(c.dep_ == "neg" for c in verb.children):
        return True  # "will not proceed with its acquisition", "the merger was not completed"
    return _indefinite(trigger) and any(
        c.dep_ == "aux" and c.lower_ in MODALS | {"would"} for c in verb.children
    )


def _acts_on_its_object(verb: Token, trigger: Token) -> bool:
    """ "the partnership dropped its offer", "the venture rejected the bid": an active verb
    with an object of its own ends or refuses that object; the deal in its subject is who
    does it (not "the merger was dropped", nor "blocked the merger")."""
    children = list(verb.children)
    subject = any(c.dep_ == "nsubj" and trigger in c.subtree for c in children)
    return subject and any(c.dep_ == "dobj" for c in children)


# Verbs of permitting: what they permit is their complement's event ("to allow holders
# to assess the sale": the assessing), never their subject ("the merger enabled it to").
_PERMITTING = frozenset({"enable", "allow", "permit"})
# Verbs that take a deal as the thing looked at: a possessed deal they look at is
# presupposed ("examining Loral's acquisition of Goodyear"), as it is under "after".
_APPRAISING = frozenset({"examine", "review", "evaluate", "study", "welcome", "assess"})


def _possessed(deal: Token) -> bool:
    """ "Loral's acquisition", "its merger": a deal with a possessor is one that exists."""
    return deal.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "poss" for c in deal.children)


def _unreal(node: Token, trigger: Token) -> bool:
    """Short of done ("close to striking"), guessed ("expected to buy"), counterfactual
    ("would have bought") or a purpose ("to conclude a deal")."""
    lemma = node.lemma_.lower()
    verb = node.pos_ in {"VERB", "AUX"}
    if node != trigger and node.pos_ == "ADJ" and lemma in SHORT_OF_DONE:
        return True
    if node != trigger and verb and lemma in SPECULATIVE_VERBS:
        return True
    return (verb and _counterfactual(node)) or is_purpose(node)


def _denying_dependents(node: Token, words: frozenset[str], *, presupposed: bool) -> bool:
    """ "not", "no", "if", "possible", "proposed" (unless put to a vote or presupposed)."""
    children = list(node.children)
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children):
        return True
    modifiers = [c for c in children if c.dep_ == "amod"] + _modifiers_lost(node)
    denied = any(c.lower_ in BLOCKING_MODIFIERS or _blocking_participle(c) for c in modifiers)
    proposed = any(c.lower_ == "proposed" for c in [*children, *modifiers])
    agreed = (
        presupposed
        or bool(words & VOTE_WORDS)
        or proposal_approved(node)
        or proposal_presupposed(node)
        or proposal_agreed(node)
    )
    return denied and not (proposed and agreed)


def _blocking_participle(modifier: Token) -> bool:
    """ "an attempted takeover", "a rejected merger": the participle of a verb that leaves a
    deal undone says the same when it modifies the deal noun."""
    return modifier.tag_ == "VBN" and modifier.lemma_.lower() in BLOCKING_VERBS


def _modifiers_lost(noun: Token) -> list[Token]:
    """ "the proposed, but now apparently abandoned, merger": the words between a
    determiner and its noun modify the noun, whatever the parse made of them."""
    doc = noun.doc
    found: list[Token] = []
    index = noun.i - 1
    while index >= 0 and doc[index].head != noun:
        token = doc[index]
        if token.pos_ == "DET":
            return found if found else []
        if token.pos_ not in {"ADJ", "ADV", "VERB", "CCONJ", "PUNCT"}:
            return []
        found.append(token)
        index -= 1
    return []


def _blocking_verb(verb: Token, trigger: Token, words: frozenset[str]) -> bool:
    lemma = verb_lemma(verb)
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return True
    if predicate_lemma(verb) in BLOCKING_PHRASALS:
        return True
    if lemma in BLOCKING_VERBS and verb != trigger:
        if lemma == "plan" and sale_to_a_named_buyer(verb, trigger):
            return False
        return not (lemma in OFFERS and _accepted(words))
    return lemma in INTENT_WITH_INFINITIVE and any(
        c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children
    )


def _blocking_noun(noun: Token, words: frozenset[str]) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in PLANS and accepted_plan(noun):
        return False
    if lemma in BLOCKING_NOUNS:
        return not (lemma in OFFERS and _accepted(words)) and not _signed_report(noun)
    if lemma in NOUNS_OF_RIGHT:
        return noun.head.lemma_.lower() != "exercise"  # "will exercise an option to buy"
    return False


# Verbs whose subject makes the report it takes as object ("filed a report"), unlike
# verbs that pass on someone else's ("cited / read / saw / quoted a report").
REPORT_MAKING_VERBS = frozenset("file issue publish release submit prepare".split())


def _signed_report(noun: Token) -> bool:
    """ "DTD said it filed a report indicating that B had assumed control of it", "its
    report": a report whose maker is named (its possessor, or the name or pronoun that is
    the subject of a verb of making it) is that maker's own statement, as "DTD reported"
    is; a report no one signs ("a report said", "press reports") or one only passed on
    ("A cited a report saying") is hearsay."""
    if noun.lemma_.lower() != "report":
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    if noun.dep_ != "dobj" or verb_lemma(noun.head) not in REPORT_MAKING_VERBS:
        return False
    makers = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return any(m.pos_ in {"PROPN", "PRON"} for m in makers)


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


def _accepted(words: frozenset[str]) -> bool:
    """A tender offer or bid the target took: accepted, approved, recommended, completed."""
    return bool(words & {"accepted", "approved", "recommended", "completed", "successful"})
