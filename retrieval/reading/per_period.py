"""Amounts per stretch of time: "paying 5,000 dlrs a month", "12 mln dlrs a year".

An amount asked per period ("how much a month", "how many tonnes a year", "each year") is a
flow: so much for every month or year. A sum with no period (a contract's whole value, a
cut of 50 pct, a one-off fee) measures a stock, not the flow, however near the asked words
it stands; it answers only when its sentence states the amount for a period too ("a year",
"per day", "annually", "monthly", "bpd").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from retrieval.reading.kinds import FREQUENCY_ADJECTIVES

if TYPE_CHECKING:
    from spacy.tokens import Span

    from retrieval.reading.asking import Part

# Nouns of a stretch of time an amount may be stated per.
PERIODS = ("year", "month", "week", "day", "quarter", "annum")
# Words after "a year" that make it a point in time or a length, not a rate: "a year ago",
# "a year earlier", "a month ahead of schedule", "a quarter of Sun", "a year of treatment".
_NOT_A_RATE = ("ago", "earlier", "later", "before", "after", "ahead", "from", "of", "or")
# The question's adverbial of rate: a period noun after "a/an/per/each/every", or an
# adverb of frequency. Adjectives ("monthly load factors") name a kind of figure, not a
# flow asked, and are left out.
_ASKED = re.compile(
    rf"\b(?:a|an|per|each|every)\s+(?:{'|'.join(PERIODS)})\b(?!'s)"
    rf"(?!\s+(?:{'|'.join(_NOT_A_RATE)})\b)"
    r"|\b(?:annually|yearly|weekly|daily)\b(?!\s+\w+ing\b)",
    re.IGNORECASE,
)
# Any statement of an amount for a period, loose on purpose: an answerable question's
# sentence may say it in many ways ("a year", "-a-year", "per annum", "annual sales",
# "monthly price tag", "bpd", "a year's treatment").
_STATED = re.compile(
    rf"\b(?:a|an|per|each|every)[\s-]+(?:{'|'.join(PERIODS)})s?\b"
    rf"|\b(?:{'|'.join(sorted(FREQUENCY_ADJECTIVES))}|annually|per\s+annum|p\.a)\b"
    r"|\b(?:bpd|b/d|tpd|mtpa|pa)\b|/(?:yr|year|month|day)\b",
    re.IGNORECASE,
)


def asks_per_period(part: Part) -> bool:
    """The part asks an amount for each stretch of time ("how much a month")."""
    return _ASKED.search(part.text) is not None


def not_per_period(span: Span, part: Part) -> bool:
    """The part asks an amount per period and the candidate's sentence states none."""
    return asks_per_period(part) and _STATED.search(span.sent.text) is None
