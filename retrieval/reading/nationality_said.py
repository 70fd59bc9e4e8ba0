"""Whether a sentence that speaks of the asked people says a name is of it: "which
Japanese companies" is answered by "Japanese trading house C. Itoh", "Hispanoil of
Spain", "Spain's Hispanoil" or "Soviet banks Gosbank and Vneshtorgbank", where the demonym
is said of the name; not by a name beside which the sentence says it of something else
("with the help of Texaco and a Mexican and an Argentine firm" names no Mexican firm).
A sentence silent on the people leaves the name to the article-wide check
(of_nationality.py): news writing often gives a firm's nationality once, in the title or
an earlier sentence.

English says a firm's nationality within its noun phrase: a modifier of the name or of
the noun the name is in apposition to, a possessive, an "of" phrase. Continents and
regions ("European", "Asian") are left to the article-wide check (of_nationality.py):
news writing gives a firm's country, rarely its continent.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from retrieval.reading.nationality import a_peoples_adjective, listed_as, states_nationality

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Peoples of several nations: a firm's phrase gives its country, not these.
REGIONAL = frozenset(
    {"european", "asian", "african", "arab", "latin american", "scandinavian", "nordic"}
)
# Dependents of a name, or of the noun it stands beside, that say what it is.
_DESCRIBING = frozenset({"amod", "compound", "poss", "appos", "nmod"})
# Prepositions placing a firm in its country ("Hispanoil of Spain", "a factory in China").
_PLACING = frozenset({"of", "in"})
# Participles seating a firm in its country ("based in Mexico City").
_SEATING = frozenset({"base", "headquarter"})
# Relations by which a name stands beside a noun describing it ("banks Gosbank").
_BESIDE = frozenset({"appos", "compound"})


def said_of(name: Span, demonyms: tuple[str, ...]) -> bool:
    """Each asked people's adjective is said of the name in its sentence (see above);
    place names and regional peoples are not checked here."""
    return all(_said(name, d) for d in demonyms if _checked(d))


def _checked(demonym: str) -> bool:
    return demonym not in REGIONAL and a_peoples_adjective(demonym)


def _said(name: Span, demonym: str) -> bool:
    if not re.search(rf"\b{re.escape(demonym)}\b", name.sent.text, re.IGNORECASE):
        # the sentence says nothing of the people ("near Monterrey, Mexico" places a
        # thing, it says no one's nationality): not judged here
        return True
    if listed_as(demonym, name.text.strip("<> "), name.doc.text):
        return True  # "C. Itoh and Co Ltd <CITT.T>"
    phrase = " ".join(token.text for token in _phrase(name))
    return states_nationality(demonym, phrase)


def _phrase(name: Span) -> list[Token]:
    """The name, what describes it, and the noun it stands beside with that noun's own
    describing words; a name the parser split shares the run's ("NTT DoCoMo")."""
    doc = name.doc
    first = name.start
    while first > 0 and doc[first - 1].pos_ == "PROPN":
        first -= 1
    tokens = list(doc[first : name.end]) + _around(name.root) + _around(doc[first])
    # a common noun written just before a name describes it ("oil company Petromex"),
    # however the parser hangs the two
    if first > 0 and doc[first - 1].pos_ == "NOUN":
        tokens += [doc[first - 1], *_describers(doc[first - 1])]
    return tokens


def _around(token: Token) -> list[Token]:
    """What describes the name's word, and the noun it stands beside ("banks Gosbank",
    "Hispanoil of Spain"); a conjunct shares the first one's ("Gosbank and Vneshtorgbank")."""
    tokens = _describers(token)
    while token.dep_ == "conj":
        token = token.head
    tokens += _describers(token)
    if token.dep_ in _BESIDE or (token.dep_ == "pobj" and token.head.lower_ in _PLACING):
        noun = token.head if token.dep_ in _BESIDE else token.head.head
        tokens += [noun, *_describers(noun)]
    for noun in _identified_with(token):
        tokens += [noun, *_describers(noun)]
    return tokens


def _identified_with(token: Token) -> list[Token]:
    """The subject a name is the copula's predicate of: "the French partner is Halden SA"
    says Halden is that partner, so what describes the partner describes Halden. A subject
    the parse hung on a clause ("another British company aiming to ... is X": "company"
    the subject of "aiming", that clause the copula's) is still the copula's."""
    verb = token.head
    if token.dep_ != "attr" or verb.lemma_.lower() != "be":
        return []
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN":
            found.append(child)
        elif child.dep_ == "csubj":
            found += [c for c in child.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return found


def _describers(noun: Token) -> list[Token]:
    """The noun's modifiers, possessor, appositive, "of"/"in" phrase and the participle
    seating it ("Petromex, based in Mexico City"), with their words."""
    found: list[Token] = []
    for child in noun.children:
        placing = child.dep_ == "prep" and child.lower_ in _PLACING
        seated = child.dep_ == "acl" and child.lemma_.lower() in _SEATING
        if child.dep_ in _DESCRIBING or placing or seated:
            found += list(child.subtree)
    return found
