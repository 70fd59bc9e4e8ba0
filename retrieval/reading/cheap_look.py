"""A cheap look for an answer of the asked kind: tokens only, no parse.

Parsing is the slow step of reading, so a sentence is parsed for a part only when its
tokens could hold an answer of the part's kind (a money or percentage pattern, a number, a
capitalised word).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from retrieval.nlp.patterns import MONTH_NAMES, PATTERNS, SYMBOLS
from retrieval.nlp.pipeline import shared_tokenizer
from retrieval.reading.consideration import SECURITIES
from retrieval.reading.durations import one_unit
from retrieval.reading.kinds import Kind
from retrieval.registry.relative_dates import WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Dates need no number: "later in January", "on Friday", "yesterday". Month and day names
# are written capitalised (the modal "may" is no month).
DATE_NAMES = frozenset(name.capitalize() for name in (*MONTH_NAMES, *WEEKDAYS))
DEICTIC_DAYS = frozenset({"today", "yesterday", "tomorrow"})
# Seasons date a plan without a number ("begin operations by the summer"); "fall" is left
# out, being far more often the verb.
SEASONS = frozenset({"spring", "summer", "autumn", "winter"})
NUMERIC_KINDS = frozenset(
    {Kind.DATE, Kind.DURATION, Kind.ELAPSED, Kind.COUNT, Kind.AMOUNT, Kind.PORTION}
)


def may_hold(kind: Kind, text: str, *, paid: bool = False, focus: str | None = None) -> bool:
    """A cheap look (tokens only, no parse) for something that could answer `kind`: a
    money or percentage pattern, a number, a month, a day or a season, a capitalised word
    after the first, or a description in apposition; for a price `paid`, a number of securities
    given for something; for an asked `focus` noun, a number given as its value ("a rate of
    6,800 barrels")."""
    if kind in (Kind.THING, Kind.REASON):
        return True
    doc = shared_tokenizer().tokens(text)
    if kind in (Kind.MONEY, Kind.PERCENT):
        labels = {doc.vocab.strings[match_id] for match_id, _, _ in _unit_matcher()(doc)}
        # "$180bn", "£4.50", "18.8%": a currency or percent sign on a number
        marks = tuple(SYMBOLS) if kind is Kind.MONEY else ("%",)
        signed = any(token.lower_.startswith(marks) or token.text.endswith(marks) for token in doc)
        valued = focus is not None and _valued(doc, focus)
        return kind.name in labels or signed or (paid and _securities_for(doc)) or valued
    if kind is Kind.DATE and any(
        t.text in DATE_NAMES or t.lower_ in DEICTIC_DAYS or t.lower_ in SEASONS for t in doc
    ):
        return True
    if kind is Kind.DURATION and any(one_unit(doc, token.i) for token in doc):
        return True  # "complete the process in a year"
    if kind in NUMERIC_KINDS:
        # "1.55bn", "550m", "2-for-1": a number written with its unit or in a compound is
        # one token the tokenizer does not call a number.
        return any(token.like_num or any(c.isdigit() for c in token.text) for token in doc)
    # "chlorazepate, an anti-anxiety drug": a term the apposition classifies
    classified = kind is Kind.ENTITY and any(
        token.text == "," and doc[token.i + 1].lower_ in ("a", "an") for token in doc[:-1]
    )
    return classified or any(token.text[:1].isupper() for token in doc[1:])


# How far after "for" a number, and after the number its securities noun, may come.
_REACH = 4


def _securities_for(doc: Any) -> bool:
    """A number of securities after "for" ("for 1.1 mln shares of Royal Gold"): a price
    may be paid in them (retrieval.reading.consideration)."""
    for token in doc:
        if token.lower_ != "for":
            continue
        after = doc[token.i + 1 : token.i + 1 + _REACH]
        number = next((t for t in after if t.like_num), None)
        if number is not None:
            following = doc[number.i + 1 : number.i + 1 + _REACH]
            if any(t.lower_.rstrip("s") in SECURITIES for t in following):
                return True
    return False


@cache
def _unit_matcher() -> Any:
    from spacy.matcher import Matcher  # noqa: PLC0415

    matcher = Matcher(shared_tokenizer().tokens("").vocab)
    for pattern in PATTERNS:
        matcher.add(pattern["label"], [pattern["pattern"]])
    return matcher


def _valued(doc: Doc, noun: str) -> bool:
    """A number right after "<noun> of" ("rate of 6,800", "rate of about 25 pct") or after
    the copula the noun is the subject of ("the conversion premium will be 22.86 pct"), the
    noun written in the singular or plural (a tokenizer gives no lemmas)."""
    for token in doc[:-2]:
        if token.lower_ not in (noun, noun + "s"):
            continue
        if token.nbor(1).lower_ == "of" and _number_in(doc[token.i + 2 : token.i + 4]):
            return True
        copula = next((t for t in doc[token.i + 1 : token.i + 4] if t.lower_ in _BE), None)
        if copula is not None and _number_in(doc[copula.i + 1 : copula.i + 4]):
            return True
    return False


# The forms of "be" that state a value ("is 22.86 pct", "will be", "has been").
_BE = frozenset({"is", "was", "are", "were", "be", "been"})


def _number_in(tokens: Span) -> bool:
    """A number among the tokens, as a word or with its unit in one token ("1.55bn")."""
    return any(t.like_num or any(c.isdigit() for c in t.text) for t in tokens)
