"""The words that refer back to an organisation, and their number: "it" and "its", "they",
"the company", "the two groups", "both firms", "the latter"; and the place word of "the
Venezuelan company".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.org_words import ORG_NOUNS, PRONOUNS_PLURAL, PRONOUNS_SINGULAR

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
    """ "the company", "the two groups", "both firms"."""
    if token.lemma_.lower() not in ORG_NOUNS or token.pos_ != "NOUN":
        return None
    determiners = {c.lower_ for c in token.children if c.dep_ in {"det", "nummod", "predet"}}
    if not determiners & (_DETERMINERS | {"two", "three"}):
        return None
    plural = token.tag_ == "NNS" or bool(determiners & {"both", "two", "three"})
    return "plural" if plural else "singular"


def place_of(token: Token) -> str | None:
    """The place word in "the Venezuelan company", "the U.S. firm"."""
    for child in token.children:
        if child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE"}:
            return child.text
    return None
