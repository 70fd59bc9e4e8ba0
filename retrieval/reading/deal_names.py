"""A deal's name is not one of its parties: in "created a joint venture company with the
Yokohama Rubber Co Ltd", the firm after "with" is the partner; the venture's name comes in
apposition elsewhere ("the company, Morton Yokohama Inc,"). So for "what is the venture
called", a name a deal noun takes through "with" or "between" answers nothing asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.anchors import FOCUS_WEIGHT
from retrieval.reading.kinds import DEAL_NOUNS, Kind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from retrieval.reading.asking import Part

# Prepositions a deal noun takes its parties with.
PARTY_PREPOSITIONS = frozenset({"with", "between"})


def a_party_for_its_name(span: Span, part: Part, anchors: list[tuple[Token, float]]) -> bool:
    """The part asks a deal's name, and the span is a party the asked deal noun takes."""
    if part.kind is not Kind.NAME or (part.focus or "").lower() not in DEAL_NOUNS:
        return False
    root = span.root
    while root.dep_ == "conj":  # "with A and B": each is a party
        root = root.head
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in PARTY_PREPOSITIONS:
        return False
    asked = {token.i for token, weight in anchors if weight >= FOCUS_WEIGHT}
    return any(_is_the_deal(word, asked) for word in _deal_words(preposition.head))


def _deal_words(head: Token) -> list[Token]:
    """The deal noun "with" hangs on, or the object of the verb it hangs on ("created a
    joint venture company with X": the parser ties "with" to the verb)."""
    if head.pos_ != "VERB":
        return [head]
    return [child for child in head.children if child.dep_ == "dobj"]


def _is_the_deal(noun: Token, asked: set[int]) -> bool:
    """The asked deal noun, or a noun it qualifies ("venture" of "venture company")."""
    return noun.i in asked or any(
        child.dep_ == "compound" and child.i in asked for child in noun.children
    )
