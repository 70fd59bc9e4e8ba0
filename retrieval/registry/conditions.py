"""Condition phrases inside a control clause: "A agreed (in principle) subject to board
approval to acquire B".

"subject to N" is an adjectival adjunct of the verb it follows (a deal made on a
condition), not the verb's object: the infinitive after it is still the verb's complement.
Without commas the parse often makes "subject" the verb's object (so it would control the
infinitive, as "enabled the latter to merge" does) or hangs the infinitive on the
condition's noun ("approvals to acquire"), where it has no subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.syntax import is_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

# Adjectives that take "to" and a condition: "subject to approval", "conditional on".
_CONDITION_HEADS = frozenset({"subject"})


def is_condition_head(token: Token) -> bool:
    """ "subject" with its "to" phrase: a condition on the verb, whatever the parse tagged it."""
    if token.lower_ not in _CONDITION_HEADS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)


def verb_beyond_condition(verb: Token) -> Token | None:
    """The verb an infinitive hung on a condition's noun completes: in "agreed subject to
    board approvals to acquire B" the parse makes "acquire" a clause (acl, or relcl) of
    "approvals"; the acquiring is what was agreed. Only an infinitive right after the
    condition phrase (no comma or word between: "subject to approval by the holders, who
    want to sell" is none)."""
    if verb.dep_ not in {"acl", "relcl"} or not is_infinitive(verb):
        return None
    noun = verb.head
    to = noun.head
    if noun.dep_ != "pobj" or to.lower_ != "to" or not is_condition_head(to.head):
        return None
    if verb.left_edge.i != noun.i + 1:
        return None  # something stands between the condition and the infinitive
    above = to.head.head
    return above if above.pos_ in {"VERB", "AUX"} and above != to.head else None
