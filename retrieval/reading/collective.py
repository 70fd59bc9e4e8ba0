"""Coordinated names read together (collectively) or apart (distributively).

"What did Corvex and Halden agree?", "who advised Corvex and Halden?", "the terms of the
merger of Corvex and Halden": the coordination is one argument of one predicate, and what
is asked is one thing of the pair -- a relation, read from a sentence naming both. The
same names are read apart only when something distributes the predicate over them:
- a distributive word ("each", "respectively", "apiece", "separately", "independently");
  "both" is not one: "which unit did A and B both agree to sell" stays one relation, as
  "both" stresses that the pair acts, and may as well act together;
- a plural asked noun ("which carriers are buying A, B and C": one or more per name);
- a plural noun the names complement ("the offerings of A and B": each has its own);
- names inside larger conjuncts, each with its own predicate ("the orders announced by
  A and by B", "Moody's downgrade of A and its upgrade of B");
- alternatives ("who bought A or B", "neither A nor B"): one of them, not the pair.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.nlp.distributive import DISTRIBUTIVE_WORDS
from retrieval.reading.name_branches import conjunct, written

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Links inside one noun phrase: a conjunct to the first, a word of a name to its head
# (the parse may read "Corvex Steel and Halden Chemicals" as "(Steel and Halden) Chemicals").
_PHRASE_LINKS = frozenset({"conj", "nmod", "compound"})
# A noun phrase's links to the verb it is an argument of (a passive's agent is under "by").
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr"})
# The words heading a preposition's object: "prep", or "agent" for a passive's "by".
_PREPOSITIONS = frozenset({"prep", "agent"})
# Plural noun tags: a plural noun over the names gives each its own.
_PLURAL = frozenset({"NNS", "NNPS"})
# Coordinators of alternatives: "A or B" is one of the two, never the pair acting as one.
_ALTERNATIVES = frozenset({"or", "nor", "either", "neither"})


def one_relation(doc: Doc, names: Sequence[str], *, several: bool) -> bool:
    """The names are conjuncts of one noun phrase that is an argument of one predicate
    (a verb, or a singular noun by a preposition), and nothing distributes it over them;
    `several` is whether the part asks for several answers (a plural asked noun), which
    distributes a verb over its coordinated arguments but not a singular noun over its
    complements ("what are the terms of the merger of A and B")."""
    if any(token.lower_ in DISTRIBUTIVE_WORDS for token in doc):
        return False
    found = [_own_conjunct(doc, name) for name in names]
    heads = [pair for pair in found if pair is not None]
    if len(heads) < len(found):
        return False  # a name inside a larger conjunct: each conjunct has its own predicate
    if any(_alternatives(doc[first]) for first, _ in heads):
        return False
    phrase = doc[min(own for _, own in heads)]
    while phrase.dep_ in _PHRASE_LINKS and phrase.head is not phrase:
        phrase = phrase.head
    predicate = _predicate(phrase)
    if predicate is None:
        return False
    if predicate.pos_ == "NOUN":
        return predicate.tag_ not in _PLURAL
    return not several


def _own_conjunct(doc: Doc, name: str) -> tuple[int, int] | None:
    """The coordination standing for the name (its first conjunct) and the conjunct that
    is a word of the name itself."""
    span = written(doc, name)
    if span is None:
        return None
    for token in span:
        found = conjunct(token)
        if found is not None and span.start <= found[1] < span.end:
            return found
    return None


def _alternatives(first: Token) -> bool:
    """The coordination offers alternatives: "or"/"nor" on a conjunct ("A, B or C"), or
    "either"/"neither" before the first."""
    members = (first, *first.conjuncts)
    words = (c for m in members for c in m.children if c.dep_ in ("cc", "preconj"))
    return any(word.lower_ in _ALTERNATIVES for word in words)


def _predicate(phrase: Token) -> Token | None:
    """The verb the phrase is subject or object of, or the verb or noun whose preposition
    it is under ("agreed with A and B", "the merger of A and B", "sold by A and B"); None
    for any other."""
    if phrase.dep_ in _ARGUMENTS:
        return phrase.head if phrase.head.pos_ in ("VERB", "AUX") else None
    if phrase.dep_ != "pobj" or phrase.head.dep_ not in _PREPOSITIONS:
        return None
    owner = phrase.head.head
    return owner if owner.pos_ in ("VERB", "AUX", "NOUN") else None
