"""What a question part asks, read once per sentence into the words that sentence's anchors
are matched by (anchors.anchor_tokens): the asked noun's and verb's lemmas, their senses'
words and kinds, the nouns naming the asked act's doers, the asked names' words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from retrieval.nlp.names import name_key
from retrieval.nlp.wordnet import first_kinds, kinds_above, relatives
from retrieval.nlp.wordnet_derivations import doer_nouns, event_nouns
from retrieval.reading.asking import Part
from retrieval.reading.kinds import (
    KIND_VERBS,
    PARTY_ANSWERS,
    TRADING_VERBS,
    Kind,
    focus_kind,
)
from retrieval.text import terms

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from retrieval.reading.anchors import Expansions

# "How much of Halden does Corvex own" names no noun, but a part of a firm is a stake:
# the nouns of a stake ("holding", "share") anchor its answer.
PORTION_CLASS = {Kind.PORTION: Kind.PERCENT}

# Verbs of a sale, from either side ("bought X for 10 mln dlrs", "sold X to B for 10 mln
# dlrs").


@dataclass(frozen=True)
class AskedWords:
    """The part's words in the forms a sentence's words are matched against."""

    part: Part
    expansions: Expansions  # the article's short forms, to the stems of their words
    focus_stems: frozenset[str]  # the asked noun's stems, matched by a short form's words
    wanted: frozenset[str]  # the part's own terms
    named: frozenset[str]  # the asked names' words, and their full names' the sentence writes
    lemmas: frozenset[str]  # the asked noun and verb
    focus_class: Kind | None  # the answer kind the asked noun's class gives
    kind_verbs: frozenset[str]  # verbs saying the asked kind ("own" for an ownership split)
    hyphenated: bool  # an asked lemma is hyphenated ("tie-up"): match whole compounds
    same_sense: frozenset[str]  # words of the asked verb's or noun's main senses
    doers: frozenset[str]  # nouns of the asked act's doers ("chairman" for "chair")
    near: frozenset[str]  # the asked noun's synonyms, kinds and kin
    buying: bool  # a sum asked of buying or selling: its price


def asked_words(
    doc: Doc, part: Part, expansions: Expansions, kin: frozenset[str], written_out: tuple[str, ...]
) -> AskedWords:
    """What the part asks, as `AskedWords`, for the sentence `doc` (the full names the
    article gives the part's short forms count where the sentence writes them)."""
    lemmas = frozenset(lemma for lemma in (part.focus, part.predicate) if lemma)
    # a phrasal verb's senses are its own ("hand over": deliver), not its bare verb's
    verb = part.phrasal or part.predicate
    named = {word for name in part.names for word in name_key(name).split()}
    # the asked noun's synonyms, and the nouns naming kinds of it ("headquarters" is an
    # office)
    near = kin | (
        relatives(part.focus, "n") | first_kinds(part.focus) if part.focus else frozenset()
    )
    return AskedWords(
        part,
        expansions,
        frozenset(terms(part.focus)) if part.focus else frozenset(),
        frozenset(part.terms),
        frozenset(named | _written_whole(doc, written_out)),
        lemmas,
        focus_kind(part.focus) if part.focus else PORTION_CLASS.get(part.kind),
        KIND_VERBS.get(part.kind, frozenset()),
        any("-" in lemma for lemma in lemmas),
        asked_relatives(verb, part.focus) | _events_asked(part.kind, verb),
        doer_nouns(verb) if verb and part.kind in PARTY_ANSWERS else frozenset(),
        near,
        part.kind is Kind.MONEY and bool(part.verbs & TRADING_VERBS),
    )


# A full name is written where the sentence has at least this many of its words ("Dorrance
# Weller" for "Dorrance Weller Cos Inc"); one shared word ("Weller Industries") may be
# another firm's name.
MIN_WRITTEN_WORDS = 2


def _written_whole(doc: Doc, written_out: tuple[str, ...]) -> set[str]:
    """The words of the full names (`written_out`) that the sentence writes as that name:
    all of a name's words, or at least two of them, among its proper nouns. A short form
    stands for the whole name, not for each of its words apart."""
    present = {token.lower_ for token in doc if token.pos_ == "PROPN"}
    found: set[str] = set()
    for name in written_out:
        words = set(name_key(name).split())
        shared = words & present
        if shared and (shared == words or len(shared) >= MIN_WRITTEN_WORDS):
            found |= shared
    return found


# Kinds of answer saying when or where something happens.
_CIRCUMSTANCE_KINDS = frozenset({Kind.DATE, Kind.DURATION, Kind.ELAPSED, Kind.PLACE})


def _events_asked(kind: Kind, verb: str | None) -> frozenset[str]:
    """ "when should the units be delivered": the act said as a noun ("deliveries are set
    for February") happens when and where the verb's does. Only for a time or a place:
    a sum tied to the act's noun measures the noun ("lease payments"), which may be
    another sum than the asked verb's."""
    if kind not in _CIRCUMSTANCE_KINDS or not verb:
        return frozenset()
    # the verb's own nouns, and those of its senses' words ("hand over": "delivery")
    return frozenset(n for v in (verb, *relatives(verb, "v")) for n in event_nouns(v))


@cache  # asked once per part, read for every sentence parsed for it
def asked_relatives(predicate: str | None, focus: str | None) -> frozenset[str]:
    """Words WordNet gives a main sense of the asked verb or noun: the article may say
    "explore" for "search", "finalized" for "finalised"; and the nearest class the asked
    noun's main sense is of: it may name the thing by it ("withheld a payment of 1.5 mln
    dlrs" for "the missed installment")."""
    verbs = relatives(predicate, "v") if predicate else frozenset()
    if not focus:
        return verbs
    return verbs | relatives(focus, "n") | nearest_classes(focus)


def nearest_classes(noun: str) -> frozenset[str]:
    """The nearest class of the noun's main sense; when WordNet names that class by a
    compound whose head is the class above it ("contract": a "written agreement", an
    "agreement"), that head too, a single word an article can use: "the 3.5 mln dlr
    agreement" for "the contract"."""
    above = kinds_above(noun)
    # only for a noun of no answer kind of its own: a country's class is an "administrative
    # unit", a dividend's "income", and "unit" or "income" would anchor other answers
    headed = len(above) > 1 and above[0].rsplit("_", 1)[-1] == above[1]
    if headed and focus_kind(noun) is None:
        return frozenset(above[:2])
    return frozenset(above[:1])
