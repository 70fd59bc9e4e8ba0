"""The words that refer back to an organisation, and their number: "it" and "its", "they",
"the company", "the two groups", "both firms", "the latter"; and the place word of "the
Venezuelan company".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.company_names import is_authority
from retrieval.registry.org_words import (
    ORG_NOUNS,
    PERSON_NOUNS,
    PRONOUNS_PLURAL,
    PRONOUNS_SINGULAR,
)
from retrieval.registry.places import place_name

if TYPE_CHECKING:
    from spacy.tokens import Token

_DETERMINERS = frozenset({"the", "this", "that", "both", "these", "those"})
_PRONOUN_NUMBER = {
    **dict.fromkeys(PRONOUNS_SINGULAR, "singular"),
    **dict.fromkeys(PRONOUNS_PLURAL, "plural"),
}


def reference_number(token: Token) -> str | None:
    """ "singular", "plural", "latter", "former", or None when the token does not refer
    back to a company."""
    lower = token.lower_
    if token.pos_ == "PRON":
        return _PRONOUN_NUMBER.get(lower)
    if lower == "both" and token.dep_ in {"nsubj", "nsubjpass"}:
        return "plural"
    if lower in {"latter", "former"} and token.dep_ != "amod":
        return lower  # "enabling the latter to merge": the second of the last two named
    return _noun_number(token)


def _noun_number(token: Token) -> str | None:
    """ "the company", "the two groups", "both firms", "the Texas-based contractor"."""
    if token.pos_ != "NOUN" or not (token.lemma_.lower() in ORG_NOUNS or _seated(token)):
        return None
    determiners = {c.lower_ for c in token.children if c.dep_ in {"det", "nummod", "predet"}}
    if not determiners and _telegraphic(token):
        return "singular"
    if not determiners & (_DETERMINERS | {"two", "three"}):
        return None
    plural = token.tag_ == "NNS" or bool(determiners & {"both", "two", "three"})
    return "plural" if plural else "singular"


def _telegraphic(noun: Token) -> bool:
    """ "acquired by company's subsidiary", "Company said": a singular count noun of a firm
    with no determiner at all is the notes' clipped "the company" (English gives a singular
    count noun a determiner); not a noun that modifies another ("company officials"), nor
    one a possessor, a name or an adjective goes with ("parent company Harlow")."""
    if noun.tag_ != "NN" or noun.dep_ in {"compound", "appos"}:
        return False
    return not any(c.dep_ in {"poss", "compound", "amod", "appos"} for c in noun.children)


def _seated(noun: Token) -> bool:
    """ "the Texas-based defense contractor", "the Pittsburgh-based maker of tools": what a
    place-based modifier says is seated in a place is an organisation, whatever its trade
    is called (a firm has a seat; people are named by their own nouns, "the London-based
    analyst")."""
    if noun.lemma_.lower() in PERSON_NOUNS:
        return False
    return any(
        c.dep_ == "amod" and c.lower_ == "based" and any(_a_place(p) for p in c.children)
        for c in noun.children
    )


def _a_place(token: Token) -> bool:
    return token.ent_type_ in {"GPE", "LOC"} or place_name([token.text])


def place_of(token: Token) -> str | None:
    """The place word in "the Venezuelan company", "the U.S. firm"."""
    for child in token.children:
        if child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE"}:
            return child.text
    return None


def a_state(token: Token) -> bool:
    """ "Russia" (a place's name alone), "the Kremlin", "the government": a state acts."""
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det"]
    name = " ".join(t.text for t in words)
    place = token.ent_type_ == "GPE" and place_name(t.text for t in words)
    return place or is_authority(name)
