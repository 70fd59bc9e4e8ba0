"""Amounts per unit: "4.17 dlrs per share", "A$4.17-a-share", "20 dlrs a barrel"; and
amounts per party: "how much does each hold", "how will ownership be split".

A price per share is a rate, not what a whole stake or company cost: it answers "how much
did X pay for its stake" only when nothing better tied is found, and answers "what price
per share" or "how much a share" fully.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Units a newswire price is given per. "a year" is left out: "120 mln dlrs a year ago".
UNITS = frozenset(
    "share shares shr shrs unit units ton tons tonne tonnes barrel barrels ounce".split()
)
ARTICLES = frozenset({"a", "an", "each"})
# Words after an amount within which "each" makes it a price per item.
EACH_WINDOW = 4
_TOTAL_ASKED = re.compile(r"\b(?:total|overall|in all|altogether)\b", re.IGNORECASE)
RATE_PENALTY = 0.5
# Words that deal a whole out among several ("how will ownership be split") and
# distributive quantifiers ("what stake do they each hold").
DIVIDING = frozenset({"split", "divide", "apportion", "allocate", "breakdown"})
DISTRIBUTIVE = frozenset({"each", "respectively", "apiece"})
HYPHENED_WINDOW = 12
MAX_BRACKETED = 8
_HYPHENED_RATE = re.compile(rf"^-(?:a|an|per)-(?:{'|'.join(sorted(UNITS))})\b", re.IGNORECASE)
_RATE_ASKED = re.compile(
    rf"\bper\b|\b(?:a|an|each)\s+(?:{'|'.join(sorted(UNITS))})\b", re.IGNORECASE
)


def is_rate(span: Span) -> bool:
    """An amount per unit: "per" anything after it, or "a"/"an"/"each" and a unit."""
    doc = span.doc
    inside = [t.lower_ for t in span]
    end = _past_brackets(span)
    after = [t.lower_ for t in doc[end : end + 2]]
    if _each_after(span):
        return True  # "for 18 Canadian dlrs each", "20.10 dlrs cash for each of its shares"
    for words in (after, inside[-2:]):
        if len(words) == 2 and (words[0] == "per" or (words[0] in ARTICLES and words[1] in UNITS)):
            return True
    # hyphenated, whether the tokenizer split it or not: "530 pence-a-share offer"
    following = doc.text[span.end_char : span.end_char + HYPHENED_WINDOW]
    return bool(_HYPHENED_RATE.match(following)) or any(
        "-a-share" in t or t.startswith("per-") for t in inside
    )


def _past_brackets(span: Span) -> int:
    """Where the words after an amount resume past a conversion in brackets, from either
    side of it: "$17.6m (£9.49m) per plane"."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == ")" and span.start > 0:
        return span.end + 1  # the conversion itself: "(£9.49m) per plane"
    if span.end >= len(doc) or doc[span.end].text != "(":
        return span.end
    close = next((t.i for t in doc[span.end : span.end + MAX_BRACKETED] if t.text == ")"), None)
    return span.end if close is None else close + 1


def _each_after(span: Span) -> bool:
    """ "each" or "apiece" among the next few words of the amount's clause."""
    for token in span.doc[span.end : span.end + EACH_WINDOW]:
        if token.is_punct:
            return False
        if token.lower_ in ("each", "apiece"):
            return True
    return False


def asks_total(question: str) -> bool:
    """The question asks for a whole amount too ("both in total and per share")."""
    return bool(_TOTAL_ASKED.search(question))


def asks_rate(question: str) -> bool:
    """The question asks for an amount per unit ("price per share", "how much a share")."""
    return bool(_RATE_ASKED.search(question))


def asks_each(span: Span) -> bool:
    """The part asks for an amount per party, several at once: "how will ownership be
    split", "how much did each pledge" -- but "for each share" is a rate."""
    for token in span:
        if token.lemma_.lower() in DIVIDING and token.pos_ in ("VERB", "NOUN"):
            return True
        if token.lower_ in DISTRIBUTIVE and not _per_unit(token):
            return True
    return False


def _per_unit(each: Token) -> bool:
    """ "for each share", "per each unit": "each" picks out the unit a rate is per."""
    noun = each.head
    return each.dep_ == "det" and noun.lower_ in UNITS
