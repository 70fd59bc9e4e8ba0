"""Prepositions the parse attached too low or too high: "the sale of its division, based
in X, to B" ("to" belongs to the sale), "sold its operations, which made linens, to B",
"paid 240 mln dlrs for X" ("for" hung on the amount); and an object the parse made a
clause ("purchased United Administrators Inc in ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.names import LEGAL_FORMS
from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.syntax import (
    PREPOSITIONS,
    SUBJECTS,
    phrase_tokens,
    prep_objects,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


# Prepositions whose attachment a parser often gets wrong, and whose meaning ties them to
# a deal word anyway: "the sale of its division, based in X, to B" ("to" belongs to sale).
STRAY_PREPOSITIONS = frozenset({"to", "from", "into"})


def stray_prep_objects(
    root: Token, preposition: str, allowed: frozenset[str] = STRAY_PREPOSITIONS
) -> list[Token]:
    """Objects of `preposition` attached lower in `root`'s phrase than it belongs (not
    inside a clause of its own, nor in its subject)."""
    if preposition not in allowed:
        return []
    phrase = phrase_tokens(root, skip=SUBJECTS | {"nsubjpass"})
    for token in phrase:
        if token.dep_ in PREPOSITIONS and token.lower_ == preposition and token.head != root:
            found = [g for c in token.children if c.dep_ == "pobj" for g in with_conjuncts(c)]
            if found:
                return found
    return _after_closed_relative(phrase, preposition)


# Dependencies the parser gives the rest of a long noun phrase it cut off and hung higher:
# "completed the sale of its French unit, Compagnie X, to B" ("Compagnie X" on "said").
_CUT_OFF = frozenset({"dobj", "npadvmod", "appos", "dep"})


def cut_off_prep_objects(word: Token, preposition: str) -> list[Token]:
    """Objects of `preposition` in the part of `word`'s phrase the parse cut off: a noun
    phrase starting right after the phrase (or its comma) and hung on a word above it,
    as a second object of its verb ("completed the sale of its A and B subsidiaries to C")
    or a loose modifier of the sentence's verb. A noun phrase follows on from the one
    before it; no verb takes two objects or a bare noun phrase of this kind there."""
    if preposition not in _SIDES:
        return []
    end = word.right_edge.i
    if end + 1 < len(word.doc) and word.doc[end + 1].text == ",":
        end += 1
    for above in word.ancestors:
        for piece in above.children:
            if piece.dep_ in _CUT_OFF and piece.left_edge.i == end + 1:
                return prep_objects(piece, preposition)
    return []


# Asides a writer sets off by commas inside a deal word's phrase: a price, "excluding X".
_ASIDES = frozenset({"prep", "advcl", "acl"})


def past_an_aside(word: Token, preposition: str) -> list[Token]:
    """ "the sale, for 240 mln dlrs, of its division to B", "the sale of its division,
    excluding real estate, to B": an aside set off by commas right after a deal word's
    phrase ends at its closing comma, so a phrase after that comma continues the deal
    word's phrase, though the parse hung it inside the aside (the aside itself on a word
    above). The first such `preposition` after the closing comma is the word's."""
    if preposition not in _SIDES | {"of"}:
        return []
    doc = word.doc
    end = word.right_edge.i + 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return []
    for above in word.ancestors:
        for aside in (c for c in above.children if c.left_edge.i == end + 1):
            closing = next((t.i for t in aside.subtree if t.text == "," and t.i > end), None)
            if aside.dep_ not in _ASIDES or closing is None:
                return []
            after = [t for t in aside.subtree if t.i > closing and t.dep_ in PREPOSITIONS]
            first = next((t for t in after if t.lower_ == preposition), None)
            return prep_objects(first.head, preposition) if first is not None else []
    return []


def of_after_the_agent(noun: Token, preposition: str) -> list[Token]:
    """ "the acquisition by A of B": English lets a deal noun's agent come before its "of"
    complement, and the parser then hangs "of B" on A, as if A were "A of B". A name takes
    no "of" phrase outside its own name ("Bank of America"), and a legal form closes a
    name ("A Plc of B Inc" is two), so the phrase is the noun's."""
    if preposition != "of":
        return []
    found: list[Token] = []
    for agent in prep_objects(noun, "by"):
        if agent.pos_ != "PROPN" or not agent.ent_type_:
            continue
        for prep in agent.children:
            closed = agent.lower_.rstrip(".") in LEGAL_FORMS
            inside = prep.ent_iob_ == "I" and not closed  # "of" within the agent's name
            if prep.dep_ == "prep" and prep.lower_ == "of" and not inside:
                found += [o for o in prep_objects(agent, "of") if o.pos_ == "PROPN"]
    return found


def _after_closed_relative(phrase: list[Token], preposition: str) -> list[Token]:
    """ "sold its operations, which made sheets and linens, to B": the preposition the parse
    hung on a closed relative clause belongs to the phrase above (see `beyond_clause`)."""
    for token in phrase:
        for clause in (c for c in token.children if c.dep_ == "relcl"):
            for prep in clause.children:
                named = prep.dep_ in PREPOSITIONS and prep.lower_ == preposition
                if named and beyond_clause(clause, prep):
                    return [g for c in prep.children if c.dep_ == "pobj" for g in with_conjuncts(c)]
    return []


def beyond_clause(clause: Token, token: Token) -> bool:
    """Whether `token`, which the parse put in the relative clause `clause`, comes after
    the clause's closing comma: a relative clause set off by a comma ends at the next one,
    so what follows belongs to the phrase above."""
    start = clause.left_edge.i
    if start < 1 or clause.doc[start - 1].text != ",":
        return False  # a restrictive clause has no commas to close it
    closing = [c.i for c in clause.children if c.text == "," and c.i > clause.i]
    return bool(closing) and token.i > closing[0]


def price_prep_objects(verb: Token, preposition: str) -> list[Token]:
    """Objects of a "for" or "in" the parser hung on the verb's amount rather than on the
    verb ("paid 240 mln dlrs for X", "invested eight mln dlrs in X"): what a price is "for"
    is what the verb's subject got, and money is "in" no company but where it was put, so
    the phrase belongs to the verb whichever of the two it was attached to."""
    if preposition not in {"for", "in"}:
        return []
    for price in (c for c in verb.children if c.dep_ == "dobj" and _a_price(c)):
        found = prep_objects(price, preposition)
        if found:
            return found
    return []


def shifted_object(verb: Token) -> Token | None:
    """ "acquired for 8.7 mln dlrs the principal assets of X": an object too heavy for its
    place moves after the price, and the parser hangs it on the amount as an apposition.
    A price is in apposition to no noun phrase, so the phrase is what the price paid for."""
    for price in (p for p in prep_objects(verb, "for") if _a_price(p)):
        moved = [c for c in price.children if c.dep_ == "appos" and c.pos_ != "NUM"]
        if moved:
            return moved[0]
    return None


def name_made_a_clause(verb: Token) -> Token | None:
    """ "it purchased United Administrators Inc in an effort to ...": a name right after a
    verb that the parse made the verb's clausal complement. A clause is headed by a verb,
    never by a name with nothing of a clause under it, so the name is the verb's object."""
    for child in verb.children:
        clause_parts = [c for c in child.children if c.dep_ in SUBJECTS or c.dep_ == "aux"]
        if (
            child.dep_ == "ccomp"
            and child.pos_ == "PROPN"
            and child.left_edge.i == verb.i + 1
            and not clause_parts
        ):
            return child
    return None


def _a_price(token: Token) -> bool:
    """An amount of money: a MONEY entity, or a noun counted by a number ("20 mln dlrs")."""
    return token.ent_type_ == "MONEY" or any(c.dep_ == "nummod" for c in token.children)


# The prepositions of a deal's other side that a parse may hang on the verb above it.
_SIDES = frozenset({"to", "from"})


def hung_on_governor(verb: Token, preposition: str) -> list[Token]:
    """ "agreed to sell its business, Norton Co Pty Ltd, to Global Mining": after a long
    object the parser may hang the infinitive's "to" phrase on "agreed", which takes no
    such phrase of its own -- a phrase after the infinitive's verb is that verb's."""
    governor = verb.head
    if preposition not in _SIDES or verb.dep_ != "xcomp" or governor.pos_ != "VERB":
        return []
    return [
        found
        for prep in governor.children
        if prep.dep_ == "prep" and prep.lower_ == preposition and prep.i > verb.i
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for found in with_conjuncts(pobj)
    ]


def hung_stake_holder(stake: Token, partitive: frozenset[str]) -> list[Token]:
    """The "in" of a partitive stake that the parse hung on the word governing the
    partitive ("bought all of the shares in X", "an offer for all of the shares in X": X is
    the company the shares are in, though the "in" hangs on "bought" or "offer").
    `partitive`: the words that head a partitive ("all", "most", "part" ... of).

    Only through a partitive: its phrase is long, so the parse hangs what ends it higher;
    a bare stake's "in" on the verb ("acquired shares in a private deal") is as often the
    verb's own."""
    top = stake
    while _part_of(top, partitive):
        top = top.head.head
    governor = top.head.head if top.dep_ == "pobj" else top.head
    if top == stake or top.dep_ not in {"dobj", "pobj", "nsubjpass"} or governor == top:
        return []
    return [
        obj
        for prep in governor.children
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > top.right_edge.i
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _part_of(noun: Token, partitive: frozenset[str]) -> bool:
    """ "the shares" in "all of the shares"."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in partitive
