"""Lemmas the rule lemmatizer gets wrong, for the readings that hang on a verb's lemma.

en_core_web_sm's rule lemmatizer strips "-s"/"-ed"/"-ing" and takes the first word its
index knows, so "hopes", "hoped" and "hoping" become "hop" (and "scraped" "scrap"): "said
it hoped to take a stake" loses the verb of intention the registry's modality reads. The pipeline's
own lemmas are left as they are (stored parses and the reader's measured behaviour stay
the same); `verb_lemma` is the corrected lemma for checks on a verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verb lemma -> its inflected forms the rule lemmatizer reads as another verb.
_MISREAD: dict[str, tuple[str, ...]] = {
    "hope": ("hopes", "hoped", "hoping"),
    "cope": ("copes", "coped", "coping"),
    "scrape": ("scrapes", "scraped", "scraping"),
    "tape": ("tapes", "taped", "taping"),
    "pipe": ("pipes", "piped", "piping"),
}
_LEMMA_OF = {form: lemma for lemma, forms in _MISREAD.items() for form in forms}
# Tags of the verb forms the rule lemmatizer strips.
_VERB_TAGS = frozenset({"VBZ", "VBD", "VBN", "VBG"})


# Base forms read as the past of another verb: "lay" is "lie"'s past only as a past tense
# ("what did they lay out" is "lay"), and a verb after "do" or a modal is never one,
# whatever the tagger says; nor is one with the particle of a transitive phrasal verb
# ("lay out", "lay off": "lie" takes no object).
_BASE_FORMS = frozenset({"lay"})
_BASE_TAGS = frozenset({"VB", "VBP"})
_TRANSITIVE_PARTICLES = frozenset({"out", "off"})


def verb_lemma(token: Token) -> str:
    """The token's lemma (lower case), corrected for the verb forms misread above."""
    if token.tag_ in _VERB_TAGS and token.lower_ in _LEMMA_OF:
        return _LEMMA_OF[token.lower_]
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
