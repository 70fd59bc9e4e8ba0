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
- The answer's clause shares its subject with a clause it controls ("Halden agreed to
  buy") and a relative clause on it says its act ("Halden, which bought"); a negated act
  ("did not buy") is not done.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from retrieval.nlp.names import name_key
from retrieval.nlp.prepositions import preposition_objects
from retrieval.nlp.wordnet import relatives
from retrieval.reading.act_roles import doers
from retrieval.reading.interrogatives import is_interrogative
from retrieval.reading.predicates import GENERAL_VERBS
from retrieval.registry.syntax import verb_above

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from retrieval.reading.asking import Part

# (lemma, part of speech) of the words restricting the asked thing
Restrictions = frozenset[tuple[str, str]]
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


def restrictions(things: Iterable[Token]) -> Restrictions:
    """(lemma, part of speech) of the adjectives and common nouns restricting the asked
    things ("record" of "the record orders"); names are checked as owners (parse_ties),
    numbers as dates."""
    return frozenset(
        (child.lemma_.lower(), child.pos_)
        for thing in things
        for child in thing.children
        if child.dep_ in ("amod", "compound")
        and child.pos_ in ("ADJ", "NOUN")
        and child.lemma_.lower() not in _NO_RESTRICTION
    )


def says_restrictions(doc: Doc, restricting: Restrictions) -> bool:
    """The sentence says every restriction: by its lemma, or an adjective by a WordNet
    adjective synonym. A noun's other senses are other things ("bond" is also an
    alliance), so a noun restriction is said only by its own word."""
    lemmas = {t.lemma_.lower() for t in doc}
    return all(
        word in lemmas or (pos == "ADJ" and bool(lemmas & relatives(word, "a")))
        for word, pos in restricting
    )


def in_the_clause(act: Token, clause: Token, span: Span) -> bool:
    """The act is said in the answer's clause, or in one whose doer is that clause's: a
    complement its subject controls ("Halden agreed to buy", "is expected to buy"; not
    "urged Rival to buy", whose object does), a conjunct without a subject of its own, or
    a relative clause whose relative pronoun is its subject, on the answer ("Halden, which
    bought ..."; not "Halden, which Rival bought"). Not a reported clause ("the ministry
    said Halden would buy")."""
    verb = verb_above(act)
    while verb.i != clause.i:
        if verb.dep_ == "relcl":
            relative = any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children)
            return relative and span.start <= verb.head.i < span.end
        if verb.head.i == verb.i or not _shares_the_subject(verb):
            return False
        verb = verb_above(verb.head)
    return True


def _shares_the_subject(verb: Token) -> bool:
    """The verb's doer is the subject of the word it hangs on: a complement with no object
    controlling it, or a conjunct without a subject of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.dep_ == "xcomp":
        return not any(c.dep_ == "dobj" for c in verb.head.children)
    return verb.dep_ == "conj"


def denied(act: Token) -> bool:
    """The act's verb, or a verb controlling it, is negated ("did not buy", "did not agree
    to buy"): the sentence says the act was not done."""
    token = act
    while token.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "neg" for c in token.children):
            return True
        if token.dep_ != "xcomp":
            return False
        token = token.head
    return False


def roles_agree(act: Token, part: Part, asked: frozenset[str]) -> bool:
    """No party the part names in a role of the asked act (`asked`: its lemmas) is
    contradicted by another name in that role of the sentence's act word."""
    for verb, role, name in part.arguments:
        if verb not in asked and verb != part.predicate:
            continue
        fillers = subject_of(act) if role == "subj" else preposition_objects(act, role, first=True)
        if fillers and _another_party(fillers, name):
            return False
    return True


def subject_of(act: Token) -> list[Token]:
    """The act's doers: act_roles.doers (a relative pronoun read as its noun, a passive's
    agent, an event noun's possessor or "by"/"from" phrase), a pronoun read as the nearest
    named subject above it ("Rival said it ..."); else, and for a controlled complement,
    the doer of the word governing it (_climbed)."""
    own = [] if act.dep_ == "xcomp" else doers(act)
    return [_resolved(t) for t in own] if own else _climbed(act)


def _climbed(act: Token) -> list[Token]:
    """The doer of the verb the act complements ("it was prepared to offer"), its object
    first ("urged Rival to offer": object control), or of the light verb whose object it
    is ("an offer was made by X")."""
    token: Token | None = act
    below = act  # the word climbed from is no doer of the word above it
    while token is not None:
        objects = [c for c in token.children if c.dep_ == "dobj" and c.i != below.i]
        if below.dep_ == "xcomp" and below.i != token.i and objects:
            return objects
        for child in token.children:
            # a passive's subject is what the act is done to; its agent is the doer
            if child.i != below.i and child.dep_ in ("nsubj", "poss"):
                return [_resolved(child)]
            if child.dep_ == "agent":
                return [g for g in child.children if g.dep_ == "pobj"]
        below, token = token, _governing(token)
    return []


def _resolved(doer: Token) -> Token:
    return (_antecedent(doer) or doer) if doer.lower_ in _PRONOUNS else doer


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


def _another_party(fillers: list[Token], name: str) -> bool:
    """Another party than the named one fills the role: a proper name sharing no word
    with it, or a noun with a description of its own ("the Texas-based waste disposal
    company": the part names its party by name, a described one is identified by the
    description); a bare noun ("the company") or an unresolved pronoun may be the party."""
    asked = set(name_key(name).split())
    # "Rival and Corvex offered": each conjunct fills the role
    return all(_not_the_party(h, asked) for f in fillers for h in (f, *f.conjuncts))


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
