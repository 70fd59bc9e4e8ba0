"""The words of the language, as WordNet and spaCy's stop list know them: is a word a
common one ("firms", "expired", "roughly"), a base verb, an adjective, or written with a
capital by WordNet ("Navy", "Israeli")? What none of them knows ("entwistle", "gencorp")
can only be a name; names, the registry's and the reader's, are told apart with these.
"""

from __future__ import annotations

from functools import cache

from retrieval.nlp import wordnet_files as db
from retrieval.nlp.wordnet_files import Pos


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
