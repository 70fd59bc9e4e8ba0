"""The kinds of answer a question part can ask for, and what counts as one in a sentence.

A kind is recognised in text by spaCy's entity labels (plus the newswire unit patterns in
retrieval.nlp.patterns): a "what stake" part wants a PERCENT, "how much did they pay" a
MONEY, "who runs it" a PERSON. Parts that ask for a description (what will X make, how are
they selling, did they accept) have no entity kind: the sentence itself answers.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from retrieval.nlp.noun_classes import (
    names_a_business,
    names_a_district,
    names_a_measure,
    names_a_period,
    names_a_person,
    names_a_sum,
)
from retrieval.reading.role_verbs import LEADING
from retrieval.registry.org_words import FIRM_KIND_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from retrieval.reading.asking import Part


class Kind(StrEnum):
    PERSON = "person"
    ORG = "organisation"
    AGENT = "person or organisation"
    PLACE = "place"
    DATE = "date"
    DURATION = "duration"
    ELAPSED = "time so far"  # "how long have they been ...": a duration or a start date
    MONEY = "amount of money"
    PERCENT = "stake or percentage"
    AMOUNT = "amount"
    PORTION = "part of the whole"  # "how much of Magma": a share or a number of its shares
    COUNT = "number"
    NAME = "name"
    REASON = "reason"
    ENTITY = "named entity"
    RATING = "credit rating"  # "BBB-plus", "A-1", "Baa3": a grade on an agency's scale
    THING = "description"


ENTITY_LABELS: dict[Kind, frozenset[str]] = {
    Kind.PERSON: frozenset({"PERSON"}),
    Kind.ORG: frozenset({"ORG"}),
    Kind.AGENT: frozenset({"PERSON", "ORG"}),
    Kind.PLACE: frozenset({"GPE", "LOC", "FAC"}),
    Kind.DATE: frozenset({"DATE"}),
    Kind.DURATION: frozenset({"DATE", "TIME", "CARDINAL"}),
    Kind.ELAPSED: frozenset({"DATE", "TIME", "CARDINAL"}),
    Kind.MONEY: frozenset({"MONEY"}),
    Kind.PERCENT: frozenset({"PERCENT"}),
    Kind.AMOUNT: frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}),
    Kind.PORTION: frozenset({"PERCENT", "QUANTITY", "CARDINAL"}),
    Kind.COUNT: frozenset({"CARDINAL"}),  # "35-mm" is a measure, not a count
    Kind.NAME: frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW"}),
    Kind.ENTITY: frozenset(
        {"ORG", "PERSON", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "EVENT"}
    ),
    Kind.RATING: frozenset({"RATING"}),
}

# Semantic classes of the nouns questions ask about ("what stake", "which shipyard"): the
# lexical fact that a stake is a share of ownership, a bond's coupon the rate of interest it
# pays, and a price an amount of money.
FOCUS_KINDS: dict[str, Kind] = {
    **dict.fromkeys(
        """stake share shareholding holding percentage percent proportion portion slice piece
        chunk fraction equity ownership rate split interest coupon""".split(),
        Kind.PERCENT,
    ),
    **dict.fromkeys(
        """price cost value worth amount sum fee payment investment capital capitalisation
        capitalization revenue sales profit loss earnings turnover budget consideration
        premium dividend valuation financing funding money cash compensation royalty
        charge bill""".split(),
        Kind.MONEY,
    ),
    **dict.fromkeys("number count total".split(), Kind.COUNT),
    # Limits are amounts of whatever they limit: a price, a stake, a number of shares; a
    # size is the amount of whatever it measures ("stake - size?").
    **dict.fromkeys("ceiling cap limit maximum minimum threshold floor size".split(), Kind.AMOUNT),
    # A ratio is a quantity ("0.82 Medco share for each Porex share"), not a description.
    **dict.fromkeys("ratio".split(), Kind.AMOUNT),
    **dict.fromkeys("year date month day deadline".split(), Kind.DATE),
    **dict.fromkeys("duration period".split(), Kind.DURATION),
    **dict.fromkeys(
        """city country plant site factory place region location town state headquarters
        port facility""".split(),
        Kind.PLACE,
    ),
    # The registry's nouns for organisations, and the roles a question may ask a firm in.
    **dict.fromkeys(
        FIRM_KIND_NOUNS
        | frozenset(
            """partner drugmaker shipyard organisation organization subcontractor contractor
            supplier buyer seller acquirer bidder broker competitor unit subsidiary affiliate parent
            consortium institution agency outfit distributor wholesaler refiner miner
            developer division arm""".split()
        ),
        Kind.ORG,
    ),
    **dict.fromkeys(
        """chairman chairwoman president executive chief ceo cfo cto coo director head
        founder analyst spokesman spokeswoman manager boss official minister person""".split(),
        Kind.PERSON,
    ),
    # Holders are people or firms alike: "which shareholders", "which investors".
    **dict.fromkeys(
        "shareholder stockholder holder investor owner backer stakeholder".split(), Kind.AGENT
    ),
    **dict.fromkeys("name title brand model product system programme program".split(), Kind.NAME),
    **dict.fromkeys("reason cause motive purpose".split(), Kind.REASON),
    # a debt's standing on an agency's scale, written as a grade ("A-1", "BBB-plus"); not
    # "grade", which is as often an ore's
    "rating": Kind.RATING,
}

# Words whose object or complement is an amount of money ("what did they pay", "worth").
MONEY_VERBS = frozenset(
    # "shell out", "fork out", "cough up": idioms for paying
    """pay cost spend invest raise charge fetch price value worth capitalise capitalize
    shell fork cough""".split()
)
# Verbs of a purchase said from the buyer's side: each takes the price with "for" ("pay 10
# mln dlrs for X", "acquire X for 10 mln dlrs"), so each states what the buyer pays.
BUYING_VERBS = frozenset({"pay", "spend", "buy", "acquire", "purchase"})
# ... and from the seller's side: the same price, "sold X to B for 10 mln dlrs", "sold the
# stake at 11 dlrs a share" (the commercial transaction seen from its other end).
SALE_PRICE_VERBS = frozenset({"sell", "fetch", "get", "receive"})
# Either side of a trade, and the prepositions that give its price ("for 10 mln dlrs", "at
# 11 dlrs a share").
TRADING_VERBS = BUYING_VERBS | SALE_PRICE_VERBS
PRICE_MARKS = frozenset({"for", "at"})
# Nouns for alliances themselves: "which ventures", "list the deals" ask for a list of them.
DEAL_NOUNS = frozenset(
    """alliance venture deal partnership agreement tie-up merger acquisition pact accord
    contract takeover""".split()
)
# Verbs whose subject is a person ("who runs the combined company").
# Of role_verbs.LEADING, "direct" is left out: a film or a fund is directed by a firm too.
PERSON_VERBS = (LEADING - {"direct"}) | frozenset({"found", "replace", "succeed"})
# Verbs that name something ("what is it called", "what will it be renamed").
NAMING_VERBS = frozenset("call name rename dub know title".split())


# Verbs whose object is an answer of a kind: what one holds or takes is a stake (or a part of
# a firm), what one pays is money. They anchor an answer as firmly as the asked noun does.
STAKE_VERBS = frozenset("own hold control take buy acquire sell raise cut reduce lift".split())
KIND_VERBS: dict[Kind, frozenset[str]] = {
    Kind.PERCENT: STAKE_VERBS,
    Kind.PORTION: STAKE_VERBS,
    Kind.MONEY: MONEY_VERBS,
    Kind.PERSON: PERSON_VERBS,
}


# Words of a change in a quantity: a percentage they take is a rate of change ("sales were
# up 12 pct", "profit rose 12 pct", "a 12 pct increase"), never a share held.
CHANGE_WORDS = frozenset(
    """up down rise fall increase decrease climb drop gain jump grow growth decline slip
    surge plunge soar slump""".split()
)
# Verbs that change a quantity, with or without an object: their "to" gives its new value
# ("its interest will fall to 40 pct", "raise its holding to 51 pct").
# Nouns for a firm's shares: a possessive on them names their issuer, a number of them is
# a part of the firm, and their new value is a price, not a stake.
SHARE_NOUNS = frozenset({"share", "stock"})
CHANGE_VERBS = CHANGE_WORDS | frozenset("raise lift cut reduce lower boost trim".split())
# Words of seeking to buy: what they are "for" is sought, not held; their new value is a price.
OFFER_WORDS = frozenset("bid offer tender proposal".split())
# Units of time, as lemmas: counting them measures a length of time ("over how many years").
TIME_UNITS = frozenset("year month week day decade hour minute".split())
# Adjectives of frequency: what they qualify is had or done so much each period ("the annual
# target", "a quarterly dividend").
FREQUENCY_ADJECTIVES = frozenset({"annual", "yearly", "monthly", "weekly", "daily", "quarterly"})


# Verbs that make an alliance: "when did they sign", "what did BAIC agree".
DEAL_VERBS = frozenset(
    "sign agree form ally partner team join cooperate collaborate merge announce".split()
)


# Kinds whose answer is a name (a firm, a person, a place, a product), not a number or a
# description.
NAME_ANSWERS = frozenset({Kind.ORG, Kind.AGENT, Kind.PERSON, Kind.ENTITY, Kind.NAME, Kind.PLACE})
# Kinds whose answer is a party to a deal: a firm or a person.
PARTY_ANSWERS = frozenset({Kind.ORG, Kind.AGENT, Kind.PERSON, Kind.ENTITY})
# Kinds whose answer is an amount (which may be asked for each of several parties).
AMOUNT_ANSWERS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.AMOUNT, Kind.PORTION, Kind.COUNT})


# Sums of money that a firm's period yields (its results), as against what is paid, worth or
# raised: a price is no loss, a profit no price, though both are amounts of money.
# "earning" is the lemma of "earnings" ("sale", of "sales", is also a deal: not listed).
RESULT_NOUNS = frozenset("revenue sales profit loss earnings earning turnover income".split())
# A period's two results: what came in (its top line), and what was left (a loss is a
# negative profit); each is named by several nouns ("net income", "net profit", "earnings").
TOP_LINE = frozenset({"revenue", "sales", "turnover"})


def result_lemma(word: str) -> str:
    """ "profits" -> "profit", "losses" -> "loss"; "sales" and "earnings" stay."""
    if word in RESULT_NOUNS:
        return word
    return word.removesuffix("es") if word.endswith("sses") else word.removesuffix("s")


def a_result_noun(noun: Token) -> bool:
    """A noun for a period's result, by its lemma or as written ("sales", whose lemma
    "sale" is also a deal; "profits", whose lemma is "profit")."""
    return bool({noun.lemma_.lower(), noun.lower_} & RESULT_NOUNS)


# Percentages of a whole that is owned or divided (a stake, a share of the costs), as
# against a rate, a ratio to a base or a period: "a 25 pct share of the costs" is no interest
# rate (one class of answers, PERCENT, but a percentage measures one or the other).
PART_NOUNS = frozenset(
    "stake share shareholding holding portion slice piece chunk fraction equity ownership split"
    " interest".split()
)
RATE_NOUNS = frozenset({"rate"})


def of_one_class(focus: str, lemma: str) -> bool:
    """The noun is of the asked noun's class ("holding" for "stake", "cost" for "price"),
    results and other sums being classes apart."""
    kind = focus_kind(focus)
    if kind is None or focus_kind(lemma) is not kind:
        return False
    return (focus.lower() in RESULT_NOUNS) == (lemma.lower() in RESULT_NOUNS)


# Part nouns that also name a charge or a price ("a rate of interest of 19 pct", "the share
# price"): parts only beside the whole they are of ("a 75 pct interest in the properties"),
# which an asked noun ("what interest will the notes carry") does not show.
ALSO_CHARGES = frozenset({"interest", "share"})


def part_and_rate(focus: str | None, lemma: str) -> bool:
    """One noun names a part of a whole, the other a rate: "a 25 pct share of the costs"
    or "a 75 pct interest in the properties" gives no interest rate, nor a rate a stake."""
    asked = (focus or "").lower()
    nouns = {lemma.lower()} | ({asked} - ALSO_CHARGES)
    return bool(nouns & PART_NOUNS) and bool(nouns & RATE_NOUNS)


def focus_kind(lemma: str) -> Kind | None:
    """The kind a focus noun asks for; agent nouns ("-maker", "-er") ask for an agent."""
    lemma = lemma.lower()
    if lemma in FOCUS_KINDS:
        return FOCUS_KINDS[lemma]
    if lemma.endswith(("maker", "builder", "producer")):
        return Kind.ORG
    return None


def asked_noun_kind(lemma: str, *, acting: bool = False, people: bool = True) -> Kind | None:
    """The kind an asked noun asks for: its class's, or, for a noun for a kind of person no
    class lists ("dealer", "underwriter"), whoever acts so, a person or a firm alike; for
    one whose main sense is a sum of money ("salary", "loan", "levy"), an amount of money,
    unless it acts ("which fund bought": a sum does nothing); for a district ("province"),
    a place. (Only the asked noun: a
    sentence's nouns keep no class of their own.) `people`: False for a plural read by its
    form, whose main sense may be a person's name ("fields")."""
    kind = focus_kind(lemma)
    if kind is None and people and names_a_person(lemma.lower()):
        return Kind.AGENT
    if kind is None and not acting and names_a_sum(lemma.lower()):
        return Kind.MONEY
    if kind is None and names_a_district(lemma.lower()):
        return Kind.PLACE  # "in which province": a district is a place
    if kind is None and names_a_business(lemma.lower()):
        return Kind.ORG  # "which two brokerages": a business is a firm
    return kind


def measured_kind(lemma: str) -> Kind | None:
    """The kind a noun for a measured quantity asks for: a length of time ("what is its
    maturity") or an amount ("what is the fare range"); None for any other noun."""
    if names_a_period(lemma.lower()):
        return Kind.DURATION
    return Kind.AMOUNT if names_a_measure(lemma.lower()) else None


def asks_a_sum_not_a_result(part: Part) -> bool:
    """The asked noun is a sum of money that is no firm's result ("the penalty tax", "the
    licensing fee"): a profit or sales figure is no answer to it."""
    focus = part.focus
    return (
        part.kind is Kind.MONEY
        and focus is not None
        and focus.lower() not in RESULT_NOUNS
        and asked_noun_kind(focus) is Kind.MONEY
    )
