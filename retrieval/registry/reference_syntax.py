"""The syntax references are read by: the clause a word is in, who reports it, what it acts on.

"A said it agreed ...": the subject of the reporting verb above a clause binds a pronoun
subject in it; "B agreed to buy its unit": what a possessive's phrase names is bought by
the clause's subject; "A agreed with B to buy ...": B is the agreement's other side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.arguments import logical_objects, logical_subjects
from retrieval.registry.lexicon import REPORTING_VERBS
from retrieval.registry.org_words import BUSINESS_HEADS
from retrieval.registry.syntax import predicate_lemma, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token


_BUYING = frozenset({"buy", "acquire", "purchase", "take over", "buy out"})


def bought_by_its_subject(possessive: Token, clause: Token) -> bool:
    """ "B agreed to buy its unit": what the possessive's phrase names is bought by the
    clause's subject."""
    return predicate_lemma(clause) in _BUYING and possessive.head in logical_objects(clause)


def agreed_with(clause: Token) -> list[Token]:
    """B in "A agreed with B to buy ...": the other side of the agreement the clause is."""
    head = clause.head if clause.dep_ == "xcomp" else None
    return prep_objects(head, "with") if head is not None else []


def clause_verb(token: Token) -> Token | None:
    node = token
    for _ in range(8):
        if node.head == node:
            return node if node.pos_ in {"VERB", "AUX"} else None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def reporting_subjects(token: Token) -> list[Token]:
    """ "A said it agreed ...": the subject of the reporting verb above the clause, which
    binds a pronoun subject of the reported clause."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    verb = token.head
    for _ in range(4):
        if verb.dep_ not in {"ccomp", "conj", "xcomp"} or verb.head == verb:
            return []
        verb = verb.head
        if verb.lemma_.lower() in REPORTING_VERBS:
            return logical_subjects(verb)
    return []


def objects_of(verb: Token) -> list[Token]:
    """What the verb acts on: its object, or the object of its first preposition ("control
    over Allegis", "a stake in Allegis")."""
    found = logical_objects(verb)
    if found:
        for thing in found:
            inner = [g for c in thing.children if c.dep_ == "prep" for g in c.children]
            named = [g for g in inner if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if thing.pos_ != "PROPN" and named:
                return named[:1]
    return found


def same_description_before(description: Token) -> list[Token]:
    """ "joined with the management of the French company CFEC to purchase the company": a
    definite description that repeats the head noun of a description its own sentence gave
    a name refers to that name, as a repeated noun does (not to the article's topic). The
    tokens naming the nearest earlier description with the same noun ([] if it names none)."""
    if description.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in description.children
    ):
        return []
    lemma = description.lemma_.lower()
    for earlier in reversed(description.doc[: description.i]):
        if earlier.pos_ == "NOUN" and earlier.lemma_.lower() == lemma:
            if not _in_clause_of(earlier, description):
                return []
            return [c for c in earlier.children if c.dep_ in {"appos", "compound"}]
    return []


# Where a description is no argument of the clause a later reference is in: describing
# another party ("Harlow Corp, a unit of the Dutch company Benton NV"), in a clause of its
# own ("whose rival the Dutch company Benton NV sold ..."), or set against the clause
# ("unlike the Dutch company Benton NV").
_ASIDES = frozenset({"appos", "relcl", "acl", "advcl", "parataxis"})
# Prepositions that keep a phrase an argument of its clause: "the management of the
# company", "joined with the management of the company".
_ARGUMENT_PREPOSITIONS = frozenset({"of", "with"})


def _in_clause_of(earlier: Token, reference: Token) -> bool:
    """Whether the path from `earlier` up to the nearest head above the reference passes
    only through arguments: no aside and no preposition but "of" or "with". A description
    that is itself the object of "with" is the party one acts with, the other side of the
    act and not its object ("agreed with the Dutch company Benton NV to acquire the
    company"); people of a firm one acts with ("joined with the management of the Dutch
    company Benton NV to purchase the company") leave the firm free to be the object."""
    node = earlier
    for _ in range(12):
        if node.is_ancestor(reference):
            return True
        if node.dep_ in _ASIDES:
            return False
        if node.dep_ == "prep" and node.lower_ not in _ARGUMENT_PREPOSITIONS:
            return False
        if node.dep_ == "pobj" and node.head.lower_ == "with" and node == earlier:
            return False
        if node.head == node:
            return False
        node = node.head
    return False


def parallel_object(pronoun: Token) -> list[Token]:
    """ "founded the Pellin Estates label and sold it to Zorvex": an object pronoun of a
    verb conjoined to another verb takes that verb's object (parallel roles of coordinated
    clauses; the first clause's object is also the nearest candidate). The tokens of the
    first verb's objects (the parser may split "the Pellin Estates label" into two), with
    their compounds only when the object means a whole firm ("the Pellin Inc business";
    "it" after "bought the Pellin Corp headquarters" is the building, not Pellin); [] when
    the pronoun is no object of a second conjunct. The binding is blind to what the first
    verb means: "sued Pellin Inc and then sold it" binds "it" to Pellin as well, and after
    "merged Pellin into Zorvex and later sold it" "it" goes to Pellin, not the merged firm."""
    if pronoun.pos_ != "PRON" or pronoun.dep_ != "dobj" or pronoun.head.dep_ != "conj":
        return []
    objects = [c for c in pronoun.head.head.children if c.dep_ == "dobj" and c.pos_ != "PRON"]
    if any(c.dep_ == "conj" for o in objects for c in o.children):
        return []  # "founded A and B and sold it": "it" is neither for sure
    return [
        t
        for o in objects
        for t in (o, *o.lefts)
        if t == o or (t.dep_ == "compound" and o.lemma_.lower() in BUSINESS_HEADS)
    ]
