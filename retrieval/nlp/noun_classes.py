"""Nouns by what WordNet says their most frequent sense denotes: a person, a group (of
people), a doing, a business, a sum of money, a length of time, a measured quantity, a
district, a thing owned. The reader asks them of a question's nouns ("which brokerage": a
firm; "what is its maturity": a duration), the registry of the nouns around a name.
"""

from __future__ import annotations

from functools import cache

# WordNet's own readers: this module is a view of the same files.
from retrieval.nlp import wordnet_files as db
from retrieval.nlp.wordnet import NOUN_GROUP, kinds_above, kinds_above_any

# WordNet's lexicographer files of nouns denoting places, people ("dealer", "investor",
# "banker"), and acts, plans and communications ("attempt", "plan", "talks").
_NOUN_LOCATION = 15
NOUN_PERSON = 18
_NOUN_DOINGS = frozenset({4, 9, 10})
# noun.possession, and the files of measures it is told apart from (noun.quantity,
# noun.relation: "percentage", "proportion")
_NOUN_POSSESSION = 21
_NOUN_MEASURES = frozenset({23, 24})


@cache
def names_a_person(noun: str) -> bool:
    """Does the noun's most frequent sense denote a person ("dealer", "underwriter")? Its
    rarer senses do not count: a "tanker" is a ship before it is a tank driver."""
    senses = db.senses(noun, "n")
    return bool(senses) and db.lexicographer_file(senses[0]) == NOUN_PERSON


@cache
def names_a_possession(noun: str) -> bool:
    """Is the noun, before it is a measure, a thing owned ("stake", "holding"; not
    "percentage", a relation)? Its first sense among possessions and measures decides."""
    files = [db.lexicographer_file(offset) for offset in db.senses(noun, "n")]
    decided = [f for f in files if f == _NOUN_POSSESSION or f in _NOUN_MEASURES]
    return bool(decided) and decided[0] == _NOUN_POSSESSION


@cache
def names_a_group(noun: str) -> bool:
    """Does the noun's most frequent sense denote a group ("people", "staff")?"""
    senses = db.senses(noun, "n")
    return bool(senses) and db.lexicographer_file(senses[0]) == NOUN_GROUP


@cache
def may_name_a_party(noun: str) -> bool:
    """Can the noun, in any of its senses, denote a person or a group ("chairman",
    "unit", "arm", "fund")? A "drug", a "database", a "brand" cannot; a noun WordNet does
    not know is given the benefit of the doubt."""
    lemma = noun.lower().replace(" ", "_")
    senses = db.index("n").get(lemma, [])
    party = (NOUN_PERSON, NOUN_GROUP)
    if not senses or any(db.lexicographer_file(offset) in party for offset in senses):
        return True
    # a noun more general than both ("group", "entity") may name either
    return lemma in kinds_above("organization") or lemma in kinds_above("person")


@cache
def names_a_doing(noun: str) -> bool:
    """Does the noun's most frequent sense denote an act, a plan or a communication
    ("attempt", "strategy", "negotiations", "bid"): something its holders do or say, as a
    person, a sum or a trait ("specialist", "costs", "commitment") is not?"""
    senses = db.senses(noun, "n")
    return bool(senses) and db.lexicographer_file(senses[0]) in _NOUN_DOINGS


@cache
def names_a_business(noun: str) -> bool:
    """Is some sense of the noun a kind of business ("brokerage", "magazine": a firm)?"""
    return bool(kinds_above_any(noun) & {"business", "enterprise"})


# What a sum of money is a kind of, in WordNet's hypernyms (synsets by their first word):
# an amount gained ("income", "profit"), owed ("loan", "tax"), paid out ("salary", "fine")
# or held as money ("fund").
_SUMS = frozenset({"sum", "financial_gain", "liabilities", "outgo", "money"})


@cache
def names_a_sum(noun: str) -> bool:
    """Does the noun's most frequent sense denote a sum of money ("salary", "loan",
    "levy")? Its rarer senses do not count: a "store" is a shop before it is a reserve
    of money."""
    return bool(_SUMS.intersection(kinds_above(noun)))


# What a length of time is a kind of ("maturity", "tenure", "lifetime"), and what any other
# measured quantity is ("range", "scope", "volume", "length"), in WordNet's hypernyms.
_PERIODS = frozenset({"time_period"})
_MEASURES = frozenset({"magnitude", "measure"})
# ...but not a number as such ("quarter": a fourth), a count or a fraction, nor a standard
# one is measured by ("criterion", money itself).
_NOT_MEASURES = frozenset({"number", "system_of_measurement"})


@cache
def names_a_period(noun: str) -> bool:
    """Does the noun's most frequent sense denote a length of time ("maturity",
    "tenure")? Its value is a duration, whatever the noun's name."""
    return bool(_PERIODS.intersection(kinds_above(noun)))


@cache
def names_a_measure(noun: str) -> bool:
    """Does the noun's most frequent sense denote a measured quantity ("range", "scope",
    "volume")? Its value is an amount, not a name."""
    above = kinds_above(noun)
    return bool(_MEASURES.intersection(above)) and not _NOT_MEASURES.intersection(above)


@cache
def names_people(noun: str) -> bool:
    """Does the noun's most frequent sense denote a group of people ("staff", "crew",
    "personnel"), counted by its members?"""
    return names_a_group(noun) and "social_group" in kinds_above(noun)


@cache
def names_a_district(noun: str) -> bool:
    """Does the noun's most frequent sense denote a district, a region marked off for
    administration or living in ("province", "prefecture", "borough", "suburb")? Not a
    region as such: an "area" or a "field" is as often a line of business; nor a noun
    whose senses are mostly not places ("reservations" are doubts before districts)."""
    senses = db.senses(noun, "n")
    places = sum(db.lexicographer_file(sense) == _NOUN_LOCATION for sense in senses)
    district = noun == "district" or "district" in kinds_above(noun)
    return district and 2 * places >= len(senses)
