"""Becoming a firm's unit: "Benton, which became a unit of Harlow in 1985", "Benton, a
subsidiary of Harlow since December". Being another firm's unit is ownership, which on its
own tells no deal; but a change into that state ("become") or the date it began ("since
1985") is the transaction that made it: the owner took the unit over then. So the noun of
a part of a firm, with its owner's "of", states a background acquisition when its copula
is "become" or a "since" date bounds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.patterns import MONTH_NAMES
from retrieval.registry.arguments import logical_subjects
from retrieval.registry.role_nouns import Slot
from retrieval.registry.syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of a firm held whole by another (a stake or an affiliate is a part held, not the
# firm taken over).
OWNED_FIRM_NOUNS = frozenset({"unit", "subsidiary", "division"})
# Words without which no such noun tells a change of owner (for the parsing filter).
CHANGE_WORDS = frozenset({"become", "becomes", "became", "becoming", "since"})


def unit_taken_slots(noun: Token) -> tuple[Slot, ...] | None:
    """The acquirer (the noun's "of") and the firm it took over (what the noun is said
    of), or None when the noun tells no change of owner."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in OWNED_FIRM_NOUNS:
        return None
    owners = [o for o in prep_objects(noun, "of") if o.pos_ == "PROPN"]
    held = [h for h in _held(noun) if h.pos_ == "PROPN"] if owners else []
    if not held or set(held) & set(owners):
        return None
    return (("subj", "acquirer", tuple(owners)), ("obj", "target", tuple(held)))


def _held(noun: Token) -> list[Token]:
    """What became the unit: the subject of "become" (or of "be" with a "since" date), the
    name the noun is in apposition to with such a date."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() in {"become", "be"}:
        changed = head.lemma_.lower() == "become" or _since_a_date(head) or _since_a_date(noun)
        return logical_subjects(head) if changed else []
    if noun.dep_ != "appos":
        return []
    # "TRE, since December a unit of Alcoa, ...": the parse sets the noun beside the date
    since = head.head
    if head.dep_ == "pobj" and since.lower_ == "since" and since.i >= 2:
        named = noun.doc[since.i - 2]
        return [named] if noun.doc[since.i - 1].text == "," else []
    return [head] if head.pos_ == "PROPN" and _since_a_date(noun) else []


def _since_a_date(word: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "since" and any(_a_date(g) for g in c.children)
        for c in word.children
    )


# Nouns of a time a "since" may start from ("since last year").
_TIME_NOUNS = frozenset({"year", "month", "week", "quarter"})


def _a_date(token: Token) -> bool:
    """ "since 1985", "since December", "since last year" -- also before entities are
    recognised (the first look at a sentence has none)."""
    word = token.lower_
    dated = token.like_num or word in MONTH_NAMES or word in _TIME_NOUNS
    return token.ent_type_ == "DATE" or dated
