"""Plans that are deals: a plan or proposal the parties agreed, approved or carried
through ("the boards approved the proposal to merge", "completed its plan to sell the unit
to B"), and a seller's plan to sell to a buyer it names ("plans to sell its sawmill to
Ostrander Co"). Any other plan denies the deal it is a plan of (denials).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of carrying a deal through: negated, they deny the deal they are about.
COMPLETING = frozenset({"proceed", "complete", "close", "consummate", "finalize", "finalise"})
# A plan or proposal the parties agreed or approved is a decision, not a mere plan; one
# carried through (completed, consummated) is a deal done.
PLANS = frozenset({"plan", "proposal"})
ACCEPTING = frozenset({"agree", "approve", "accept", "adopt", "endorse", "ratify"})
# "agreed to a plan", "agreed on a plan": the plan is the object of the accepting.
_ACCEPTED_PREPOSITIONS = frozenset({"to", "on"})


def accepted_plan(noun: Token) -> bool:
    """ "have agreed plans to merge", "the boards approved the proposal to merge", "agreed
    to a plan", "the plan approved by both boards", "the plan, which the boards adopted",
    "it completed its plan to sell the unit to B"; not "did not complete the plan"."""
    if _accepted_by_its_modifier(noun):
        return True
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in _ACCEPTED_PREPOSITIONS:
        verb = noun.head.head  # "agreed to a plan", "agreed on a plan"
        return verb.lemma_.lower() in ACCEPTING and not _negated(verb)
    if noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma in COMPLETING:
        return not _negated(verb)
    return lemma in ACCEPTING


def _accepted_by_its_modifier(noun: Token) -> bool:
    """A participle or relative clause of accepting on the noun: "the plan approved by
    both boards", "the plan, which both boards adopted"; not "a plan not yet approved"."""
    return any(
        c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in ACCEPTING and not _negated(c)
        for c in noun.children
    )


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def sale_to_a_named_buyer(plan: Token, trigger: Token) -> bool:
    """ "plans to sell its sawmill to Ostrander Co": a seller names the buyer of what it
    plans to sell only once the buyer is party to the sale (newswire's wording for an
    arranged sale awaiting its closing); "plans to sell its sawmill" names no buyer, and
    "plans to buy B" is the buyer's plan alone, which B need not have agreed to."""
    if trigger.lemma_.lower() != "sell" or trigger.head != plan or trigger.dep_ != "xcomp":
        return False
    return any(t.pos_ == "PROPN" for t in prep_objects(trigger, "to"))
