"""Amounts of something other than the asked noun, said with a word of the question.

A noun the question compounds onto the asked one only says which of it is asked: "a deposit
premium" is a premium (paid on deposits), so "total deposits of 90 mln dlrs" is no answer.
A price paid for a thing is no flow of money of anyone's: "acquired Halden for 5.7 mln
dlrs" gives no revenue of Halden's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from retrieval.nlp.prepositions import preposition_objects
from retrieval.nlp.wordnet import kinds_above
from retrieval.nlp.wordnet_derivations import event_nouns
from retrieval.reading.amounts import MEASURE_KINDS, TRADES, TRANSPARENT_NOUNS, measured_noun
from retrieval.reading.asking import Part
from retrieval.reading.kinds import (
    OFFER_WORDS,
    PRICE_MARKS,
    RESULT_NOUNS,
    TRADING_VERBS,
    focus_kind,
)
from retrieval.reading.measures import quantifies
from retrieval.reading.qualifiers import noun_file

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Nouns naming a magnitude or a rate of what is compounded onto them, or money at large,
# which the compounded noun says the kind of: "the loan amount" is the loan's size, "the
# tax rate" the tax as a share, "an interest payment" interest paid, so "a loan of 20 mln
# dlrs", "a tax of 30 pct", "5 mln dlrs of interest" give them.
GENERAL_MEASURES = TRANSPARENT_NOUNS | frozenset(
    """amount size value sum figure level worth rate ratio percentage proportion payment
    money cash funds""".split()
)
# WordNet noun files of acts and events: a doing measured in money is priced by it ("a 5
# mln stg transfer" for "the transfer fee"), as a deal is.
_DOINGS = frozenset({4, 11})
# Acts that move a thing from hand to hand, whose size is the amount moved; "issue" and
# "offering" are filed by WordNet under other senses first.
_MOVING_ACTS = (
    TRADES
    | OFFER_WORDS
    | frozenset(n for verb in ("offer", "issue", "sell", "repurchase") for n in event_nouns(verb))
    | frozenset({"issue", "offering", "sales", "repurchase", "buyback"})
)
# What money is a kind of in WordNet ("cash", "currency", "dollars").
_MONEY = "medium_of_exchange"


def measures_a_modifier(span: Span, part: Part) -> bool:
    """The amount measures or quantifies a noun the question only compounds onto the asked
    one ("total deposits of 90 mln dlrs", "80 mln dlrs in deposits" for "what deposit
    premium") -- unless the asked noun names a magnitude or money at large ("the loan
    amount", "an interest payment"). A deal, an offer or another doing is measured by its
    price ("a purchase of 20 mln dlrs" for "the purchase price")."""
    focus = part.focus
    modifiers = tuple(m for m in part.modifiers if not _measured_alike(m))
    if not modifiers or focus is None or focus in GENERAL_MEASURES or _moves(focus):
        return False
    measured = measured_noun(span.root)
    if measured is not None and measured.lemma_.lower() in modifiers:
        return True
    return any(quantifies(entity=span, noun=noun) for noun in modifiers)


def _moves(head: str) -> bool:
    """The head names the act that moves its modifier ("a bond offering", "a bond issue",
    "asset sales", "a stock repurchase"): the act's size is the amount of what it moves,
    so "100 mln dlrs of bonds" is the offering's size."""
    return head in _MOVING_ACTS or noun_file(head) in _DOINGS


def _measured_alike(noun: str) -> bool:
    """A modifier whose amount is the asked one's: a deal, an offer or another doing is
    measured by its price ("a purchase of 20 mln dlrs" for "the purchase price"); a measure
    of the asked kind the head only re-words ("the price tag"); money, which names the form
    the sum is paid in ("13 mln dlrs in cash" for "the cash price")."""
    if noun in TRADES or noun in OFFER_WORDS or noun_file(noun) in _DOINGS:
        return True
    return focus_kind(noun) in MEASURE_KINDS or _MONEY in kinds_above(noun)


# A period's result of a firm's own ("revenues", "profit"); not "sales" (also deals) nor a
# loss (a sale may make one).
_RESULTS = RESULT_NOUNS - {"sale", "sales", "loss"}
# Verbs by which a thing changes hands for money, from either side, and the prepositions
# taking the price: "acquired X for 5.7 mln dlrs", "sold the stake at 11 dlrs a share".
_TRADE_STEMS = frozenset(t.rstrip("s") for t in TRADES)
# Links inside a noun phrase, through which an amount stays part of the phrase it is in
# ("for 5.7 mln dlrs cash plus the assumption of liabilities of 2.5 mln dlrs").
_PHRASE_LINKS = frozenset(
    {"pobj", "prep", "conj", "cc", "nummod", "compound", "amod", "appos", "npadvmod", "quantmod"}
)


def prices_for_a_result(span: Span, part: Part) -> bool:
    """A firm's result is asked ("what were Halden's revenues") and the amount is in the
    price phrase of a trade of a named thing ("acquired Halden for 5.7 mln dlrs plus the
    assumption of liabilities of 2.5 mln dlrs"): what was paid for it is no one's revenue. Not when
    the part asks what a trade brought in ("what income did Corvex get from the sale")."""
    if span.label_ != "MONEY" or (part.focus or "").lower() not in _RESULTS:
        return False
    if part.predicate in TRADING_VERBS or _names_a_trade(part):
        return False  # "what revenue does Corvex expect from the Halden sale"
    results = _RESULTS | {(part.focus or "").lower()}
    return _in_a_price_phrase(span.root, results)


def _names_a_trade(part: Part) -> bool:
    """The part asks about a sale through its noun ("the income from the Halden sale")."""
    words = re.findall(r"[a-z-]+", part.text.lower())
    return any(word.rstrip("s") in _TRADE_STEMS for word in words)


def _in_a_price_phrase(token: Token, results: frozenset[str]) -> bool:
    """The token lies in the "for"/"at" phrase of a verb of buying or selling, reached
    through noun-phrase links only (not through another clause) and not through a result
    noun, which the amount then measures ("1.2 times its revenues of 80 mln dlrs", "at a
    profit of 5 mln dlrs")."""
    while token.dep_ in _PHRASE_LINKS and token.head.i != token.i:
        head = token.head
        if head.lemma_.lower() in results or head.lower_ in results:
            return False
        if token.dep_ == "pobj" and head.lower_ in PRICE_MARKS:
            verb = head.head
            trading = verb.pos_ == "VERB" and verb.lemma_.lower() in TRADING_VERBS
            return trading and _trades_a_named_thing(verb)
        token = head
    return False


def _trades_a_named_thing(verb: Token) -> bool:
    """What changes hands is a firm or a named firm's thing ("acquired the assets of
    Halden", "the contracts and assets of Halden", "Halden was sold"), not goods ("sold
    2,000 cars for 9 mln dlrs" may be the seller's sales)."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    traded = [t for head in heads for t in (head, *head.conjuncts)]
    return any(_a_firm(t) or any(_a_firm(o) for o in _owners(t)) for t in traded)


def _a_firm(token: Token) -> bool:
    """A named firm: a proper noun heading its phrase or an organisation's name ("Halden";
    not "Boeing jets", whose head is the common noun)."""
    return token.pos_ == "PROPN" or token.ent_type_ == "ORG"


def _owners(token: Token) -> list[Token]:
    """Whose thing it is: "the assets of Halden", "its stake in Halden", "Halden's unit"."""
    owners = [c for c in token.children if c.dep_ == "poss"]
    return owners + [o for o in preposition_objects(token) if o.head.lower_ in ("of", "in")]
