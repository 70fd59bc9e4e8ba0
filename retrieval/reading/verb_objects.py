"""What a question's verb takes, where it decides the asked kind: an object given "in" a
sum ("earn in sales", "hand over in cash") is money; the object a verb of change moves
("raise its shipment targets") is what changes, not a sum.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.kinds import CHANGE_VERBS, Kind
from retrieval.reading.question_syntax import kind_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def in_money(verb: Token) -> bool:
    """The verb says its object is given "in cash", "in money": a means of payment."""
    return any(
        prep.lower_ == "in" and kind_of(obj) is Kind.MONEY
        for prep in verb.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def changed_object(verb: Token) -> Token | None:
    """The noun object of a verb of change that is no sum ("raise its targets", "cut its
    stake"); a sum raised or cut ("raise its dividend") is money as the verb's own is."""
    if verb.lemma_.lower() not in CHANGE_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return objects[0] if objects and kind_of(objects[0]) is not Kind.MONEY else None
