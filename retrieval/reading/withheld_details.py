"""Withheld details: "It did not give details" says the details of what the sentence
before it told are not given. "Details" with no complement is a bridging anaphor -- the
details of the thing just mentioned ("... employees, who will receive options. It did not
give details."): the article names those things without saying what they are, so it
answers no "what N" part about them (withheld_things.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.negation import NEGATIVE_DETERMINERS, denied_disclosure, negated
from retrieval.reading.undisclosed import REST

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The noun of the particulars of something told.
DETAIL_NOUN = "detail"
# Verbs that with "details" as object make them known: "give details", "provide details".
_GIVING = frozenset({"give", "provide", "offer"})
# Roles of the noun a verb of giving or disclosing takes.
_GIVEN_ROLES = frozenset({"dobj", "nsubjpass"})


def withholds_details(doc: Doc) -> bool:
    """The sentence says the details of nothing it names are not given: "It did not give
    details", "No details were given", "did not disclose details". Details of a named
    thing ("details of the financing") are that thing's; "further details" follow some
    that were given."""
    return any(_bare_details_withheld(token) for token in doc)


def _bare_details_withheld(noun: Token) -> bool:
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != DETAIL_NOUN:
        return False
    if noun.dep_ not in _GIVEN_ROLES:
        return False
    children = list(noun.children)
    if any(c.dep_ == "prep" for c in children) or any(c.lower_ in REST for c in children):
        return False
    verb = noun.head
    if denied_disclosure(verb):
        return True
    none = any(c.lower_ in NEGATIVE_DETERMINERS for c in children)  # "gave no details"
    return verb.lemma_.lower() in _GIVING and (negated(verb) or none)
