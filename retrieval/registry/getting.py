"""Verbs of getting that buy with the right object: "has taken a stake in B", "took
control of B", "assumed control of B", "won control of B", "obtained control over B".

"Take", "assume", "gain", "obtain" and "win" mean no deal by themselves ("took effect",
"assumed office", "gained 5 pct", "won a contract"). With "control" as their object they
say that the subject became the owner of what it controls, as "acquired control of B"
does, but only when what is controlled is a firm (not its board, its operations, a
place); "take" also takes a stake ("took a 20 pct stake in B"). Whether the getting
happened (an "attempt to gain control" did not) is modality's, as for any deal verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.prepositions import preposition_objects
from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.cue_words import STAKE_NOUNS
from retrieval.registry.org_words import FIRM_KIND_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONTROL = frozenset({"control"})
# verb lemma -> the object lemmas that make it a purchase
GETTING_OBJECTS: dict[str, frozenset[str]] = {
    "take": STAKE_NOUNS,
    "assume": _CONTROL,
    "gain": _CONTROL,
    "obtain": _CONTROL,
    "win": _CONTROL,
}


def gets_a_holding(verb: Token) -> bool:
    """The verb is one of getting, with one of its objects as object (or as the
    passive's subject: "control was assumed by B"), and control only of a firm."""
    wanted = GETTING_OBJECTS.get(verb.lemma_.lower())
    return wanted is not None and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in wanted and _owning(c)
        for c in verb.children
    )


# Kinds of control that are power over a firm's running, not its ownership
# ("management control of B" under a contract, "operating control of a refinery").
NOT_OWNING_KINDS = frozenset(
    "management managerial operating operational day-to-day editorial administrative".split()
)


def _owning(holding: Token) -> bool:
    """Control is ownership only when what is controlled is a firm: a name ("won control
    of Orrin Metals") or a noun of a firm ("of the French group", "of the company"); not
    an organ or a function of one ("control of the board of B", "of B's board", "of
    day-to-day operations of B", "of B's marketing": proxy fights and management
    contracts), nor a place or a market ("of the state of Hesse"), nor a kind of control
    that is no ownership ("management control of B")."""
    if holding.lemma_.lower() not in _CONTROL:
        return True  # "took a 20 pct stake in B": the stake says what is held
    if any(
        c.dep_ in _MODIFIERS and NOT_OWNING_KINDS & {c.lower_, _hyphened_word(c)}
        for c in holding.children
    ):
        return False
    controlled = [
        g
        for word in ("of", "over")
        for o in preposition_objects(holding, word)
        for g in with_conjuncts(o)
    ] or [g for o in hung_over(holding) for g in with_conjuncts(o)]
    return bool(controlled) and all(_a_firm(t) for t in controlled)


def hung_over(holding: Token) -> list[Token]:
    """ "acquired control over B": the parse hangs the "over" of control on the verb that
    takes control as its object; no verb of getting takes an "over" of its own there, so
    an "over" right after the control phrase (or after a comma) is control's. Only a firm
    is owned by control over it ("acquired control over Bavaria" buys no firm)."""
    verb = holding.head
    if holding.lemma_.lower() not in _CONTROL or holding.dep_ not in {"dobj", "nsubjpass"}:
        return []
    doc, end = holding.doc, holding.right_edge.i
    starts = {end + 1} | ({end + 2} if end + 1 < len(doc) and doc[end + 1].lower_ == "," else set())
    return [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "over" and prep.i in starts
        for obj in prep.children
        if obj.dep_ == "pobj" and _a_firm(obj)
    ]


# A noun's modifiers; spaCy hangs a hyphenated one ("day-to-day control") as an "nmod".
_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def _hyphened_word(token: Token) -> str:
    """The word a token is written in, with the words hyphens join it to ("day-to-day" for
    either "day"): spaCy splits a hyphenated word into its words and hyphens, but the
    whole is one word, with a meaning of its own."""
    doc, start, end = token.doc, token.i, token.i
    while start >= 2 and _inner_hyphen(doc[start - 1]):
        start -= 2
    while end + 2 < len(doc) and _inner_hyphen(doc[end + 1]):
        end += 2
    return doc[start : end + 1].text.lower()


def _inner_hyphen(token: Token) -> bool:
    """A hyphen written inside one word, with no space either side ("day-to-day")."""
    return token.text == "-" and not token.whitespace_ and not token.doc[token.i - 1].whitespace_


_PLACES = frozenset({"GPE", "LOC"})


def _a_firm(token: Token) -> bool:
    """A name not tagged as a place (the tagger takes many firms for people: "Hiram
    Walker-Gooderham"; that a person is no party is the party finder's), or a noun of a
    firm."""
    named = token.pos_ == "PROPN" and token.ent_type_ not in _PLACES
    return named or token.lemma_.lower() in FIRM_KIND_NOUNS
