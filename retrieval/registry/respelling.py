"""Deal words mistyped on the wire: "completed the acuqisition of", "an agreemnent",
"aquired". A lower-case word no dictionary lists, one slip (a letter dropped, added,
changed, or two swapped) from a long deal word (a deal lemma or its regular inflection),
is that word: the rules then read it as they read the word itself. Names are written in
capitals and common words are listed, so neither is respelled ("emerging" is no
"merging", "rallies" no "allies", "tenderer" no "tendered"). A deal compound written with
hyphens ("tie-up", "co-operation"), which the tokenizer would split, is given its solid
spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from retrieval.nlp.spelling import spelling_distance
from retrieval.nlp.vocabulary import is_derived_word
from retrieval.text import HYPHENATED_COMPOUND, solid_spelling

# Deal words this long or longer are respelled: a slip in a shorter one is as likely
# another word ("intest" is not "invest").
MIN_DEAL_WORD = 7
_WORD = re.compile(r"\b[a-z]{6,}\b")


def respelled(text: str, lemmas: frozenset[str]) -> str:
    """The text with its mistyped deal words (`lemmas` and their inflections) spelt
    right."""
    deal_words = inflected(lemmas)
    index = _deletions(deal_words)
    text = _solid(text, deal_words)

    def right(match: re.Match[str]) -> str:
        word = match.group()
        if word in deal_words or is_derived_word(word):
            return word
        return _nearest(word, index) or word

    return _WORD.sub(right, text)


def _solid(text: str, deal_words: frozenset[str]) -> str:
    """A compound is one word however it is written ("co-operation", "cooperation"); the
    tokenizer splits a hyphenated one into parts no rule reads, so a deal word written
    with hyphens is given its solid spelling."""

    def join(match: re.Match[str]) -> str:
        word = match.group()
        solid = solid_spelling(word)
        return solid if solid in deal_words else word  # lower case: no name's words

    return HYPHENATED_COMPOUND.sub(join, text)


@cache
def inflected(lemmas: frozenset[str]) -> frozenset[str]:
    """The lemmas with their regular inflections, spelt as English spells them ("takes",
    "taking", "merged", "mergers", "supplies"), not every ending glued on."""
    found = set()
    for lemma in lemmas:
        found |= {lemma, plural(lemma), lemma + ("d" if lemma.endswith("e") else "ed")}
        found.add(
            lemma[:-1] + "ing"
            if lemma.endswith("e") and not lemma.endswith("ee")
            else lemma + "ing"
        )
    return frozenset(found)


def plural(lemma: str) -> str:
    """A regular English plural ("company" -> "companies", "bank" -> "banks")."""
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


@cache
def _deletions(deal_words: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each deal word under itself and every form with one letter dropped: a word one slip
    away shares one of these keys with it."""
    found: dict[str, set[str]] = {}
    for word in deal_words:
        if len(word) >= MIN_DEAL_WORD:
            for key in (word, *_dropped(word)):
                found.setdefault(key, set()).add(word)
    return {key: frozenset(words) for key, words in found.items()}


def _nearest(word: str, index: dict[str, frozenset[str]]) -> str | None:
    keys = (word, *_dropped(word))
    near = {c for key in keys for c in index.get(key, ()) if spelling_distance(word, c) == 1}
    return next(iter(near)) if len(near) == 1 else None  # two candidates: no guess


def _dropped(word: str) -> Iterable[str]:
    return (word[:i] + word[i + 1 :] for i in range(len(word)))
