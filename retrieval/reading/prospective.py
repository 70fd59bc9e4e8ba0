"""What is still to come: a clause of the future ("will close", "should be signed") or of
expectation ("is expected in mid-April", "expects to begin marketing in mid-1989",
"deliveries are set for 1990").

A news story dates many things, most of them past (the dateline, "last year", when the talks
began), but few things still to come: the closing of its deal, a first delivery, a vote. A
question asking when something will or should happen asks for one of these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Modal auxiliaries of what is to come ("will", "should be signed").
FUTURE_MODALS = frozenset({"will", "shall", "should", "would", "'ll"})
# Verbs and adjectives of expecting or arranging something ("is expected", "set for",
# "scheduled", "due"): what they govern has not happened yet.
EXPECTING = frozenset(
    "expect anticipate schedule set slate plan due target project forecast intend aim".split()
)
# Links by which a verb completes the one above it ("expects [to begin [selling]]"): what
# the verb above says of the future holds of the one below.
COMPLEMENTS = frozenset({"xcomp", "conj"})


def asks_ahead(doc: Doc) -> bool:
    """The question part asks about what will or should happen ("when should everything be
    signed off", "when is the deal expected to close")."""
    return any(_ahead_word(token) for token in doc)


def ahead(span: Span) -> bool:
    """The date is in a clause of what is still to come: a word on the way up to its verb
    is one of expecting ("due in June"), or that verb, or a verb it completes, takes a
    future modal or is one of expecting. A verb it is only said by ("said") or a clause it
    merely sits in ("the plant, opened in 1980, will grow") does not count."""
    token: Token = span.root
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        if _ahead_word(token):
            return True
        token = token.head
    while True:
        if _ahead_word(token) or any(_ahead_word(c) for c in token.children if c.dep_ == "aux"):
            return True
        if token.dep_ not in COMPLEMENTS or token.head.i == token.i:
            return False
        token = token.head


def _ahead_word(token: Token) -> bool:
    if token.tag_ == "MD":
        return token.lower_ in FUTURE_MODALS
    return token.pos_ in ("VERB", "ADJ", "AUX") and token.lemma_.lower() in EXPECTING


# Tags of a verb stating what happened ("closed", "had agreed").
PAST_TAGS = frozenset({"VBD"})
PERFECT_AUX = frozenset({"have", "had", "has"})


def behind(span: Span) -> bool:
    """The date is of what has happened: the first finite verb above it is in the past
    ("showed a profit in the year ending June 1986", "was founded in 1952"), or it is
    where something already begun started ("since December"), and nothing on the way
    says it is still to come."""
    if ahead(span):
        return False
    token: Token = span.root
    if token.dep_ == "pobj" and token.head.lower_ == "since":
        return True  # "has been indexing US programmes since December": begun already
    while token.head.i != token.i:
        token = token.head
        if token.tag_ == "MD" or _ahead_word(token):
            return False
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if token.tag_ in PAST_TAGS or any(a.tag_ in PAST_TAGS for a in auxes):
            return True
        if any(a.tag_ in ("VBZ", "VBP", "MD") for a in auxes) or token.tag_ in ("VBZ", "VBP"):
            return False  # a finite verb of the present or the future
    return False
