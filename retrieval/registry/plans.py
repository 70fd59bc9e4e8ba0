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


def accepted_plan(noun: Token) -> bool:
    """ "have agreed plans to merge", "the boards approved the proposal to merge", "it
    completed its plan to sell the unit to B"; not "did not complete the plan"."""
    if noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    lemma = noun.head.lemma_.lower()
    if lemma in COMPLETING:
        return not any(c.dep_ == "neg" for c in noun.head.children)
    return lemma in ACCEPTING


def sale_to_a_named_buyer(plan: Token, trigger: Token) -> bool:
    """ "plans to sell its sawmill to Ostrander Co": a seller names the buyer of what it
    plans to sell only once the buyer is party to the sale (newswire's wording for an
    arranged sale awaiting its closing); "plans to sell its sawmill" names no buyer, and
    "plans to buy B" is the buyer's plan alone, which B need not have agreed to."""
    if trigger.lemma_.lower() != "sell" or trigger.head != plan or trigger.dep_ != "xcomp":
        return False
    return any(t.pos_ == "PROPN" for t in prep_objects(trigger, "to"))
