"""What a question asks of amounts per unit: a rate ("how much a share", "the price per
share"), a total ("in total"), or both ("both in total and per share"). The evidence side,
which amounts are rates, is `rates.is_rate`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from retrieval.nlp.patterns import CURRENCIES, PERCENT_UNITS, SCALES, SYMBOLS
from retrieval.reading.kinds import Kind
from retrieval.reading.rates import UNITS
from retrieval.text import terms

if TYPE_CHECKING:
    from retrieval.reading.asking import Part

# Units a thing is priced "at" so much each ("unit" is also a firm's business unit).
_UNIT_STEMS = frozenset(stem for unit in UNITS - {"unit", "units"} for stem in terms(unit))
# Lower-case "total" only: "Total" is also a company; "in all" only ending the clause.
_TOTAL_ASKED = re.compile(
    r"\btotal\b|\b(?:[Oo]verall|[Aa]ltogether)\b|\bin all\b(?=\s*[?,.;]|\s*$)"
)
# "per share", "a barrel", "each unit": a unit an amount is given for.
_PER_UNIT = re.compile(rf"\b(?:per|a|an|each)\s+(?:{'|'.join(sorted(UNITS))})\b", re.IGNORECASE)

# "each"/"every" and a unit with the issuer's name or the class of share between ("for each
# Standard Oil share", "every Hillards ordinary share"): case matters, names are capitalised.
_EACH_NAMED_UNIT = re.compile(
    rf"\b(?:[Ee]ach|[Ee]very)\s+(?:(?:[A-Z][\w&.'-]*|ordinary|common|preferred)\s+){{1,4}}"
    rf"(?:{'|'.join(sorted(UNITS))})\b"
)

# "for each/every" and the thing paid for: a distributive quantifier on what a sum is given
# for makes the sum a rate whatever the thing is ("for each hip operation", "for every
# dollar of debt"), as "per" does; a whole contract's worth answers none of it.
_FOR_EACH_THING = re.compile(r"\b(?:for|per)\s+(?:each|every)\s+[\w'.-]", re.IGNORECASE)


def asks_total(question: str) -> bool:
    """The question asks for a whole amount too ("both in total and per share")."""
    return bool(_TOTAL_ASKED.search(question))


# The two asks joined by "and", in either order: "(both) in total and per share", "a share
# and in total".
_TOTAL_PHRASE = r"(?:both\s+)?(?:in\s+)?(?:total|all|overall|altogether)"
_RATE_PHRASE = rf"(?:per\s+\w+|(?:a|an|each)\s+(?:{'|'.join(sorted(UNITS))}))"
_TOTAL_THEN_RATE = re.compile(rf"\b({_TOTAL_PHRASE})(\s+and\s+)({_RATE_PHRASE})\b", re.I)
_RATE_THEN_TOTAL = re.compile(rf"\b({_RATE_PHRASE})(\s+and\s+)({_TOTAL_PHRASE})\b", re.I)


def total_and_rate(question: str) -> tuple[str, str] | None:
    """A question asking a whole amount and a rate joined by "and" ("both in total and per
    share") as two questions: the one asking the whole, then the one asking the rate. "What
    is the total price per share?" asks one thing."""
    for pattern, total_first in ((_TOTAL_THEN_RATE, True), (_RATE_THEN_TOTAL, False)):
        match = pattern.search(question)
        if match is None:
            continue
        total, rate = (match.group(1), match.group(3))[:: 1 if total_first else -1]
        before, after = question[: match.start()], question[match.end() :]
        whole = re.sub(r"^both\s+", "", total, flags=re.I)
        return f"{before}{whole}{after}", f"{before}{rate}{after}"
    return None


def names_a_rate(question: str) -> bool:
    """The question says "per" or names a unit ("price per share", "how much a share",
    "for each Standard Oil share"): enough to make a "what" of no known kind an amount.
    A rate the question states with its figure ("the studio that posted a 1.07 dlr a
    share loss", "its 10 per cent stake") describes what is known, and asks none."""
    asked = without_stated_rates(question)
    return bool(re.search(r"\bper\b", asked, re.IGNORECASE)) or _names_unit(asked)


# A figure and the unit it is given for: an amount -- a currency symbol and digits, or
# digits, a scale, a currency's qualifier and a currency or a percent unit ("1.07 dlr",
# "2.5 mln U.S. dlrs", "$4") -- then "per"/"a"/"an"/"each" and a unit; or "N per cent".
# A bare number is no amount: "the 1987 dividend per share" asks a rate.
_MONEY_UNITS = "|".join(
    re.escape(w) for w in sorted({*CURRENCIES, *PERCENT_UNITS}, key=len, reverse=True)
)
_SCALE = "|".join(sorted(SCALES, key=len, reverse=True))
_SYMBOL = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
_NUMBER = r"\d[\d,.]*"
_AMOUNT = (
    rf"(?:(?:{_SYMBOL}){_NUMBER}(?:[\s-]*(?:{_SCALE}))?"
    rf"|{_NUMBER}(?:[\s-]*(?:{_SCALE}))?[\s-]+(?:(?-i:[A-Z][\w.]*)\s+)?(?:{_MONEY_UNITS}))"
)
_STATED_RATE = re.compile(
    rf"(?<![\w$£€¥]){_AMOUNT}[\s-]+(?:per|a|an|each)[\s-]+(?:{'|'.join(sorted(UNITS))})\b"
    rf"|\b{_NUMBER}\s+per\s+cent\b",
    re.IGNORECASE,
)


def without_stated_rates(question: str) -> str:
    """The question without the rates it states by their figures: a unit after a number
    is what the number is given for, not a rate the question asks."""
    return _STATED_RATE.sub(" ", question)


def asks_rate(question: str) -> bool:
    """The question asks for an amount per unit: it names one, or a sum is asked "for each"
    thing ("how much for each hip operation"). The thing alone is no unit of money: "what
    did they build for each customer" asks no amount, so only a part already asking a sum
    is read as asking a rate by it (asking.py converts kinds by `names_a_rate`)."""
    return names_a_rate(question) or bool(_FOR_EACH_THING.search(question))


def asks_per_unit(question: str) -> bool:
    """The question names a unit an amount is given for ("per share", "a barrel"), not
    only "per" ("per the filing")."""
    return _names_unit(without_stated_rates(question))


def _names_unit(asked: str) -> bool:
    """The unit named, in a question already stripped of the rates it states."""
    return bool(_PER_UNIT.search(asked) or _EACH_NAMED_UNIT.search(asked))


def asks_unit_price(part: Part) -> bool:
    """The part asks for an amount per unit: in so many words, or as the price "at" which
    units it speaks of change hands ("how many shares are on offer, and at what price?":
    shares are offered at so much a share, as a firm is bought "for" a sum) -- unless a
    total is asked ("at what total price")."""
    if asks_rate(part.text):
        return True
    priced = part.focus == "price" and part.preposition == "at" and not asks_total(part.text)
    return priced and bool(set(part.terms) & _UNIT_STEMS)


def split_total_and_rate(parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """ "What is X paying, both in total and per share?": two amounts, often stated in two
    sentences, so two parts (each may be answered from its own sentence)."""
    split: list[Part] = []
    for part in parts:
        texts = total_and_rate(part.text) if part.kind is Kind.MONEY else None
        split.extend([replace(part, text=t) for t in texts] if texts else [part])
    return tuple(split)
