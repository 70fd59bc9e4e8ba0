"""Nouns of the same kind as the asked one: "how many aircraft" counts "36 planes", "how
many employees" counts "1,200 workers", "an unnamed firm" is the "which company" asked.
The reader's word embeddings say which nouns are near in meaning; a noun whose compound
modifiers are the question's own words is of the asked kind too ("hearing aid centers" for
"hearing-aid outlets"); people are counted by a noun derived from the asked verb ("226
employees" for "how many people does it employ"). A count must count the asked noun or one
of these.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from retrieval.nlp.noun_classes import names_a_group, names_a_person, names_people
from retrieval.nlp.wordnet_derivations import derived_nouns
from retrieval.text import terms

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from spacy.tokens import Doc

    from retrieval.index.embeddings import MatrixEmbeddings

# Cosine of two nouns' embeddings above which one may stand for the other (WordLlama:
# aircraft/planes 0.51, employees/workers 0.68; aircraft/shares 0.11, vehicles/engines 0.30).
KIN_SIMILARITY = 0.45


def kin_nouns(focus: str, lemmas: Iterable[str], embedder: MatrixEmbeddings) -> frozenset[str]:
    """The lemmas near enough in meaning to the asked noun to be counted as it."""
    others = sorted({lemma for lemma in lemmas if lemma and lemma != focus})
    if not others:
        return frozenset()
    matrix = embedder.embed_matrix([focus, *others])
    scores = matrix[1:] @ matrix[0]
    return frozenset(
        lemma for lemma, score in zip(others, scores, strict=True) if score >= KIN_SIMILARITY
    )


def kin_by_derivation(focus: str, predicate: str | None, lemmas: Iterable[str]) -> frozenset[str]:
    """People counted by what they undergo or do: "how many people does it employ" counts
    "226 employees", a person noun derived from the asked verb. Only for a count of people
    (a noun for a person or a group): "how many shares does it hold" counts no "holders"."""
    if not predicate or not (names_a_person(focus) or names_a_group(focus)):
        return frozenset()
    derived = derived_nouns(predicate)
    return frozenset(lemma for lemma in lemmas if lemma in derived and names_a_person(lemma))


# "people" is the plural of "person" (its own lemma to the tagger).
PERSONS = frozenset({"people", "person"})


def kin_as_persons(focus: str, lemmas: Iterable[str], written: str = "") -> frozenset[str]:
    """ "how many people" counts persons under any name ("2,500 of its members", "300
    workers"): every noun for a person names a kind of person. So does a group of people
    written in the singular, a collective noun counted by its members ("how many staff":
    "employs 65 workers"), not one in the plural ("how many companies"). `written`: the
    question part's text."""
    collective = names_people(focus) and focus in re.findall(r"[a-z]+", written.lower())
    if focus not in PERSONS and not collective:
        return frozenset()
    return frozenset(lemma for lemma in lemmas if names_a_person(lemma))


def kin_by_modifiers(wanted: Sequence[str], docs: Iterable[Doc]) -> frozenset[str]:
    """Nouns whose compound modifiers are all among the `wanted` stems (the part's words):
    the modifiers say what kind of thing is counted, whatever the head noun. A modifier
    with a number is a measure, no kind ("an 11-1/2-year contract" is no kind of what is
    mined "a year")."""
    found = set()
    for token in (t for doc in docs for t in doc if t.pos_ == "NOUN"):
        compounds = [c for c in token.children if c.dep_ == "compound"]
        if any(word.like_num for c in compounds for word in c.subtree):
            continue
        modifiers = [word for c in compounds for word in c.subtree if word.is_alpha]
        stems = {stem for word in modifiers for stem in terms(word.text)}
        if stems and stems <= set(wanted):
            found.add(token.lemma_.lower())
    return frozenset(found)


def nouns_of(docs: list[Doc]) -> set[str]:
    """The lemmas of the sentences' common nouns, among which kin nouns are looked for."""
    return {token.lemma_.lower() for doc in docs for token in doc if token.pos_ == "NOUN"}
