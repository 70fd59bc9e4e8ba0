"""Lemmas the rule lemmatizer gets wrong, mended by English spelling.

en_core_web_sm's rule lemmatizer strips "-s"/"-ed"/"-ing" and takes the first word its
index knows, so "hoped" and "hoping" become "hop", "rated" "rat" and "scraped" "scrap":
"said it hoped to take a stake" loses the verb of intention the registry's modality reads,
and "what is the paper rated" asks no rating. English spelling tells the two apart: a
one-syllable verb ending in one vowel and one consonant doubles that consonant before
"-ed" and "-ing" ("hopped", "ratted"), and takes "-es" only after a hissing sound
("hops", not "hopes"). A form that adds the ending to such a stem without doubling is of
the verb with an "e" ("hoped": hope), when WordNet knows that verb. `mend_lemmas` puts
that lemma on every doc; `verb_lemma` also reads "lay" after "do" as its own verb.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from retrieval.nlp.vocabulary import is_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Tags of the verb forms the rule lemmatizer strips.
_VERB_TAGS = frozenset({"VBZ", "VBD", "VBN", "VBG"})
# A one-syllable stem ending in one vowel and one consonant that doubles ("hop", "rat"; not
# w, x or y, which never double: "taxed", "towed", "played").
_DOUBLING_STEM = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
# Endings after which "-s" is written "-es" ("taxes", "pushes").
_HISSING = ("s", "x", "z", "ch", "sh")


def mend_lemmas(doc: Doc) -> Doc:
    """Give each verb form the lemma its spelling says (in place); the doc back."""
    for token in doc:
        base = _spelled_base(token)
        if base is not None:
            token.lemma_ = base
    return doc


def _spelled_base(token: Token) -> str | None:
    """ "hoped", "hoping", "hopes": hope, not hop; None when the lemma stands."""
    if token.tag_ not in _VERB_TAGS:
        return None
    form, stem = token.lower_, token.lemma_.lower()
    if not _DOUBLING_STEM.match(stem) or not is_verb(stem + "e"):
        return None
    undoubled = form in (stem + "ed", stem + "ing")
    if undoubled or (form == stem + "es" and not stem.endswith(_HISSING)):
        return stem + "e"
    return None


# Base forms read as the past of another verb: "lay" is "lie"'s past only as a past tense
# ("what did they lay out" is "lay"), and a verb after "do" or a modal is never one,
# whatever the tagger says; nor is one with the particle of a transitive phrasal verb
# ("lay out", "lay off": "lie" takes no object).
_BASE_FORMS = frozenset({"lay"})
_BASE_TAGS = frozenset({"VB", "VBP"})
_TRANSITIVE_PARTICLES = frozenset({"out", "off"})


def verb_lemma(token: Token) -> str:
    """The token's lemma (lower case) as its spelling says, whether or not `mend_lemmas`
    ran on its doc, and "lay" read as its own verb where it must be."""
    base = _spelled_base(token)
    if base is not None:
        return base
    if token.lower_ in _BASE_FORMS and (
        token.tag_ in _BASE_TAGS or _after_do(token) or _transitive_particle(token)
    ):
        return token.lower_
    return token.lemma_.lower()


def _after_do(verb: Token) -> bool:
    """The verb has "do" or a modal for auxiliary ("did they lay out"): a base form."""
    return any(
        c.dep_ == "aux" and (c.lemma_.lower() == "do" or c.tag_ == "MD") for c in verb.children
    )


def _transitive_particle(verb: Token) -> bool:
    return any(c.dep_ == "prt" and c.lower_ in _TRANSITIVE_PARTICLES for c in verb.children)
