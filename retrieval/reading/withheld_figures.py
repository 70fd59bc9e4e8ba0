"""Figures an article says it withholds by naming them: "The value of the offering was
undisclosed", "declined to disclose the level at which Pacific purchased the securities".
The noun a denied disclosure takes is the asked figure when it is the asked noun (of what
the question asks it of, if the article says of what), or when a relative clause on it
tells the asked act ("the level at which Pacific purchased ..." for "at what price did
Pacific buy"). Another amount in that article is then another figure, as for an amount
left unsaid by an embedded "how much" (unsaid_figures.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from retrieval.reading.asking import Part
from retrieval.reading.withheld_roles import acts_alike, asked_words, of_the_asked
from retrieval.reading.withheld_things import articles_with, withheld_nouns
from retrieval.text import stem

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from retrieval.reading.found import Finding


def withholds_the_figure(doc: Doc, part: Part) -> bool:
    """The sentence says the asked figure is not given: a noun it withholds is the asked
    noun of the asked thing, or is defined by the asked act."""
    withheld = withheld_nouns(doc)
    if not withheld:
        return False
    acts = acts_alike(part.predicate)
    return any(
        _the_asked_noun(token, part) or _defined_by(token, acts, part)
        for token in doc
        if token.pos_ == "NOUN" and token.lemma_.lower() in withheld
    )


def _the_asked_noun(noun: Token, part: Part) -> bool:
    """The asked noun, of nothing named or of something the question names ("the value
    of the offering" for "the value of the upgrade offer"; not "the value of the Brixton
    contract" for the Corvex one, nor "its value", which may be another deal's)."""
    if part.focus is None or noun.lemma_.lower() != part.focus:
        return False
    return of_the_asked(noun, part)


def _defined_by(noun: Token, acts: frozenset[str], part: Part) -> bool:
    """A relative clause on the noun tells the asked act of what the question names:
    "the level at which Pacific purchased the securities", "the amount it paid" (not "the
    price it paid for the Iowa mill" for the price of Corvex)."""
    words = asked_words(part)
    return any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in acts
        and all(stem(o.lower_) in words for o in _objects(c))
        for c in noun.children
    )


def _objects(verb: Token) -> list[Token]:
    """The verb's object and its prepositions' objects, but pronouns: the relative one,
    and one standing for a thing told before ("purchased them"), which may be the asked."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    found += [o for c in verb.children if c.dep_ in ("prep", "dative") for o in c.children]
    return [o for o in found if o.dep_ in ("dobj", "pobj") and o.pos_ != "PRON"]


def articles_withholding_figure(
    part: Part, found: Sequence[Finding], parse: Callable[[Sequence[str]], list[Doc]]
) -> set[str]:
    """The ids of the findings' articles with a sentence withholding the asked figure
    (only the sentences that could say so are parsed)."""
    return articles_with(found, parse, lambda doc: withholds_the_figure(doc, part))
