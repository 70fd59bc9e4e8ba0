"""WordNet's antonyms: words of the opposite sense ("import" for "export", "debit" for
"credit"). An antonym is a lexical pointer, from one word of a synset to one word of
another, so it is read from the links of the word itself, not of its synonyms."""

from __future__ import annotations

from functools import cache

from retrieval.nlp import wordnet_files as db
from retrieval.nlp.wordnet_files import Pos

# The pointer symbol of an antonym.
_ANTONYM = "!"


@cache
def antonyms(lemma: str, pos: Pos = "n") -> frozenset[str]:
    """The words opposite the lemma in one of its main senses; one-word entries only."""
    found: set[str] = set()
    for offset in db.senses(lemma, pos):
        words = db.synset(pos, offset)[0]
        source = words.index(lemma.lower()) + 1 if lemma.lower() in words else 0
        for symbol, target, kind, start, end in db.links(pos, offset):
            if symbol == _ANTONYM and start == source and kind == pos:
                found.add(db.synset(pos, target)[0][end - 1])
    return frozenset(w for w in found if "_" not in w)
