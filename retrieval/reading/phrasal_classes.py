"""What a phrasal verb is a way of doing: "who came up with the Halden process" is
answered by "the Halden process was created by Karl Brandt".

A phrasal verb is an idiom: its particle makes a sense of its own ("come up" with a thing
is to bring it forth, not to arrive), which shares no word with the plainer verbs an
article tells the act by. WordNet gives that sense's own synonyms (set_up: establish,
found) and files it under the acts it is a way of (come up → generate → create). Only the
phrasal's most frequent sense is read: for take_over, put_up and pick_up that is not the
business sense ("usurp", "post", "lift"), which is one more reason the walk stays short.

The walk climbs at most two levels and stops at a general act: a root of WordNet's verb
hierarchy or a synset with many acts filed under it ("change", "move", "end", "get"),
which any act done to a thing is a way of. A general act reached only helps pick the
sentence (anchors, OTHER_WEIGHT); its doer is never given the asked role outright
("The merger was terminated by X" does not say who carried it out).
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

# WordNet's pointers to a hypernym (the act a sense is a way of) and to a hyponym.
_HYPERNYM = "@"
_HYPONYM = "~"
# Levels climbed above the phrasal's sense: a third reaches acts as wide as "get".
_LEVELS = 2
# A synset with more acts filed under it than this is a general act: "end/terminate" (76),
# "cause/do" (70), "put/set/place" (210) are; "increase" (49), "sell" (23) are not.
_GENERAL_DESCENDANTS = 50


@cache
def _descendants(offset: int) -> int:
    """How many verb synsets WordNet files under this one, at any depth (each once)."""
    seen: set[int] = set()
    todo = [offset]
    while todo:
        links = db.synset("v", todo.pop())[1]
        fresh = [t for sym, t, pos in links if sym == _HYPONYM and pos == "v" and t not in seen]
        seen.update(fresh)
        todo.extend(fresh)
    return len(seen)


def _hypernyms(offset: int) -> list[int]:
    return [t for sym, t, pos in db.synset("v", offset)[1] if sym == _HYPERNYM and pos == "v"]


@cache
def _general(offset: int) -> bool:
    """A root of the verb hierarchy, or a synset with many acts under it."""
    return not _hypernyms(offset) or _descendants(offset) > _GENERAL_DESCENDANTS


def _general_word(word: str) -> bool:
    """The word's own most frequent sense is a general act ("change" in sell's
    "exchange/change" synset still mostly means any change)."""
    senses = db.senses(word, "v")
    return not senses or _general(senses[0])


@cache
def _walk(phrasal: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The one-word verbs of the phrasal's most frequent sense and of the acts at most
    two levels above it, split into (specific, general); light verbs left out."""
    if not phrasal or "_" not in phrasal:
        return frozenset(), frozenset()
    specific: set[str] = set()
    general: set[str] = set()
    level = db.senses(phrasal, "v")[:1]
    for depth in range(_LEVELS + 1):
        for offset in level:
            words = {w for w in db.synset("v", offset)[0] if "_" not in w} - GENERAL_VERBS
            if _general(offset):
                general.update(words)
            else:
                specific.update(w for w in words if not _general_word(w))
                general.update(w for w in words if _general_word(w))
        # no climbing through a general act: all above it is more general still
        level = (
            [h for o in level if not _general(o) for h in _hypernyms(o)] if depth < _LEVELS else []
        )
    return frozenset(specific), frozenset(general - specific)


def phrasal_classes(phrasal: str | None) -> frozenset[str]:
    """The specific acts the phrasal verb's main sense is or is a way of ("generate" for
    "come_up"; "establish", "found" for "set_up"): their doer on the asked thing does the
    asked act. None for a verb of one word (its kin are wordnet.relatives' and
    role_verbs')."""
    return _walk(phrasal)[0]


def general_classes(phrasal: str | None) -> frozenset[str]:
    """The general acts met on the walk ("create" for "come_up", "change" for "take_on"):
    they may pick the sentence, never the doer."""
    return _walk(phrasal)[1]


def does_a_way_asked(verb: Token, part: Part) -> bool:
    """The verb is one of the acts, specific or general, the asked phrasal verb is a way
    of, done to what the question's verb is done to (acts_on_the_asked_thing): "Karl Brandt
    created a new unit" says nothing of who came up with the Halden process."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (
        lemma in phrasal_classes(part.phrasal) or lemma in general_classes(part.phrasal)
    ):
        return False
    return acts_on_the_asked_thing(verb, part)
