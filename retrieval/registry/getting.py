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
    passive's subject: "control was assumed by B")."""
    wanted = GETTING_OBJECTS.get(verb.lemma_.lower())
    return wanted is not None and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in wanted for c in verb.children
    )
