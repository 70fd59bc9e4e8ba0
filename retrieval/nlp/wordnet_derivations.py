"""WordNet's derivational links: the nouns a verb's senses are the source of ("employer",
"employee", "employment" for "employ") and the verbs a noun's are derived from
("decide" for "decision"). The reader and the registry follow them to read an act said
with its noun as the act said with its verb ("its decision to buy" as "decided to buy").

Only a word's most frequent senses count, as in wordnet.py.
"""

from __future__ import annotations

from functools import cache

from retrieval.nlp import wordnet_files as db
from retrieval.nlp.noun_classes import NOUN_PERSON
from retrieval.nlp.wordnet_files import Pos

# The pointer symbol of a word derived from the synset's ("employee" from "employ").
_DERIVED = "+"
# WordNet's lexicographer files of nouns denoting acts and events.
NOUN_ACT, NOUN_EVENT = 4, 11
# The ending of a noun of the one an act is done to ("employee", "lessee"), not its doer.
_PATIENT_ENDING = "ee"


@cache
def derived_nouns(verb: str) -> frozenset[str]:
    """Nouns derived from one of the verb's main senses: its doers, what it is done to,
    the act ("employer", "employee", "employment" for "employ"); one-word entries only."""
    return _derivations(verb, "v", "n")


@cache
def event_nouns(verb: str) -> frozenset[str]:
    """Nouns derived from one of the verb's main senses that name its act or event
    ("delivery" for "deliver", "completion" for "complete"), not its doers or its
    objects; one-word entries only."""
    return _derivations(verb, "v", "n", files=(NOUN_ACT, NOUN_EVENT))


@cache
def doer_nouns(verb: str) -> frozenset[str]:
    """Nouns of people derived from one of the verb's main senses that name its doer
    ("leader" for "lead", "founder" for "found"), with the compounds of its synset that
    extend one ("chairman" for "chair"); not those the act is done to ("employee")."""
    found: set[str] = set()
    for offset, noun in _derived(verb, "v", "n", files=(NOUN_PERSON,)):
        found.update(m for m in db.synset("n", offset)[0] if m.startswith(noun) and "_" not in m)
    return frozenset(n for n in found if not n.endswith(_PATIENT_ENDING))


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
