"""Where a deal noun's complement hides: past a time phrase ("the takeover last November
of X"), in examples ("acquisitions such as that of X"), on the agreement it names ("an
agreement of merger with B"), after "be" ("its last purchase was a third of X"), behind
"whose", and in an agreement's purpose ("an agreement to distribute it through B"). Each
returns the tokens the noun's slot would hold (retrieval.registry.deal_nouns reads the
slots).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.arguments import logical_subjects, object_sharer
from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.lexicon import (
    GENERIC_NOUNS,
    NOUN_FRAMES,
    STAKE_NOUNS,
    SUPPORT_VERBS,
)
from retrieval.registry.relative_gaps import object_described, swallowed_contact_clause
from retrieval.registry.syntax import finance_noun, governing_verb, prep_objects

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


# Verbs of supplying goods or services: what an agreement to supply names its counterparty.
SUPPLY_VERBS = frozenset("supply provide distribute market sell deliver license licence".split())
# Verbs of making goods to another's order: "an agreement to manufacture terminals for B"
# names B as its party, as one to supply them to B does. (Not "develop a drug for AIDS",
# "build a plant for B": what is developed or built for someone need not be theirs.)
MAKING_VERBS = frozenset("manufacture produce assemble".split())
# What an agreement's purpose may be to enter into with its partner: a deal, a contract.
_PURPOSE_DEALS = frozenset(NOUN_FRAMES) | {"contract", "arrangement"}


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
        if o.dep_ in {"dobj", "pobj"} and o.lemma_.lower() in _PURPOSE_DEALS
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


def recipient_in_purpose(noun: Token) -> list[Token]:
    """ "an agreement to distribute its service through B", "an agreement to supply its
    software to B", "to provide service for B's products", "to manufacture terminals for
    B": an agreement whose purpose hands a thing to or through another, or makes it or
    serves for another, names that other as its party (a venture's customers are no
    partners of it). Only goods or services count: debt repaid, shares returned or offered
    are no alliance."""
    if noun.lemma_.lower() not in GENERIC_NOUNS - {"cooperation"}:
        return []
    found: list[Token] = []
    for clause in noun.children:
        if clause.dep_ != "acl" or not any(c.lower_ == "to" for c in clause.children):
            continue
        things = [c for c in clause.children if c.dep_ == "dobj"]
        found += supplied_parties(clause)
        if _goods(things) and things and not _signed_by_two(noun):
            found += _made_for(clause, things)
    return found


def supplied_parties(clause: Token) -> list[Token]:
    """Whom a clause of supplying goods hands them to or through ("supply its software to
    B", "supply B with electricity", "distribute it through B"), and whose goods they are
    ("market Apple Computer Inc's software")."""
    things = [c for c in clause.children if c.dep_ == "dobj"]
    if clause.lemma_.lower() not in SUPPLY_VERBS or not _goods(things):
        return []
    return [
        *prep_objects(clause, "through"),
        *(prep_objects(clause, "to") if things else []),
        *owners_supplied(clause),
        *_supplied_with(clause, things),
    ]


def _goods(things: list[Token]) -> bool:
    """Goods or services, not debt repaid nor shares returned or offered."""
    return not any(t.lemma_.lower() in STAKE_NOUNS or finance_noun(t) for t in things)


def _made_for(clause: Token, things: list[Token]) -> list[Token]:
    """Whom goods are made or services provided for: "to provide service for B's
    products", "to manufacture terminals for B" (the parse may hang "for B" on the thing
    made). Made goods go to a firm named itself, not to a thing of one ("for IBM personal
    computers"); a deal is no goods ("to make a joint bid for B")."""
    verb = clause.lemma_.lower()
    if verb not in SUPPLY_VERBS | MAKING_VERBS or any(
        t.lemma_.lower() in _PURPOSE_DEALS for t in things
    ):
        return []
    found = [o for head in (clause, *things) for o in prep_objects(head, "for")]
    return found if verb in SUPPLY_VERBS else [o for o in found if o.pos_ == "PROPN"]


def _signed_by_two(noun: Token) -> bool:
    """ "Harlow and Tobin signed an agreement to manufacture chips for B": the agreement's two
    sides are its signers, and whom they make for is their customer."""
    verb = governing_verb(noun)
    return verb is not None and any(c.dep_ == "nsubj" and c.conjuncts for c in verb.children)


def _supplied_with(clause: Token, things: list[Token]) -> list[Token]:
    """ "an agreement to provide Bozrah Power Co with all its power": with "with" giving
    the thing, the verb's object is who receives it. After a long object the parse may
    hang "with" on the verb that took the agreement ("signed an agreement to provide B, a
    utility based in Gilman, with ...")."""
    given = prep_objects(clause, "with")
    agreement = clause.head
    if not given and agreement.dep_ == "dobj":
        late = [p for p in agreement.head.children if p.lower_ == "with" and p.i > clause.i]
        given = [o for p in late for o in p.children if o.dep_ == "pobj"]
    if not given or any(finance_noun(t) for t in given):
        return []
    return [t for thing in things for t in with_conjuncts(thing) if t.pos_ == "PROPN"]


def owners_supplied(clause: Token) -> list[Token]:
    """ "an agreement to market Apple Computer Inc's software", "agreed to distribute
    Western Union's telex services": who owns what one party supplies for it is its
    partner (a distribution or licensing agreement). Only a named owner, not "its"."""
    if clause.lemma_.lower() not in SUPPLY_VERBS:
        return []
    things = [t for c in supplied_objects(clause) for t in with_conjuncts(c)]
    return [
        owner
        for thing in things
        if thing.lemma_.lower() not in STAKE_NOUNS and not finance_noun(thing)
        for owner in thing.children
        if owner.dep_ == "poss" and owner.pos_ == "PROPN"
    ]


def supplied_objects(clause: Token) -> list[Token]:
    """The clause's objects; "to sell and service B's telex services": a verb right
    before "and" and a second verb, with no object of its own, shares the second's (the
    object stands once, after both)."""
    sharer = object_sharer(clause)
    return [c for c in (sharer or clause).children if c.dep_ == "dobj"]
