"""Negation: whether a verb is negated, how far a negation reaches, and whether a sentence
says that the asked thing is not stated ("it has not disclosed the price").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.anchors import anchor_tokens
from retrieval.reading.asking import Part
from retrieval.reading.interrogatives import WH_TAGS, has_a_twin
from retrieval.reading.question_parts import set_off

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NEGATIVE_DETERMINERS = frozenset({"no", "neither", "none", "nobody", "nothing"})


def denies(doc: Doc, part: Part) -> bool:
    """The sentence says the asked thing is not stated: "it has not disclosed the price
    to be paid" -- the focus or verb asked about sits under a negated verb. Not when the
    sentence also asserts the asked verb ("CTC, which already holds 17.4 pct, said it
    would not take up any shares" for "what share does CTC hold")."""
    asked = [token for token, weight in anchor_tokens(doc, part) if weight >= 1.0]
    if any(_asserted(t) for t in asked if t.pos_ == "VERB" and t.lemma_ == part.predicate):
        return False
    return any(_denied(token) for token in asked)


def _asserted(verb: Token) -> bool:
    """No negated verb above the verb: the sentence states it ("CTC, which already holds
    17.4 pct, ..."), not "did not disclose the total it would pay"."""
    return not any(g.pos_ in ("VERB", "AUX") and negated(g) for g in [verb, *verb.ancestors])


def _denied(token: Token) -> bool:
    """The word sits under a negated verb, within that negation's reach."""
    for governor in [token, *token.ancestors]:
        if _identifies(governor):
            return False  # "the 45 pct it does not already own": which shares, not a denial
        if governor.pos_ in ("VERB", "AUX") and negated(governor):
            return True
        if _beside_the_question(governor, token):
            return False  # "did not say how much they will invest in the venture, named X"
        if governor.dep_ == "conj" and contrasted(governor):
            return False  # "did not disclose the price but said it issued 30,000 shares"
        if governor is not token and governor.pos_ in ("NOUN", "PROPN"):
            # "would not challenge the foreclosure of its 119 rigs": a thing inside
            # another noun is stated, whatever is denied of that noun
            return False
    return False


def _beside_the_question(clause: Token, token: Token) -> bool:
    """An indirect question's clause ("did not say how much they will invest in the
    venture"): what is not said is what its wh-phrase asks ("how much money"); the clause's
    other words are stated."""
    if clause.dep_ != "ccomp" or token.i == clause.i:
        return False
    asked = [t.i for t in clause.subtree if t.tag_ in WH_TAGS and t.i < clause.i]
    phrases = [
        c for c in clause.children if any(c.left_edge.i <= i <= c.right_edge.i for i in asked)
    ]
    return bool(phrases) and not any(p.left_edge.i <= token.i <= p.right_edge.i for p in phrases)


def _identifies(verb: Token) -> bool:
    """A restrictive relative clause (no comma before it) says which thing its noun is
    ("the 45 pct it does not already own"): what it negates picks the thing out and
    denies nothing of the sentence (the parse may hang the sentence's own phrases on it).
    A clause set off by a comma asserts ("the company, which did not disclose the
    price")."""
    return verb.dep_ == "relcl" and not set_off(verb)


# Coordinators that set a conjunct against the one before: a negation does not carry
# over them ("did not disclose a price but said it had issued 30,000 shares").
CONTRASTING = frozenset({"but", "yet"})


def in_scope_of_first(conjunct: Token) -> bool:
    """A later conjunct shares the first one's auxiliaries, negation included ("would not
    buy or sell", "had not bid for or bought"), unless it has a subject or an auxiliary of
    its own, or a contrasting coordinator sets it against the first (`contrasted`)."""
    if contrasted(conjunct):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in conjunct.children)


def contrasted(conjunct: Token) -> bool:
    """ "did not disclose a price but said ...": a contrasting coordinator sets the later
    conjunct against the first, whose negation it does not share. (A clause with its own
    subject shares a negation above both: "did not confirm that A bid or that B paid".)"""
    head = conjunct.head
    return any(
        c.dep_ == "cc" and c.lower_ in CONTRASTING and head.i < c.i < conjunct.i
        for c in head.children
    )


def contrasted_agent(subject: Token) -> bool:
    """ "is not owned by Osko but by Vetra": the later by-phrase is set against the denied
    one and is asserted. The parse hangs it on the first by-phrase as a conjunct, or on
    the verb as a second agent with "but" on the first."""
    while subject.dep_ == "conj" and subject.head.dep_ == "pobj":
        subject = subject.head  # "but by Vetra and Brandt": each conjunct with the first
    by = subject.head
    if subject.dep_ != "pobj" or by.lower_ != "by":
        return False
    if by.dep_ == "conj":
        return contrasted(by)
    earlier = [c for c in by.head.children if c.dep_ == "agent" and c.i < by.i]
    return by.dep_ == "agent" and any(
        g.dep_ == "cc" and g.lower_ in CONTRASTING for c in earlier for g in c.children
    )


def negated(verb: Token) -> bool:
    """ "has not disclosed", "would not buy" (the parse may hang "not" on the auxiliary),
    "never said", "Neither company disclosed", "no one gave"."""
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "aux" and any(grand.dep_ == "neg" for grand in child.children):
            return True
        # a subject with a twin is a phrase the parse hung there ('"Texaco offered cash, no
        # strings attached," DeCrane said'): its "no" negates nothing of the verb
        if (
            child.dep_ in ("nsubj", "nsubjpass")
            and not has_a_twin(child)
            and any(grand.lower_ in NEGATIVE_DETERMINERS for grand in (child, *child.children))
        ):
            return True
    return False


# Verbs of making something known (a name, a price), and of refusing to.
DISCLOSING_VERBS = frozenset({"name", "identify", "disclose", "reveal", "announce", "release"})
REFUSING_VERBS = frozenset({"decline", "refuse"})


def denied_disclosure(verb: Token) -> bool:
    """A verb of making something known that is denied: "did not disclose", "Neither
    company disclosed", "declined to identify", "did not want to name"."""
    if verb.lemma_.lower() not in DISCLOSING_VERBS:
        return False
    if verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in REFUSING_VERBS or negated(verb.head)):
        return True
    return negated(verb)
