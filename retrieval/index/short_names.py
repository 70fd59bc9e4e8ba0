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
is left as typed. So is one the articles themselves write about as often as the name: the
question's short form then reaches them as typed, and may name something else ("CBS" is
the network in the articles, not the "Central Bureau of Statistics"). The written-out
name is added to the query, never put in place of the short form (an article may use the
short form itself).

A short form inside a longer name ("AFP Imaging", "Chevron USA") is part of that name, not
the initials of another: only a short form standing alone between words that are no names
is written out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from retrieval.index.initialisms import _NAME_RUN, _SEPARATOR, _initials
from retrieval.text import QUESTION_WORDS, STOPWORDS

# Sightings the most written name needs, and its share of all names spelling the same
# initials: below either, the short form is too rare or too ambiguous to write out.
MIN_SIGHTINGS = 3
MIN_SHARE = 0.6
# The most articles writing a short form, as a share of those writing its name, for the
# short form to be written out (see `_preferring_the_name`).
MAX_WRITTEN_SHARE = 0.5
_LONGEST = 5  # words in a name
# A short form as a question types it, or an article writes it: two to five capitals
# ("NZ", "HBJ", "AT&T").
_SHORT_FORM = re.compile(r"[A-Z][A-Z&]{1,4}")
_WRITTEN_SHORT = re.compile(r"(?<![\w&])[A-Z][A-Z&]{1,4}(?![\w&])")
# What may cling to a word of the question: punctuation and a possessive.
_CLINGING = re.compile(r"^[\"'(\[]+|(?:'s|')?[\"'),.;:?!\]]*$")


def learn(documents: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Lower-case initials -> the name they stand for, from (article id, text) pairs (title,
    a blank line, body; headlines in capitals are no names and are skipped). Read twice:
    once for the names, once for the articles writing a name or its short form."""
    runs: Counter[str] = Counter()
    for _, text in documents:
        runs.update(_NAME_RUN.findall(_body(text)))
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for run, sightings in runs.items():
        for name in _names(_SEPARATOR.split(run)):
            for letters in set(_initials(name.split())):
                if len(letters) <= _LONGEST and letters not in STOPWORDS:
                    spellings[letters][name] += sightings
    dominant = {letters: full for letters, names in spellings.items() if (full := _dominant(names))}
    return _preferring_the_name(dominant, documents)


def _body(text: str) -> str:
    return text.split("\n\n", 1)[-1]


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
    """The name most written for the initials, if it holds most of their sightings."""
    name, sightings = names.most_common(1)[0]
    if sightings >= MIN_SIGHTINGS and sightings >= MIN_SHARE * sum(names.values()):
        return name
    return None


def _preferring_the_name(
    dominant: dict[str, str], documents: Sequence[tuple[str, str]]
) -> dict[str, str]:
    """The short forms of `dominant` the articles seldom write beside how often they write
    the name: in at most `MAX_WRITTEN_SHARE` as many articles. Where the articles prefer
    the name ("Bank of Japan", not "BOJ"), a question's short form misses them; one they
    write as much is matched as typed ("AT&T"), and often names something else ("CBS" is
    the network, not the "Central Bureau of Statistics" its initials spell)."""
    wanted = set(dominant.values())
    shorts: defaultdict[str, set[str]] = defaultdict(set)  # article -> short forms written
    names: defaultdict[str, set[str]] = defaultdict(set)  # article -> wanted names written
    for article, text in documents:
        body = _body(text)
        shorts[article].update(
            letters for w in _WRITTEN_SHORT.findall(body) if (letters := _letters(w)) in dominant
        )
        for run in _NAME_RUN.findall(body):
            names[article].update(n for n in _names(_SEPARATOR.split(run)) if n in wanted)
    writing_short = Counter(short for found in shorts.values() for short in found)
    writing_name = Counter(name for found in names.values() for name in found)
    return {
        short: name
        for short, name in dominant.items()
        if writing_short[short] <= MAX_WRITTEN_SHARE * writing_name[name]
    }


def _letters(short: str) -> str:
    return short.lower().replace("&", "")


def written_out(question: str, short_names: dict[str, str]) -> list[str]:
    """The names of the short forms `question` uses alone, those not already written."""
    words = [_CLINGING.sub("", word) for word in question.split()]
    asked = {word.lower() for word in words}
    found = []
    for index, word in enumerate(words):
        if not _SHORT_FORM.fullmatch(word) or word.lower() in STOPWORDS:
            continue
        name = short_names.get(_letters(word))
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
