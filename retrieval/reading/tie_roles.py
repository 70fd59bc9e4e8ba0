"""What makes a sentence's act and thing the asked ones, beyond their words (parse_ties).

- The part's own clause: a part's text may begin with the question's scene ("X is issuing
  shares. How many ...?") or, misparsed, run into another question; the things its act is
  asked of are those of the sentence and clause its wh-word asks in.
- A restricting modifier of the thing ("the record orders", "its bond issue") narrows it
  to a subset: a sentence about the thing that never says the restriction may be about
  another of its kind ("an order worth 100 mln", an earlier one).
- A party the part names in a role of the act ("What is X putting up per share": X the
  offerer) fills that role in the answering sentence too: the same act done by another
  party ("Rival said it was prepared to offer 33 dlrs") is another party's act.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from retrieval.nlp.names import name_key
from retrieval.nlp.wordnet import relatives
from retrieval.reading.interrogatives import is_interrogative
from retrieval.reading.predicates import GENERAL_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from retrieval.reading.asking import Part

# "its own share": "own" only repeats the possessor; it restricts nothing
_NO_RESTRICTION = frozenset({"own"})
# A verb without a subject of its own takes its head's: control ("was prepared to
# offer"), adjectival and clausal complements.
_CONTROLLED = frozenset({"xcomp", "acomp", "ccomp", "conj"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her"})


def asked_clause(doc: Doc) -> Span:
    """The sentence the part's wh-word asks in (a scene's statements are before it)."""
    asking = next((t for t in doc if is_interrogative(t)), None)
    return asking.sent if asking is not None else doc[:]


def restrictions(things: Iterable[Token]) -> frozenset[str]:
    """Lemmas of the adjectives and common nouns restricting the asked things ("record"
    of "the record orders"); names are checked as owners (parse_ties), numbers as dates."""
    return frozenset(
        child.lemma_.lower()
        for thing in things
        for child in thing.children
        if child.dep_ in ("amod", "compound")
        and child.pos_ in ("ADJ", "NOUN")
        and child.lemma_.lower() not in _NO_RESTRICTION
    )


def says_restrictions(doc: Doc, restricting: frozenset[str]) -> bool:
    """The sentence says every restriction, by its lemma or a WordNet synonym."""
    lemmas = {t.lemma_.lower() for t in doc}
    return all(
        word in lemmas or lemmas & relatives(word, "a") or lemmas & relatives(word, "n")
        for word in restricting
    )


def roles_agree(act: Token, part: Part, asked: frozenset[str]) -> bool:
    """No party the part names in a role of the asked act (`asked`: its lemmas) is
    contradicted by another name in that role of the sentence's act word."""
    for verb, role, name in part.arguments:
        if verb not in asked and verb != part.predicate:
            continue
        filler = subject_of(act) if role == "subj" else _prepositional(act, role)
        if filler is not None and _another_party(filler, name):
            return False
    return True


def subject_of(act: Token) -> Token | None:
    """The act's doer: its active subject, the agent of a passive, the possessor of an event
    noun ("X's offer"), else the doer of the verb it complements ("it was prepared to
    offer") or of the light verb whose object it is ("an offer was made by X"); a pronoun
    stands for the nearest named subject above it ("Rival said it ...")."""
    token: Token | None = act
    below = act  # the word climbed from is no doer of the word above it
    while token is not None:
        for child in token.children:
            if child.i == below.i:
                continue
            # a passive's subject is what the act is done to; its agent is the doer
            if child.dep_ in ("nsubj", "poss"):
                return _antecedent(child) if child.lower_ in _PRONOUNS else child
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        below, token = token, _governing(token)
    return None


def _governing(token: Token) -> Token | None:
    """The word whose doer is the token's: the verb it complements, or a light verb taking
    it as object ("make an offer": the maker is the offerer; not "reject an offer")."""
    if token.head.i == token.i:
        return None
    if token.dep_ in _CONTROLLED:
        return token.head
    light = token.pos_ == "NOUN" and token.head.lemma_.lower() in GENERAL_VERBS
    return token.head if light and token.dep_ in ("dobj", "nsubjpass") else None


def _antecedent(pronoun: Token) -> Token | None:
    """The subject of the nearest clause above the pronoun's that has one."""
    for verb in pronoun.head.ancestors:
        for child in verb.children:
            if child.dep_ == "nsubj" and child.pos_ in ("PROPN", "NOUN"):
                return child
    return None


def _prepositional(act: Token, preposition: str) -> Token | None:
    for child in act.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _another_party(filler: Token, name: str) -> bool:
    """Another party than the named one fills the role: a proper name sharing no word
    with it, or a noun with a description of its own ("the Texas-based waste disposal
    company": the part names its party by name, a described one is identified by the
    description); a bare noun ("the company") or an unresolved pronoun may be the party."""
    asked = set(name_key(name).split())
    # "Rival and Corvex offered": each conjunct fills the role
    return all(_not_the_party(head, asked) for head in (filler, *filler.conjuncts))


def _not_the_party(head: Token, asked: set[str]) -> bool:
    # the names of a noun's own phrase name it: "the US giant Monsanto" (apposition),
    # "Corvex's board" (its owner's act)
    named = [c for c in head.children if c.dep_ in _NAMING and c.pos_ == "PROPN"]
    if head.pos_ == "PROPN":
        named = [head]
    if named:
        return not any(_name_words(name) & asked for name in named)
    if head.pos_ == "NOUN":
        return any(c.dep_ in ("compound", "amod", "nmod") for c in head.children)
    return False


# the links from a noun to a name standing for the same party or its owner
_NAMING = frozenset({"appos", "compound", "poss"})


def _name_words(name: Token) -> set[str]:
    words = {c.text for c in name.children if c.dep_ == "compound"} | {name.text}
    return set(name_key(" ".join(words)).split())
