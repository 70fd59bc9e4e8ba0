"""A preposition's objects: what "with B", "to Corvex", "of the shares" name.

spaCy hangs a prepositional phrase on the word it modifies as a "prep" (or "agent",
"dative") child, and the phrase's noun on the preposition as its "pobj"; the reader and
the registry both ask which nouns a word's prepositions take, so the walk is written once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

# The dependency of a plain preposition; a passive's "by" is an "agent", a dative "to" a
# "dative", which the callers that want them name.
PREPOSITION = frozenset({"prep"})


def preposition_objects(
    head: Token,
    word: str | None = None,
    deps: Collection[str] = PREPOSITION,
    first: bool = False,
) -> list[Token]:
    """The objects of the head's prepositions, in order: of those spelled `word` (lower
    case), or of every one. `first`: only the first object of the first such preposition,
    for a role a word fills once ("merged with A" -- the object of its first "with")."""
    preps = [c for c in head.children if c.dep_ in deps and (word is None or c.lower_ == word)]
    if first:
        preps = preps[:1]
    objects = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return objects[:1] if first else objects
