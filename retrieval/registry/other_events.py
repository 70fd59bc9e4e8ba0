"""Dates of another event than the deal, in the deal's own sentence: a meeting, a vote, a
record date, an expiry, the start of operations, an expectation or a bound (deal_dates
asks of each date's first heads whether they name one)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.registry.lexicon import NOUN_FRAMES, REPORTING_VERBS
from retrieval.registry.org_words import OWNING_VERBS
from retrieval.registry.reference_words import a_state

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words whose dates are not the deal's: another event (a meeting, a record date, an
# expiry, the start of operations: "a venture that will begin operations in 1988"), an
# expectation ("expected in May", "due 1988"), a bound ("until", "by 1992", "through
# 1990"), a period ("the year to end February") or a time the deal is back-dated to
# ("retroactive to February 1": an accounting date, before it was agreed or done).
OTHER_EVENTS = frozenset(
    """
    meeting record vote expiration expire deadline expect expected schedule scheduled due
    until till by through before after later end ended ending year run runs start set
    begin commence retroactive retroactively
    """.split()
)
# ... unless the date is a planned signing ("expected to be signed today").
SIGNING = frozenset({"sign", "signed", "signing"})
# Its words of expecting or scheduling, which a deal's planned conclusion on a named day is
# excused (date_tense.planned_conclusion); a bound is not ("expects to complete it by July 2").
EXPECTING = frozenset({"expect", "expected", "schedule", "scheduled", "due"})

# Nouns of events a verb's date may be the time of ("is holding a meeting this morning to
# vote on the merger", "filed a lawsuit today"): the verb's object is that event.
_EVENT_NOUNS = frozenset({"meeting", "vote", "lawsuit", "suit", "hearing"})
# ... or its subject: "a special meeting will be held in June to vote on the merger".
_EVENT_ROLES = frozenset({"dobj", "nsubj", "nsubjpass"})

# Words of approving a deal. Its sides' approval (a board's, the target's) agrees it, and
# its time is the deal's; a regulator's, a court's or the shareholders' is another event,
# later ("the FCC approved the sale last December").
_APPROVING = frozenset("approve approval clear clearance ratify authorize sanction".split())
# Approvers that are not a side of a deal: its owners voting, and those who rule on it (a
# state body's name is read by `a_state`).
_THIRD_PARTIES = frozenset("shareholder stockholder holder regulator court judge".split())


def _by_a_third_party(approving: Token) -> bool:
    """Who approves: a verb's subject or agent, an approval's owner or "by" phrase, or its
    modifier ("shareholder approval", "regulatory approval")."""
    approvers = []
    for child in approving.children:
        if child.dep_ in {"nsubj", "poss", "compound"}:
            approvers.append(child)
        elif child.dep_ in {"agent", "prep"} and child.lower_ == "by":
            approvers.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "amod" and child.lower_ == "regulatory":
            return True
    return any(a.lemma_.lower() in _THIRD_PARTIES or a_state(a) for a in approvers)


def other_event(heads: Sequence[Token], *, planned: bool = False) -> bool:
    """Do a date's first heads make it another event's time than the deal's? `planned`:
    the date is the deal's planned conclusion, so an expectation above it is no other event
    ("expects to close the acquisition on July 2")."""
    # a time something is set or planned for ("record date ... for July 10"), or a state's
    if (heads and heads[0].pos_ == "ADP" and heads[0].lower_ == "for") or a_state_time(heads):
        return True
    for index, head in enumerate(heads):
        lemma = head.lemma_.lower()
        if index == 1 and _part_of_the_time(head, heads[0]):
            continue
        if lemma in SIGNING or _arranging_a_deal(head):
            return False
        if head.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in _EVENT_ROLES and c.lemma_.lower() in _EVENT_NOUNS for c in head.children
        ):
            return True  # the time of the event the verb's object or subject names
        if lemma in _APPROVING and _by_a_third_party(head):
            return True  # "the FCC approved the sale last December": the approval's time
        if lemma == "expire" and _an_offer_closing(head):
            continue  # "acquired 95 pct under its offer that expired yesterday": bought then
        if planned and (lemma in EXPECTING or head.lower_ in EXPECTING):
            continue
        if lemma in OTHER_EVENTS or head.lower_ in OTHER_EVENTS:
            return True
    return False


def a_state_time(heads: Sequence[Token]) -> bool:
    """ "As of Friday, Dixons had acquired 83 pct", "shares held as of Dec 31": "as of"
    gives the time at which a state is measured (a holding, a count), not the time an
    event happened, when what it hangs on is a state (_a_state)."""
    if len(heads) < 2 or heads[0].lower_ != "of" or heads[1].lower_ != "as":
        return False
    return len(heads) < 3 or _a_state(heads[2])


def _a_state(word: Token) -> bool:
    """Is `word`, which "as of" hangs on, a state: a perfect ("had acquired", "had been
    tendered": what is done by then), a word describing a noun ("the shares held",
    "outstanding"), a verb of having or being, or no finite verb? An event's verb in a
    simple tense ("completed the acquisition as of March 2", "closed as of February 28")
    dates the event, and so do "dated as of" (an agreement's date), a participle on a deal
    noun ("the merger, completed as of March 2") and taking effect ("is effective as of
    June 1", "acquired X effective as of June 1"). On a reporting verb ("As of yesterday,
    Q said, 7 mln shares had been tendered") it is the reported clause's time."""
    lemma = word.lemma_.lower()
    if _taking_effect(word) or lemma == "date":
        return False
    if lemma in REPORTING_VERBS:
        reported = next((c for c in word.children if c.dep_ == "ccomp"), None)
        return reported is None or _a_state(reported)
    if word.dep_ in {"acl", "amod"} or word.pos_ == "ADJ":
        return word.head.lemma_.lower() not in NOUN_FRAMES
    return lemma in _STATE_VERBS or not _simple_tense(word)


def _simple_tense(verb: Token) -> bool:
    """Is `verb` finite and not a perfect: "completed", "closes", "was completed"? (An
    infinitive's time, "to buy the stock outstanding as of Dec 31", is often a state's the
    parse hangs on the verb.)"""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.pos_ not in {"VERB", "AUX"} or any(a.lemma_.lower() == "have" for a in auxiliaries):
        return False
    if verb.tag_ in _FINITE:
        return True
    passive = (a for a in auxiliaries if a.dep_ == "auxpass")
    return verb.tag_ == "VBN" and any(a.tag_ in _FINITE for a in passive)


# Tags of a finite verb in a simple tense.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Verbs of having or being: what they say holds over a time, measured "as of" one.
_STATE_VERBS = OWNING_VERBS | {"hold", "have", "be"}


def _taking_effect(word: Token) -> bool:
    """ "effective", a verb with "effective" beside it, or "take effect"."""
    if word.lower_ == "effective" or any(c.lower_ == "effective" for c in word.children):
        return True
    return word.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "effect" for c in word.children
    )


def _part_of_the_time(head: Token, below: Token) -> bool:
    """ "at the end of last year": a part of a time whose "of" the date is the object of
    names a time, not another event (the verb "the year to end February" is one; "the end
    of the talks in March" is the talks' end)."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in _TIME_PARTS and below.lower_ == "of"


# Nouns of a part of a time span ("the end of last year" is a time, not an event).
_TIME_PARTS = frozenset({"end", "start", "beginning", "middle"})


# Nouns of an offer to shareholders: when one expires, the shares tendered are bought.
_OFFER_NOUNS = frozenset({"offer", "tender", "bid"})


def _an_offer_closing(verb: Token) -> bool:
    """ "its offer expired on March 30", "the tender offer that expired yesterday": the
    expiring thing is an offer."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl":
        subjects.append(verb.head)
    return any(s.lemma_.lower() in _OFFER_NOUNS for s in subjects)


def _arranging_a_deal(verb: Token) -> bool:
    """ "The agreement, tentatively set in January, …": "set" as a participle on a deal
    noun is its arranging, dated like a signing (a time it is set for is another's: "for";
    "set March 31 as the date for a meeting" sets another event's time). The finite passive
    ("the agreement was set in January") is not read so: the parse gives "set aside" its
    particle as an adverb ("was set aside by a court in March"), and a test of the deal as
    the passive subject dated that."""
    return (
        verb.lemma_.lower() == "set"
        and verb.dep_ == "acl"
        and verb.head.lemma_.lower() in NOUN_FRAMES
    )
