"""Tokenising, stemming and sentence splitting shared by BM25 and the extractive answerer.

Both sides must agree on what a "term" is, otherwise the answerer's coverage check and the
lexical index would disagree about which words a passage contains.
"""

from __future__ import annotations

import hashlib
import re
import threading
from functools import lru_cache

import snowballstemmer

# Hyphens split words: "GAC-SAIC" must match "GAC" and "SAIC".
WORD_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'’]*")
# A compound written with hyphens ("over-allotment", "take-over", "buy-out") is as often
# written solid ("overallotment", "takeover", "buyout"): see `solid_spelling`.
HYPHENATED_COMPOUND = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b")
# Chinese/Japanese text carries no spaces: index each CJK character as its own term.
CJK_PATTERN = re.compile(r"[\u3400-\u9fff]")
# A four-digit year of the 20th or 21st century ("1986", "2004").
YEAR_PATTERN = re.compile(r"\b(?:19|20)\d\d\b")

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom whose why will with would you your yours yourself
    yourselves s t don shall may might must one two per via us
    """.split()
)

# Question scaffolding: words that say what kind of answer is wanted, not what it is about.
QUESTION_WORDS = frozenset(
    """
    what which who whom whose when where why how many much long tell list name give show
    describe explain did does do kind type sort please company companies firm firms
    """.split()
)

ABBREVIATIONS = frozenset(
    """
    co corp inc ltd mr mrs ms dr prof st no jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k e.g i.e vs etc gen gov sen rep jr sr dept est approx fig
    """.split()
)

# Abbreviations expanded at tokenisation, so "CFO" in a text matches "chief financial
# officer" in a question (and the other way round) for BM25 and for answer selection alike.
ACRONYMS = {
    "ceo": "chief executive officer",
    "cfo": "chief financial officer",
    "cto": "chief technology officer",
    "coo": "chief operating officer",
    "mou": "memorandum of understanding",
    "jv": "joint venture",
    "ev": "electric vehicle",
    "evs": "electric vehicles",
    "nev": "new energy vehicle",
    "nevs": "new energy vehicles",
    "ipo": "initial public offering",
    "lbo": "leveraged buyout",
    "m&a": "mergers and acquisitions",
    "r&d": "research and development",
}

# Semicolons end clauses that stand alone; treating them as boundaries keeps long
# enumerations ("in the field of X, ...; in the field of Y, ...") quotable.
_SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?。！？;；])[\"”’)]*\s+|\n+")

# Words that say the same thing in deal news: questions and articles use them
# interchangeably ("partnered" / "cooperation", "supply" / "provide"), so each also yields
# one shared concept term (a "~" suffix keeps concepts apart from real words).
# Marks a concept term apart from the stems of real words.
CONCEPT_MARK = "~"
ALLIANCE_CONCEPT = "alliance~"
INVEST_CONCEPT = "invest~"
ACQUIRE_CONCEPT = "acquire~"
CONCEPTS = {
    ALLIANCE_CONCEPT: """
        alliance alliances allied ally partner partners partnered partnering partnership
        partnerships cooperate cooperated cooperating cooperation collaborate collaborated
        collaboration collaborations tie-up tie-ups venture ventures memorandum
        mou agreement agreements pact pacts
    """,
    "supply~": "supply supplies supplied supplier suppliers provide provides provided deliver",
    ACQUIRE_CONCEPT: """
        acquire acquires acquired acquisition acquisitions buy buys bought purchase purchased
        takeover takeovers
    """,
    INVEST_CONCEPT: "invest invests invested investment investments investor investors stake",
    "lead~": "chairman chairwoman chair president ceo head heads leads boss",
}

_stemmer = snowballstemmer.stemmer("english")
_stem_lock = threading.Lock()


def has_concept(term: str) -> bool:
    """True for stems that also emit a concept term ("partner" -> "alliance~")."""
    return term in _CONCEPT_OF_STEM


# Rules of `terms` beyond the tables above; bump when one changes (cached indexes rebuild).
_ANALYSIS_RULES = ("ampersand-optional", "hyphens-optional")


def analysis_fingerprint() -> str:
    """Changes whenever tokenisation changes, so cached indexes built the old way are dropped."""
    patterns = (WORD_PATTERN.pattern, HYPHENATED_COMPOUND.pattern)
    spec = repr((patterns, sorted(STOPWORDS), ACRONYMS, CONCEPTS, _ANALYSIS_RULES))
    return hashlib.sha1(spec.encode(), usedforsecurity=False).hexdigest()[:12]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem of a lower-case word (cached: vocabularies are small, corpora are not)."""
    # A Snowball stemmer keeps the word it is working on in the object, so two threads
    # stemming new words at once corrupt each other (measured: IndexError inside it, and
    # wrong stems). Only cache misses take the lock.
    with _stem_lock:
        return str(_stemmer.stemWord(word))


def words(text: str) -> list[str]:
    """Surface words in order, case preserved."""
    return WORD_PATTERN.findall(text) + CJK_PATTERN.findall(text)


def terms(text: str) -> list[str]:
    """Index terms: lower-cased, stemmed, stopwords dropped, possessives trimmed."""
    result: list[str] = []
    for word in words(text):
        lowered = word.lower().replace("’", "'")
        if lowered.endswith("'s"):
            lowered = lowered[:-2]
        lowered = lowered.strip("'-")
        if not lowered or lowered in STOPWORDS:
            continue
        stemmed = stem(lowered)
        result.append(stemmed)
        if "&" in lowered.strip("&"):
            # "AT&T" is also written "ATT", "P&G" "PG": the ampersand is optional in writing
            result.append(stem(lowered.replace("&", "")))
        concept = _CONCEPT_OF_STEM.get(stemmed)
        if concept is not None:
            result.append(concept)
        if lowered in ACRONYMS:
            result.extend(_expansion(lowered))
    result.extend(_joined_compounds(text))
    return result


def solid_spelling(compound: str) -> str:
    """A hyphenated compound written as one word ("overallotment" for "over-allotment"):
    writers spell compounds either way, and words split at hyphens."""
    return compound.replace("-", "")


def _joined_compounds(text: str) -> list[str]:
    """The solid spelling of each hyphenated compound ("overallot" for "over-allotment"),
    with its concept, as `terms` gives for the word written solid."""
    if "-" not in text:
        return []  # most texts `terms` reads (a question's part, a sentence) hold none
    found: list[str] = []
    for compound in HYPHENATED_COMPOUND.findall(text):
        stemmed = stem(solid_spelling(compound).lower())
        found.append(stemmed)
        concept = _CONCEPT_OF_STEM.get(stemmed)
        if concept is not None:
            found.append(concept)
    return found


_CONCEPT_OF_STEM = {
    stem(word): concept for concept, listed in CONCEPTS.items() for word in listed.split()
}


@lru_cache(maxsize=64)
def _expansion(acronym: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in ACRONYMS[acronym].split() if w not in STOPWORDS)


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping abbreviations like 'Co.' and 'U.S.' intact."""
    sentences: list[str] = []
    pending = ""
    for piece in _SENTENCE_BOUNDARY.split(text):
        if not piece or not piece.strip():
            continue
        pending = f"{pending} {piece.strip()}" if pending else piece.strip()
        if not _ends_with_abbreviation(pending):
            sentences.append(pending)
            pending = ""
    if pending:
        sentences.append(pending)
    return sentences


def _ends_with_abbreviation(sentence: str) -> bool:
    if not sentence.endswith("."):
        return False
    last_word = sentence[:-1].rsplit(maxsplit=1)[-1].lower() if sentence[:-1].split() else ""
    # A single capital letter ("J.") is an initial, not a sentence end.
    return last_word in ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha())
