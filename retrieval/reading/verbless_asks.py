"""What a part without an interrogative asks: a yes/no clause ("will it still run the
place?") asks a thing; a phrase ("per share price?", "branch sale - total deposits?") asks
for its head noun, of that noun's kind, or an amount of it when a quantity word modifies it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.wordnet import kinds_above
from retrieval.reading.how_asks import QUANTITY_KINDS, Ask
from retrieval.reading.kinds import Kind, focus_kind
from retrieval.reading.noun_kinds import kind_of, lemma
from retrieval.reading.question_parts import COORDINATORS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# What a countable thing is a kind of, in WordNet's hypernyms: a person, an organisation
# ("branches"), a building or a place of business ("plants", "stores") -- as a sum or an
# output is not.
_COUNTABLE = frozenset({"person", "organization", "structure", "place_of_business"})


def verbless_ask(span: Span) -> Ask:
    """The kind and focus a part without an interrogative asks for."""
    if _asks_yes_or_no(span):
        return Ask(Kind.THING)  # "will it still have a hand in running the place?"
    head = head_noun(span)
    return Ask(kind_of(head) or _totalled(head) or Kind.THING, lemma(head))


def _asks_yes_or_no(span: Span) -> bool:
    """A part opening with an auxiliary is a yes/no question ("Is Bank of Ceylon ...",
    "did Southcorp take it")."""
    first = next((t for t in span if not t.is_punct and t.lower_ not in COORDINATORS), None)
    return first is not None and first.pos_ == "AUX"


def head_noun(span: Span) -> Token | None:
    """The noun a verbless question asks for: one of a kind ("price"), a phrase's head
    before its modifiers ("per share price" asks a price, not a share)."""
    nouns = sorted((t for t in span if t.pos_ == "NOUN"), key=lambda t: t.dep_ == "compound")
    for noun in nouns:
        if _adjectival(noun):
            continue
        if focus_kind(noun.lemma_) is not None:
            return noun
    # of no kind of ours, the phrase's head ("deposits" of "branch buy - total deposits")
    heads = [t for t in nouns if t.head == t or t.head not in span]
    return heads[0] if heads else (nouns[0] if nouns else None)


def _adjectival(noun: Token) -> bool:
    """ "total deposits": a noun the parser hung as an adjective on another modifies it,
    and is no head."""
    return noun.dep_ == "amod" and noun.head.pos_ == "NOUN"


def _totalled(head: Token | None) -> Kind | None:
    """ "total deposits?": a noun of no kind of ours that a word of quantity modifies asks
    its amount, whatever its unit (a sum, a tonnage); a plural of countable things ("total
    stores?") asks how many."""
    if head is None:
        return None
    quantified = any(
        c.dep_ == "amod" and focus_kind(c.lemma_) in QUANTITY_KINDS for c in head.children
    )
    if not quantified:
        return None
    countable = head.tag_ == "NNS" and bool(_COUNTABLE & set(kinds_above(head.lemma_)))
    return Kind.COUNT if countable else Kind.AMOUNT
