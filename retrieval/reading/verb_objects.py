"""What a question's verb takes, where it decides the asked kind: an object given "in" a
sum ("earn in sales", "hand over in cash") is money; the object a verb of change moves
("raise its shipment targets") is what changes, not a sum; the object of its "to" is the
new value of what it changes ("what does its interest fall to"); an act led or run ("who
led the underwriting") may be led by a firm, where a body is led by a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.noun_classes import names_a_group
from retrieval.nlp.vocabulary import participle_base
from retrieval.nlp.wordnet import kinds_above
from retrieval.reading.kinds import CHANGE_VERBS, SHARE_NOUNS, Kind, focus_kind
from retrieval.reading.noun_kinds import kind_of
from retrieval.reading.phrasals import phrasal_in
from retrieval.reading.question_syntax import object_noun, subject
from retrieval.reading.role_verbs import LEADING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def in_money(verb: Token) -> bool:
    """The verb says its object is given "in cash", "in money": a means of payment."""
    return any(
        prep.lower_ == "in" and kind_of(obj) is Kind.MONEY
        for prep in verb.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


# "Put in" money is to contribute it, "put it on the table" to offer it: what a party puts
# in a venture or on the table of a deal is its stake or its offer, a sum. The phrasal verb
# is read as the paying ones are (predicates.phrasal_in).
CONTRIBUTING_PHRASALS = frozenset({("put", "in")})


def put_in_money(verb: Token) -> bool:
    """ "what has Searle put in altogether", "what did Texaco put on the table": the
    object of "put in" is what a party contributes, and of "put on the table" what it
    offers, both money in a deal (not "put in place": "in" is then a preposition)."""
    if phrasal_in(verb, CONTRIBUTING_PHRASALS):
        return True
    return verb.lemma_.lower() == "put" and any(
        (prep.lower_ == "on" and obj.lemma_.lower() == "table")
        or (prep.lower_ in _INTO and _an_enterprise(obj))
        for prep in verb.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


# "put X into/in" an enterprise is to invest X in it: what goes into a firm, a venture or a
# partnership is capital, a sum (not "put into effect/operation/storage": a state or an act).
_INTO = frozenset({"into", "in"})
# WordNet's classes of an enterprise: a firm ("company", "partnership") or an undertaking
# ("venture": its first sense is a risky investment itself).
_ENTERPRISES = frozenset({"organization", "enterprise", "undertaking"})


def _an_enterprise(noun: Token) -> bool:
    """The noun names a firm or a venture: a firm's name, or a common noun whose first
    sense is an organization or an undertaking."""
    if noun.ent_type_ == "ORG" or noun.pos_ == "PROPN":
        return True
    return noun.pos_ == "NOUN" and bool(_ENTERPRISES.intersection(kinds_above(noun.lemma_.lower())))


# Verbs whose "for" takes the price a thing sold at ("what did Yugansk sell for", "what did
# the stake go for")...
_SOLD_FOR = frozenset({"sell", "go"})
# ... and verbs of receiving whose object is given in exchange for their "for" ("what did
# HSBC get for trimming its holding").
_RECEIVED_FOR = frozenset({"get", "receive"})


def a_price_for(asked: Token) -> bool:
    """The asked word is what a thing sold for, or what a seller received for it: a price,
    the money side of a sale (FrameNet's Commerce_sell)."""
    head = asked.head
    if asked.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lemma_.lower() in _SOLD_FOR
    exchanged = any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children)
    return asked.dep_ == "dobj" and head.lemma_.lower() in _RECEIVED_FOR and exchanged


def changed_object(verb: Token) -> Token | None:
    """The noun object of a verb of change that is no sum ("raise its targets", "cut its
    stake"); a sum raised or cut ("raise its dividend") is money as the verb's own is."""
    if verb.lemma_.lower() not in CHANGE_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return objects[0] if objects and kind_of(objects[0]) is not Kind.MONEY else None


def new_value_of(span: Span, anchor: Token) -> Token | None:
    """ "what does its interest fall to", "what will it raise its holding to": the object
    of a verb's "to" is the new value of what the verb changes -- its object, or its
    subject when it has none."""
    stranded = (t for t in span if t.dep_ == "prep" and not list(t.children))  # "raise it to?"
    # "to what level": the parser may make the fronted phrase a "pcomp" of its "to"
    to = anchor.head if anchor.dep_ in ("pobj", "pcomp") else next(stranded, None)
    verb = to.head if to is not None else None
    fronted = anchor.i > span.start and anchor.nbor(-1).lower_ == "to"
    if fronted and anchor.head.pos_ == "VERB":
        # "to what did it cut the rating": the parser may take the fronted "to" for the
        # root and "what" for the verb's object
        to, verb = anchor.nbor(-1), anchor.head
    # the parser may tag a verb it cannot place a noun ("What does its interest fall to");
    # only a verb of change gives a new value ("sell its stake to" gives a buyer)
    if to is None or verb is None or to.lower_ != "to":
        return None
    if verb.lemma_.lower() not in CHANGE_VERBS:
        return None
    measured = object_noun(span) or subject(span)
    # a share's new value is its price, not a stake ("what did its shares rise to")
    return None if measured is None or measured.lemma_.lower() in SHARE_NOUNS else measured


def leads_an_act(span: Span, predicate: str | None) -> bool:
    """ "who led the underwriting", "who is managing the offering": what is led or managed
    is an activity, told by a verb's gerund, which a firm leads as often as a person does
    ("who heads the division", "who runs the administration" ask a person); so is a group
    the gerund says is for an activity ("who leads the underwriting group")."""
    if predicate not in _LEADING:
        return False
    verbs = [t for t in span if t.lemma_.lower() == predicate and t.pos_ == "VERB"]
    objects = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    if not objects:
        return False
    if _a_body_of_firms(objects[0]):
        return True
    # a verb's "-ing" form standing as a noun is an activity ("underwriting")
    modifiers = (c for c in objects[0].children if c.dep_ in ("compound", "amod"))
    gerunds = [objects[0], *(c for c in modifiers if c.lower_.endswith("ing"))]
    return any(participle_base(g.lower_) is not None for g in gerunds)


# Being in charge of an act: to "chair", "run" or "direct" one ("the meeting", "the
# campaign") is a person's part, so only role_verbs.LEADING's others.
_LEADING = LEADING - {"chair", "run", "direct"}


def _a_body_of_firms(noun: Token) -> bool:
    """ "the committee of banks", "a syndicate of lenders": a group whose members are
    firms is led by one of them as often as by a person. Its members are told by its
    "of" and a plural noun; a noun compounded onto it tells whose body it is ("the
    company board", "the bank supervisory board" are chaired by a person)."""
    if not names_a_group(noun.lemma_.lower()):
        return False
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    members = [g for g in of if g.dep_ == "pobj" and g.tag_ == "NNS"]
    return any(focus_kind(m.lemma_.lower()) is Kind.ORG for m in members)
