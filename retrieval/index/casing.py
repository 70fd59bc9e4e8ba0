"""Restore the capitals of names in a lower-case question ("how many employees does catl
have" -> "... CATL ..."), from how the corpus itself writes each word.

Question analysis finds company names by their capitals; Slack users often type without
them. A word the articles write capitalised (almost) every time is a name, in any case.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from retrieval.text import QUESTION_WORDS, STOPWORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&]*")
# A word counts as a name when at least this share of its occurrences is capitalised.
NAME_SHARE = 0.8


class CaseVocabulary:
    """Counts surface forms while the BM25 index is built; `names()` gives the result."""

    def __init__(self) -> None:
        self._forms: defaultdict[str, Counter[str]] = defaultdict(Counter)

    def observe(self, text: str) -> None:
        for word in _WORD.findall(text):
            self._forms[word.lower()][word] += 1

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
            # opening a sentence is not a name.
            usual = max(capitalised, key=lambda form: capitalised[form], default="")
            if share >= NAME_SHARE and (total >= 2 or usual.isupper()):
                found[lowered] = usual
        return found


def recase(question: str, names: dict[str, str]) -> str:
    """Capitalise the question's all-lower-case words that the corpus writes as names.

    Only a question typed without capitals is touched: one that has them ("How much did
    Foster's shell out") already says which words are names ("shell" is not Shell).
    """
    if any(word[:1].isupper() for word in _WORD.findall(question)[1:]):
        return question

    def restore(match: re.Match[str]) -> str:
        word = match.group(0)
        return names.get(word, word) if word.islower() else word

    return _WORD.sub(restore, question)
