"""Content words of a claim, as lemmas, and whether the text it cites has each of them.

A share of weighted words lets a claim add a word or two of its own, and those are where a
model slips in what the source never said ("improve efficiency in car manufacturing" on
an article about a partnership). So every content word of a claim (noun, verb, adjective,
adverb, proper noun; by spaCy's tagger) must be in the cited text: as itself, as its stem
or concept (`retrieval.text.terms`: "partnered" ~ "cooperation", "CFO" ~ "chief
financial officer"), or as its lemma ("bought" ~ "buy", "built" ~ "build"). Only words
that frame a claim instead of stating a fact of it ("also", "said", "reported") are let
through, and a capitalised word may appear as its demonym-like variant ("Korea" in "the
South Korean market").

spaCy runs through `retrieval.nlp` on the claim and on the cited text sentence by
sentence; parsed sentences are kept (`AnnotationCache`), so an article cited again costs
nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from retrieval.nlp.annotations import AnnotationCache
from retrieval.text import split_sentences, terms

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM"})
# Lemmas that frame a claim (who says it, that it adds to the last one) but state no fact.
FRAME_LEMMAS = frozenset(
    """
    also say said tell report reportedly announce accord according state note mention add
    further furthermore additionally moreover however meanwhile currently recently respectively
    source article news text
    """.split()
)


@cache
def _annotations() -> AnnotationCache:
    """The process's parsed sentences, in memory (claims and cited texts repeat)."""
    return AnnotationCache(None)


def claim_words(claim: str) -> list[tuple[str, str]]:
    """(word, lemma) of each content word of `claim` that must be covered, in order."""
    doc = _annotations().doc(claim)
    found: list[tuple[str, str]] = []
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ not in CONTENT_POS or lemma in FRAME_LEMMAS:
            continue
        if not terms(token.text) and not terms(lemma):
            continue  # a stopword by our analysis ("one", "two", "will")
        found.append((token.text, lemma))
    return found


def lemma_terms(text: str) -> set[str]:
    """The terms of the lemmas of `text`'s words ("bought" gives "buy")."""
    sentences = [s for s in split_sentences(text) if s.strip()]
    return _lemma_terms(sentences)


def _lemma_terms(sentences: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for doc in _annotations().docs(sentences):
        for token in doc:
            if token.lemma_ and token.lemma_.lower() != token.text.lower():
                found.update(terms(token.lemma_))
    return found


def uncovered(claim: str, have: set[str]) -> list[str]:
    """The claim's content words whose terms (of the word or its lemma) are not in `have`."""
    missing = []
    for word, lemma in claim_words(claim):
        wanted = set(terms(word)) | set(terms(lemma))
        if wanted & have:
            continue
        if word[:1].isupper() and any(_same_place(w, t) for w in wanted for t in have):
            continue
        missing.append(word)
    return missing


def _same_place(a: str, b: str) -> bool:
    """Stems of a capitalised word and its demonym-like variant: "korea"/"korean",
    "china"/"chines", "germani"/"german" (a shared prefix all but one letter long)."""
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= max(4, min(len(a), len(b)) - 1)
