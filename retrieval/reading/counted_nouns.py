"""What a bare number counts, read from the noun it modifies: an exchange ratio counts
securities, a part of a firm its shares, "how much" a measure -- so a number counting people
or a few items answers none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.noun_classes import names_a_person
from retrieval.reading.consideration import SECURITIES, phrase_noun
from retrieval.reading.kinds import SHARE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span


def counts_else(span: Span) -> bool:
    """An exchange ratio is a number of securities given for each one: a number counting
    anything else ("one MAXXAM shareholder", "3.2 mln barrels") is none."""
    noun = phrase_noun(span)
    return noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() not in SECURITIES


def counts_other_than_shares(span: Span) -> bool:
    """A part of a firm is a share of it or a number of its shares: a number counting
    anything else ("two Telegraph titles", "521 journalists") is no part of the whole."""
    root = span.root
    counted = root.head if root.dep_ == "nummod" and root.head.pos_ == "NOUN" else None
    return (
        span.label_ == "CARDINAL"
        and counted is not None
        and counted.lemma_.lower() not in SHARE_NOUNS
    )


# The nouns for human beings as such, counted by a number ("4,000 people", "ten persons").
HUMANS = frozenset({"person", "people"})
# The numbers newswire spells out (below ten): they count items ("the two companies").
_SMALL_NUMBERS = frozenset("one two three four five six seven eight nine 1 2 3 4 5 6 7 8 9".split())


def counts_people(entity: Span) -> bool:
    """A bare number counting people ("300 workers", "2,500 of its members", "4,000
    people"): what "how many" asks, never "how much", which measures a mass -- money, or
    stock in shares and rates in basis points, but never people."""
    if entity.label_ != "CARDINAL":
        return False
    root = entity.root
    if root.dep_ == "nummod" and root.head.tag_ == "NNS":
        return _a_person(root.head.lemma_.lower())
    of = next((c for c in root.children if c.lower_ == "of"), None)
    counted = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    return any(c.tag_ == "NNS" and _a_person(c.lemma_.lower()) for c in counted)


def _a_person(noun: str) -> bool:
    """A noun for a kind of person, or for persons as such: WordNet files "person" at its
    top and "people" among groups, so neither is a person noun by its file."""
    return noun in HUMANS or names_a_person(noun)


def counts_items(span: Span) -> bool:
    """A small bare number counting a plural noun ("two joint ventures", "the two
    companies") counts things; "how much" asks a measure (money, shares, tonnes), which
    comes with a unit or a magnitude ("1.5 mln shares")."""
    root = span.root
    return (
        span.label_ == "CARDINAL"
        and len(span) == 1
        and root.lower_ in _SMALL_NUMBERS
        and root.dep_ == "nummod"
        and root.head.tag_ == "NNS"
    )


def counts_the_measured(entity: Span, measured: str) -> bool:
    """A bare number counting the very things whose size is asked ("sell 28 of its banks",
    "its 28 banks" for "how big is the bank"): how many there are says nothing of how big
    one is."""
    if entity.label_ != "CARDINAL":
        return False
    root = entity.root
    of = next((c for c in root.children if c.lower_ == "of"), None)
    counted = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    if root.dep_ == "nummod":
        counted.append(root.head)
    return any(c.lemma_.lower() == measured for c in counted)
