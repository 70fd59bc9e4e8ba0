"""Verbs in WordNet: which take an infinitive, and which denote a thought.

WordNet lists, for each verb sense, the sentence frames it fits ("Somebody ----s to
INFINITIVE") and files it under a lexicographer's class (verbs of cognition: "decide",
"judge", "plan"). The registry reads them to tell a noun's infinitive that is its content
("its decision to buy X", as "decided to buy") from one of purpose ("funds to buy X").
"""

from __future__ import annotations

from functools import cache

# WordNet's own readers: this module is a view of the same files.
from retrieval.nlp import wordnet_files as db

# WordNet's lexicographer file of verbs of thinking, judging, deciding.
_VERB_COGNITION = 31


@cache
def names_a_thought(verb: str) -> bool:
    """Does the verb's most frequent sense denote thinking, judging or deciding ("decide",
    "plan", "judge")?"""
    senses = db.senses(verb, "v")
    return bool(senses) and db.lexicographer_file(senses[0], "v") == _VERB_COGNITION


@cache
def takes_an_infinitive(verb: str) -> bool:
    """Does one of the verb's main senses take an infinitive ("agree to buy", "decide
    whether to sell", "intend it to be sold"), by WordNet's sentence frames?"""
    lemma = verb.lower()
    return any(_own_frames(offset, lemma) & _INFINITIVE_FRAMES for offset in db.senses(lemma, "v"))


@cache
def main_sense_frames(verb: str) -> frozenset[int]:
    """The sentence frames of the verb's most frequent sense that are the verb's own."""
    lemma = verb.lower()
    senses = db.senses(lemma, "v")
    return _own_frames(senses[0], lemma) if senses else frozenset()


def _own_frames(offset: int, lemma: str) -> frozenset[int]:
    """A synset's frames that WordNet gives the lemma: those of all its words, or of this
    one ("help", not "assist" or "aid", takes "Somebody ----s to INFINITIVE")."""
    words = db.synset("v", offset)[0]
    number = words.index(lemma) + 1 if lemma in words else 0
    return frozenset(f for f, w in _frames(offset) if w in (0, number))


# Frames "Somebody ----s somebody to INFINITIVE", "... ----s to INFINITIVE", "... ----s
# whether INFINITIVE", "... ----s INFINITIVE".
_INFINITIVE_FRAMES = frozenset({24, 28, 29, 32})


def _frames(offset: int) -> list[tuple[int, int]]:
    """A verb synset's sentence frames: (frame number, word number, 0 for all words)."""
    fields = db.data("v")[offset].split(" | ", 1)[0].split()
    at = 4 + 2 * int(fields[3], 16)
    at += 1 + 4 * int(fields[at])
    return [
        (int(fields[at + 2 + 3 * i]), int(fields[at + 3 + 3 * i], 16))
        for i in range(int(fields[at]))
    ]
