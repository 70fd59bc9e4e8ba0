"""What a phrasal verb is a way of doing: "who came up with the Halden process" is
answered by "the Halden process was created by Karl Brandt".

A phrasal verb is an idiom: its particle makes a sense of its own ("come up" with a thing
is to bring it forth, not to arrive), which shares no word with the plainer verbs an
article tells the act by. WordNet files that sense under the acts it is a way of (come up
→ generate → create), so the doer of one of those acts, done to what the question's verb
is done to, is the asked doer: a passive's by-agent, and each of its conjuncts, as the
subject of the active (relations._subjects). Verbs light enough to be any act's class
("make", "get") are left out: "Karl Brandt made a speech" tells of nothing brought forth.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from retrieval.nlp import wordnet_files as db
from retrieval.reading.predicates import GENERAL_VERBS
from retrieval.reading.role_verbs import acts_on_the_asked_thing

if TYPE_CHECKING:
    from spacy.tokens import Token

    from retrieval.reading.asking import Part

# WordNet's pointer to a hypernym (the act a verb's sense is a way of doing).
_HYPERNYM = "@"
# Verb hierarchies are shallow (a dozen levels at most); a bound guards against cycles.
_MAX_DEPTH = 12


@cache
def phrasal_classes(phrasal: str | None) -> frozenset[str]:
    """The one-word verbs the phrasal verb's most frequent sense is a way of, at any
    level above it ("generate", "create" for "come_up"), light verbs left out; none for
    a verb of one word (its kin are wordnet.relatives' and role_verbs')."""
    if not phrasal or "_" not in phrasal:
        return frozenset()
    senses = db.senses(phrasal, "v")
    found: set[str] = set()
    level = senses[:1]
    for _ in range(_MAX_DEPTH):
        level = [t for s in level for sym, t, _ in db.synset("v", s)[1] if sym == _HYPERNYM]
        if not level:
            break
        found.update(w for t in level for w in db.synset("v", t)[0] if "_" not in w)
    return frozenset(found - GENERAL_VERBS)


def does_a_way_asked(verb: Token, part: Part) -> bool:
    """The verb is one of the acts the asked phrasal verb is a way of, done to what the
    question's verb is done to (its object or passive subject, or the noun its participle
    hangs on, has the asked thing's word or name): "Karl Brandt created a new unit" says
    nothing of who came up with the Halden process."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in phrasal_classes(part.phrasal):
        return False
    return acts_on_the_asked_thing(verb, part)
