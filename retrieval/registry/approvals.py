"""Proposals agreed: a "proposed" deal is agreed once the other side or its regulator
approved it ("its directors approved the proposed merger", "the DOT gave final clearance to
the proposed acquisition"), not while an approval is only applied for; and a definite one
that names who makes it ("Harlow's proposed acquisition of Benton", "the proposed
acquisition of Benton by Harlow") is the announced deal that is pending, not a new offer;
nor is one an agreement is made for ("a letter of intent for a proposed merger with B").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.wordnet_derivations import source_verbs
from retrieval.registry.cue_words import ACCEPTING_VERBS
from retrieval.registry.lexicon import GENERIC_NOUNS, NOUNS_NEEDING_OF

if TYPE_CHECKING:
    from spacy.tokens import Token


def proposal_approved(proposal: Token) -> bool:
    """ "its directors approved a previously proposed agreement": a proposal its maker's
    counterpart approved or accepted is agreed ("did not approve" agrees nothing); so is
    one given an approval ("the DOT gave final clearance to the proposed acquisition"),
    not one an approval is applied for ("filed for approval of its proposed bid")."""
    head = proposal.head
    if proposal.dep_ == "pobj" and head.lower_ == "to":
        # "to" hangs on the approval or on the verb giving it
        governor = head.head
        nouns = (
            [c for c in governor.children if c.dep_ == "dobj"] if governor.pos_ == "VERB" else []
        )
        return any(_an_approval_given(noun) for noun in [governor, *nouns])
    return (
        proposal.dep_ in {"dobj", "nsubjpass"}
        and head.lemma_.lower() in ACCEPTING_VERBS
        and not any(c.dep_ == "neg" for c in head.children)
    )


def proposal_presupposed(proposal: Token) -> bool:
    """ "its proposed acquisition of Benton", "the proposed acquisition of Benton by
    Harlow": a deal noun made definite by its maker (a possessor) or definite and given
    its maker ("by"), is newswire's way of referring to a deal announced and awaiting
    completion or approval; "a proposed buyout" (indefinite) reports a new proposal, and
    "the proposed sale" (no maker) may be anyone's plan. Where an approval of it is told
    of, the approval decides (proposal_approved): "filed for approval of its proposed
    bid", "gave no approval to the proposed acquisition" agree nothing."""
    if _under_an_approval(proposal):
        return False
    children = list(proposal.children)
    if any(c.dep_ == "poss" for c in children):
        return True
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in children)
    return definite and any(c.dep_ == "prep" and c.lower_ == "by" for c in children)


def _under_an_approval(proposal: Token) -> bool:
    """ "approval of its proposed bid", "gave no approval to the proposed acquisition": the
    proposal hangs by a preposition on a noun of accepting, or on the verb taking one."""
    if proposal.dep_ != "pobj":
        return False
    governor = proposal.head.head
    nouns = [c for c in governor.children if c.dep_ == "dobj"] if governor.pos_ == "VERB" else []
    return any(_a_noun_of_accepting(noun) for noun in [governor, *nouns])


def _a_noun_of_accepting(noun: Token) -> bool:
    """ "approval" (of "approve"), "clearance" (of "clear")."""
    return noun.pos_ == "NOUN" and bool(source_verbs(noun.lemma_.lower()) & _APPROVING_VERBS)


# Verbs that hand over what their object names ("gave its approval to").
_GIVING_VERBS = frozenset({"give", "grant"})
# Verbs whose nouns are approvals given ("approval" of "approve", "clearance" of "clear").
_APPROVING_VERBS = ACCEPTING_VERBS | {"clear"}


def _an_approval_given(noun: Token) -> bool:
    """A noun of accepting ("approval", "clearance": from "approve", "clear") that a verb
    of giving takes as its object, not negated."""
    giver = noun.head
    return (
        _a_noun_of_accepting(noun)
        and noun.dep_ == "dobj"
        and giver.lemma_.lower() in _GIVING_VERBS
        and not any(c.dep_ == "neg" for c in giver.children)
        and not any(c.lower_ == "no" for c in noun.children)  # "gave no approval"
    )


# Prepositions that give what an agreement is for ("an agreement covering the sale").
_AGREED_FOR = frozenset({"for", "covering", "on"})


def proposal_agreed(proposal: Token) -> bool:
    """ "entered into a letter of intent for a proposed business combination with B", "an
    agreement covering a proposed acquisition of B": the agreement binds its parties to
    the deal it is for; "proposed" says only that the deal is yet to be carried out. The
    parse may hang "for" on the verb that makes the agreement ("entered into")."""
    head = proposal.head
    if proposal.dep_ != "pobj" or head.lower_ not in _AGREED_FOR:
        return False
    governor = head.head
    made = [c for c in governor.children if c.dep_ == "dobj"]
    made += [g for c in governor.children if c.dep_ == "prep" for g in c.children]
    nouns = [governor, *made] if governor.pos_ == "VERB" else [governor]
    return any(n.lemma_.lower() in GENERIC_NOUNS | NOUNS_NEEDING_OF.keys() for n in nouns)
