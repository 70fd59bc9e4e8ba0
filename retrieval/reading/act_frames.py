"""Verbs whose complement is the act itself: WordNet's sentence frames for a verb's main
sense ("Somebody ----s to INFINITIVE": expect, agree, try; "Somebody ----s VERB-ing":
start), read from the verb's synset line."""

from __future__ import annotations

from functools import cache

from retrieval.nlp import wordnet_files as db

# WordNet's generic frames: "Somebody ----s INFINITIVE", "Somebody ----s to INFINITIVE",
# "Somebody ----s VERB-ing".
ACT_FRAMES = frozenset({28, 32, 33})


@cache
def takes_an_act(verb: str) -> bool:
    """The verb's main sense takes an infinitive or a gerund for what is done."""
    senses = db.senses(verb, "v")
    return bool(senses) and bool(frames(senses[0]) & ACT_FRAMES)


def frames(offset: int) -> frozenset[int]:
    """The generic frame numbers of a verb synset (after its pointers on its line)."""
    fields = db.data("v")[offset].split(" | ", 1)[0].split()
    at = 4 + 2 * int(fields[3], 16)
    at += 1 + 4 * int(fields[at])
    if at >= len(fields):
        return frozenset()
    # each frame: "+", its number, the word it is for (00: every word of the synset)
    return frozenset(int(fields[at + 2 + 3 * i]) for i in range(int(fields[at])))
