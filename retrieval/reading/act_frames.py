"""Verbs whose complement is the act itself: WordNet's sentence frames for a verb's main
sense ("Somebody ----s to INFINITIVE": expect, agree, try; "Somebody ----s VERB-ing":
start), those WordNet gives the verb itself (nlp.verb_frames)."""

from __future__ import annotations

from retrieval.nlp.verb_frames import main_sense_frames

# WordNet's generic frames: "Somebody ----s INFINITIVE", "Somebody ----s to INFINITIVE",
# "Somebody ----s VERB-ing".
ACT_FRAMES = frozenset({28, 32, 33})


def takes_an_act(verb: str) -> bool:
    """The verb's main sense takes an infinitive or a gerund for what is done."""
    return bool(main_sense_frames(verb) & ACT_FRAMES)
