"""Restore the capitals of names in a lower-case question ("how many employees does catl
have" -> "... CATL ..."), from how the corpus itself writes each word.

Question analysis finds company names by their capitals; Slack users often type without
them. A word the articles write capitalised (almost) every time is a name, in any case; and
a word the articles write capitalised (almost) every time it follows a name is part of that
name ("thermo electron" -> "Thermo Electron", though "electron" alone is a common word), and
so is one they capitalise (almost) every time it comes before a name word ("suburban
bancorp" -> "Suburban Bancorp", though "suburban" alone is a common word).
A word opening a sentence or a line is capitalised by its place, not as a name ("Shr 27
cts" opens a line of every Reuters earnings table), so there it says nothing of whether the
word is a name; it only adds a sighting to a word seen inside a sentence, capitalised, once
("Dotronix said ... In payment, Dotronix will issue ...": a firm opens most sentences about
it).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from retrieval.text import QUESTION_WORDS, STOPWORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&]*")
# A word counts as a name when at least this share of its occurrences is capitalised.
NAME_SHARE = 0.8


# Two words of one name are written with one space between them.
_PAIR_GAP = " "
# What comes before a word that opens a sentence or a line: nothing, a line break, or a
# sentence's end and a space (quotes and brackets may stand between).
_OPENING = re.compile(r"(?:\A|\n|[.!?][\"')\]]*\s)[\s\"'(\[]*\Z")


class CaseVocabulary:
    """Counts surface forms while the BM25 index is built; `names()` and `name_pairs()`
    give the result."""

    def __init__(self) -> None:
        self._forms: defaultdict[str, Counter[str]] = defaultdict(Counter)
        # (first word, next word) after a capitalised first word -> how often the next
        # word was capitalised (True) or not (False)
        self._pairs: defaultdict[tuple[str, str], Counter[bool]] = defaultdict(Counter)
        # (word, next word) before a capitalised next word -> how often the word was
        # capitalised, where its place does not capitalise it
        self._openers: defaultdict[tuple[str, str], Counter[bool]] = defaultdict(Counter)
        # lower-case word -> how often it opened a sentence or a line, capitalised
        self._opening: Counter[str] = Counter()

    def observe(self, text: str) -> None:
        previous: re.Match[str] | None = None
        previous_opens = False  # looked up once a word: the look-behind is the cost here
        for match in _WORD.finditer(text):
            word = match.group(0)
            opens = _opens(text, match.start())
            if not opens or word.isupper():
                self._forms[word.lower()][word] += 1
            elif word[0].isupper():
                self._opening[word.lower()] += 1
            joined = previous is not None and text[previous.end() : match.start()] == _PAIR_GAP
            if joined and previous is not None and previous.group(0)[0].isupper():
                key = (previous.group(0).lower(), word.lower())
                self._pairs[key][word[0].isupper()] += 1
            if joined and previous is not None and not previous_opens and word[0].isupper():
                key = (previous.group(0).lower(), word.lower())
                self._openers[key][previous.group(0)[0].isupper()] += 1
            previous, previous_opens = match, opens

    def name_pairs(self, names: dict[str, str]) -> dict[str, str]:
        """ "first next" (lower case) -> the next word's capitalised form, for a common
        word the corpus capitalises (almost) every time it follows the name word first."""
        return _usual_capitals(self._pairs, names, common_at=1)

    def name_openers(self, names: dict[str, str]) -> dict[str, str]:
        """ "word next" (lower case) -> the word's capitalised form, for a common word the
        corpus capitalises (almost) every time it comes before the name word next."""
        return _usual_capitals(self._openers, names, common_at=0)

    def names(self) -> dict[str, str]:
        """lower-case word -> its usual capitalised form, for words written as names."""
        found: dict[str, str] = {}
        for lowered, forms in self._forms.items():
            if lowered in STOPWORDS or lowered in QUESTION_WORDS or len(lowered) < 2:
                continue
            total = sum(forms.values())
            capitalised = {form: n for form, n in forms.items() if form[0].isupper()}
            share = sum(capitalised.values()) / total
            # One sighting is enough only for an acronym ("CATL"); a lone "Yesterday"
            # opening a sentence is not a name, nor a word once in a title-cased phrase.
            usual = max(capitalised, key=lambda form: capitalised[form], default="")
            sightings = total + self._opening[lowered]
            if share >= NAME_SHARE and (sightings >= 2 or usual.isupper()):
                found[lowered] = usual
        return found


def _usual_capitals(
    pairs: dict[tuple[str, str], Counter[bool]], names: dict[str, str], *, common_at: int
) -> dict[str, str]:
    """For pairs of a name word and a common word (at `common_at`), "word word" -> the
    common word capitalised, where the corpus capitalises it (almost) every time beside
    that name word."""
    found: dict[str, str] = {}
    for pair, counts in pairs.items():
        common, named = pair[common_at], pair[1 - common_at]
        if named not in names or common in names or common in STOPWORDS or counts[True] < 2:
            continue
        if counts[True] / (counts[True] + counts[False]) >= NAME_SHARE:
            found[" ".join(pair)] = common.capitalize()
    return found


def _opens(text: str, start: int) -> bool:
    """The word at `start` opens a sentence or a line."""
    return _OPENING.search(text, max(start - 16, 0), start) is not None


def recase(
    question: str,
    names: dict[str, str],
    pairs: dict[str, str] | None = None,
    openers: dict[str, str] | None = None,
) -> str:
    """Capitalise the question's all-lower-case words that the corpus writes as names.

    Only a question typed without capitals is touched: one that has them ("How much did
    Foster's shell out") already says which words are names ("shell" is not Shell).
    """
    if capitalises_names(_WORD.findall(question)):
        return question

    words = list(_WORD.finditer(question))
    restored = [
        names.get(m.group(0), m.group(0)) if m.group(0).islower() else m.group(0) for m in words
    ]
    for index in range(1, len(words)):
        # a word the corpus capitalises after the name word before it is of that name
        word, before = restored[index], restored[index - 1]
        joined = question[words[index - 1].end() : words[index].start()] == _PAIR_GAP
        if joined and word.islower() and before[:1].isupper():
            restored[index] = (pairs or {}).get(f"{before.lower()} {word}", word)
    for index in range(len(words) - 2, -1, -1):
        # a word the corpus capitalises before the name word after it opens that name
        word, after = restored[index], restored[index + 1]
        joined = question[words[index].end() : words[index + 1].start()] == _PAIR_GAP
        if joined and word.islower() and after[:1].isupper():
            restored[index] = (openers or {}).get(f"{word} {after.lower()}", word)
    pieces, last = [], 0
    for match, word in zip(words, restored, strict=True):
        pieces += [question[last : match.start()], word]
        last = match.end()
    return "".join([*pieces, question[last:]])


def capitalises_names(words: list[str]) -> bool:
    """Does the typist capitalise names? A word after the first with a capital says so, but
    an acronym ("LA", "CAP") does not when the question opens in lower case: who leaves the
    sentence's first word small leaves names small too ("nationwide cellular option on
    americom LA subscribers"), and types only acronyms in capitals, as they are known."""
    later = words[1:]
    if any(word[:1].isupper() and not word.isupper() for word in later):
        return True
    opens_small = not words or words[0][:1].islower()
    return any(word.isupper() for word in later) and not opens_small
