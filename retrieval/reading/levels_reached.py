"""The level a change reached: "to what level did it lift its holding" asks the figure a
verb of change takes by "to" ("increase its holding to 50.1 pct"); a figure the sentence
gives otherwise ("it holds 0.21 pct", "up from 9 pct") is the state before or beside the
change, not the level it reached.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.kinds import CHANGE_VERBS
from retrieval.reading.unrealised import part_words

if TYPE_CHECKING:
    from spacy.tokens import Span

    from retrieval.reading.asking import Part


def asks_the_level_reached(part: Part) -> bool:
    """The part asks by "to" what a change reached ("to what level did its debt fall",
    "what will it raise its stake to"); the verb may be only among its words when the
    parse read it as a noun ("did its debt fall")."""
    if part.preposition != "to":
        return False
    return part.predicate in CHANGE_VERBS or bool(part_words(part) & CHANGE_VERBS)


def short_of_the_level(span: Span, part: Part) -> bool:
    """The part asks the level a change reached, and the amount is not the object of a
    "to" ("to 85 mln dlrs"; the parse may hang "to" on the number: "double to 200,000")."""
    if not asks_the_level_reached(part):
        return False
    root = span.root
    reached = root.dep_ == "pobj" and root.head.lower_ == "to"
    marked = any(t.dep_ == "quantmod" and t.lower_ == "to" for t in span.doc[root.i - 2 : root.i])
    return not (reached or marked or any(t.lower_ == "to" for t in span))
