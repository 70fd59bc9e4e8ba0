"""Doer nouns: "who is the owner of Halden" asks who does an act, which an article may
say with the act's verb or noun instead ("Halden is minority owned by Corvex", "fighting
off a takeover bid from Corvex" for "who is the bidder").

A noun naming a doer is derived from the verb of its act (WordNet's derivational links:
"owner" from "own", "bidder" from "bid", "founder" from "found"); whoever does that act in
a sentence is the asked doer, so the verb, and the nouns naming its act ("bid",
"founding"), anchor the answer as the asked noun would. The reverse, the verb asked and
its doer's title written ("who chairs Mobil" <- "Mobil Chairman Allen Murray"), is
wordnet_derivations.doer_nouns'.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from retrieval.nlp import wordnet_files as db
from retrieval.nlp.names import same_party
from retrieval.nlp.wordnet_derivations import (
    NOUN_ACT,
    NOUN_EVENT,
    derived_nouns,
    doer_nouns,
    event_nouns,
    source_verbs,
)
from retrieval.reading.act_roles import doers, targets
from retrieval.reading.asking import Part
from retrieval.reading.kinds import PARTY_ANSWERS

if TYPE_CHECKING:
    from spacy.tokens import Token


def asked_doer(part: Part) -> str | None:
    """The asked noun, read as the head of the hyphenated compound it opens: English
    compounds are headed by their last word, so a "part-owner" is an owner (spaCy may
    take the compound's first word, "part", for the asked noun)."""
    if not part.focus or part.kind not in PARTY_ANSWERS:
        return None
    compound = re.search(rf"\b{re.escape(part.focus)}-([a-z]+)\b", part.text.lower())
    return compound.group(1) if compound else part.focus.lower()


@cache
def doer_acts(noun: str) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs whose doer the noun names ("own" for "owner"), and the nouns of their
    acts ("bid" for "bidder"); none for a noun naming no doer ("company", "employee")."""
    verbs = frozenset(v for v in source_verbs(noun) if noun in doer_nouns(v))
    return verbs, frozenset(n for v in verbs for n in _act_nouns(v) if _names_an_act(n))


# WordNet's lexicographer file of nouns denoting communications: "a takeover bid" is a
# proposal; wordnet_derivations.event_nouns keeps only acts and events.
_NOUN_COMMUNICATION = 10
_ACT_FILES = frozenset({NOUN_ACT, NOUN_EVENT, _NOUN_COMMUNICATION})


def _act_nouns(verb: str) -> frozenset[str]:
    """The nouns naming the verb's act or event ("founding"), or a communication it makes
    ("bid", "directive")."""
    said = frozenset(n for n in derived_nouns(verb) if _first_file(n) == _NOUN_COMMUNICATION)
    return event_nouns(verb) | said


def _first_file(noun: str) -> int | None:
    senses = db.senses(noun, "n")
    return db.lexicographer_file(senses[0], "n") if senses else None


def _names_an_act(noun: str) -> bool:
    """The noun's most frequent sense is an act, event or communication: "building" is
    most often a structure and "foundation" a basis, so they are not read as acts."""
    return _first_file(noun) in _ACT_FILES


def names_the_doers_act(token: Token, part: Part) -> bool:
    """The token is the act of the asked doer ("owned" for "who is the owner"), done to
    the party the doer is asked of, if the question names one ("Corvex owns Halden" for
    "the owner of Halden"), and not by it: "Halden owns 20 pct of Corvex" says what
    Halden owns, "Corvex is owned by Halden" whom Halden owns. A word inside a name ("the
    Autry Foundation") is no act."""
    noun = asked_doer(part)
    if noun is None or token.ent_type_:
        return False
    verbs, acts = doer_acts(noun)
    lemma = token.lemma_.lower()
    if not ((token.pos_ == "VERB" and lemma in verbs) or (token.pos_ == "NOUN" and lemma in acts)):
        return False
    # the asked names, and what the question does the act to ("the owner of Halden",
    # "the leader of the Halden group")
    objects = (name for head, _, name in part.arguments if head == part.focus)
    asked = {*part.names, *objects, *(name for _, name in part.qualified)}
    if not asked:
        return True  # "who is the British part-owner": no party to check the act against
    return _among(targets(token), asked) and not _among(doers(token), asked)


def _among(parties: list[Token], asked: set[str]) -> bool:
    """One of the parties is one of the asked names ("Halden Corp" for "Halden")."""
    return any(same_party(_phrase(p), name) for p in parties for name in asked)


def _phrase(head: Token) -> str:
    """The name a word closes ("Halden Corp" for "Corp"), or the entity it is in."""
    entity = next((e.text for e in head.doc.ents if e.start <= head.i < e.end), None)
    return entity or head.doc[head.left_edge.i : head.i + 1].text
