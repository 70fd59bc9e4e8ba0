"""Who did what to whom, read from spaCy's dependency parse (ClearNLP labels).

The logical subject and object of a verb, through the constructions that move them:
passives ("B was acquired by A"), control ("A agreed to acquire B"), coordination ("A
sold X and bought Y"), relative clauses ("Chrysler, which bought Gulfstream"), participles
("a company formed by X"), and deal verbs hanging off an agreement noun ("A signed an
agreement to sell X to B"); the verb governing a deal noun and its subject; who reports a
clause. The parse helpers underneath are retrieval.registry.syntax.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.conditions import controls_nothing, verb_beyond_condition
from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.lexicon import RAISING_PREDICATES, REPORTING_VERBS, WINNING_VERBS
from retrieval.registry.org_words import FORMING_VERBS
from retrieval.registry.passives import (
    bought_after_of,
    described_name,
    floated_participle,
    formed_to_do,
    is_passive,
    objectless_buying,
    offerer,
    owner_of,
    parsed_as_a_clause,
    participle_owner,
    prenominal_participle,
)
from retrieval.registry.relative_gaps import (
    RELATIVE_PRONOUNS,
    object_described,
    relative_clause,
    relative_pronoun,
)
from retrieval.registry.stray_prepositions import name_made_a_clause, shifted_object
from retrieval.registry.syntax import (
    SUBJECTS,
    governing_verb,
    is_infinitive,
    predicate_lemma,
    prep_objects,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_DEPTH = 6


def logical_subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Who does it: the active subject, the passive agent, or one inherited from above."""
    if depth > MAX_DEPTH:
        return []
    if is_passive(verb):
        agents = prep_objects(verb, "by")
        owner = participle_owner(verb, agents)
        return [owner] if owner is not None else agents
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return with_conjuncts(verb.head)
            return with_conjuncts(child)
    return _inherited_subjects(verb, depth)


def _inherited_subjects(verb: Token, depth: int) -> list[Token]:
    head = verb.head
    if head == verb:
        return []
    dep = verb.dep_
    controller = (_controller(head) if dep == "xcomp" else []) or formed_to_do(verb)
    if controller:
        return controller
    if dep in {"xcomp", "conj", "advcl", "pcomp"} and head.pos_ in {"VERB", "AUX"}:
        return logical_subjects(head, depth + 1)
    above = _clause_above(verb)
    if above is not None:
        return logical_subjects(above, depth + 1)
    if dep in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN"}:
        return _noun_clause_subjects(verb, depth)
    reported = dep == "ccomp" and head.lemma_.lower() in REPORTING_VERBS
    return _reported_subject(verb) if reported else []


def _clause_above(verb: Token) -> Token | None:
    """The verb of the clause a prepositional one hangs on: "by exchanging shares", "in
    order to acquire" (their subject is that clause's)."""
    head = verb.head
    above = head.head.head if verb.dep_ == "acl" and head.lower_ == "order" else head.head
    if verb.dep_ in {"pcomp", "acl"} and above.pos_ in {"VERB", "AUX"}:
        return above if verb.dep_ == "pcomp" or head.lower_ == "order" else None
    return verb_beyond_condition(verb)  # "agreed subject to approvals to acquire B"


def _shared_subject(verb: Token, head: Token) -> list[Token]:
    """What a passive shares with the verb it hangs from: the subject of a passive it is
    coordinated with ("X was sold off and eventually acquired by Y"), not that one's agent;
    else the head's subject ("A agreed to be acquired")."""
    if verb.dep_ == "conj" and is_passive(head):
        return logical_objects(head)
    return logical_subjects(head)


def _controller(head: Token) -> list[Token]:
    """Who does an infinitive other than its head's subject: the object ("enabling the
    latter to merge": the latter merges), or a raised subject (`_raised_subject`)."""
    if head.lemma_.lower() not in WINNING_VERBS:
        # a relative pronoun hung on the head is the infinitive's gap, no controller
        # ("which Holderbank agreed to acquire": Holderbank acquires), nor is a condition
        objects = [c for c in head.children if c.dep_ == "dobj" and not relative_pronoun(c)]
        objects = [c for c in objects if not controls_nothing(c)]  # "subject to approval"
        if objects:
            return with_conjuncts(objects[0])
    return _raised_subject(head)


def _raised_subject(head: Token) -> list[Token]:
    """ "X is set to merge", "X, which is due to merge", "X was forced to sell": the
    infinitive under one of these predicates is done by the clause's subject (the
    passive's subject, not its agent). Only predicates of a fixed or compelled event: most
    others ("free to", "likely to") say nothing of a deal agreed."""
    if head.lemma_.lower() not in RAISING_PREDICATES and head.lower_ not in RAISING_PREDICATES:
        return []
    if is_passive(head):
        return logical_objects(head)
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        return logical_subjects(head.head)
    return []


def _reported_subject(verb: Token) -> list[Token]:
    """ "X said Nippon Steel, in a move to ..., invested ...": a reporting verb takes a
    clause, not a noun; the noun the parse made its object is the clause's subject."""
    told = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    if told:
        return with_conjuncts(told[0])
    # "Quist said has sold its unit": a finite clause whose subject the wire dropped is the
    # reporter's own (not an infinitive or participle, whose subject is another's)
    finite = verb.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "aux" for c in verb.children)
    return logical_subjects(verb.head) if finite and not is_infinitive(verb) else []


def _noun_clause_subjects(verb: Token, depth: int) -> list[Token]:
    """The subject of a clause on a noun."""
    if verb.tag_ == "VBG" and verb.dep_ == "acl":
        return with_conjuncts(verb.head)  # "a venture linking A and B": head is no party
    controls = depth == 0 and is_infinitive(verb)
    owner = (owner_of(verb.head) or offerer(verb.head)) if controls else None
    if owner is not None:
        # the possessor of a noun controls its infinitive: in "the Fed approved its
        # application to acquire X", "its" acquires, not the Fed that approved. Only for
        # the deal verb itself: a clause further down ("its efforts to expand by acquiring
        # X") is what the effort was for, whose fate the noun's modality decides.
        return [owner]
    return governor_subjects(verb.head, depth + 1)  # "an agreement to sell ..."


def logical_objects(verb: Token) -> list[Token]:
    """What it is done to: the active object, or the passive subject."""
    for dep in ("nsubjpass", "dobj"):
        for child in verb.children:
            if child.dep_ != dep or (dep == "dobj" and objectless_buying(verb)):
                continue  # "Bank of Hartford, acquired Feb 23": a date is no object
            if child.lower_ in RELATIVE_PRONOUNS and (clause := relative_clause(verb)):
                return with_conjuncts(clause.head)  # "Glidden Paints, which ICI bought"
            return with_conjuncts(child)
    if is_passive(verb):
        # "the company would bought out by ...": a passive whose "be" the parse missed
        # keeps its subject as nsubj.
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return with_conjuncts(subjects[0]) if subjects else _passive_subject_above(verb)
    if (relative := object_described(verb)) is not None:
        return with_conjuncts(relative.head)
    moved = shifted_object(verb) or name_made_a_clause(verb)  # "acquired for 8.7 mln ..."
    if moved is None and (sharer := object_sharer(verb)) is not None:
        return logical_objects(sharer)
    return with_conjuncts(moved) if moved is not None else []


def object_sharer(verb: Token) -> Token | None:
    """ "to buy or lease five terminals from X": a verb followed at once by "or"/"and" and
    a second verb, with no object of its own, shares the second verb's object and what
    follows it (the object stands once, to the right of both)."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return None
    doc = verb.doc
    for conj in verb.children:
        adjacent = conj.i == verb.i + 2 and doc[verb.i + 1].dep_ == "cc"
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and adjacent:
            return conj
    return None


def _passive_subject_above(verb: Token) -> list[Token]:
    """A passive whose subject stands higher: "A agreed to be acquired", "A signed a letter
    of intent to be acquired", "Gulfstream, acquired by Chrysler"."""
    head = verb.head
    infinitive = is_infinitive(verb)
    # "ChemLawn, acquired in April": a participle the parse made a complement
    clause = verb.dep_ in {"xcomp", "advcl"} or floated_participle(verb)
    clause = clause or parsed_as_a_clause(verb)
    described = described_name(verb) if clause else None
    if described is not None:
        return with_conjuncts(described)
    if head == verb:
        return []
    if verb.dep_ in {"xcomp", "conj"} and head.pos_ in {"VERB", "AUX"}:
        return _shared_subject(verb, head)
    # "exclude recently acquired Ozark": a participle before its noun describes it too
    described_here = verb.dep_ in {"acl", "relcl"} or prenominal_participle(verb)
    if described_here and head.pos_ in {"NOUN", "PROPN"}:
        if infinitive:
            return governor_subjects(head)
        return with_conjuncts(_name_before_comma(verb) or _naming_compound(verb, head))
    return []


def _naming_compound(verb: Token, noun: Token) -> Token:
    """The name in "its newly acquired Dayton Walther business": the last proper noun
    compounded with the noun a participle of buying stands before (a bought business is
    the firm its name names, not its new owner's part); else the noun itself."""
    if noun.pos_ != "NOUN" or not prenominal_participle(verb):
        return noun
    return [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"][-1]


def _name_before_comma(verb: Token) -> Token | None:
    """ "a charge to restructure ChemLawn, acquired in April": a participle set off by a
    comma describes the name just before it, wherever the parse hangs it."""
    doc = verb.doc
    if verb.dep_ != "acl" or verb.i < 2:
        return None
    if doc[verb.i - 1].text != ",":
        return bought_after_of(verb)  # "results of NICO Inc acquired in October 1985"
    name = doc[verb.i - 2]
    if name.pos_ != "PROPN" or name.head == verb.head:
        return None
    return name


def governor_subjects(noun: Token, depth: int = 0) -> list[Token]:
    """The subject of the verb governing a deal noun ("A signed an agreement")."""
    verb = governing_verb(noun)
    if verb is None or depth > MAX_DEPTH:
        return []
    if noun.dep_ == "nsubjpass" or (is_passive(verb) and noun.dep_ != "pobj"):
        return prep_objects(verb, "by")
    return logical_subjects(verb, depth + 1)


def reporter_subjects(token: Token, *, subordinate: bool = True) -> list[Token]:
    """Who reports the clause a word stands in: "Upland said the acquisition of X will ..."
    (a deal told without its agent is the reporter's). `subordinate`: also across a
    subordinate clause ("said it will close plants after the acquisition of X closes")."""
    node = token
    for _ in range(8):
        if node.head == node:
            return []
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            if node.lemma_.lower() in REPORTING_VERBS:
                return logical_subjects(node)
            if not subordinate and node.dep_ == "advcl" and _marked(node):
                return []
    return []


def _marked(clause: Token) -> bool:
    return any(c.dep_ == "mark" for c in clause.children)


def clause_subjects(token: Token) -> list[Token]:
    """The subject of the active clause a word stands in ("MCI accepted a buyout", "which
    entered the market with the purchase of X")."""
    node = token
    for _ in range(4):
        if node.head == node:
            return []
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            if is_passive(node):
                return []
            inside = {t.i for t in token.subtree}
            return [s for s in logical_subjects(node) if s.i not in inside and s != token]
    return []


def vehicle_founders(noun: Token) -> list[Token]:
    """ "X will form a new company to buy Y": a firm made for a deal (a firm noun the object
    of a verb of forming, with a purpose clause) acts for those who form it."""
    verb = noun.head
    if noun.dep_ != "dobj" or predicate_lemma(verb) not in FORMING_VERBS:
        return []
    purpose = any(c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" for c in noun.children)
    purpose = purpose or any(c.dep_ in {"advcl", "xcomp"} for c in verb.children)
    return logical_subjects(verb) if purpose else []
