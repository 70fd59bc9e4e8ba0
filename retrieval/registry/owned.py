"""What a noun phrase in a deal sentence holds: an organisation, and how (its own name, a
unit of it, a stake in it); and the words and phrases that tell it (a group's members, the
agents of "formed by", a governing body).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.org_words import FORMING_VERBS, ORG_NOUNS, PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from retrieval.registry.org_spans import OrgSpan


@dataclass(frozen=True)
class Owned:
    """What a noun phrase holds: an organisation, and how (itself, a unit, a stake)."""

    org: OrgSpan | None  # None when `token` is a reference to resolve
    via: str  # "name", "unit", "stake"
    token: Token
    units: tuple[str, ...] = ()  # the names of the part it stands for ("Gelco Express")

    @property
    def reference(self) -> bool:
        return self.org is None


def as_via(owned: Owned, via: str) -> Owned:
    return Owned(owned.org, via, owned.token, owned.units)


# Nouns for a firm that, "of" a group, make it one of the group's ("a corporation of
# Formosa Plastics Group", "a member of the Dalco group").
MEMBER_NOUNS = frozenset({"company", "corporation", "firm", "member"})


def of_a_group(noun: Token) -> bool:
    """ "a corporation of Formosa Plastics Group": its "of" names a group."""
    return any(
        prep.lower_ == "of" and obj.lower_ in {"group", "groups"}
        for prep in noun.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


# Those who decide for a company, as a body: "its shareholders", "the company's directors".
BODIES = frozenset({"shareholder", "stockholder", "director"})
# A company's governing body named in the singular: "its board", "the Norris Oil board".
BOARDS = frozenset({"board"})
# Dependents that name their head: "the financial services firm E.M. Warburg Pincus".
NAMING = frozenset({"appos", "compound", "nmod"})
# Participles whose agent makes or holds a firm: "formed by", "led by", "belonging to".
FORMED_BY = frozenset(verb.split()[0] for verb in FORMING_VERBS) | {
    "lead",
    "head",
    "control",
    "own",
    "belong",
}
# Nouns for a body made of organisations: "a group of X and Y", "a consortium including X".
_COLLECTIVES = frozenset({"group", "consortium", "syndicate", "partnership", "investor",
                          "investors", "affiliate", "team"})  # fmt: skip
MADE_OF = _COLLECTIVES | {"firm", "company", "house"}


def agents(verb: Token) -> Iterable[Token]:
    """ "a group led by X", "a company formed by X and Y": the agents, with what names
    them ("the financial services firm E.M. Warburg Pincus"), never a person. "Belonging
    to X" says what "owned by X" does."""
    for agent in verb.children:
        owner = agent.dep_ == "prep" and agent.lower_ == "to" and verb.lemma_ == "belong"
        if agent.dep_ != "agent" and not owner:
            continue
        for pobj in agent.children:
            if pobj.dep_ != "pobj":
                continue
            for member in with_conjuncts(pobj):
                if member.lemma_.lower() not in PERSON_NOUNS:
                    yield member
                    yield from (c for c in member.children if c.dep_ in NAMING)
                    yield from _name_lost_after(member)


def _name_lost_after(noun: Token) -> list[Token]:
    """ "led by the financial services firm E.M. Warburg Pincus and Co Inc": a name right
    after a noun of a firm's kind is what the noun is, wherever the parse hung it."""
    named = any(c.dep_ in NAMING and c.pos_ == "PROPN" for c in noun.children)
    following = noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].pos_ == "PROPN"
    if noun.lemma_.lower() not in ORG_NOUNS or not following or named:
        return []
    name = noun.doc[noun.i + 1]
    return [] if _subject_of_its_own(name) else [name]


def _subject_of_its_own(name: Token) -> bool:
    """ "a group led by the bank Chase Manhattan Corp had financed": the name is the
    subject of a clause of its own; a verb given two subjects ("a group led by the firm
    E.M. Warburg Pincus has agreed") is a misparse of one."""
    root = name
    while root.dep_ == "compound":
        root = root.head
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != root.i for c in root.head.children)


def determined(token: Token) -> bool:
    return any(c.dep_ in {"det", "nummod", "predet"} for c in token.children)


def wholly_owned(modifier: Token) -> bool:
    """ "wholly owned", "fully owned", "100 pct-owned": owned whole, with no other owner."""
    if modifier.lemma_.lower() != "own":
        return False
    return any(
        c.lower_ in {"wholly", "fully", "100"} or c.lower_.startswith("100")
        for c in modifier.subtree
        if c.i != modifier.i
    )


# Nouns that make the subject of "be" one of a body's members: "X is part of a group".
_MEMBERSHIP = frozenset({"part", "member"})


def member_said(body: Token) -> Token | None:
    """ "Reichhold said it is part of a group that has purchased PCR": the subject said to
    be part (a member) of a body that acts is one of those who act, for want of the body's
    other members' names."""
    of = body.head
    if body.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _MEMBERSHIP:
        return None
    part = of.head
    if part.dep_ != "attr" or part.head.lemma_.lower() != "be":
        return None
    return next((c for c in part.head.children if c.dep_ == "nsubj"), None)
