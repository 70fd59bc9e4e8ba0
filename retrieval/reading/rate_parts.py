"""Parts of a whole and rates, both percentages: "a 25 pct share of the costs", "a 75 pct
interest in the properties", "to receive 75 pct of Argo's assets" measure a holding, not an
interest rate; "a 10 pct rate" is no stake. A percentage of a base is a rate all the same
("royalties of 5 pct of net sales", "79.7 pct of capacity"); a percentage of an owned
whole taken by a verb of being a part of ("accounts for 70 pct of its debt") is a share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.part_verbs import AMOUNTING_TO, AMOUNTING_TO_PHRASAL
from retrieval.reading.kinds import (
    ALSO_CHARGES,
    CHANGE_VERBS,
    CHANGE_WORDS,
    PART_NOUNS,
    RATE_NOUNS,
    SHARE_NOUNS,
    STAKE_VERBS,
    Kind,
    focus_kind,
    part_and_rate,
)
from retrieval.reading.relations import MODIFIERS
from retrieval.reading.role_verbs import HOLDING
from retrieval.reading.unrealised import part_words
from retrieval.registry.syntax import prep_objects
from retrieval.text import stem

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from retrieval.reading.asking import Part


def part_for_rate(span: Span, focus: str | None, asked: frozenset[int] = frozenset()) -> bool:
    """A percentage modifying a part of a whole ("a 75 pct interest in"), or "of" it
    ("a stake of 25 pct"), when a rate is asked, or the converse; a percentage of a thing
    held or handed over ("to receive 75 pct of Argo's assets") is a part of it, no rate
    (not one of a base: "royalties of 5 pct of net sales", "at 80 pct of capacity").
    `asked`: the indices of the sentence's words the question names."""
    if span.label_ != "PERCENT" or focus is None:
        return False
    root = span.root
    if focus.lower() in RATE_NOUNS and (_a_part_held(root) or _a_verbs_share(root, focus, asked)):
        return True
    if root.dep_ in MODIFIERS:
        noun = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        noun = root.head.head
    else:
        return False
    if noun.pos_ != "NOUN" or not part_and_rate(focus, noun.lemma_):
        return False
    return noun.lemma_.lower() not in ALSO_CHARGES or _of_a_whole(noun, besides=root)


# Verbs of holding a thing or handing it over: their object is a part of what they hold.
_HOLDING_VERBS = (STAKE_VERBS - CHANGE_VERBS) | frozenset({"receive", "get", "give", "transfer"})


def _a_part_held(percent: Token) -> bool:
    """ "receive 75 pct of Argo's assets": a percentage of a thing, held or handed over;
    "convertible into 20 pct of Marston's stock": a percentage of a firm's shares."""
    held = percent.dep_ == "dobj" and percent.head.lemma_.lower() in _HOLDING_VERBS
    return (held and _of_a_whole(percent)) or _of_shares(percent)


def _a_verbs_share(percent: Token, focus: str, asked: frozenset[int]) -> bool:
    """ "accounts for about 70 pct of Halden's debt", "makes up 40 pct of its borrowings":
    a percentage a verb of being a part of takes, of a whole someone owns or a determiner
    picks out ("of the debt"), is a share of that whole. Other verbs take rates of owned
    bases ("charge interest at 110 pct of the bank's prime rate", "pay 5 pct of its
    sales"), as does a noun ("a royalty of 5 pct of its sales"). When what amounts is
    the asked rate or the charge the question names ("the interest rate represents 110 pct
    of the bank's prime rate", "the royalty ... represents 5 pct of its sales"), the
    percentage is that rate: a charge levied at a rate of a base amounts to that part of
    it ("interest payments account for 12 pct of Argo's costs" stays a share)."""
    if percent.dep_ == "pobj":  # "accounts for 70 pct" (or "makes up", parsed so)
        verb, link = percent.head.head, percent.head.lower_
    elif percent.dep_ in ("dobj", "attr"):  # "represents 70 pct", "makes up 70 pct"
        verb = percent.head
        link = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    else:
        return False
    lemma = verb.lemma_.lower()
    amounts = (lemma, link) in AMOUNTING_TO_PHRASAL or (
        percent.dep_ != "pobj" and lemma in AMOUNTING_TO
    )
    if verb.pos_ not in ("VERB", "AUX") or not amounts:
        return False
    if any(_the_asked_charge(s, focus, asked) for s in verb.children if s.dep_ in _SUBJECTS):
        return False
    wholes = prep_objects(percent, "of")
    return any(any(c.dep_ in ("poss", "det") for c in whole.children) for whole in wholes)


_SUBJECTS = ("nsubj", "nsubjpass")


def _the_asked_charge(subject: Token, focus: str, asked: frozenset[int]) -> bool:
    """The subject is the asked rate ("the interest rate"), or a charge the question names
    ("the royalty", "the fee")."""
    lemma = subject.lemma_.lower()
    charge = focus_kind(lemma) in (Kind.PERCENT, Kind.MONEY)
    return lemma == focus.lower() or (subject.i in asked and charge)


def _of_shares(percent: Token) -> bool:
    return any(o.lemma_.lower() in SHARE_NOUNS for o in prep_objects(percent, "of"))


def _of_a_whole(word: Token, *, besides: Token | None = None) -> bool:
    """The word's "of" takes a thing: what it is a part of; for a holding, so does its
    "in" when that names a firm or a definite thing ("interest in the properties", not
    "interest in cash"). Coordination joins like with like, so one bare manner makes the
    whole "in cash or in additional notes" a manner."""
    things = [o for o in prep_objects(word, "of") if o != besides]
    held_in = prep_objects(word, "in") if besides is not None else []
    if not all(_definite_or_named(o) for o in held_in):
        held_in = []
    return any(o.pos_ in ("NOUN", "PROPN") for o in [*things, *held_in])


def _definite_or_named(noun: Token) -> bool:
    """A thing one holds a part of: a firm, a definite or counted thing, or things ("in
    offshore leases"), not a bare manner ("in cash", "in kind")."""
    counted = any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    return noun.pos_ == "PROPN" or counted or noun.tag_ == "NNS"


# Verbs and nouns of change as stems, not the particles, which as often end a phrasal verb
# ("what do they end up with").
_CHANGE_STEMS = frozenset(stem(word) for word in CHANGE_WORDS - {"up", "down"})


def held_for_a_change(span: Span, part: Part) -> bool:
    """A share held ("70.4 pct owned by Krupp", "a 20 pct stake", "owns 20 pct of X") when
    the question asks by how much something changed ("by what percentage did sales fall"):
    a holding is no rate of change, as a change is no holding (`unrealised.a_change`).
    Not when a holding is what changed ("by how much did it cut its stake")."""
    asked = {part.predicate} & CHANGE_WORDS or set(part.terms) & _CHANGE_STEMS
    if span.label_ != "PERCENT" or not asked or part_words(part) & (PART_NOUNS - {"share"}):
        return False
    root = span.root
    modifies_a_part = root.dep_ in MODIFIERS and root.head.lemma_.lower() in PART_NOUNS
    # a percentage a verb of holding takes, or its participle describes, is a share held
    owned = any(c.dep_ == "acl" and c.lemma_.lower() in HOLDING for c in root.children)
    held = root.dep_ == "dobj" and root.head.lemma_.lower() in HOLDING
    return modifies_a_part or owned or held
