"""Relative clauses and their gaps: which noun a relative clause describes as its verb's
object ("Glidden Paints, which ICI bought"; "the unit Chrysler bought"), also when the gap
lies in an infinitive the clause embeds ("Ideal Basic, which Holderbank agreed to acquire").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.syntax import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})


def _relative_object(verb: Token) -> bool:
    """The relative clause's object is the noun it describes: its relative pronoun is the
    object ("the unit which Chrysler bought"), or it has none and a gap where the object
    stands ("the Gulfstream unit Chrysler bought")."""
    relative = [c for c in verb.children if c.lower_ in RELATIVE_PRONOUNS]
    if relative:
        return relative[0].dep_ == "dobj"
    return _object_gap(verb)


def object_described(verb: Token) -> Token | None:
    """The relative clause whose described noun is the verb's object, or None."""
    if verb.dep_ == "relcl" and _relative_object(verb):
        return verb
    return _embedded_gap(verb)


def _embedded_gap(verb: Token) -> Token | None:
    """ "Ideal Basic, which Holderbank agreed last year to acquire": a relative clause's
    gap may lie in an infinitive it embeds, and then the noun described is what that
    infinitive's verb, with no object of its own, is done to (the parser hangs "which" on
    "agreed", whose clause it only opens). The relative clause, or None."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return None
    clause = relative_clause(verb)
    if clause is None or clause is verb:
        return None
    return clause if _relative_object(clause) or _gap_above(clause) else None


def relative_clause(verb: Token) -> Token | None:
    """The relative clause the verb is, or is an infinitive within ("which X agreed to
    buy"), or None."""
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head
    return clause if clause.dep_ == "relcl" else None


def relative_pronoun(token: Token) -> bool:
    """A relative pronoun opening a relative clause."""
    return token.lower_ in RELATIVE_PRONOUNS and relative_clause(token.head) is not None


def _gap_above(clause: Token) -> bool:
    """A contact clause ("the unit Chrysler agreed to buy") whose verb has a subject and
    no object: its gap is in the infinitive below."""
    children = list(clause.children)
    has_subject = any(c.dep_ in SUBJECTS and c.i < clause.i for c in children)
    relative = any(c.lower_ in RELATIVE_PRONOUNS for c in children)
    return has_subject and not relative and not any(c.dep_ == "dobj" for c in children)


def _object_gap(verb: Token) -> bool:
    """ "the unit Chrysler bought in 1985": a relative clause without a relative pronoun
    (a contact clause) whose verb has a subject but no object of its own leaves the object
    to the noun it describes."""
    children = list(verb.children)
    has_subject = any(c.dep_ in SUBJECTS and c.i < verb.i for c in children)
    taken = {"dobj", "ccomp", "xcomp", "attr", "oprd", "dative"}
    return has_subject and not any(c.dep_ in taken for c in children)


def swallowed_contact_clause(noun: Token) -> Token | None:
    """ "tops a buyout agreement E.F. Hutton reached with Purolator": the parse may take a
    deal noun for a modifier of the name after it, that name being the subject of a contact
    clause on the noun (whose verb, with no object of its own, leaves its object to the
    noun). A name is not a kind of agreement, as "the merger agreement Hutton" would make
    it: the clause's verb, or None."""
    name = noun.head
    if noun.dep_ != "compound" or name.pos_ != "PROPN" or name.dep_ != "nsubj":
        return None
    verb = name.head
    taken = any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)
    return verb if verb.pos_ == "VERB" and not taken else None
