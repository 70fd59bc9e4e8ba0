"""Gapping: "sold A to B and C to D" is two clauses, the second with its verb left out
("and [sold] C to D"). The parse joins C to B, the first clause's "to" object, and hangs
"to D" on C; but a conjunct with its own "to" is no second recipient: it is the gapped
clause's thing, and the object of its own "to" is the recipient.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def ungapped(conjuncts: list[Token], preposition: str) -> list[Token]:
    """The objects of a verb's `preposition` among a coordination the parse gave it: a
    later conjunct that takes the same preposition itself ("to B and C to D") stands for
    the object of that preposition (D), not for itself. Only a verb's preposition (a
    clause can be gapped, a noun's complement is not: "the purchase of A of New York and
    B of Connecticut"), and not when the first conjunct takes it too (a list of alike
    phrases)."""
    if not conjuncts or not _verbs_preposition(conjuncts[0]) or _own(conjuncts[0], preposition):
        return conjuncts
    found: list[Token] = conjuncts[:1]
    for conjunct in conjuncts[1:]:
        found += _own(conjunct, preposition) or [conjunct]
    return found


def _verbs_preposition(first: Token) -> bool:
    return first.head.pos_ == "ADP" and first.head.head.pos_ in {"VERB", "AUX"}


def _own(conjunct: Token, preposition: str) -> list[Token]:
    """The objects of the conjunct's own `preposition`, but no place ("of Denmark")."""
    return [
        g
        for child in conjunct.children
        if child.dep_ == "prep" and child.lower_ == preposition
        for g in child.children
        if g.dep_ == "pobj" and g.ent_type_ not in {"GPE", "LOC"}
    ]
