"""Names a question gives only to date what it asks: "how much must the student pay after
the Supreme Court ruling", "what did Osko earn before the Halden merger". A name inside a
phrase of time says when, not who: it owns no amount the question asks, so an amount an
article states of another party is not ruled out for being no court's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.asked_places import occurrences

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

# Prepositions that place an event in time against another ("after the ruling").
TIME_PREPOSITIONS = frozenset("after before since following during until amid pending".split())
# ... and the words before "of" and "to" that make one of them ("ahead of", "prior to").
_TIME_HEADS = frozenset({"ahead", "prior"})


def circumstantial_names(doc: Doc, names: Sequence[str]) -> tuple[str, ...]:
    """The names written only inside a phrase of time."""
    found = []
    for name in names:
        spans = occurrences(doc, name)
        if spans and all(_in_a_time_phrase(span.root) for span in spans):
            found.append(name)
    return tuple(found)


def _in_a_time_phrase(token: Token) -> bool:
    """Under a preposition of time, through nouns only: a clause between them ("after Osko
    agreed to pay") makes the name act again."""
    node = token
    while node.head.i != node.i and node.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART"):
        node = node.head
        if node.lower_ in ("of", "to") and node.head.lower_ in _TIME_HEADS:
            return True
        # "following" may be parsed a verb taking the noun as its object
        if node.dep_ == "prep" or node.pos_ == "ADP" or node.lower_ == "following":
            return node.lower_ in TIME_PREPOSITIONS
    return False
