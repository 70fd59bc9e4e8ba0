"""Initialisms of names, learned from the corpus, as extra BM25 terms of the documents that
write the name in full.

An article writes "the Federal Deposit Insurance Corp" or "New Zealand" and a question
"FDIC", "NZ": the two share no term. Whether a short form stands for a name is a fact of
usage, not of spelling -- "EC" is the European Community, not every name with those
initials -- and writers say which when they introduce a short form: next to its name
("the Pacific Grain Board (PGB)", a ticker "Harbor Light Inc <HL>") or as the name's
apposition ("PGB, the Pacific Grain Board"); Schwartz & Hearst's definition pattern. Only
such a definition, with initials that spell the name, teaches a short form; every passage
naming it in full then also holds the initials as a term.

A name is a run of capitalised words (small words like "of", "and" may stand inside:
"Securities and Exchange Commission", initialled with or without them). The words before
a defined name in its run ("The", another name) are not part of it: the name is the end
of the run before "(XY)", the start of the run after "XY,". Questions get no such terms:
the short form a question types is already its own term.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from retrieval.text import STOPWORDS, stem

# A capitalised word ("Overseas", "McDonald"), not one in capitals throughout (headlines,
# tickers) nor an initial.
_CAPITALISED = r"[A-Z][a-z][A-Za-z]*"
_INSIDE = r"(?:of|and|for|the|&)"
# A hyphen joins parts of a name that are initialled apart ("Lorimar-Telepictures" LT).
_NAME = rf"{_CAPITALISED}(?:(?:-|\s+(?:{_INSIDE}\s+)?){_CAPITALISED})+"
NAME_SEPARATOR = re.compile(r"[\s-]+")
NAME_RUN = re.compile(_NAME)
# Initials written in capitals, with or without points ("NZ", "N.Z.", "AT&T").
_SHORT = r"[A-Z](?:\.?[A-Z&])+\.?"
# The definition patterns: "Name (XY)", "Name <XY>" (a Reuters ticker), "XY, the Name".
_NAME_THEN_SHORT = re.compile(rf"({_NAME})\s*[(<]({_SHORT})[)>]")
_SHORT_THEN_NAME = re.compile(rf"(?<![A-Za-z.&])({_SHORT}),\s+(?:the\s+)?({_NAME})")
_LONGEST = 5  # capitalised words in a name


class Initialisms:
    """Name -> the stemmed initials an article defines it by, learned by `learn`."""

    def __init__(self, short_forms: dict[str, frozenset[str]]) -> None:
        self._short_forms = short_forms
        # Spans of the runs met by `of`: the same names recur across a corpus. Held by the
        # instance (one build), not the module, so it is freed with it.
        self._spans: dict[tuple[str, ...], tuple[str, ...]] = {}

    @classmethod
    def learn(cls, texts: Iterable[str]) -> Initialisms:
        """From chunk texts (title, a blank line, body; the body holds the definitions)."""
        short_forms: defaultdict[str, set[str]] = defaultdict(set)
        for text in texts:
            for name, short in defined(text):
                short_forms[name].add(short)
        return cls({name: frozenset(forms) for name, forms in short_forms.items()})

    def __len__(self) -> int:
        return len(self._short_forms)

    def of(self, text: str) -> list[str]:
        """The short forms of the names `text` writes in full."""
        found: list[str] = []
        for run in NAME_RUN.findall(text):
            words = tuple(NAME_SEPARATOR.split(run))
            names = self._spans.get(words)
            if names is None:
                names = self._spans[words] = _names_in_run(words)
            for name in names:
                found.extend(self._short_forms.get(name, ()))
        return found


def defined(text: str) -> list[tuple[str, str]]:
    """(name, stemmed initials) for each short form the text defines next to its name; a
    short form that is a stopword ("US", "IT") is no search term and is skipped."""
    found: list[tuple[str, str]] = []
    pairs = [(m[1], m[2], True) for m in _NAME_THEN_SHORT.finditer(text)]
    pairs += [(m[2], m[1], False) for m in _SHORT_THEN_NAME.finditer(text)]
    for run, written, name_last in pairs:
        short = written.replace(".", "").lower()
        if short in STOPWORDS:
            continue
        name = _spelled_by(NAME_SEPARATOR.split(run), short, name_last)
        if name is not None:
            found.append((name, stem(short)))
    return found


def _spelled_by(words: list[str], short: str, name_last: bool) -> str | None:
    """The shortest span at the run's end (before the short form) or start (after it) whose
    initials are `short`. Before a ticker the run may end in a word the ticker leaves out
    ("Harbor Light Inc <HL>"): spans may also end one word early."""
    ends = (len(words), len(words) - 1) if name_last else (len(words),)
    for end in ends:
        for size in range(2, min(end, _LONGEST + 2) + 1):
            span = words[end - size : end] if name_last else words[:size]
            if span[0][0].isupper() and span[-1][0].isupper() and short in _initials(span):
                return " ".join(span)
    return None


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


def _initials(words: list[str]) -> tuple[str, ...]:
    """With and without the small words' letters: "SEC", "BOJ" ("Bank of Japan")."""
    every = "".join(w[0] for w in words if w[0].isalpha()).lower()
    capitals = "".join(w[0] for w in words if w[0].isupper()).lower()
    return (every, capitals)
