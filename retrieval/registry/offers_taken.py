"""Offers taken: an offer or bid is a deal once its target took it -- accepted, approved,
recommended, completed, or made unconditional -- in its own sentence or a later one ("The
board has approved the offer").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.registry.cue_words import ACCEPTED_OFFER_MODIFIERS, ACCEPTING_VERBS
from retrieval.registry.denials import OFFERS
from retrieval.registry.stated import stated, under_a_condition

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def offer_taken(offer: Token) -> bool:
    """ "a recommended offer", "the board approved the offer", "the offer was accepted",
    "the offer became unconditional" (its conditions, chiefly acceptances, were met)."""
    head = offer.head
    modified = any(c.lower_ in ACCEPTED_OFFER_MODIFIERS for c in offer.children if c.dep_ == "amod")
    making = head.lemma_.lower() in _MAKING
    if modified and (not making or stated(head, making=True)):
        return True  # "is making a recommended offer", not "will make" one
    if offer.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in ACCEPTING_VERBS:
        return stated(head)  # not "did not endorse", "may complete", "failed to complete"
    if offer.dep_ in {"nsubj", "nsubjpass"} and _made_unconditional(head):
        return True
    # "Dome's acceptance of a takeover bid", not "intend to recommend acceptance of the bid"
    accepted = offer.dep_ == "pobj" and head.head.lemma_.lower() in {"acceptance", "approval"}
    verb = head.head.head  # "is recommending acceptance": a stance held
    return accepted and (verb.pos_ not in {"VERB", "AUX"} or stated(verb, making=True))


# Verbs that make an offer: their modality is the offer's ("will make a recommended offer");
# another verb's is its own ("did not raise its recommended offer").
_MAKING = frozenset({"make", "launch", "announce", "submit", "table"})
# Auxiliaries of the present: a rule stated, not a change that happened.
_PRESENT = frozenset({"is", "are", "be"})


def _made_unconditional(verb: Token) -> bool:
    """ "became unconditional", "was declared unconditional": a change of state that
    happened, not "is not conditional on financing" nor "will become unconditional if"
    (made so, the bid has no conditions left to meet)."""
    if verb.lemma_.lower() not in {"become", "declare", "go"} or verb.tag_ not in {"VBD", "VBN"}:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"}]
    if any(c.dep_ == "neg" or c.tag_ == "MD" or c.lower_ in _PRESENT for c in auxiliaries):
        return False  # "had not become", "will become", "is declared unconditional"
    if under_a_condition(verb):
        return False  # "if its offer was declared unconditional", "whether it became ..."
    return any(
        c.lower_ == "unconditional" for c in verb.children if c.dep_ in {"acomp", "oprd", "xcomp"}
    )


_DEFINITE = frozenset({"the", "this", "that"})


def accepts_an_earlier_offer(doc: Doc) -> bool:
    """ "The American Service board has approved the offer": a definite offer or bid that
    names no company of its own, taken in this sentence, is the offer the article reported
    before (that offer was taken). A possessed one ("approved its offer") is its owner's,
    not necessarily the one before."""
    for token in doc:
        if token.lemma_.lower() not in OFFERS or token.pos_ != "NOUN":
            continue
        definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)
        named = any(
            t.pos_ == "PROPN" for c in token.children if c.dep_ == "prep" for t in c.subtree
        )
        if definite and not named and offer_taken(token):
            return True
    return False


def offers_taken_before(docs: Sequence[Doc]) -> list[bool]:
    """For each sentence of an article, whether a later one accepts "the offer" ("The
    American Service board has approved the offer"): an offer made before it was taken."""
    flags: list[bool] = []
    later = False
    for doc in reversed(docs):
        flags.append(later)
        later = later or accepts_an_earlier_offer(doc)
    return flags[::-1]
