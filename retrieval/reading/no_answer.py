"""Entities of the asked kind that are still no answer: a number counting something else
(counted_nouns.py) or away from the asked noun (focus_nearness.py),
who is told, where a firm is from, an amount of another noun or of another firm.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from retrieval.nlp.noun_classes import names_a_district
from retrieval.reading.amount_owners import (
    asks_whose,
    paid_by_another_asked,
    paid_to_the_payer,
    stated_of_another,
)
from retrieval.reading.amounts import MEASURE_KINDS, measures_another
from retrieval.reading.asking import Part
from retrieval.reading.counted_nouns import (
    counts_else,
    counts_items,
    counts_other_than_shares,
    counts_people,
    counts_the_measured,
)
from retrieval.reading.deal_names import a_party_for_its_name
from retrieval.reading.extended_names import of_another_firm
from retrieval.reading.focus_nearness import near_focus
from retrieval.reading.kinds import (
    AMOUNT_ANSWERS,
    NAME_ANSWERS,
    Kind,
    asks_a_sum_not_a_result,
    focus_kind,
)
from retrieval.reading.located import GEOPOLITICAL
from retrieval.reading.market import (
    a_difference,
    a_market_price,
    asks_a_change,
    asks_a_difference,
    asks_the_market,
    of_a_stock,
)
from retrieval.reading.modified_measures import measures_a_modifier, prices_for_a_result
from retrieval.reading.named_things import names_no_party
from retrieval.reading.officer_roles import titled_to_another_office
from retrieval.reading.payments import (
    DEBT_NOUNS,
    DISTRIBUTIONS,
    a_distribution,
    a_repayment,
    an_investment,
    asks_a_payment,
    for_its_own,
    invested_in,
    worth_of_a_firm,
)
from retrieval.reading.per_period import not_per_period
from retrieval.reading.public_bodies import a_public_body, asks_a_business
from retrieval.reading.ratings import rates_another
from retrieval.reading.reporters import reports_others_act
from retrieval.reading.result_levels import another_result, asked_results, moved_result
from retrieval.reading.sale_sides import on_the_other_side
from retrieval.reading.sums_apart import another_sum, people_for_a_sum
from retrieval.reading.unrealised import part_words
from retrieval.registry.places import place_name
from retrieval.text import INVEST_CONCEPT, terms

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Kinds whose answer sits next to the noun asked about ("how many X", "which plant").
NEAR_FOCUS_KINDS = frozenset({Kind.COUNT, Kind.PLACE})
# Prepositions that place something at a location, never at a firm ("on Wall Street").
LOCATING = frozenset({"on", "at"})
# Kinds whose answer is a firm or a person, never a place ("which market" may be one).
FIRM_OR_PERSON = frozenset({Kind.ORG, Kind.AGENT, Kind.PERSON})
# Kinds whose answer is a person, who may be titled with an office.
_PEOPLE = frozenset({Kind.PERSON, Kind.AGENT})
# Nouns asking a ratio: one number of units for each of another, in no currency.
RATIO_NOUNS = frozenset({"ratio"})
# Verbs whose object is who is told ("told Reuters", "informed the exchange").
TELLING_VERBS = frozenset({"tell", "inform", "brief", "notify"})


def rejected(span: Span, part: Part, names: list[str], anchors: list[tuple[Token, float]]) -> bool:
    """The entity is of the asked kind but answers something else. `names`: the asked
    names that can own an amount."""
    # a region's noun need not stand beside its name ("in which province": "in Leyte")
    region = part.focus in GEOPOLITICAL or names_a_district((part.focus or "").lower())
    itself = part.kind is Kind.PLACE and region
    near = part.kind in NEAR_FOCUS_KINDS and not itself
    if near and part.focus and not near_focus(span, anchors, part):
        return True  # "how many employees": a number of something else is no answer
    if _names_else(span, part) or _measures_else(span, part, anchors) or _other_fact(span, part):
        return True
    # "a venture with Yokohama Rubber" for the venture's name; "AAA long-term deposits of
    # Pittsburgh National Bank" for another bank's rating
    another = part.kind is Kind.RATING and rates_another(span, names)
    # "Renault Samsung has a history of 20 years" for Renault Group's: another firm's
    if a_party_for_its_name(span, part, anchors) or another or of_another_firm(span, names):
        return True
    if span.label_ == "MONEY" and not any(_a_number(t) for t in span):
        return True  # "lose millions of dollars": a sum with no number states no figure
    # "how will ownership be split" asks every holder's share, not the asked one's; nor
    # can a part about a party another part asks for be checked against the names
    if not asks_whose(part) or not names or part.several or part.of_an_answer:
        return False
    return stated_of_another(span, names)  # "Brierley launched a bid at 4.20 dlrs"


def _other_fact(span: Span, part: Part) -> bool:
    """An amount of the asked kind stating another fact: what was paid to the asked payer
    ("repurchased 9.1 pct from Nortek for 42 dlrs"), what a firm is worth for what was
    paid, how soon rather than how long ("within a week"), a sum or a share for a ratio of
    shares (a bare number), the level of another result than the asked one."""
    if part.kind in MEASURE_KINDS and paid_to_the_payer(span, part):
        return True
    if part.kind is Kind.MONEY and paid_by_another_asked(span, part):
        return True  # "USAir offered 71 dlrs" for "what did Norfolk Southern offer"
    if part.kind in (*MEASURE_KINDS, Kind.AMOUNT) and another_result(span, part):
        return True  # "net revenue rose to $935.8m" for "how much net profit"
    if part.kind in AMOUNT_ANSWERS and not_per_period(span, part):
        return True  # "a one billion dlr contract" for "what is it paying a month"
    return _other_sum(span, part)


# Kinds a market price or move may be mistaken for: a sum; an amount, when a stock's.
_SUMS = frozenset({Kind.MONEY, Kind.AMOUNT})


def _other_sum(span: Span, part: Part) -> bool:
    """What a firm is worth, a payout, a deadline, a market price or a price's move, a
    ratio's sum."""
    if part.kind is Kind.MONEY and asks_a_payment(part) and _no_price(span, part):
        return True
    if part.kind is Kind.MONEY and _invested(span, part):
        return True
    if part.kind is Kind.DURATION and _a_deadline(span, part):
        return True
    moves = asks_the_market([*part.terms, part.predicate or ""])  # "had it fallen"
    level = bool(asked_results(part)) and moved_result(span) is not None  # "profits rose to"
    market = a_market_price(span) and (part.kind is Kind.MONEY or of_a_stock(span))
    if part.kind in _SUMS and market and not moves and not level:
        return True  # "USPCI was trading at only 34 dlrs a share" is no bid
    changes = asks_a_change(verb for verb, _, _ in part.arguments)  # "did it cut the price"
    compares = moves or changes or asks_a_difference(part.text)
    if part.kind is Kind.MONEY and a_difference(span) and not compares:
        return True  # "shares were 2p firmer" is no contract's value
    return _only_a_ratio(part) and (span.label_ in ("MONEY", "PERCENT") or counts_else(span))


def _no_price(span: Span, part: Part) -> bool:
    """Money that is no price paid, unless the question asks for that kind of sum."""
    if worth_of_a_firm(span):
        return True  # "Knorr Foods, capitalised at four billion yen" is paid by nobody
    if a_distribution(span):
        return not _asks_a_distribution(part)  # "declared a dividend of 10 cts" is no price
    if a_repayment(span):
        return not _asks_of(part, DEBT_NOUNS)  # "paying back 1.6 mln dlrs of debt"
    if for_its_own(span):
        return not _asks_of_its_own(part)  # "to cancel its own shares"
    return False


def _invested(span: Span, part: Part) -> bool:
    """ "what licensing fee is it paying", "what price will the car sell for", "the
    contract's value": money a firm invests goes into a venture of its own for a return;
    it is no charge, no price a thing sells for and no worth of a contract -- unless the
    question speaks of investing (its terms hold the concept: "invest", "investor", "stake").
    """
    if (part.focus or "").lower() not in CHARGES | PRICES or not an_investment(span):
        return False
    if INVEST_CONCEPT in part.terms:
        return False
    # what the money goes into costs what is put into it: "400 mln pesos in the new engine
    # plant" is the cost of "the new engine plant", asked in the question's own words
    return not set(terms(invested_in(span))) & set(part.terms)


# Nouns of a charge: money paid for a right, a service or a use, never put into a venture.
CHARGES = frozenset("fee fees royalty royalties rent tax levy toll commission".split())
# Nouns of what a thing sells for or is worth.
PRICES = frozenset("price value worth cost".split())


# "its own", "their own": the adjective after a possessive.
_ITS_OWN = re.compile(r"\b(?:its|their|his|her|our|your|my) own\b")


def _asks_of_its_own(part: Part) -> bool:
    """ "How much will it pay to cancel its own shares": the adjective after a possessive,
    not the verb ("the 60 pct it does not own")."""
    return _ITS_OWN.search(part.text.lower()) is not None


def _a_number(token: Token) -> bool:
    """A number, in words or digits, alone or fused with its unit ("$11bn", "£5.4m")."""
    return token.like_num or any(ch.isdigit() for ch in token.text)


# Prepositions of a time limit: "within a week" is how soon something happens.
DEADLINE_PREPOSITIONS = frozenset({"within"})
# Verbs of a state lasting: "how long does the contract last / run".
LASTING_WORDS = frozenset({"last", "lasts", "run", "runs"})


def _a_deadline(span: Span, part: Part) -> bool:
    """A length of time after "within" is how soon something will happen, not how long
    a thing lasts ("how long does the contract last"); a question of how long something
    takes, or how long one has, is answered by it."""
    if not LASTING_WORDS & part_words(part):
        return False  # "how long will it take", "how many days does it have": a deadline
    before = span.doc[span.start - 1] if span.start > 0 else None  # "within a week to ten days"
    return before is not None and before.lower_ in DEADLINE_PREPOSITIONS


def _asks_a_distribution(part: Part) -> bool:
    """ "what dividend did it pay": a question about the payout itself."""
    return _asks_of(part, DISTRIBUTIONS)


def _asks_of(part: Part, nouns: frozenset[str]) -> bool:
    return any(w.startswith(n) for w in part_words(part) for n in nouns)


def _only_a_ratio(part: Part) -> bool:
    """The part asks a ratio and no sum ("what ratio or price" also asks money; the
    "share" of "share-exchange ratio" is what is counted)."""
    sums = any(focus_kind(term) is Kind.MONEY for term in part.terms)
    return part.focus in RATIO_NOUNS and not sums


def _names_else(span: Span, part: Part) -> bool:
    """A name of the asked kind in another role: who is told ("Bilzerian told Reuters"),
    a place ("Wall Street analysts said"), where a firm is from ("TDK Corp of Tokyo")."""
    if part.kind in NAME_ANSWERS and _addressee(span):
        return True
    if part.kind in FIRM_OR_PERSON and (_a_place(span) or names_no_party(span)):
        return True  # "Wall Street analysts said", "rival medicine Tarceva", "a Vauxhall"
    if part.kind in FIRM_OR_PERSON and reports_others_act(span, part):
        return True  # "Mercer said seven companies are interested in buying Celeron"
    if part.kind in FIRM_OR_PERSON and on_the_other_side(span, part):
        return True  # "which company is buying Celeron": "Goodyear ... sells Celeron"
    if part.kind in FIRM_OR_PERSON and a_public_body(span) and asks_a_business(part):
        return True  # "which investment bank": "the Securities and Exchange Commission"
    # "chief financial officer Brian Dunne" for who took over as chief executive
    office = part.kind in _PEOPLE and titled_to_another_office(span, part.text)
    return office or (part.kind is Kind.PLACE and _home_of_a_name(span))


def _measures_else(span: Span, part: Part, anchors: list[tuple[Token, float]]) -> bool:
    """ "assets of 200 mln dlrs" is not what was paid; "how much did GM hand over", "how
    much of Halden": "two joint ventures" counts things, it measures nothing."""
    payment = asks_a_payment(part)
    if another_sum(span, part) or people_for_a_sum(span, part):
        return True  # "the 75 ct dividend" for a loss; "4,000 people" for a wage increase
    if part.kind in MEASURE_KINDS and measures_another(
        span,
        anchors,
        payment=payment,
        other_sum=asks_a_sum_not_a_result(part),
        focus=part.focus,
    ):
        return True
    if part.kind in MEASURE_KINDS and measures_a_modifier(span, part):
        return True  # "total deposits of 90 mln dlrs" for "what deposit premium"
    if prices_for_a_result(span, part):
        return True  # "acquired Halden for 5.7 mln dlrs" for "what were Halden's revenues"
    if part.kind is Kind.PORTION:
        return counts_other_than_shares(span)
    people = "how much" in part.text.lower() and counts_people(span)
    # "how big is the bank": "28 of its banks" counts banks, it measures none
    counted = part.focus is not None and counts_the_measured(span, part.focus)
    return part.kind is Kind.AMOUNT and (counts_items(span) or people or counted)


def _a_place(span: Span) -> bool:
    """Place words used as a place: qualifying a common noun ("Wall Street analysts") or
    after "on"/"at" ("a term used on Wall Street"). Elsewhere they may be a firm's name
    ("Texas Eastern agreed to buy ...", "a stake in Southern Pacific")."""
    words = [t.text for t in span if not t.is_punct]
    if len(words) < 2 or not place_name(words):
        return False
    root = span.root
    qualifies = root.dep_ == "compound" and root.head.pos_ == "NOUN"
    located = root.dep_ == "pobj" and root.head.lower_ in LOCATING
    return qualifies or located


def _home_of_a_name(span: Span) -> bool:
    """The place qualifies a proper name: "TDK Corp of Tokyo", "Mexico's Sistemas"."""
    root = span.root
    if root.dep_ == "poss":
        return root.head.pos_ == "PROPN"
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "PROPN"


def _addressee(span: Span) -> bool:
    """The name is who a statement is made to: the object of a verb of telling."""
    root = span.root
    return root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in TELLING_VERBS
