"""Phrasal verbs in questions: when a verb and its particle are one word of the language
("hand over": deliver), and which phrasal verbs pay a price ("what did Corvex lay out for
Halden" asks what was paid).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.lemmas import verb_lemma
from retrieval.nlp.vocabulary import is_verb
from retrieval.reading.kinds import DEAL_NOUNS, Kind, focus_kind
from retrieval.registry.syntax import predicate_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def phrasal_verb(span: Span, predicate: str | None) -> str | None:
    """The predicate with its particle, when WordNet lists the two as one verb ("hand
    over": deliver; "bring in": earn; "call off": cancel): a phrasal verb is one word of
    the language, whose senses are not its bare verb's ("hand": give, pass)."""
    for token in span:
        if predicate is None or token.lemma_.lower() != predicate:
            continue
        phrasal = predicate_lemma(token).replace(" ", "_")
        if phrasal != predicate and is_verb(phrasal):
            return phrasal
    return None


# Phrasal verbs that mean paying when said of a price ("lay out 80 mln dlrs for Halden"),
# though each has other senses ("lay out a plan", "hand over control"). Not "put up": what
# is put up "for" sale is offered, not paid.
PAYING_PHRASALS = frozenset({("lay", "out"), ("hand", "over"), ("stump", "up"), ("pony", "up")})


def paying_phrasal(verb: Token) -> bool:
    """The word is a phrasal verb of paying ("lay out", "handing over")."""
    return phrasal_in(verb, PAYING_PHRASALS)


def phrasal_in(verb: Token, phrasals: frozenset[tuple[str, str]]) -> bool:
    """The word with its particle is one of `phrasals` (verb, particle): only a verb takes
    a particle, so a word tagged a noun counts ("is Chrysler handing over")."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    forms = {verb_lemma(verb), verb.lower_.removesuffix("ing")}
    return any((form, particle) in phrasals for form in forms for particle in particles)


def pays_a_price(verb: Token, *, amount: bool = False) -> bool:
    """A phrasal verb of paying said of a price: "what did Corvex lay out for Halden",
    "what is Corvex handing over per share" (not "lay out its plans", "hand over for
    safekeeping")."""
    if not paying_phrasal(verb):
        return False
    return any(_priced(prep, amount) for prep in verb.children if prep.dep_ == "prep")


def _priced(preposition: Token, amount: bool) -> bool:
    """ "per share"; "for" what can be bought -- or, asked "how much", any thing ("how much
    did it lay out for the plant": only a "what" may ask a plan)."""
    if preposition.lower_ == "per":
        return True
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if amount:
        return preposition.lower_ == "for" and any(_a_thing(noun) for noun in objects)
    return preposition.lower_ == "for" and any(_buyable(noun) for noun in objects)


def _a_thing(noun: Token) -> bool:
    """A thing paid for: a name, or a noun with a determiner ("the plant", "its stake")
    -- not a time, nor a bare noun of purpose ("for safekeeping", "for review")."""
    determined = any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    return not _a_time(noun) and (noun.pos_ == "PROPN" or determined)


def _a_time(noun: Token) -> bool:
    return noun.ent_type_ in ("DATE", "TIME")


# Kinds of noun that are bought: a firm or a part of one, a stake.
_BUYABLE_KINDS = frozenset({Kind.ORG, Kind.PERCENT})


def _buyable(noun: Token) -> bool:
    """What money is paid for: a firm, a part of one ("its piece of AmeriTrust"), a stake
    or a deal -- not a purpose ("for safekeeping"), a beneficiary ("for its shareholders")
    nor a time ("for five years")."""
    if _a_time(noun):
        return False
    if noun.pos_ == "PROPN" or noun.lemma_.lower() in DEAL_NOUNS:
        return True
    of_a_firm = any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
        for c in noun.children
    )
    return of_a_firm or focus_kind(noun.lemma_.lower()) in _BUYABLE_KINDS
