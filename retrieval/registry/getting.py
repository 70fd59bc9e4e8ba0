"""Verbs of getting that buy with the right object: "has taken a stake in B", "took
control of B", "assumed control of B", "won control of B", "obtained control over B".

"Take", "assume", "gain", "obtain" and "win" mean no deal by themselves ("took effect",
"assumed office", "gained 5 pct", "won a contract"). With "control" as their object they
say that the subject became the owner of what it controls, as "acquired control of B"
does; "take" also takes a stake ("took a 20 pct stake in B"). Whether the getting
happened (an "attempt to gain control" did not) is modality's, as for any deal verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.cue_words import STAKE_NOUNS

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
    passive's subject: "control was assumed by B"), not control of a place."""
    wanted = GETTING_OBJECTS.get(verb.lemma_.lower())
    return wanted is not None and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in wanted and not _of_a_place(c)
        for c in verb.children
    )


_PLACES = frozenset({"GPE", "LOC"})


def _of_a_place(holding: Token) -> bool:
    """ "won control of the state of Hesse", "control of Paris": control of a place is
    power over it (an election, a war), not ownership; so is control of a common noun
    naming a place by its "of" ("the state of Hesse")."""
    controlled = [o for p in holding.children if p.dep_ == "prep" for o in _objects(p)]
    inner = [o for c in controlled if c.pos_ == "NOUN" for p in c.children for o in _objects(p)]
    return any(t.ent_type_ in _PLACES for t in controlled + inner)


def _objects(prep: Token) -> list[Token]:
    if prep.dep_ != "prep" or prep.lower_ not in {"of", "over"}:
        return []
    return [c for c in prep.children if c.dep_ == "pobj"]
