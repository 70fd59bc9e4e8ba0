"""Where a deal noun's complement hides: past a time phrase ("the takeover last November
of X"), in examples ("acquisitions such as that of X"), on the agreement it names ("an
agreement of merger with B"), after "be" ("its last purchase was a third of X"), behind
"whose", and in an agreement's purpose ("an agreement to develop the field with B"; whom
an agreement to supply names: retrieval.registry.supplying). Each returns the tokens the
noun's slot would hold (retrieval.registry.deal_nouns reads the slots).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.arguments import logical_subjects
from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.lexicon import (
    GENERIC_NOUNS,
    SUPPORT_VERBS,
)
from retrieval.registry.relative_gaps import object_described, swallowed_contact_clause
from retrieval.registry.supplying import PURPOSE_DEALS, SUPPLY_VERBS, owners_supplied
from retrieval.registry.syntax import finance_noun, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token


# Nouns of an agreement whose "of" complement names the deal it records.
_DOCUMENT_NOUNS = frozenset({"agreement", "contract", "accord", "deed"})


# What a part bought is a part "of" a company: "a third of Seagram", "a stake of X".
_PART_NOUNS = frozenset({"third", "half", "quarter", "stake", "share", "majority", "part"})


def predicated(noun: Token, slot: str) -> list[Token]:
    """ "Pernod's last major purchase was a third of Seagram", "its biggest acquisition was
    Benton Tool": what a deal noun the subject of "be" is said to be is what its "of" would
    name (the thing bought or sold)."""
    if slot != "of" or noun.dep_ != "nsubj" or noun.head.lemma_.lower() != "be":
        return []
    for attr in (c for c in noun.head.children if c.dep_ == "attr"):
        if attr.pos_ == "PROPN":
            return with_conjuncts(attr)
        if attr.lemma_.lower() in _PART_NOUNS or attr.ent_type_ in {"CARDINAL", "PERCENT"}:
            return prep_objects(attr, "of")
    return []


def whose(possessor: Token) -> Token:
    """ "Benton, whose takeover of Delta was completed": "whose" is the noun its relative
    clause describes."""
    if possessor.lower_ != "whose":
        return possessor
    node = possessor
    for _ in range(6):
        if node.dep_ == "relcl" or node.head == node:
            break
        node = node.head
    return node.head if node.dep_ == "relcl" else possessor


def document_slot(noun: Token, slot: str) -> list[Token]:
    """ "an agreement of merger with B", "a contract of sale to B": a deal noun after "of"
    names the kind of the agreement it complements, and that agreement's complements are
    the deal's own (the parse hangs them on the agreement)."""
    head = noun.head
    if slot == "of" or noun.dep_ != "pobj" or head.lower_ != "of":
        return []
    document = head.head
    if document.lemma_.lower() not in _DOCUMENT_NOUNS:
        return []
    return prep_objects(document, slot)


def examples(noun: Token, preposition: str) -> list[Token]:
    """ "acquisitions such as that of Inktomi", "partnerships such as those with BT": the
    pronoun stands for the noun, its complement is the noun's."""
    found: list[Token] = []
    for example in _such_as(noun):
        if example.lower_ in {"that", "those"}:
            found.extend(prep_objects(example, preposition))
    return found


def _such_as(noun: Token) -> list[Token]:
    """The examples in "N such as X and Y" (the parse hangs "as" on "such" or on N)."""
    heads = [noun, *(c for c in noun.children if c.lower_ == "such")]
    return [
        example
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for example in with_conjuncts(pobj)
    ]


# Words that may lead up to a date in a time phrase: "in the middle of the quarter".
_TIME_PREPOSITIONS = frozenset({"in", "during", "on", "at"})
_TIME_LEAD = frozenset({"the", "middle", "end", "start", "beginning", "early", "late", "of"})


def after_a_time(noun: Token, preposition: str) -> list[Token]:
    """ "the takeover last November of Abbey National", "the acquisition in March of X",
    "the acquisitions in the middle of the quarter of X": a time phrase may stand between
    a noun and its complement (the parse then hangs the complement elsewhere)."""
    doc = noun.doc
    index = noun.i + 1
    if index < len(doc) and doc[index].lower_ in _TIME_PREPOSITIONS:
        index += 1
        lead = index
        while index < lead + 4 and index < len(doc) and doc[index].lower_ in _TIME_LEAD:
            if doc[index].ent_type_ == "DATE":
                break
            index += 1
    if index >= len(doc) or doc[index].ent_type_ != "DATE":
        return []
    while index < len(doc) and doc[index].ent_type_ == "DATE":
        index += 1
    if index >= len(doc) or doc[index].lower_ != preposition:
        return []
    return [g for c in doc[index].children if c.dep_ == "pobj" for g in with_conjuncts(c)]


def with_in_purpose(noun: Token) -> list[Token]:
    """ "a partnership to develop the field with B": who does the purpose with them is
    the partner (the parse hangs "with" on the infinitive, or on the deal noun it takes:
    "an agreement to enter into a contract with B"; not "to resolve a dispute with B").
    A verb of supplying with an object gives its "with" the thing supplied ("to supply B
    with electricity"): who receives it is the party (`recipient_in_purpose`)."""
    clauses = [
        clause
        for clause in noun.children
        if clause.dep_ == "acl"
        and any(c.lower_ == "to" for c in clause.children)
        and not _supplies_an_object(clause)
    ]
    objects = [
        o
        for clause in clauses
        for c in clause.children
        for o in ([c] if c.dep_ == "dobj" else c.children if c.dep_ == "prep" else [])
        if o.dep_ in {"dobj", "pobj"} and o.lemma_.lower() in PURPOSE_DEALS
    ]
    return [found for head in clauses + objects for found in prep_objects(head, "with")]


def _supplies_an_object(clause: Token) -> bool:
    return clause.lemma_.lower() in SUPPLY_VERBS and any(c.dep_ == "dobj" for c in clause.children)


def with_in_relative(noun: Token) -> list[Token]:
    """ "an agreement it has signed with Trafalgar House", "the accord Osko reached with
    B": a relative clause whose verb makes the agreement names its partner with "with"."""
    return [found for clause in _making_clauses(noun) for found in prep_objects(clause, "with")]


def makers_in_relative(noun: Token) -> list[Token]:
    """ "the buyout agreement that E.F. Hutton reached with Purolator": who makes the
    agreement in a relative clause on it is its party -- not the subject of the verb the
    agreement's phrase hangs on ("The Emery offer tops ...")."""
    found = [
        subject
        for clause in _making_clauses(noun)
        if object_described(clause) is clause
        for subject in logical_subjects(clause)
    ]
    swallowed = swallowed_contact_clause(noun)
    return found or (logical_subjects(swallowed) if swallowed in _making_clauses(noun) else [])


def _making_clauses(noun: Token) -> list[Token]:
    """Relative clauses on the noun whose verb makes an agreement ("it has signed"), also a
    contact clause the parse swallowed into the noun's phrase."""
    clauses = [c for c in noun.children if c.dep_ == "relcl"] + [swallowed_contact_clause(noun)]
    return [c for c in clauses if c is not None and c.lemma_.lower() in SUPPORT_VERBS]


def bound_in_relative(noun: Token) -> list[Token]:
    """ "signed an agreement under which Micro D Inc will market the monitor": who
    supplies goods under an agreement is bound by it, so a party to it; so is the named
    owner of what is supplied ("under which it will sell Western Union's telex services").
    Who lends, underwrites or advises under one is a financier, no partner (nor is what is
    supplied money: "provide a 200 mln dlr credit line")."""
    if noun.lemma_.lower() not in GENERIC_NOUNS - {"cooperation"}:
        return []
    found: list[Token] = []
    for clause in noun.children:
        if clause.dep_ != "relcl" or not _under_which(clause):
            continue
        things = [c for c in clause.children if c.dep_ == "dobj"]
        if clause.lemma_.lower() not in SUPPLY_VERBS or any(finance_noun(t) for t in things):
            continue
        found += [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        found += owners_supplied(clause)
    return found


def _under_which(clause: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "under" and any(o.lower_ == "which" for o in c.children)
        for c in clause.children
    )
