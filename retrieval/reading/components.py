"""Parts of a whole: an amount listed as one of what a price is made of.

"The acquisition price will consist of one mln in cash, 1.5 mln shares ... and 8.944 mln
dlrs principal amount of notes": a verb of part and whole (consist of, comprise, be made
up of, include) says that what follows are components of its subject. A sum among several
such quantities is one component, not what was paid: it answers a price question only
when no whole is stated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs whose complement lists the parts of their subject ("make" only as "made up of").
PART_WHOLE_VERBS = frozenset({"consist", "comprise", "compose", "include", "make"})
# Entity labels of the quantities a price may be made of (cash, shares, notes).
QUANTITIES = frozenset({"MONEY", "CARDINAL", "QUANTITY"})
COMPONENT_PENALTY = 0.5
# Nouns whose "of" names the whole they are a part of ("part of the purchase price").
PART_NOUNS = frozenset({"part", "portion"})


def a_component(amount: Span) -> bool:
    """The amount is one of several quantities a verb of part and whole lists."""
    verb = _part_whole_verb(amount.root)
    if verb is None:
        return False
    others = [
        entity
        for entity in amount.doc.ents
        if entity.label_ in QUANTITIES
        and entity.start > verb.i
        and entity.start != amount.start
        and verb in entity.root.ancestors
    ]
    return bool(others)


def _part_whole_verb(token: Token) -> Token | None:
    """The verb of the amount's clause, if it is one of part and whole."""
    for node in token.ancestors:
        if node.pos_ in {"VERB", "AUX"}:
            lemma = node.lemma_.lower()
            if lemma == "make":
                made_up = any(c.dep_ == "prt" and c.lower_ == "up" for c in node.children)
                return node if made_up else None
            return node if lemma in PART_WHOLE_VERBS else None
    return None


def pays_a_part(amount: Span) -> bool:
    """The sum pays a part of a whole: its verb, or the verb of its purpose ("will use
    400,000 dlrs of the proceeds to pay part of the purchase price", "400,000 dlrs will be
    used to pay a portion of the price"), takes "part of" the whole as its object, so the
    sum is less than that whole."""
    verb = amount.root.head
    if amount.root.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "advcl"))]
    return any(
        obj.lemma_.lower() in PART_NOUNS and any(c.lower_ == "of" for c in obj.children)
        for v in verbs
        for obj in v.children
        if obj.dep_ == "dobj" and obj.i != amount.root.i
    )
