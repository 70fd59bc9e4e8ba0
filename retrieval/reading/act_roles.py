"""Who does an act and what it is done to, read off the parse of a verb or a noun of the
act: "Corvex owns Halden" and "Halden is owned by Corvex" both do the owning to Halden;
"a bid for Halden from Corvex" is Corvex's, made for Halden. doer_acts asks that the
party a doer noun is asked of ("the owner of Halden") be what the act is done to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.asked_roles import argument_slots

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

# A relative pronoun stands for the noun its clause hangs on ("Halden, which owns ...",
# "Halden, whose unit ...").
_RELATIVES = frozenset({"which", "who", "that", "whom", "whose"})
# The prepositions whose object a verb or a noun of an act is done to: "a bid for
# Halden", "the ownership of Halden", "an investment in Halden".
_TARGET_PREPOSITIONS = frozenset({"of", "for", "in"})
# The prepositions naming the doer of an act written as a noun ("a bid by / from Corvex").
_DOER_PREPOSITIONS = frozenset({"by", "from"})
# Entity types of a quantity: "20 pct of Halden" is a part of Halden, so owning it is
# owning (some of) Halden.
_QUANTITIES = frozenset({"PERCENT", "CARDINAL", "QUANTITY", "MONEY"})


def doers(act: Token) -> list[Token]:
    """The parties doing the act: a verb's subject (a relative pronoun read as its
    noun), a passive's "by" phrase; a noun's possessor and "by"/"from" phrase."""
    if act.pos_ == "VERB":
        return [*_subjects(act), *_objects_of(act, frozenset({"agent", "by"}))]
    found = _objects_of(act, _DOER_PREPOSITIONS)
    if not _has_agent(act):  # "Halden's acquisition by Corvex": the possessor undergoes it
        found += [c for c in act.children if c.dep_ == "poss"]
    return found


def targets(act: Token) -> list[Token]:
    """What the act is done to: a verb's object (or a passive's subject, or the noun a
    passive participle hangs on: "Halden, owned by Corvex"), a part of it ("20 pct of
    Halden"), its "of"/"for"/"in" object; for a noun, its "of"/"for"/"in" object, its
    possessor beside a "by" doer, and, where the noun names its own doer ("fending off a
    bid from Corvex"), the subject of the verb it is the object of."""
    found = _objects_of(act, _TARGET_PREPOSITIONS)
    if act.pos_ == "VERB":
        objects = [c for c in act.children if c.dep_ in ("dobj", "nsubjpass")]
        found += [referent(o) for o in _with_conjuncts(objects)]
        found += [p for o in objects if o.ent_type_ in _QUANTITIES for p in _objects_of(o, {"of"})]
        if act.dep_ == "acl" and act.tag_ == "VBN":
            found.append(act.head)  # "Halden, minority owned by Corvex"
        return found
    if _has_agent(act):
        found += [c for c in act.children if c.dep_ == "poss"]
    if _names_its_doer(act):
        governing = act.head.head if act.head.dep_ == "prep" else act.head
        if governing.pos_ == "VERB" and governing.i != act.i:
            found += _subjects(governing)
    return found


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, a relative pronoun read as its noun; a clause without its own
    subject takes that of the clause it hangs on ("to escape a bid")."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if own:
        return [referent(s) for s in _with_conjuncts(own)]
    return [head for role, head in argument_slots(verb) if role == "subj"]


def referent(token: Token) -> Token:
    """The noun a relative pronoun stands for: that its relative clause hangs on."""
    if token.lower_ in _RELATIVES:
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if clause is not None:
            return clause.head
    return token


def _objects_of(head: Token, prepositions: frozenset[str] | set[str]) -> list[Token]:
    """The objects (with their conjuncts) of the head's prepositions of these kinds."""
    objects = [
        obj
        for child in head.children
        if child.dep_ in ("prep", "agent")
        and (child.dep_ in prepositions or child.lower_ in prepositions)
        for obj in child.children
        if obj.dep_ == "pobj"
    ]
    return list(_with_conjuncts(objects))


def _with_conjuncts(tokens: list[Token]) -> Iterator[Token]:
    """Each token and the ones coordinated with it ("by Corvex and Halden")."""
    for token in tokens:
        yield token
        yield from token.conjuncts


def _has_agent(act: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "by" for c in act.children)


def _names_its_doer(act: Token) -> bool:
    """The noun phrase says whose act it is: "a bid from Corvex", "Corvex's bid"."""
    return bool(doers(act))
