"""Initialisms of names, learned from the corpus, as extra BM25 terms of the documents that
write the name in full.

An article writes "the Federal Deposit Insurance Corp" or "New Zealand" and a question
"FDIC", "NZ": the two share no term. Whether a short form stands for a name is a fact of
usage, not of spelling -- "EC" is the European Community, not every name with those
initials -- so the corpus itself says which: a name's initials are its short form when some
article writes both, the name in full and the initials in capitals ("N.Z." or "NZ", or a
ticker in the headline: "<LT>" for Lorimar Telepictures). Every passage naming it in full
then also holds the initials as a term.

A name is a run of capitalised words (small words like "of", "and" may stand inside:
"Securities and Exchange Commission", initialled with or without them); a run may hold
words before or after the name ("The", a title, another name: "the Federal Deposit
Insurance Corp and Bank of Japan"), so each span of two to five capitalised words is a
candidate, and the corpus's usage picks the names among them. Questions get no such terms:
the short form a question types is already its own term.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

# A capitalised word ("Overseas", "McDonald"), not one in capitals throughout (headlines,
# tickers) nor an initial.
_CAPITALISED = r"[A-Z][a-z][A-Za-z]*"
_INSIDE = r"(?:of|and|for|the|&)"
_NAME_RUN = re.compile(rf"{_CAPITALISED}(?:\s+(?:{_INSIDE}\s+)?{_CAPITALISED})+")
# Initials written in capitals, with or without points ("NZ", "N.Z.", "AT&T").
_WRITTEN_INITIALS = re.compile(r"(?<![A-Za-z.])[A-Z](?:\.?[A-Z&])+\.?(?![A-Za-z])")
# A ticker in a headline: "LORIMAR TELEPICTURES <LT> 4TH QTR OPER LOSS".
_TICKER = re.compile(r"<([A-Z]{2,})>")
_LONGEST = 5  # capitalised words in a name
# Bump the tag when the rules change: a cached index built the old way is then dropped.
INITIALISM_RULES = (
    "usage-attested, every span",
    _NAME_RUN.pattern,
    _WRITTEN_INITIALS.pattern,
    _TICKER.pattern,
    _LONGEST,
)


class Initialisms:
    """Name -> the initials some article writes it by, learned by `learn`."""

    def __init__(self, short_forms: dict[str, frozenset[str]]) -> None:
        self._short_forms = short_forms

    @classmethod
    def learn(cls, documents: Iterable[tuple[str, str]]) -> Initialisms:
        """From (article id, text) pairs; a text is a chunk's title, a blank line, its body."""
        documents = list(documents)
        written: defaultdict[str, set[str]] = defaultdict(set)
        for article_id, text in documents:
            written[article_id].update(_written_initials(text))
        short_forms: defaultdict[str, set[str]] = defaultdict(set)
        for article_id, text in documents:
            for initials, name in _candidates(text):
                if initials in written[article_id]:
                    short_forms[name].add(initials)
        return cls({name: frozenset(forms) for name, forms in short_forms.items()})

    def __len__(self) -> int:
        return len(self._short_forms)

    def of(self, text: str) -> list[str]:
        """The short forms of the names `text` writes in full."""
        found: list[str] = []
        for run in _NAME_RUN.findall(text):
            for name in _names_in_run(tuple(run.split())):
                found.extend(self._short_forms.get(name, ()))
        return found


def _written_initials(text: str) -> set[str]:
    """Initials the text writes in capitals: in its body, and tickers in its headline (a
    headline in capitals throughout would make every word look like initials)."""
    title, gap, body = text.partition("\n\n")
    if not gap:
        title, body = "", text
    found = {m.replace(".", "").lower() for m in _WRITTEN_INITIALS.findall(body)}
    return found | {m.lower() for m in _TICKER.findall(title)}


def _candidates(text: str) -> list[tuple[str, str]]:
    """(initials, name) for each candidate name the text writes."""
    return [
        (initials, name)
        for run in _NAME_RUN.findall(text)
        for name in _names_in_run(tuple(run.split()))
        for initials in _initials(name)
    ]


@lru_cache(maxsize=100_000)
def _names_in_run(words: tuple[str, ...]) -> tuple[str, ...]:
    """The run's spans of two to five capitalised words that begin and end with one."""
    names = []
    for start, first in enumerate(words):
        if not first[0].isupper():
            continue
        for end in range(start + 2, len(words) + 1):
            span = words[start:end]
            capitalised = sum(w[0].isupper() for w in span)
            if capitalised > _LONGEST:
                break
            if capitalised >= 2 and span[-1][0].isupper():
                names.append(" ".join(span))
    return tuple(names)


@lru_cache(maxsize=100_000)
def _initials(name: str) -> tuple[str, ...]:
    """With and without the small words' letters: "SEC", "BOJ" ("Bank of Japan")."""
    words = name.split()
    every = "".join(w[0] for w in words if w[0].isalpha()).lower()
    capitals = "".join(w[0] for w in words if w[0].isupper()).lower()
    return tuple(dict.fromkeys((every, capitals)))
