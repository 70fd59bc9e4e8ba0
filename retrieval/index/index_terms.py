"""What BM25 indexes beyond `retrieval.text.terms`: forms that news writing and questions
spell differently for the same thing.

- Newswire abbreviations of words: a Reuters earnings table writes "4TH QTR OPER LOSS",
  "Shr 1.07 dlrs", "Revs 240.5 mln" where a question says "fourth-quarter operating loss",
  "share", "revenues". Each abbreviated word (and the ordinals 1st-4th) also yields its
  written-out word's stem, on both sides. The table is read on stems (the words `terms`
  already made), so an abbreviation whose stem is also another word's is left out: "Rev."
  (Reverend, "revs up"), "Div" (division), "CT" (Connecticut).
- Decimal numbers: the words split "1.07" into "1" and "07", which nearly every table holds;
  the number whole is a term of its own, and a figure a question quotes is a sharp clue.
- Initialisms of names (documents only): see `initialisms.py`.

These terms are for the search only: the reader matches words with `terms` alone. They do
not lengthen a document for BM25's length normalisation: it is as long as its words.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

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
    "oper": "operating",
    "avg": "average",
    "dlr": "dollar",
    "dlrs": "dollars",
    "cts": "cents",
    "mln": "million",
    "bln": "billion",
    "pct": "percent",
    "mth": "month",
    "mths": "months",
    "mos": "months",
    "yr": "year",
    "yrs": "years",
    "pfd": "preferred",
    "discont": "discontinued",
    "extraord": "extraordinary",
    "1st": "first",
    "2nd": "second",
    "3rd": "third",
    "4th": "fourth",
}

# The table on stems, as `terms` yields them; an abbreviation that is its own word's stem
# ("oper" for "operating") adds nothing.
_WRITTEN_STEM = {
    stem(short): stem(word) for short, word in WRITTEN_OUT.items() if stem(short) != stem(word)
}
_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.]*\d)")
# The modules whose source is the rules: editing any rebuilds cached indexes.
RULE_SOURCES = tuple(
    Path(__file__).with_name(name)
    for name in ("index_terms.py", "initialisms.py", "short_names.py")
)


def extra_terms(text: str, words: Iterable[str]) -> list[str]:
    """The terms BM25 adds to `words` (= `terms(text)`, not tokenised again): the
    written-out words and the decimal numbers."""
    found = [_WRITTEN_STEM[word] for word in words if word in _WRITTEN_STEM]
    found.extend(_DECIMAL.findall(text))
    return found


def expansion_fingerprint(sources: Iterable[Path] = RULE_SOURCES) -> str:
    """A digest of the rule modules' source: any edit to a rule (code or table) drops
    cached indexes built the old way, as the registry's extractor version does."""
    digest = hashlib.sha1(usedforsecurity=False)
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]
