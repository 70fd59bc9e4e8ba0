"""The level a change reached: "to what level did it lift its holding" asks the figure a
verb of change takes by "to" ("increase its holding to 50.1 pct"); a figure the sentence
gives otherwise ("up from 9 pct", "compared to 9 pct") is the state before or beside the
change, not the level it reached. A state ("it holds 12 pct", "the stake is now 12 pct")
may be the level reached, told without the change: it ties less than a "to" figure, but
more than a figure never reached (a plan, a negated change), which the unrealised rules
penalise in full.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.kinds import CHANGE_VERBS
from retrieval.reading.unrealised import UNREALISED_PENALTY, part_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from retrieval.reading.asking import Part

# Words whose "to" gives the new value of what they change: the verbs of change and their
# nouns ("a hike to 30 cts", "a reduction to 85 mln").
CHANGE_HEADS = CHANGE_VERBS | frozenset({"hike", "reduction"})
# Verbs of a state: their object or attribute is a level held, perhaps the one reached.
STATE_VERBS = frozenset({"hold", "own", "be", "have"})
# A state told without the change ties less than the "to" figure, more than a plan.
STATE_FACTOR = 0.75


def asks_the_level_reached(part: Part) -> bool:
    """The part asks by "to" what a change reached ("to what level did its debt fall",
    "what will it raise its stake to"); the verb may be only among its words when the
    parse read it as a noun ("did its debt fall")."""
    if part.preposition != "to":
        return False
    return part.predicate in CHANGE_VERBS or bool(part_words(part) & CHANGE_VERBS)


def reached_by_a_change(amount: Token) -> bool:
    """The amount is the "to"-object of a word of change ("rose to 12 pct", "a hike to
    30 cts"), not of any "to" ("compared to 9 pct": a participle read as a preposition
    takes a "to" of its own). The parser may hang the "to" on the change's own amount
    ("grew 11 pct to 39 mln") or on a noun it misread as a verb under the change
    ("increase its Halden holding to 40 pct"): the word above is then its owner."""
    to = amount.head
    if amount.dep_ != "pobj" or to.lower_ != "to":
        return False
    head = to.head
    quantity = head.like_num or any(c.dep_ == "nummod" for c in head.children)
    under = head.pos_ == "VERB" and head.dep_ in _CLAUSES_UNDER
    heads = [head, head.head] if quantity or under else [head]
    # "approved a dividend hike to 30 cts": a "to" the parse hung on the verb may be its
    # object's, when that object is a noun of change
    heads += [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return any(h.lemma_.lower() in CHANGE_HEADS for h in heads)


# Clauses the parse may hang under a verb of change for a misread noun ("holding").
_CLAUSES_UNDER = frozenset({"advcl", "xcomp", "acl"})


def _a_state(amount: Token, focus: str | None) -> bool:
    """The amount is the object or attribute of a verb of state ("now holds 12 pct"), or
    the measure of the asked noun itself ("will pay a dividend of 20 cts")."""
    head = amount.head
    if amount.dep_ in ("dobj", "attr") and head.lemma_.lower() in STATE_VERBS:
        return True
    return amount.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == focus


def level_factor(span: Span, part: Part) -> float:
    """How far the amount answers a part asking the level a change reached: fully when a
    word of change takes it by "to" (or the parse made "to" its quantmod: "double to
    200,000"), less when a state gives it, least otherwise."""
    if not asks_the_level_reached(part):
        return 1.0
    root = span.root
    marked = any(t.dep_ == "quantmod" and t.lower_ == "to" for t in span.doc[root.i - 2 : root.i])
    # NER may glue the change to the level ("2-1/4 to 56 dlrs", one entity): the level
    # reached is then inside the span, after its "to"
    inside = any(t.lower_ == "to" and t.i > span.start for t in span)
    if reached_by_a_change(root) or marked or inside:
        return 1.0
    return STATE_FACTOR if _a_state(root, part.focus) else UNREALISED_PENALTY
