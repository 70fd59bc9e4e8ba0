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

from retrieval.nlp.prepositions import preposition_objects
from retrieval.nlp.verb_frames import takes_an_infinitive
from retrieval.registry.cue_words import NOUNS_OF_INTENT
from retrieval.registry.syntax import is_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

# Adjectives that take "to" and a condition: "subject to approval", "conditional on".
_CONDITION_HEADS = frozenset({"subject"})
# Nouns that take an infinitive of their own ("a right to buy", "an obligation to sell",
# "pressure to merge"): the infinitive after them is theirs, not the agreeing verb's.
_NOUNS_WITH_INFINITIVES = NOUNS_OF_INTENT | frozenset(
    "obligation commitment requirement decision pressure pact agreement consent plan "
    "proposal offer bid order pledge promise undertaking".split()
)


def is_condition_head(token: Token) -> bool:
    """ "subject" with its "to" phrase: a condition on the verb, whatever the parse tagged it."""
    if token.lower_ not in _CONDITION_HEADS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)


def controls_nothing(obj: Token) -> bool:
    """ "agreed subject to financing to buy B", parsed with "subject" as the object: the
    condition controls no infinitive, unless its noun owns the infinitive ("subject to a
    pact to buy no more B shares", "subject to Osko's consent to buy")."""
    if not is_condition_head(obj):
        return False
    nouns = preposition_objects(obj, "to")
    return not any(_has_its_own_infinitive(n) for n in nouns)


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
    if _has_its_own_infinitive(noun):
        return None
    above = to.head.head
    # only a verb that takes an infinitive ("agreed", "signed"), not "was", "won" subject to
    if above.pos_ not in {"VERB", "AUX"} or above == to.head:
        return None
    return above if takes_an_infinitive(above.lemma_) else None


def _has_its_own_infinitive(noun: Token) -> bool:
    """ "subject to Halden's right to acquire B", "subject to a pact to buy no more":
    a noun with its own possessor, or one that takes an infinitive, owns the infinitive."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    return noun.lemma_.lower() in _NOUNS_WITH_INFINITIVES
