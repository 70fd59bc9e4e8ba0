"""Firms named as merged: "the merged Burroughs and Sperry". A participle of merging before
coordinated names says they were merged with each other (before one name it names one
firm: "newly merged Ostmark Benton Corp"), so the names are the merger's partners.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.role_nouns import Slot

if TYPE_CHECKING:
    from spacy.tokens import Token

# Participles (the tagger may call them adjectives) that say their names were merged.
MERGED_WORDS = frozenset({"merged"})


def merged_slots(word: Token) -> tuple[Slot, ...] | None:
    """The partners of a merger a participle before coordinated names tells, or None."""
    head = word.head
    if word.dep_ != "amod" or word.lower_ not in MERGED_WORDS or head.pos_ != "PROPN":
        return None
    others = [c for c in head.conjuncts if c.pos_ == "PROPN"]
    if not others:
        return None
    return (("subj", "partner", (head,)), ("with", "partner", tuple(others)))
