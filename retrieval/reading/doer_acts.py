"""Doer nouns: "who is the owner of Halden" asks who does an act, which an article may
say with the act's verb or noun instead ("Halden is minority owned by Corvex", "fighting
off a takeover bid from Corvex" for "who is the bidder").

A noun naming a doer is derived from the verb of its act (WordNet's derivational links:
"owner" from "own", "bidder" from "bid", "founder" from "found"); whoever does that act in
a sentence is the asked doer, so the verb, and the nouns naming its act ("bid",
"founding"), anchor the answer as the asked noun would. The reverse, the verb asked and
its doer's title written ("who chairs Mobil" <- "Mobil Chairman Allen Murray"), is
wordnet.doer_nouns'.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from retrieval.nlp import wordnet_files as db
from retrieval.nlp.names import name_key
from retrieval.nlp.wordnet import derived_nouns, doer_nouns, source_verbs
from retrieval.reading.asked_roles import argument_slots
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
    return verbs, frozenset(n for v in verbs for n in derived_nouns(v) if _names_an_act(n))


# WordNet's lexicographer files of nouns denoting acts, communications and events: "a
# takeover bid" is a proposal, "the founding" an act.
_ACT_FILES = frozenset({4, 10, 11})


def _names_an_act(noun: str) -> bool:
    """The noun's most frequent sense is an act, event or communication: "building" is
    most often a structure and "foundation" a basis, so they are not read as acts."""
    senses = db.senses(noun, "n")
    return bool(senses) and db.lexicographer_file(senses[0], "n") in _ACT_FILES


def names_the_doers_act(token: Token, part: Part) -> bool:
    """The token is the act of the asked doer ("owned" for "who is the owner"), and the
    asked party does not do it itself: "Halden owns 20 pct of Corvex" says what Halden
    owns, not who owns Halden; "Halden's bid" is Halden's own. A word inside a name
    ("the Autry Foundation") is no act."""
    noun = asked_doer(part)
    if noun is None or token.ent_type_:
        return False
    verbs, acts = doer_acts(noun)
    lemma = token.lemma_.lower()
    if not ((token.pos_ == "VERB" and lemma in verbs) or (token.pos_ == "NOUN" and lemma in acts)):
        return False
    # the asked names, and what the question does the act to ("the owner of Halden")
    objects = (name for head, _, name in part.arguments if head == part.focus)
    asked = {name_key(name) for name in (*part.names, *objects)}
    doers = {_phrase_key(head) for role, head in argument_slots(token) if role == "subj"}
    return not any(_same(doer, name) for doer in doers for name in asked)


def _phrase_key(head: Token) -> str:
    """The name a proper noun closes ("Halden Corp" for "Corp"), as name_key spells it."""
    return name_key(head.doc[head.left_edge.i : head.i + 1].text)


def _same(doer: str, asked: str) -> bool:
    """One name is the other, or part of it ("Halden" and "Halden Corp")."""
    return bool(doer and asked) and (doer in asked or asked in doer)
