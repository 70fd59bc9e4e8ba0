"""The names a question part writes in its own words, and the parties it relates.

A part that names two of the question's parties in its own words ("how much did Halden pay
for its stake in Vardeau", "what did Halden and Vardeau agree") asks about a relation
between them: its premise is that the two are tied in one deal. A part taking its names
over from the part before ("and for how much?") names none of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from retrieval.reading.asking import AskedQuestion, Part
from retrieval.registry.places import place_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Names a part names together to state a relation between them.
RELATED_PARTIES = 2


def own_names(text: str, names: Sequence[str]) -> list[str]:
    """The names `text` writes as whole words ("GE" is not in "merger"), a name written
    within a longer one ("Carrow" in "Carrow Securities", "Hanna" in "M.A. Hanna", not
    "GE" in "GEC") counted once: it is the same firm."""
    written = [n for n in names if _within(n, text)]
    return [n for n in written if not any(n != o and _within(n, o) for o in written)]


def _within(name: str, text: str) -> bool:
    return whole_word(name).search(text) is not None


def whole_word(name: str) -> re.Pattern[str]:
    """The name as whole words, in any case: "GE" not within "GEC" nor "merger"."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)


def related_parties(part: Part, asked: AskedQuestion, doc: Doc) -> tuple[str, ...]:
    """The names (not places, nor names that only date the question) that are arguments
    of one verb of the part (`doc`, its parse), when two or more are: its subject, object
    or a noun under them by prepositions ("how much is Halden paying for its stake in
    Vardeau", "what did Halden and Vardeau agree"). A name describing another ("Aer Lingus
    chief Willie Walsh", "Oxy's chemicals arm") or inside a clause of its own ("the
    division it sold to Henkel") is no argument of the asked relation."""
    firms = [n for n in asked.names if n not in asked.places and n not in asked.circumstantial]
    named = own_names(part.text, firms)
    verbs = {name: _governing_verb(doc, name) for name in named}
    # names written side by side with a coordinator between them are conjuncts, whatever
    # the parser made of them ("Ostra Holdings and Halden Chemicals" read as modifiers);
    # joined by "and" they are one argument of one verb even when the parser hung the first
    # on the auxiliary ("have Vestland and Exxon formed"); a bare comma may end a clause
    # ("What did Ostra pay Halden, Vardeau said?"), so there a verb is only filled in
    for first, second, between in _coordinated(doc.text, named):
        if _CONJOINED.fullmatch(between) and verbs[first] is not None:
            verbs[second] = verbs[first]
        verbs[first] = verbs[first] if verbs[first] is not None else verbs[second]
        verbs[second] = verbs[second] if verbs[second] is not None else verbs[first]
    by_verb: dict[int, list[str]] = {}
    for name, verb in verbs.items():
        if verb is not None:
            by_verb.setdefault(verb, []).append(name)
    related = max(by_verb.values(), key=len, default=[])
    return tuple(related) if len(related) >= RELATED_PARTIES else ()


# Dependencies linking an argument to its verb: subject, object, a noun under them by a
# preposition, a conjunct of one of these.
ARGUMENT_LINKS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "prep", "conj", "dative", "agent", "attr", "pcomp"}
)


# Entity labels of places: where something happens, never a party to it.
PLACE_ENTITIES = frozenset({"GPE", "LOC"})
# Links of a verb's subject and objects: a name there acts or is acted on, a party even
# when the NER calls it a place, if it is no place's name -- a firm the NER mistakes for
# one ("what is Electrolux putting into ..."); a real place there is still where something
# happens ("when did Halden enter China"). Only after a preposition ("assemble in
# Germany") does any place say where.
ACTING_LINKS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})


def _governing_verb(doc: Doc, name: str) -> int | None:
    """The index of the verb the name is an argument of, or None."""
    found = whole_word(name).search(doc.text)
    span = doc.char_span(found.start(), found.end(), alignment_mode="expand") if found else None
    if span is None:
        return None
    token = span.root
    if token.ent_type_ in PLACE_ENTITIES and (
        token.dep_ not in ACTING_LINKS or place_name(name.split())
    ):
        return None  # a place the question names ("assemble in Germany") is no party
    owner_seen = False
    while token.pos_ not in ("VERB", "AUX"):
        if token.dep_ not in ARGUMENT_LINKS or token.head is token:
            return None
        token = token.head
        if token.pos_ == "NOUN" and not owner_seen:
            owner_seen = True  # the noun the name is a complement of, if any
            if token.tag_ in _PLURAL_NOUNS:
                return None  # "the offerings of A and B": each its own, no relation
    return token.i


# A plural common noun over names ("the initial public offerings of A and B") distributes
# over them: each has its own, not one between them (a singular one, "the merger of A and
# B", "its stake in B", is one relation).
_PLURAL_NOUNS = frozenset({"NNS"})


_COORDINATOR = re.compile(r"\s*(?:,|,?\s*(?:and|or|&))\s*", re.IGNORECASE)
_CONJOINED = re.compile(r"\s*,?\s*(?:and|&)\s*", re.IGNORECASE)


def _coordinated(text: str, names: Sequence[str]) -> list[tuple[str, str, str]]:
    """Pairs of names written one after the other with only a comma or a coordinator
    between them, and the text between them."""
    spans = []
    for name in names:
        found = whole_word(name).search(text)
        if found:
            spans.append((found.start(), found.end(), name))
    spans.sort()
    return [
        (a[2], b[2], text[a[1] : b[0]])
        for a, b in pairwise(spans)
        if b[0] > a[1] and _COORDINATOR.fullmatch(text[a[1] : b[0]])
    ]


def conjoined(text: str, names: Sequence[str]) -> list[tuple[str, str]]:
    """Pairs of names written one after the other joined by "and" ("Halden and Vardeau"):
    one argument of one verb, each in the same role."""
    return [(a, b) for a, b, between in _coordinated(text, names) if _CONJOINED.fullmatch(between)]


# Prepositions of place: a firm under one is where something happens ("fell 5 pct on the
# New York Stock Exchange", "at Harlow's plant"), not a side of the sentence's relation.
VENUE_PREPOSITIONS = frozenset({"on", "at"})
# Links of a name to the noun it modifies ("Elan shares", "Harlow's purchase"), and of a
# verb to the clause above it that shares or reports its arguments ("agreed to buy",
# "said it bought", "bought X and sold Y").
_MODIFIER_LINKS = frozenset({"compound", "poss"})
_ARGUMENT_OR_MODIFIER = ARGUMENT_LINKS | _MODIFIER_LINKS
_CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "conj", "advcl"})


def clause_of(token: Token, links: frozenset[str] = _CLAUSE_LINKS) -> int | None:
    """The top verb of the clause the word is an argument of (through the verbs that
    share or report its arguments, by `links`), or None when it is no argument of one or
    stands under a preposition of place."""
    while token.pos_ not in ("VERB", "AUX"):
        if token.dep_ not in _ARGUMENT_OR_MODIFIER or token.head is token:
            return None
        if token.dep_ == "pobj" and token.head.lower_ in VENUE_PREPOSITIONS:
            return None
        token = token.head
    while token.dep_ in links and token.head is not token:
        token = token.head
    return token.i
