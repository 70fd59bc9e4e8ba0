"""Anchors: the words of a parsed sentence that a question part asks about, and ties.

An anchor is weighted by how directly it is what the part asks about: its focus noun or
verb counts fully, a noun of the focus noun's class ("holding" for "stake") almost as much,
its other words and the asked names less. An entity's tie is 1 / (1 + the length of the
dependency path) to the nearest anchor, times the anchor's weight: "Fiat and STET each hold
48 pct of Telit" ties "48 pct" to "hold" in one step, while a figure in another clause of
the same sentence is several steps away.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from retrieval.nlp.abbreviations import short_form_key
from retrieval.nlp.names import name_key
from retrieval.nlp.wordnet import first_kinds, kinds_above, relatives, ways_of
from retrieval.nlp.wordnet_derivations import doer_nouns, event_nouns
from retrieval.reading.asked_preposition import PREPOSITION_TAGS
from retrieval.reading.asking import Part
from retrieval.reading.doer_acts import names_the_doers_act
from retrieval.reading.kinds import (
    BUYING_VERBS,
    KIND_VERBS,
    PARTY_ANSWERS,
    SALE_PRICE_VERBS,
    Kind,
    focus_kind,
    of_one_class,
)
from retrieval.reading.phrasal_classes import does_a_way_asked
from retrieval.reading.phrasals import paying_phrasal
from retrieval.reading.predicates import GENERAL_VERBS
from retrieval.reading.question_syntax import hyphenated
from retrieval.text import CONCEPT_MARK, terms

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Doc, Span, Token

    # stems of the words each short form an article defines stands for ("vtr": video...)
    Expansions = Mapping[str, frozenset[str]]

# Anchor weights: the asked noun or verb itself, a noun of the same class, another word.
FOCUS_WEIGHT = 0.8
OTHER_WEIGHT = 0.7
NAME_WEIGHT = 0.5


# Verbs of a sale, from either side, and the prepositions taking its price ("bought X for
# 10 mln dlrs", "sold X to B for 10 mln dlrs", "sold the stake at 11 dlrs a share").
_TRADING_VERBS = BUYING_VERBS | SALE_PRICE_VERBS
_PRICE_MARKS = frozenset({"for", "at"})


# "How much of Halden does Corvex own" names no noun, but a part of a firm is a stake:
# the nouns of a stake ("holding", "share") anchor its answer.
PORTION_CLASS = {Kind.PORTION: Kind.PERCENT}


def anchor_tokens(
    doc: Doc,
    part: Part,
    expansions: Expansions | None = None,
    kin: frozenset[str] = frozenset(),
    *,
    written_out: tuple[str, ...] = (),
) -> list[tuple[Token, float]]:
    """The sentence's words that the part asks about, weighted: its focus noun and verb
    count fully, a noun of the focus noun's class ("holding" for "stake") or near it in
    meaning (`kin`: "planes" for "aircraft") almost as much, its other words less; a short
    form the article defined, as the words it stands for. `written_out`: the article's
    full names of the part's short forms ("Bear Stearns" for "BSC"): a short form and the
    name it abbreviates name one party, so the full name's words are the asked name's
    where the sentence writes that name (_written_whole)."""
    expansions = expansions or {}
    focus_stems = set(terms(part.focus)) if part.focus else set()
    wanted = set(part.terms)
    named = {word for name in part.names for word in name_key(name).split()}
    named |= _written_whole(doc, written_out)
    lemmas = {lemma for lemma in (part.focus, part.predicate) if lemma}
    focus_class = focus_kind(part.focus) if part.focus else PORTION_CLASS.get(part.kind)
    kind_verbs = KIND_VERBS.get(part.kind, frozenset())
    hyphenated_asked = any("-" in lemma for lemma in lemmas)
    # a phrasal verb's senses are its own ("hand over": deliver), not its bare verb's
    verb = part.phrasal or part.predicate
    same_sense = asked_relatives(verb, part.focus) | _events_asked(part.kind, verb)
    doers = doer_nouns(verb) if verb and part.kind in PARTY_ANSWERS else frozenset()
    # the asked noun's synonyms, and the nouns naming kinds of it ("headquarters" is an
    # office)
    near = kin | (
        relatives(part.focus, "n") | first_kinds(part.focus) if part.focus else frozenset()
    )
    buying = part.kind is Kind.MONEY and bool(part.verbs & _TRADING_VERBS)
    found = []
    for token in doc:
        lemma = token.lemma_.lower()
        expanded = expansions.get(short_form_key(token.text), frozenset())
        whole = hyphenated(token) if hyphenated_asked else None  # "tie-ups" for "tie-up"
        paying = part.predicate == "pay" and paying_phrasal(token)  # "laid out 50 mln"
        if lemma in lemmas or whole in lemmas or paying or (expanded and focus_stems & expanded):
            found.append((token, 1.0))  # "20,000 vtrs" for "how many video recorders"
        elif part.preposition and token.pos_ in PREPOSITION_TAGS and lemma == part.preposition:
            found.append((token, FOCUS_WEIGHT))  # "until January 1999" for "until when"
        elif (
            focus_class is not None
            and token.pos_ == "NOUN"
            and _of_the_class(part, focus_class, lemma)
        ) or _names_the_asked(token, near, doers):
            found.append((token, FOCUS_WEIGHT))
        elif lemma in same_sense and not token.is_stop and token.pos_ in ("NOUN", "VERB"):
            found.append((token, OTHER_WEIGHT))  # "will explore" for "where will it search"
        elif (token.pos_ == "VERB" and _means_the_asked(lemma, part.predicate)) or (
            does_a_way_asked(token, part)  # "X was created" for "who came up with X"
        ):
            found.append((token, OTHER_WEIGHT))  # "will retain" for "who keeps"
        elif buying and _bought_for_money(token):
            found.append((token, FOCUS_WEIGHT))  # "acquire X for 100 mln dlrs" for "paying"
        elif token.pos_ == "VERB" and lemma in kind_verbs:
            found.append((token, FOCUS_WEIGHT))  # "will own 80 pct" for "ownership split"
        # below the kind's verbs: "founded" keeps FOCUS_WEIGHT for "who is the founder"
        elif names_the_doers_act(token, part):
            found.append((token, OTHER_WEIGHT))  # "owned by Corvex" for "who is the owner"
        elif _content(token) and (_meanings(token) | expanded) & wanted:
            found.append((token, OTHER_WEIGHT))
        elif token.pos_ == "PROPN" and token.lower_ in named:
            found.append((token, NAME_WEIGHT))  # the answer is about the asked parties
    return found


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


def _names_the_asked(token: Token, near: frozenset[str], doers: frozenset[str]) -> bool:
    """A noun near the asked one in meaning ("36 planes" for "how many aircraft"), or its
    synonym, which names the asked thing itself ("12 movies" for "how many films"); a
    title naming the doer of the asked act ("Mobil Chairman Allen Murray" for "who chairs
    Mobil"), a proper noun when written as part of a name."""
    lemma = token.lemma_.lower()
    return (token.pos_ == "NOUN" and lemma in near) or (
        token.pos_ in ("NOUN", "PROPN") and lemma in doers
    )


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


def _means_the_asked(verb: str, predicate: str | None) -> bool:
    """One of the article verb's main senses is the asked verb: "retain" is to keep,
    though keeping is most often something else than retaining; or its main sense is a
    way of doing it: to "relocate" is to move (not of a verb light enough to be any
    act's class: "make", "get")."""
    if predicate is None:
        return False
    of_a_way = predicate not in GENERAL_VERBS and predicate in ways_of(verb)
    return predicate in relatives(verb, "v") or of_a_way


def _of_the_class(part: Part, focus_class: Kind, lemma: str) -> bool:
    """A noun of the asked noun's class; with no noun asked, of the kind's class."""
    return of_one_class(part.focus, lemma) if part.focus else focus_kind(lemma) is focus_class


def _bought_for_money(verb: Token) -> bool:
    """A verb of buying or selling whose "for" or "at" takes an amount of money: the price
    the buyer pays and the seller gets. Not the content of a noun ("its proposal to acquire
    Rexham for 43 dlrs", "a plan to buy"): what is proposed or planned is not paid."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TRADING_VERBS or verb.dep_ == "acl":
        return False
    # the amount may modify the preposition's object ("for 1.6 mln dlrs cash")
    return any(
        child.lower_ in _PRICE_MARKS and any(t.ent_type_ == "MONEY" for t in child.subtree)
        for child in verb.children
    )


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


def _meanings(token: Token) -> set[str]:
    """The token's stems, and the concepts it stands for ("investors": invest~) unless it
    is a word of a proper name ("Global Investors" names a unit; it is not investing)."""
    stems = set(terms(token.text))
    if token.pos_ == "PROPN":
        return {stem for stem in stems if not stem.endswith(CONCEPT_MARK)}
    return stems


def _content(token: Token) -> bool:
    """Not a function word: spaCy's stop list is blind to the part of speech ("mine" the
    pronoun, "mine" the pit; "show" the verb, "part" the noun)."""
    return not token.is_stop or token.pos_ in ("NOUN", "VERB")


def tie_to(entity: Span, anchors: list[tuple[Token, float]]) -> float:
    """How closely the entity is tied to the nearest anchor (0 when there is none)."""
    if not anchors:
        return 0.0
    # One edge away (the object of "hold", the name "called") is a full tie.
    return max(
        weight / (1.0 + 0.5 * max(_edges(entity.root, anchor) - 1, 0)) for anchor, weight in anchors
    )


# What a copula joins: its subject and the noun or adjective said of it.
_COPULA_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_COPULA_COMPLEMENTS = frozenset({"attr", "acomp"})


def _edges(a: Token, b: Token) -> int:
    """Edges between two words, the copula joining its subject and complement counting as
    one: "Drexel is sole underwriter" says what "underwriter Drexel" does (the copula has
    no meaning of its own)."""
    if a.head == b.head and a.head.lemma_ == "be":
        deps = {a.dep_, b.dep_}
        if deps & _COPULA_SUBJECTS and deps & _COPULA_COMPLEMENTS:
            return 1
    return distance(a, b)


def distance(a: Token, b: Token) -> int:
    """Edges on the dependency path between two tokens of one sentence."""
    path_a = [a, *a.ancestors]
    depth_b = {token.i: depth for depth, token in enumerate([b, *b.ancestors])}
    for depth_a, token in enumerate(path_a):
        if token.i in depth_b:
            return depth_a + depth_b[token.i]
    return len(path_a) + len(depth_b)
