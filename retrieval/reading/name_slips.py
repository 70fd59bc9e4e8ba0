"""A slip of the pen in a name ("Continentl", "Unilevr"): one slip from a word the article
writes its names with, never from a common word ("Gould" is not "would").

A word is a name's when the article writes it capitalised where a common word is not: not
opening a sentence or a line ("Continental" in "shares of Continental rose"), or opening
one but running on into another capitalised word ("Continental Airlines said ..."), or
opening one though no word of the language ("Chrysler said ...": a firm's name often opens
its sentence alone). It stays a name's word where the article also writes it in lower case
("the continental market"): names are made of common words. "Would" only opens a sentence.
"""

from __future__ import annotations

import re

from retrieval.nlp.names import pieces
from retrieval.nlp.spelling import close_spelling
from retrieval.nlp.vocabulary import is_word_of_the_language

# Words shorter than this are matched as written (one slip makes too many other words).
MIN_SLIP_WORD = 5

_CAPITALISED = re.compile(r"\b[A-Z][\w'&-]*")
_RUNS_ON = re.compile(r"[ \t]+[A-Z]")
# What may stand between a sentence's or line's end and its first word.
_OPENING = " \t\"'(“‘"
_SENTENCE_ENDS = ".!?:\n"
# How far back to look for that end.
_LOOK_BACK = 8


def name_words(text: str) -> frozenset[str]:
    """The pieces of the words `text` writes capitalised as a name's."""
    found: set[str] = set()
    for match in _CAPITALISED.finditer(text):
        word = match.group(0)
        if (
            not _opens_a_sentence(text, match.start())
            or _RUNS_ON.match(text, match.end())
            or not is_word_of_the_language(word.lower())
        ):
            found.update(pieces(word))
    return frozenset(found)


def one_slip_from(word: str, words: frozenset[str]) -> bool:
    """`word` (a lower-case piece) is one slip from one of `words`."""
    return len(word) >= MIN_SLIP_WORD and any(close_spelling(word, own) for own in words)


def _opens_a_sentence(text: str, start: int) -> bool:
    before = text[max(start - _LOOK_BACK, 0) : start].rstrip(_OPENING)
    if not before:
        return start <= _LOOK_BACK
    return before[-1] in _SENTENCE_ENDS
