"""Short forms a question types for names its articles write only in full.

A question says "NZ", "BOJ", "HBJ" where the articles write "New Zealand", "Bank of Japan",
"Harcourt Brace Jovanovich" and never define the short form next to the name (what
`initialisms.py` learns from): the search then shares no term with them. An initialism is
spelled by the initials of its name's words ("of" taken or not; "and", "&", "the" and "for"
give no letter), so every name the corpus writes is a candidate for the initials it spells.
Which one a short form stands for is a matter of how many articles write each: "BOJ" spells
"Bank of Japan" and a few chance runs ("Ballad of Jed"), while "BT" spells "Bankers Trust",
"Bank of Tokyo", "Board of Trade", "British Telecom" alike. A short form is written out only
when one name holds most of the articles of all names it spells: an ambiguous one is left as
typed. So is one the articles themselves write about as often as the name: the question's
short form then reaches them as typed, and may name something else ("CBS" is the network in
the articles, not the "Central Bureau of Statistics"). The written-out name is added to the
query, never put in place of the short form (an article may use the short form itself).

A short form inside a longer name ("AFP Imaging", "Chevron USA") is part of that name, not
the initials of another: only a short form standing alone between words that are no names
is written out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import groupby
from operator import itemgetter

from retrieval.index.initialisms import NAME_RUN, NAME_SEPARATOR
from retrieval.nlp.names import LEGAL_FORMS
from retrieval.text import QUESTION_WORDS, STOPWORDS

# Articles the most written name needs, and its share of all names spelling the same
# initials: below either, the short form is too rare or too ambiguous to write out.
MIN_ARTICLES = 3
MIN_SHARE = 0.6
# The most articles writing a short form, as a share of those writing its name, for the
# short form to be written out (see `_preferring_the_name`). Set from tuning outcomes: at
# 0.5, "HBJ" (10 articles to its name's 23) passes and "AT&T" does not.
MAX_WRITTEN_SHARE = 0.5
_NAME_WORDS = 5  # words in a name, small words included
# What a name may end in and still be whole without: its legal form, "and"/"&" of "& Co".
_ENDINGS = LEGAL_FORMS | {"and", "&"}
# A short form as a question types it, or an article writes it: two to five capitals
# ("NZ", "HBJ", "AT&T").
_SHORT_FORM = re.compile(r"[A-Z][A-Z&]{1,4}")
_WRITTEN_SHORT = re.compile(r"(?<![\w&])[A-Z][A-Z&]{1,4}(?![\w&])")
# What may cling to a word of the question: punctuation and a possessive.
_CLINGING = re.compile(r"^[\"'(\[]+|(?:'s|')?[\"'),.;:?!\]]*$")
# Articles, each with the bodies of its chunks.
_Articles = list[tuple[str, list[str]]]


def learn(documents: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Lower-case initials -> the name they stand for, from (article id, text) pairs (title,
    a blank line, body; headlines in capitals are no names and are skipped). Names and
    short forms are counted by the articles writing them: chunks overlap, and one article
    may repeat a name (a table's row) without making it a name the corpus uses."""
    articles = _by_article(documents)
    writing = _articles_writing_names(articles)
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for name, count in writing.items():
        for letters in _initials(name.split()):
            if len(letters) <= _NAME_WORDS and letters not in STOPWORDS:
                spellings[letters][name] = count
    dominant = {letters: full for letters, names in spellings.items() if (full := _dominant(names))}
    return _preferring_the_name(dominant, writing, articles)


def body(text: str) -> str:
    """A chunk's text without its title (headlines are often in capitals throughout)."""
    return text.split("\n\n", 1)[-1]


def _by_article(documents: Sequence[tuple[str, str]]) -> _Articles:
    ordered = sorted(documents, key=itemgetter(0))
    return [(a, [body(text) for _, text in rows]) for a, rows in groupby(ordered, itemgetter(0))]


def _articles_writing_names(articles: _Articles) -> Counter[str]:
    """Name -> the articles writing it, for the names some articles write as a whole run
    (in at least `MIN_ARTICLES`): a span only ever written inside longer runs is no name
    of its own ("Ministry of International Trade", "Securities and Exchange")."""
    names_of: dict[str, tuple[list[str], list[str]]] = {}  # a run -> its names, shared
    alone: Counter[str] = Counter()
    writing: Counter[str] = Counter()
    for _, bodies in articles:
        wholes: set[str] = set()
        found: set[str] = set()
        for text in bodies:
            for run in NAME_RUN.findall(text):
                if run not in names_of:
                    names_of[run] = _names(NAME_SEPARATOR.split(run))
                wholes.update(names_of[run][0])
                found.update(names_of[run][1])
        alone.update(wholes)
        writing.update(found)
    return Counter({name: n for name, n in writing.items() if alone[name] >= MIN_ARTICLES})


def _initials(words: list[str]) -> set[str]:
    """The letters of the capitalised words, with or without that of "of" ("BOJ", "BJ" for
    "Bank of Japan"). "and", "&", "the" and "for" give none: an initialism writes "and"
    as "&" or drops it ("AT&T", "P&G", "FDA"); only "of" commonly keeps its letter."""
    optional = [w.lower() == "of" for w in words]
    kept = [w for w, small in zip(words, optional, strict=True) if small or w[0].isupper()]
    capitals = "".join(w[0] for w in kept if w.lower() != "of").lower()
    return {capitals, "".join(w[0] for w in kept).lower()}


def _names(words: list[str]) -> tuple[list[str], list[str]]:
    """The run's names: those it is written as whole, and all its spans that may be names.
    A name runs from the first word that is no small word ("But Japan", "The Bank of
    Japan": the name is after it) to a capitalised word, two to five words. A span opening
    later is a tail of a longer name ("Futures Trading Commission") or of a title
    ("Governor Karl Otto Poehl"). One closing before the run's end may be a name the run
    goes on from ("Bank of Japan Governor ...") or a truncation ("Ministry of International
    Trade" of "... Trade and Industry"); the run is whole without the legal form it ends
    in ("Harcourt Brace Jovanovich Inc")."""
    start = next((i for i, word in enumerate(words) if word.lower() not in STOPWORDS), None)
    if start is None:
        return [], []
    ends = range(start + 2, min(len(words), start + _NAME_WORDS) + 1)
    spans = {end: " ".join(words[start:end]) for end in ends if words[end - 1][0].isupper()}
    whole = len(words)
    while whole > start and words[whole - 1].lower() in _ENDINGS:
        whole -= 1
    wholes = [spans[end] for end in (len(words), whole) if end in spans]
    return wholes, list(spans.values())


def _dominant(names: Counter[str]) -> str | None:
    """The name most written for the initials, if it holds most of their articles."""
    name, count = names.most_common(1)[0]
    if count >= MIN_ARTICLES and count >= MIN_SHARE * sum(names.values()):
        return name
    return None


def _preferring_the_name(
    dominant: dict[str, str], writing: Counter[str], articles: _Articles
) -> dict[str, str]:
    """The short forms of `dominant` the articles seldom write beside how often they write
    the name: in at most `MAX_WRITTEN_SHARE` as many articles. Where the articles prefer
    the name ("Bank of Japan", not "BOJ"), a question's short form misses them; one they
    write as much is matched as typed ("AT&T"), and often names something else ("CBS" is
    the network, not the "Central Bureau of Statistics" its initials spell)."""
    writing_short: Counter[str] = Counter()
    for _, bodies in articles:
        writing_short.update(
            {
                letters
                for text in bodies
                for w in _WRITTEN_SHORT.findall(text)
                if (letters := _letters(w)) in dominant
            }
        )
    return {
        short: name
        for short, name in dominant.items()
        if writing_short[short] <= MAX_WRITTEN_SHARE * writing[name]
    }


def _letters(short: str) -> str:
    return short.lower().replace("&", "")


def written_out(question: str, short_names: dict[str, str]) -> list[str]:
    """The names of the short forms `question` uses alone, those not already written. A
    short form the question also writes inside a longer name ("SNC Group ... what did SNC
    pay?") is that name's part wherever it stands: the question has said what it is."""
    words = [_CLINGING.sub("", word) for word in question.split()]
    asked = {word.lower() for word in words}
    alone: dict[str, bool] = {}
    for index, word in enumerate(words):
        if _SHORT_FORM.fullmatch(word) and word.lower() not in STOPWORDS:
            neighbours = words[max(index - 1, 0) : index] + words[index + 1 : index + 2]
            standing_alone = not any(_name_word(w) for w in neighbours)
            alone[_letters(word)] = alone.get(_letters(word), True) and standing_alone
    found = []
    for letters, standing_alone in alone.items():
        name = short_names.get(letters)
        if standing_alone and name and not {w.lower() for w in name.split()} <= asked:
            found.append(name)
    return found


def _name_word(word: str) -> bool:
    """A capitalised word that is no small or question word ("Which UAW locals")."""
    lowered = word.lower()
    return word[:1].isupper() and lowered not in STOPWORDS and lowered not in QUESTION_WORDS


def with_short_names(question: str, short_names: dict[str, str]) -> str:
    """`question`, followed by the names of the short forms it uses alone."""
    return " ".join([question, *written_out(question, short_names)])
