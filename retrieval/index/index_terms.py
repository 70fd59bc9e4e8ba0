"""What BM25 indexes beyond `retrieval.text.terms`: forms that news writing and questions
spell differently for the same thing.

- Newswire abbreviations of words: a Reuters earnings table writes "4TH QTR OPER LOSS",
  "Shr 1.07 dlrs", "Revs 240.5 mln" where a question says "fourth-quarter operating loss",
  "share", "revenues". Each abbreviated word (and each ordinal written in digits) also yields
  its written-out word's stem, on both sides.
- Decimal numbers: the words split "1.07" into "1" and "07", which nearly every table holds;
  the number whole is a term of its own, and a figure a question quotes is a sharp clue.
- Initialisms of names (documents only): see `initialisms.py`.

These terms are for the search only: the reader matches words with `terms` alone. They do
not lengthen a document for BM25's length normalisation: it is as long as its words.
"""

from __future__ import annotations

import hashlib
import re

from retrieval.index.initialisms import INITIALISM_RULES
from retrieval.text import stem

# Abbreviated words of newswire (earnings tables, dividend notices) and their written-out
# forms. Word abbreviations, not names: each stands for one English word.
WRITTEN_OUT = {
    "shr": "share",
    "shrs": "shares",
    "shs": "shares",
    "qtr": "quarter",
    "qtrs": "quarters",
    "qtly": "quarterly",
    "qtrly": "quarterly",
    "rev": "revenue",
    "revs": "revenues",
    "oper": "operating",
    "avg": "average",
    "dlr": "dollar",
    "dlrs": "dollars",
    "ct": "cent",
    "cts": "cents",
    "mln": "million",
    "bln": "billion",
    "pct": "percent",
    "mth": "month",
    "mths": "months",
    "mos": "months",
    "yr": "year",
    "yrs": "years",
    "div": "dividend",
    "pfd": "preferred",
    "discont": "discontinued",
    "extraord": "extraordinary",
    "1st": "first",
    "2nd": "second",
    "3rd": "third",
    "4th": "fourth",
}

_WORD = re.compile(r"[A-Za-z0-9]+")
_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.]*\d)")


def extra_terms(text: str) -> list[str]:
    """The terms BM25 adds to `terms(text)`: the written-out words and decimal numbers."""
    found: list[str] = []
    for word in _WORD.findall(text):
        written = WRITTEN_OUT.get(word.lower())
        if written is not None and stem(written) != stem(word.lower()):
            found.append(stem(written))
    found.extend(_DECIMAL.findall(text))
    return found


def expansion_fingerprint() -> str:
    """Changes whenever these rules change, so cached indexes built the old way are
    dropped."""
    spec = repr((sorted(WRITTEN_OUT.items()), _DECIMAL.pattern, INITIALISM_RULES))
    return hashlib.sha1(spec.encode(), usedforsecurity=False).hexdigest()[:12]
