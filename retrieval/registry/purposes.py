"""A deal word in an infinitive of purpose is no deal done ("clearing the way for it to
conclude a deal", "in order to buy"), unless the purpose is what an agreement made with the
payee is for ("agreed to issue shares to B in order to acquire its unit") or a permission
granted decides it ("received approval from the Fed to acquire B"). Read by denials.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.conditions import verb_beyond_condition
from retrieval.registry.cue_words import BLOCKING_NOUNS, NOUNS_OF_INTENT
from retrieval.registry.deal_scope import takes_it_as_content
from retrieval.registry.joint_purposes import joining_of
from retrieval.registry.lexicon import NOUN_FRAMES, SUPPORT_VERBS, WINNING_VERBS
from retrieval.registry.stated import stated
from retrieval.registry.syntax import is_infinitive, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_purpose(verb: Token) -> bool:
    """An infinitive of purpose or possibility ("clearing the way for it to conclude a
    deal", "in order to buy"), not one a deal verb or noun governs ("agreed to buy", "an
    agreement to buy")."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"advcl", "acl", "relcl"}:
        return False
    if not is_infinitive(verb):
        return False
    # The infinitive of a plan, talks or a proposal is what they are about: the noun judges.
    head = verb.head.lemma_.lower()
    governing = NOUN_FRAMES.keys() | SUPPORT_VERBS | NOUNS_OF_INTENT | BLOCKING_NOUNS
    return (
        head not in governing | WINNING_VERBS
        and not (verb.head.pos_ == "NOUN" and takes_it_as_content(head))
        and not _permitted(verb)
        and agreement_of(verb) is None
        # "joined with B to purchase C": what the two joined to do, done when the joining is
        and joining_of(verb) is None
        # "agreed subject to approvals to acquire B": what was agreed (conditions.py)
        and verb_beyond_condition(verb) is None
    )


def agreement_of(purpose: Token) -> Token | None:
    """ "agreed in principle to issue shares to B in order to acquire its unit": the
    agreement whose purpose this is -- a payment agreed with a named party, about that
    party or its unit, the agreeing stated as done ("did not agree", "would agree if"
    agree nothing). Not agreeing "to act in concert with B to acquire C" (a plan of the
    two), nor "to issue warrants to a bank in order to acquire C"."""
    action = purpose.head
    if action.lower_ == "order" and action.dep_ == "pobj":
        action = action.head.head  # "in order to": the clause's own verb
    agreeing = {"agree", "sign"}
    if action.lemma_.lower() in agreeing:  # the parse may hang the purpose on "agreed"
        agreement, agreed = action, [c for c in action.children if c.dep_ == "xcomp"]
    elif action.dep_ == "xcomp" and action.head.lemma_.lower() in agreeing:
        agreement, agreed = action.head, [action]
    else:
        return None
    payees = [t for verb in agreed for t in prep_objects(verb, "to") if t.pos_ == "PROPN"]
    found = bool(payees) and stated(agreement) and _about(purpose, payees)
    return agreement if found else None


def _about(purpose: Token, payees: list[Token]) -> bool:
    """The purpose's object is the payee or its unit ("its unit", "Benton Tool's Delta
    unit"), by the payee's words."""
    words = {t.lower_ for payee in payees for t in payee.subtree if t.pos_ == "PROPN"}
    objects = [t for c in purpose.children if c.dep_ == "dobj" for t in c.subtree]
    return any(t.lower_ in words or t.lower_ in ("its", "their") for t in objects)


# What a permission is called, and the verbs by which one has it.
_PERMISSIONS = frozenset({"approval", "permission", "clearance", "consent", "authorization"})
_GETTING = frozenset({"receive", "win", "get", "obtain", "gain", "secure", "grant", "give"})


def _permitted(verb: Token) -> bool:
    """ "received approval from the Fed to acquire B": a permission granted makes what it
    permits decided, not a purpose (the parse hangs the infinitive on the noun or on the
    verb of getting)."""
    head = verb.head
    if _request_granted(head):
        return True
    getting = head.head if head.lemma_.lower() in _PERMISSIONS else head
    if getting.lemma_.lower() not in _GETTING or not _asserted(getting):
        return False
    return head is not getting or any(
        c.lemma_.lower() in _PERMISSIONS for c in head.children if c.dep_ in {"dobj", "dative"}
    )


# What a request for a permission is called, and the verbs that grant one.
_REQUESTS = frozenset({"application", "request", "petition"})
_GRANTING = frozenset({"approve", "grant", "clear"})


def _request_granted(noun: Token) -> bool:
    """ "the Fed approved its application to acquire B": a request for a permission that
    was granted is the permission given (not "will consider its application to ...")."""
    if noun.lemma_.lower() not in _REQUESTS or noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    granting = noun.head
    return granting.lemma_.lower() in _GRANTING and _asserted(granting)


def _asserted(verb: Token) -> bool:
    """The getting happened: not negated ("did not receive"), not the complement of another
    verb ("expects to receive", "failed to win", "hopes to get")."""
    return verb.dep_ != "xcomp" and not any(c.dep_ == "neg" for c in verb.children)
