"""Who a clause's subject is, by name: the whole proper name a head word belongs to, the
name a relative pronoun or a pronoun subject stands for, the owner of a common noun.

Read by `relations` and `amount_owners` (whose amount, whose act) and by the checks of
what is traded or rated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.kinds import Kind, focus_kind
from retrieval.registry.places import place_name

if TYPE_CHECKING:
    from spacy.tokens import Token

# Pronouns that may stand for a firm ("Corvex said it ...").
PRONOUNS = frozenset({"it", "they"})


def name_around(token: Token) -> str:
    """The whole proper name a head word belongs to ("Sina", "Interpart SA"), not the
    names in a clause about it ("Vetra Oy, which has a stake in Osko"), nor in an
    adjective on it ("Houston-based Continental")."""
    clauses = [c for c in token.children if c.dep_ in ("relcl", "acl", "appos")]
    clauses += [c for c in token.children if c.dep_ == "amod" and c.pos_ != "PROPN"]
    inside = {t.i for clause in clauses for t in clause.subtree}
    words = [
        t
        for t in token.subtree
        if t.i not in inside and (t.pos_ == "PROPN" or t.dep_ == "compound")
    ]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def path_up_to(token: Token, top: Token) -> list[Token]:
    """The word and its heads on the way up to `top` (which is one of them), both ends in."""
    return [token, *(a for a in token.ancestors if top in (a, *a.ancestors))]


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


def relative_antecedent(pronoun: Token) -> Token | None:
    """The name a relative pronoun ("which", "who") stands for, through its clause."""
    clause = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
    return None if clause is None else antecedent(clause)


def antecedent(clause: Token) -> Token | None:
    """The name a relative clause is about. A clause set off by a comma follows its
    antecedent ("Osko Corp, in which it holds 5 pct"), wherever the parse hung it."""
    start = min(t.i for t in clause.subtree)
    before = [t for t in clause.doc[max(start - 2, 0) : start] if not t.is_punct]
    if before and before[-1].pos_ == "PROPN":
        return _named_whole(before[-1])
    return clause.head if clause.head.pos_ == "PROPN" else None


def _named_whole(name: Token) -> Token:
    """The name a name ends: "Texas" of "Wilshire Oil Co of Texas, which has ..." ends the
    firm's name, which the clause is about."""
    of = name.head
    if name.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "PROPN":
        return of.head
    return name


def named_subject(subject: Token) -> Token | None:
    """The proper name a subject stands for: itself; the name a relative pronoun refers to
    ("McDonnell Douglas Corp, which has ..."); the owner of a common noun ("Redstone's
    company owns ...")."""
    if subject.pos_ == "PROPN" or (_name_ending(subject) and not _owners_own_part(subject)):
        return subject
    if subject.tag_ in ("WDT", "WP"):
        return relative_antecedent(subject)
    if subject.lower_ in PRONOUNS:
        named = controller_of(subject)
        # "Corvex chairman Jan Smit said it ...": "it" is no person
        return named if named is not None and named.ent_type_ != "PERSON" else None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.pos_ == "PROPN" else None


def _owners_own_part(noun: Token) -> bool:
    """ "its Orange County office", "its U.S. unit": a part of whoever "its" stands for,
    named by a place or no firm at all, is no party of its own; a unit "its" owns under
    a name of its own ("its Gibraltar Savings unit") acts under that name."""
    if not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children):
        return False
    if focus_kind(noun.lemma_) is not Kind.ORG:
        return True
    return place_name([t.text for t in noun.doc[noun.left_edge.i : noun.i] if t.pos_ == "PROPN"])


def _name_ending(noun: Token) -> bool:
    """A common noun after a proper-noun compound ends a name the tagger split ("Ferruzzi
    SpA" with "SpA" a noun): the firm is the name, not the place that owns it ("Italy's").
    A person's noun is no such ending: "the former Chelsea chairman" is a man, not Chelsea."""
    if focus_kind(noun.lemma_) is Kind.PERSON:
        return False
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == noun.i - 1 for c in noun.children
    )


def controller_of(pronoun: Token) -> Token | None:
    """The name a pronoun subject of a "that" clause stands for: the owner of the noun the
    clause completes ("Vetra's disclosure that it had built up a stake"), read from the
    words since the parse often hangs such a clause on the verb; or else the subject of
    the verb it completes ("Corvex said it ...")."""
    clause = pronoun.head
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    if mark is not None and mark.lower_ == "that":
        before = [t for t in pronoun.doc[: mark.i] if t.ent_type_ not in ("DATE", "TIME")]
        noun = before[-1] if before else None
        if noun is not None and noun.pos_ == "NOUN":
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            return owner if owner is not None and owner.pos_ == "PROPN" else None
    if clause.dep_ != "ccomp":
        return None
    named = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return named[0] if named else None
