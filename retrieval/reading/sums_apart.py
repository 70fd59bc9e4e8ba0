"""Sums of money of different kinds are apart: what a firm lost is no dividend, fee or
debt of its, though each is an amount of money ("the 75 ct preferred dividend" says
nothing of how much Todd lost) -- unless the sum is what it lost (a loan written off, a
deposit lost). Only a loss is so read: a fee or a royalty a firm earns or receives is its
earnings and income, so what it earned is a sum of any name. And a change in a sum ("a
general wage increase", "a price cut") is measured in money or a percentage, never in the
people a sentence counts ("4,000 people were out on strike"). English says which sum an
amount is by the noun it measures (its "of", the noun it modifies), and which sum is asked
by the asked noun or verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.noun_classes import names_a_sum
from retrieval.nlp.wordnet import kinds_above, kinds_above_any
from retrieval.reading.amounts import measured_noun
from retrieval.reading.asking import Part
from retrieval.reading.consideration import phrase_noun
from retrieval.reading.counted_nouns import counts_people
from retrieval.reading.kinds import Kind, a_result_noun
from retrieval.reading.payments import DEBT_NOUNS
from retrieval.text import terms

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Kinds a loss or a change in a sum is asked with ("what loss", "how much did it lose").
_SUM_KINDS = frozenset({Kind.MONEY, Kind.AMOUNT})
# A loss asked by its noun or its verb.
_LOSS_NOUNS = frozenset({"loss", "losses"})
_LOSE = "lose"
# WordNet's class of a fee (a toll, a commission in its money sense).
_CHARGE = "charge"
# ... and of a sum handed over, which a fee may be called ("a 30 mln dlr payment").
_PAID = frozenset({"payment", "charge", "transferred_property", "outgo"})
# A fee is often named by a noun whose money sense is not its first ("commission": first a
# body; "bonus": first a stimulus): a noun with any sense a charge or payment may be the
# fee. Not the wider "transferred_property", which "acquisition" and "offering" reach.
_CHARGED = frozenset({"payment", "charge"})
# A write-off's particles: a sum written off or down is a sum lost ("wrote off its loan").
_WRITE_OFF = frozenset({"off", "down"})


def asks_a_loss(part: Part) -> bool:
    """The part asks what was lost: by its noun ("what net loss") or, with none, by its
    verb ("how much did Todd lose")."""
    if part.kind not in _SUM_KINDS:
        return False
    if part.focus is not None:
        return part.focus.lower() in _LOSS_NOUNS
    return (part.predicate or "").lower() == _LOSE


def another_sum(span: Span, part: Part) -> bool:
    """The amount sizes another sum than the asked loss or another thing than the asked
    fee: it is that other sum's or thing's size."""
    if span.label_ != "MONEY":
        return False
    if asks_a_charge(part):
        return _sizes_another_thing(span, part)
    return asks_a_loss(part) and _another_than_lost(span, part)


def _another_than_lost(span: Span, part: Part) -> bool:
    """The amount measures a sum that is no loss ("the 75 ct preferred dividend", "a fee
    of 10 mln dlrs", "its 110 mln dlrs of debt": money owed, whose first WordNet sense is
    the state of owing) where a loss is asked."""
    noun = measured_noun(span.root) or _stuff_of(span.root)
    if noun is None or noun.pos_ != "NOUN" or a_result_noun(noun):
        return False
    if _lost(noun) or _lost(span.root):
        return False  # "wrote off its 40 mln dlr loan": the loan is what was lost
    if set(terms(noun.text)) & set(part.terms):
        return False  # "what income will the royalty bring": the royalty is asked about
    lemma = noun.lemma_.lower()
    return names_a_sum(lemma) or lemma in DEBT_NOUNS


def people_for_a_sum(span: Span, part: Part) -> bool:
    """A count of people where the part asks a sum or its change: the asked noun, or a
    noun compounded onto it, names a sum ("what general wage increase", "what fee")."""
    if part.kind is not Kind.AMOUNT or not counts_people(span):
        return False
    nouns = (*((part.focus,) if part.focus else ()), *part.narrowing)
    return any(names_a_sum(noun.lower()) for noun in nouns)


def asks_a_charge(part: Part) -> bool:
    """The asked noun's first sense is a charge for a service ("what underwriting fee",
    "what toll"): a sum paid to someone for something done."""
    focus = (part.focus or "").lower()
    return part.kind is Kind.MONEY and bool(focus) and _CHARGE in kinds_above(focus)


def _sizes_another_thing(span: Span, part: Part) -> bool:
    """The amount sizes a thing that is no charge ("a 59.7 mln dlr financing", "the 4.7
    billion dlr deal") where a fee is asked: a fee is paid for a service, the financing or
    deal it is paid on is no fee. A payment or a sum ("a 30 mln dlr payment") may be it,
    as may a noun with any sense a charge ("a 1.2 mln dlr commission")."""
    noun = measured_noun(span.root) or _stuff_of(span.root) or _headed(span)
    if noun is None or noun.pos_ != "NOUN" or set(terms(noun.text)) & set(part.terms):
        return False
    lemma = noun.lemma_.lower()
    above = set(kinds_above(lemma))
    # a word WordNet does not know ("m." split off "£35m.") says nothing of what is sized
    if not above or above & _PAID or kinds_above_any(lemma) & _CHARGED:
        return False
    return not (names_a_sum(lemma) or a_result_noun(noun))


def _headed(span: Span) -> Token | None:
    """The noun the amount's phrase modifies ("a 59.7 mln dlr financing"), when it is not
    the amount's own currency noun."""
    noun = phrase_noun(span)
    return noun if noun.i >= span.end else None


def _lost(word: Token) -> bool:
    """The word is the object of a verb of losing: "lose" itself ("lost its deposit") or a
    write-off ("wrote off its loan", "wrote down 40 mln dlrs of loans")."""
    verb = word.head
    if word.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() == _LOSE:
        return True
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return verb.lemma_.lower() == "write" and bool(particles & _WRITE_OFF)


def _stuff_of(amount: Token) -> Token | None:
    """The common noun an amount of money takes with its own "of" ("110 mln dlrs of
    debt"): the money is that stuff's."""
    of = next((c for c in amount.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    nouns = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    return nouns[0] if nouns and nouns[0].pos_ == "NOUN" else None
