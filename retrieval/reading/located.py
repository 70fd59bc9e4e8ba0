"""Where a place stands to the asked thing: "a station at LCP's facility in Syracuse" is in
Syracuse (places nest through prepositions of location), and "the port city of Mombasa" is
Mombasa (a place noun whose "of" names it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Place nouns that are the class of the answer itself ("which city": Bangalore is one), not
# of a thing located somewhere ("which plant": the Hanover plant).
GEOPOLITICAL = frozenset(
    "city country state region town province nation county capital island prefecture".split()
)


# Prepositions that place a thing in a place, where places nest ("a station at LCP's
# facility in Syracuse").
NESTING_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "on"})


def located_by_steps(place: Token, noun: Token) -> bool:
    """The place locates the asked noun through places that nest: "a station at LCP's
    facility in Syracuse" is in Syracuse."""
    token = place.head if place.dep_ == "compound" else place  # "Syracuse N.Y."
    token = _place_named(token)  # "the port city of Mombasa" is Mombasa
    for _ in range(3):
        preposition = token.head
        if token.dep_ != "pobj" or preposition.lower_ not in NESTING_PREPOSITIONS:
            return False
        if _right_after(preposition, noun):
            return True
        token = preposition.head
        if token.i == noun.i:
            return True
    return False


def _right_after(preposition: Token, noun: Token) -> bool:
    """A place phrase right after the noun's phrase may modify it, wherever the parser hung
    it: "an interest in an oil field in Torrance" is ambiguous in syntax, the parser taking
    the second "in" for the interest's while the nearer noun is the likelier host."""
    return noun.pos_ == "NOUN" and preposition.i == noun.right_edge.i + 1


def _place_named(place: Token) -> Token:
    """ "the port city of Mombasa": a place noun whose "of" names it is the place named."""
    of = place.head
    if place.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in GEOPOLITICAL:
        return of.head
    return place


# ... and a preposition of a verb of motion's goal ("relocate it to Glendale").
_GOAL = "to"


def located_by_its_verb(place: Token, noun: Token) -> bool:
    """A place a verb puts its argument in, or moves it to, locates that argument: "will
    relocate its headquarters to Glendale", "the plant will be built in Greenwich" (the
    place hangs on the verb, not on the noun)."""
    token = place.head if place.dep_ == "compound" else place
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in NESTING_PREPOSITIONS | {_GOAL}:
        return False
    verb = preposition.head
    arguments = ("dobj", "nsubjpass", "nsubj")
    return verb.pos_ == "VERB" and noun.head.i == verb.i and noun.dep_ in arguments
