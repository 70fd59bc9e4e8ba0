"""The places a question names only to say where a party is from ("the largest US copper
producer", "Britain's BP", "a guerrilla group in Colombia"): never the party itself, so an
amount is never theirs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.reading.nationality import is_nationality
from retrieval.registry.company_names import is_authority
from retrieval.registry.places import place_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def place_names(doc: Doc, names: Sequence[str], parties: Sequence[str]) -> tuple[str, ...]:
    """The names of places and nationalities that modify a common noun wherever they are
    written ("the largest US copper producer", "the Chicago bank"): where a party is from,
    never the party. A place acting or owning is one ("India's gas deal", "what stake does
    France hold"), as is its government ("the US government"); and the NER labels firms
    places too ("the FedEx unit"), so every word must be a place's."""
    found = []
    demonyms = {e.text for e in doc.ents if is_nationality(e)}  # "Cornish", as tagged
    for name in names:
        if name in parties or not (place_name(name.split()) or name in demonyms):
            continue
        spans = occurrences(doc, name)
        if spans and all(_from_there(span[-1]) for span in spans):
            found.append(name)
    return tuple(found)


def occurrences(doc: Doc, name: str) -> list[Span]:
    """Every place the name is written as whole tokens ("US" not inside "USAir")."""
    spans = []
    at = doc.text.find(name)
    while at >= 0:
        span = doc.char_span(at, at + len(name))
        if span is not None:
            spans.append(span)
        at = doc.text.find(name, at + 1)
    return spans


def _from_there(token: Token) -> bool:
    """ "the Chicago bank", "Britain's BP", "a guerrilla group in Colombia": a place before
    a common noun, owning a name, or after a common noun's "in" or "from", says where the
    named one is from (a firm is not its country's property)."""
    where = _located_noun(token)
    if where is not None:
        return not is_authority(where.lower_)  # "the government in Colombia" acts
    of_a_name = token.dep_ == "poss" and (
        token.head.pos_ == "PROPN" or token.head.ent_type_ == "ORG"
    )
    return (modifies_a_noun(token) or of_a_name) and not is_authority(token.head.lower_)


# Prepositions by which a common noun says where its referent is ("a group in Colombia").
_LOCATING = frozenset({"in", "from"})


def _located_noun(token: Token) -> Token | None:
    """The common noun whose "in" or "from" the place is the object of, or None."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in _LOCATING:
        return None
    noun = preposition.head
    return noun if preposition.dep_ == "prep" and noun.pos_ == "NOUN" else None


def modifies_a_noun(token: Token) -> bool:
    return token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ == "NOUN"
