"""Counts stated through a noun of quantity: "bring to 34 the number of countries it serves",
"the number of its stores is 120", "raising the total of its banks to 28"; and through a
change of the counted noun itself: "its stores were reduced to 120", and, for a question
asking an event rather than a state ("how many jobs have gone", not "how many stores does it
have"), "headquarters staff positions were cut by 7,000".

A noun such as "number" takes what it counts as its "of" complement, and its value comes as
the goal of the verb acting on it ("to 34") or as the attribute of a copula whose subject it
is; the figure then counts the complement's noun though it modifies no word of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.patterns import SCALES
from retrieval.nlp.wordnet import names_a_state
from retrieval.reading.kinds import CHANGE_VERBS, CHANGE_WORDS
from retrieval.reading.market import of_a_stock

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns whose "of" complement is what they count.
QUANTITY_NOUNS = frozenset({"number", "total", "count", "tally"})


def counts_through_a_total(span: Span, noun: Token) -> bool:
    """The figure gives the value of a quantity noun counting `noun` ("the number of
    countries")."""
    quantity = _quantity_of(noun)
    if quantity is None or not span.root.like_num:
        return False
    root = _scaled(span.root)
    if quantity.dep_ == "nsubj" and root.dep_ == "attr":
        return root.head.i == quantity.head.i  # "the number of its stores is 120"
    preposition = root.head
    verb = quantity.head
    attached = _hung_on(preposition)
    # "raised the number ... to 34"; "the number of cards grew to 39.1 mln": an
    # intransitive verb of change moves its subject
    moved = quantity.dep_ in ("dobj", "nsubjpass") or (
        quantity.dep_ == "nsubj" and _changes_itself(verb)
    )
    return root.dep_ == "pobj" and preposition.lower_ == "to" and attached.i == verb.i and moved


def _scaled(number: Token) -> Token:
    """The word a number's scale makes the head ("39.1" of "39.1 mln": "mln")."""
    scale = number.head
    return scale if number.dep_ == "nummod" and scale.lower_ in SCALES else number


def _hung_on(preposition: Token) -> Token:
    """The word the preposition belongs to: "grew by 11 pct to 39.1 mln" has the parser
    hang the "to" on the change's amount ("11 pct", within "by" or not), but it is the
    verb's, the new level."""
    head = preposition.head
    if head.pos_ == "VERB" or not any(c.dep_ == "nummod" for c in head.children):
        return head
    above = head.head.head if head.head.lower_ == "by" else head.head
    return above if above.pos_ == "VERB" else head


def _changes_itself(verb: Token) -> bool:
    """A verb of change with no object: what changes is its subject ("grew to", "fell to")."""
    objects = any(c.dep_ == "dobj" for c in verb.children)
    return verb.lemma_.lower() in CHANGE_WORDS and not objects


def _quantity_of(noun: Token) -> Token | None:
    """The quantity noun whose "of" complement `noun` is."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    quantity = of.head
    return quantity if quantity.lemma_.lower() in QUANTITY_NOUNS else None


def counts_through_its_change(span: Span, noun: Token, predicate: str | None) -> bool:
    """A bare number a verb of change takes counts the plural noun that changes: its new
    level counts what there is ("its stores were reduced to 120"), the change counts what
    went or came, which a question of an event asks ("how many jobs have gone": "positions
    were cut by 7,000"), one of a state does not ("how many stores does it have"). A
    number with a noun of its own counts that noun; a stock's move ("its shares fell by
    1-1/2") counts no shares; a singular noun is a quantity, no things counted ("camera
    demand rose to 700,000" counts no cameras). `predicate`: the asked verb, None for
    "have" or "be"."""
    root = span.root
    preposition = root.head
    if span.label_ != "CARDINAL" or not root.like_num or root.dep_ != "pobj":
        return False
    # no asked verb is a light one ("how many does it have")
    by = preposition.lower_ == "by" and predicate is not None and not names_a_state(predicate)
    if not (preposition.lower_ == "to" or by) or of_a_stock(span):
        return False
    verb = preposition.head
    changes = verb.pos_ == "VERB" and verb.lemma_.lower() in CHANGE_VERBS
    counted = noun.tag_ == "NNS" and noun.dep_ in ("nsubj", "nsubjpass", "dobj")
    return changes and counted and noun.head.i == verb.i
