"""Whether a verb states what was done: not negated, under a modal or a condition, nor
unfinished -- what an acceptance, an agreement or a completion must be to make a deal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.cue_words import ACCEPTING_VERBS, CONDITION_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions after which a gerund's event is over ("after completing its offer").
_AFTER = frozenset({"after", "upon", "on", "following"})
# Verbs of deciding: what one decided to do is stated as done ("voted to accept").
_DECIDING = frozenset({"vote", "decide", "resolve", "elect"})


def stated(verb: Token, *, making: bool = False) -> bool:
    """The verb states what was done: not negated, under a modal or a condition, in the
    progressive ("is completing": a making may be, "is making a recommended offer"), nor
    the complement of another verb ("failed to complete", "expects to endorse") but an
    accepting one ("agreed to accept") or a decision stated ("voted to accept")."""
    # a gerund is done only after its time ("after completing", not "close to accepting",
    # "the choice of accepting"); a making may be in progress
    done_before = verb.dep_ == "pcomp" and verb.head.lower_ in _AFTER
    unfinished = verb.tag_ == "VBG" and not (making or done_before)
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children) or unfinished:
        return False
    if verb.dep_ == "xcomp":
        head = verb.head.lemma_.lower()
        if head not in ACCEPTING_VERBS and not (head in _DECIDING and stated(verb.head)):
            return False
    return not under_a_condition(verb)


def under_a_condition(verb: Token) -> bool:
    """A condition word before the verb in its clause ("if 90 pct of the shares had been
    tendered"), read from the words, as the parse may hang the conjunction anywhere in it
    (not only as the verb's mark, which `_denying_dependents` reads)."""
    return any(t.lower_ in CONDITION_WORDS for t in verb.subtree if t.i < verb.i)
