"""Does an answer stand at the noun a question asks about? "how many employees": a
number must count employees (or their class); "which plant": a place must locate the plant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.anchor_words import nearest_classes
from retrieval.reading.anchors import FOCUS_WEIGHT, distance
from retrieval.reading.asking import Part
from retrieval.reading.kinds import Kind
from retrieval.reading.located import located_by_its_verb, located_by_steps
from retrieval.reading.totals import counts_through_a_total, counts_through_its_change

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def near_focus(span: Span, anchors: list[tuple[Token, float]], part: Part) -> bool:
    """The answer modifies the asked noun (or one of its class, or the class it is of:
    "200 customers" for "how many buyers"): "750 vehicles", "a plant in Hanover"."""
    classes = nearest_classes(part.focus) if part.focus else frozenset()
    return any(
        (weight >= FOCUS_WEIGHT or (token.pos_ == "NOUN" and token.lemma_.lower() in classes))
        and (
            (token.pos_ == "NOUN" and distance(span.root, token) <= 2)
            # a number right before the asked noun counts it, however the parse went
            # ("20,000 vtrs", an unknown short form the parser took for a verb); the
            # asked verb or preposition right after a number is no counted noun
            or (token.i == span.end and weight >= 1.0 and token.lemma_.lower() != part.predicate)
            or (weight >= 1.0 and _counted_by_the_verb(span, token, part))
            or (token.pos_ == "NOUN" and counts_through_a_total(span, token))
            or (token.pos_ == "NOUN" and counts_through_its_change(span, token, part.predicate))
            or (part.kind is Kind.PLACE and _located(span.root, token))
        )
        for token, weight in anchors
    )


def _located(place: Token, noun: Token) -> bool:
    return located_by_steps(place, noun) or located_by_its_verb(place, noun)


# Slots of a verb a bare number may fill for the noun it counts.
_ARGUMENT_SLOTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})


def _counted_by_the_verb(span: Span, verb: Token, part: Part) -> bool:
    """A number standing for its noun as the asked verb's argument ("employs 200" for "how
    many people does it employ"): the noun is left out because the verb says what it is.
    Not when the asked noun is a preposition's ("in how many countries will it sell")."""
    root = span.root
    return (
        part.preposition is None
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() == part.predicate
        and root.head.i == verb.i
        and root.dep_ in _ARGUMENT_SLOTS
        and root.like_num
    )
