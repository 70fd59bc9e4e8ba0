"""Passives and participles: "B was acquired by A", "a company formed by A", and the bare
participles that describe a name before their comma ("ChemLawn, acquired in April", "A and
B, both acquired last year") whatever the parse made of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.patterns import MONTH_NAMES
from retrieval.registry.denials import OFFERS
from retrieval.registry.org_words import BUSINESS_HEADS, FORMING_VERBS
from retrieval.registry.syntax import SUBJECTS, is_infinitive, predicate_lemma, prep_objects

# Participles of buying: what they stand before was bought.
ACQUIRED = frozenset({"acquire", "buy", "purchase"})

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_passive(verb: Token) -> bool:
    """ "B was acquired by A", and the participle "a company formed by A"."""
    participle = (verb.dep_ == "acl" or reduced_relative(verb)) and not _has_a_subject(verb)
    if (verb.tag_ == "VBN" or objectless_buying(verb)) and (
        participle or _parenthetical_participle(verb)
    ):
        return True
    if floated_participle(verb):
        return True  # "A and B, both acquired last year"
    if prenominal_participle(verb):
        return True  # "recently acquired Ozark Air Lines"
    # "agent" is the by-phrase of a passive, even when the parse missed its "be".
    return any(child.dep_ in {"nsubjpass", "auxpass", "agent"} for child in verb.children)


def _has_a_subject(verb: Token) -> bool:
    """ "the news that C had acquired B": a clause with its own active subject is finite
    (a content or relative clause the parse hung on the noun), no participle."""
    return verb.dep_ == "acl" and any(c.dep_ == "nsubj" for c in verb.children)


def _parenthetical_participle(verb: Token) -> bool:
    """ "X and Y, taken over last year, have ...": a bare past participle (no "have" or
    "be") cannot head a finite clause, and a comma does not part a subject from its verb;
    a participle set off by a comma after its parsed subject is a passive describing it."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.dep_ == "conj":
        return False
    children = list(verb.children)
    if any(c.dep_ in {"aux", "auxpass"} for c in children):
        return False
    return any(c.dep_ == "nsubj" and c.i < verb.i for c in children)


def reduced_relative(verb: Token) -> bool:
    """ "a charge to restructure ChemLawn, acquired in April, and ...": a participle the
    parse made a complement or a modifier describes the name before its comma."""
    clause = verb.dep_ in {"acl", "xcomp", "advcl"} or parsed_as_a_clause(verb)
    return clause and described_name(verb) is not None


def parsed_as_a_clause(verb: Token) -> bool:
    """ "operations of Bank of Hartford, acquired Feb 23", "results of NICO Inc acquired Oct
    1985": a participle of buying the parse joined as a clause of its own (a conjunct, a
    complement, the root)."""
    return verb.dep_ in {"conj", "ccomp", "ROOT"} and objectless_buying(verb)


# Verbs whose object or "for" names what was bought.
_BUYING = ACQUIRED | {"pay"}


def restates_a_purchase(verb: Token) -> bool:
    """ "it has paid $1bn for Robert Mondavi, bought last month": a participle describing
    what a clause's verb of buying took tells the same purchase again, whose buyer that
    clause names; it is no second deal by someone left unsaid."""
    described = verb.head if verb.dep_ == "acl" else described_name(verb)
    if described is None:
        return False
    governor = described.head
    if described.dep_ == "pobj" and governor.lower_ == "for":
        governor = governor.head
    elif described.dep_ != "dobj":
        return False
    # a purchase told as done ("has paid", "paid"), not one agreed or planned ("agreed to
    # buy Corbel, acquired in 1985": that participle tells an earlier purchase)
    done = governor.tag_ in ("VBD", "VBN")
    buying = governor.pos_ == "VERB" and governor.lemma_.lower() in _BUYING
    return governor != verb and buying and done


# The objects a verb of buying must take.
_OBJECTS = frozenset({"dobj", "obj"})


def objectless_buying(verb: Token) -> bool:
    """ "1986 net includes results of Parmed Pharmaceuticals Inc, acquired May 29, 1986": a
    verb of buying takes an object, so a past form of one with none (a date the parse made
    its object is none) is a passive participle, whatever the tagger called it."""
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in ACQUIRED:
        return False
    return not any(c.dep_ in _OBJECTS and not _a_time(c) for c in verb.children)


def _a_time(token: Token) -> bool:
    """A date: "Feb 23", "Oct 1985" are ones even where the entity recogniser called them
    something else."""
    month = token.lower_.rstrip(".")
    named = len(month) >= 3 and any(full.startswith(month) for full in MONTH_NAMES)
    if token.ent_type_ in ("DATE", "TIME") or (named and token.text[:1].isupper()):
        return True
    # "Oct 1985": a year the parse heads with its month
    return token.like_num and any(_a_time(c) for c in token.children if c.dep_ == "compound")


# Quantifiers floated after a list, before what is said of each: "A and B, both acquired".
FLOATING = frozenset({"both", "all", "each"})


def floated_participle(verb: Token) -> bool:
    """ "A and B, both acquired last year": a participle after a floated quantifier set
    off by a comma, with no subject or auxiliary of its own (the tagger may call it a
    past tense), is a passive said of each item listed."""
    doc, start = verb.doc, verb.left_edge.i
    if verb.tag_ not in ("VBN", "VBD") or start < 3:
        return False
    if not _bare(verb):
        return False
    if doc[start - 1].lower_ not in FLOATING or doc[start - 2].text != ",":
        return False
    # "Osko Group's Benton Tool and Carver Mills, both acquired last year": an owner's
    # units, whose buyer the sentence does not say
    listed = _list_head(doc[start - 3])
    return not any(c.dep_ == "poss" for t in (listed, *listed.conjuncts) for c in t.children)


# What a bare participle lacks: a subject, an auxiliary, a subordinator of its own.
_CLAUSE_MARKS = SUBJECTS | {"nsubjpass", "aux", "auxpass", "mark"}


def _bare(verb: Token) -> bool:
    return not any(c.dep_ in _CLAUSE_MARKS for c in verb.children)


def _list_head(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def described_name(verb: Token) -> Token | None:
    """The name a bare past participle set off by a comma right after it describes
    ("ChemLawn, acquired in April", "SIA, now 63 pct-owned by Temasek"), whatever the parse
    hangs the participle on (it often makes it a complement of the main verb)."""
    if verb.tag_ not in ("VBN", "VBD"):
        return None
    if not _bare(verb):
        return None
    start = verb.left_edge.i
    doc = verb.doc
    if floated_participle(verb):
        # "Schrader Inc and Maremont Corp, both acquired last year": every one listed
        named = _list_head(doc[start - 3])
        return named if named.pos_ == "PROPN" else None
    participle = verb.tag_ == "VBN" or objectless_buying(verb)
    if participle and verb.dep_ != "acl" and start >= 1 and doc[start - 1].text != ",":
        # "results of NICO Inc acquired Oct 1985": no comma, and the parse made it a clause
        return bought_after_of(verb)
    if not participle or start < 2 or doc[start - 1].text != ",":
        return None
    return doc[start - 2] if doc[start - 2].pos_ == "PROPN" else None


def prenominal_participle(verb: Token) -> bool:
    """ "exclude recently acquired Ozark Air Lines Inc": a past participle before a name
    says what was done to it (the name is its object); the doer is left unsaid. (Before a
    common noun it may tell a sale's assets, "the newly acquired Kresge stores", whose
    buyer the sentence does not give, unless a possessive names its owner: "its newly
    acquired Dayton Walther business" was bought by what "its" stands for.)"""
    head = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "amod":
        return False
    if head.pos_ != "PROPN" and not (owner_of(head) and _a_named_business(head)):
        return False
    # bought, not merged: "competes against newly merged Ostmark Benton Corp" names one firm
    return verb.lemma_.lower() in ACQUIRED


def participle_owner(verb: Token, agents: list[Token]) -> Token | None:
    """ "its newly acquired unit", "its routes acquired from Pan Am": a participle that
    describes a possessed noun and names no agent was done by the possessor (what is its
    own now, it bought; what it owned, it sold)."""
    described = prenominal_participle(verb) or (verb.dep_ == "acl" and not agents)
    return owner_of(verb.head) if described else None


# Nouns of offering (an offer or bid, and a proposal): their maker is who would do what
# they offer.
_OFFERING_NOUNS = OFFERS | {"proposal"}


def offerer(noun: Token) -> Token | None:
    """ "approved an offer from its chairman to buy the shares": who makes an offer would
    do what it offers, not whoever approves it."""
    if noun.lemma_.lower() not in _OFFERING_NOUNS:
        return None
    found = prep_objects(noun, "from") or prep_objects(noun, "by")
    return found[0] if found else None


def owner_of(noun: Token) -> Token | None:
    """The possessive before a noun: "its" in "its newly acquired X business"."""
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _a_named_business(noun: Token) -> bool:
    """ "its Dayton Walther business", not "its Airbus jets" (a maker's goods)."""
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
    return named and noun.lemma_.lower() in BUSINESS_HEADS


def bought_after_of(verb: Token) -> Token | None:
    """ "results of NICO Inc acquired in October 1985": a participle of buying right after
    the name in the "of" phrase of a firm's accounts (its results, operations, sales) says
    the name was bought, whatever the parse hung the participle on; not after the name of
    some other thing's maker ("computers of IBM Corp bought in 1985")."""
    doc = verb.doc
    if verb.i < 1 or verb.lemma_.lower() not in ACQUIRED or not objectless_buying(verb):
        return None
    name = doc[verb.i - 1]
    of = name.head if name.pos_ == "PROPN" and name.dep_ == "pobj" else None
    if of is None or of.lower_ != "of" or of.head.lemma_.lower() not in _ACCOUNTS:
        return None
    return name


# What a firm's accounts include or exclude: another firm's, once it is bought.
_ACCOUNTS = frozenset("result operation figure earning sale revenue account asset".split())


def formed_to_do(verb: Token) -> list[Token]:
    """ "Newco was formed to buy X": the purpose of forming a firm is the firm's own, so the
    passive's subject (what was formed) does the infinitive, not an unnamed founder."""
    head = verb.head
    purpose = verb.dep_ in {"xcomp", "advcl"} and is_infinitive(verb)
    if not purpose or predicate_lemma(head) not in FORMING_VERBS or not is_passive(head):
        return []
    return [c for c in head.children if c.dep_ == "nsubjpass"]
