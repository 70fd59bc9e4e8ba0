"""Short forms a question types for names its articles write only in full.

A question says "NZ", "BOJ", "HBJ" where the articles write "New Zealand", "Bank of Japan",
"Harcourt Brace Jovanovich" and never define the short form next to the name (what
`initialisms.py` learns from): the search then shares no term with them. An initialism is
spelled by the initials of its name's words (the small words "of", "and" taken or not), so
every name the corpus writes is a candidate for the initials it spells. Which one a short
form stands for is a matter of how often each is written: "BOJ" spells "Bank of Japan"
(131 sightings) and a few chance runs ("Ballad of Jed"), while "BT" spells "Bankers Trust",
"Bank of Tokyo", "Board of Trade", "British Telecom" alike. A short form is written out
only when one name holds most of the sightings of all names it spells: an ambiguous one
is left as typed, and the written-out name is added to the query, never put in place of
the short form (an article may use the short form itself).

A short form inside a longer name ("AFP Imaging", "Chevron USA") is part of that name, not
the initials of another: only a short form standing alone between words that are no names
is written out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from retrieval.index.initialisms import _NAME_RUN, _SEPARATOR, _initials
from retrieval.text import QUESTION_WORDS, STOPWORDS

# Sightings the most written name needs, and its share of all names spelling the same
# initials: below either, the short form is too rare or too ambiguous to write out.
MIN_SIGHTINGS = 3
MIN_SHARE = 0.6
_LONGEST = 5  # words in a name
# A short form as a question types it: two to five capitals ("NZ", "HBJ", "AT&T").
_SHORT_FORM = re.compile(r"[A-Z][A-Z&]{1,4}")
# What may cling to a word of the question: punctuation and a possessive.
_CLINGING = re.compile(r"^[\"'(\[]+|(?:'s|')?[\"'),.;:?!\]]*$")


def learn(texts: Iterable[str]) -> dict[str, str]:
    """Lower-case initials -> the name they stand for, from article texts (title, a blank
    line, body; headlines in capitals are no names and are skipped)."""
    runs: Counter[str] = Counter()
    for text in texts:
        runs.update(_NAME_RUN.findall(text.split("\n\n", 1)[-1]))
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for run, sightings in runs.items():
        for name in _names(_SEPARATOR.split(run)):
            for letters in set(_initials(name.split())):
                if len(letters) <= _LONGEST and letters not in STOPWORDS:
                    spellings[letters][name] += sightings
    return {letters: full for letters, names in spellings.items() if (full := _dominant(names))}


def _names(words: list[str]) -> list[str]:
    """The run's spans of two to five words from its first word that is no small word ("But
    Japan", "The Bank of Japan": the name is after it) to a capitalised word. A span
    opening later is a tail of a longer name ("Futures Trading Commission" of "Commodity
    Futures Trading Commission") or of a title ("Governor Karl Otto Poehl"), no name."""
    found: list[str] = []
    start = next((i for i, word in enumerate(words) if word.lower() not in STOPWORDS), None)
    if start is not None:
        for end in range(start + 2, min(len(words), start + _LONGEST) + 1):
            if words[end - 1][0].isupper():
                found.append(" ".join(words[start:end]))
    return found


def _dominant(names: Counter[str]) -> str | None:
    name, sightings = names.most_common(1)[0]
    if sightings >= MIN_SIGHTINGS and sightings >= MIN_SHARE * sum(names.values()):
        return name
    return None


def written_out(question: str, short_names: dict[str, str]) -> list[str]:
    """The names of the short forms `question` uses alone, those not already written."""
    words = [_CLINGING.sub("", word) for word in question.split()]
    asked = {word.lower() for word in words}
    found = []
    for index, word in enumerate(words):
        if not _SHORT_FORM.fullmatch(word) or word.lower() in STOPWORDS:
            continue
        name = short_names.get(word.lower().replace("&", ""))
        neighbours = words[max(index - 1, 0) : index] + words[index + 1 : index + 2]
        if name is None or any(_name_word(w) for w in neighbours):
            continue
        if not {w.lower() for w in name.split()} <= asked:
            found.append(name)
    return list(dict.fromkeys(found))


def _name_word(word: str) -> bool:
    """A capitalised word that is no small or question word ("Which UAW locals")."""
    lowered = word.lower()
    return word[:1].isupper() and lowered not in STOPWORDS and lowered not in QUESTION_WORDS


def with_short_names(question: str, short_names: dict[str, str]) -> str:
    """`question`, followed by the names of the short forms it uses alone."""
    return " ".join([question, *written_out(question, short_names)])
