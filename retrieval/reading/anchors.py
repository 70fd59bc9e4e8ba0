"""Anchors: the words of a parsed sentence that a question part asks about, and ties.

An anchor is weighted by how directly it is what the part asks about: its focus noun or
verb counts fully, a noun of the focus noun's class ("holding" for "stake") almost as much,
its other words and the asked names less. An entity's tie is 1 / (1 + the length of the
dependency path) to the nearest anchor, times the anchor's weight: "Fiat and STET each hold
48 pct of Telit" ties "48 pct" to "hold" in one step, while a figure in another clause of
the same sentence is several steps away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.abbreviations import short_form_key
from retrieval.nlp.wordnet import relatives, ways_of
from retrieval.reading.anchor_words import AskedWords, asked_words
from retrieval.reading.asked_preposition import PREPOSITION_TAGS
from retrieval.reading.asking import Part
from retrieval.reading.doer_acts import names_the_doers_act
from retrieval.reading.kinds import (
    PRICE_MARKS,
    TRADING_VERBS,
    Kind,
    focus_kind,
    of_one_class,
)
from retrieval.reading.noun_kinds import hyphenated
from retrieval.reading.phrasal_classes import does_a_way_asked
from retrieval.reading.phrasals import paying_phrasal
from retrieval.reading.predicates import GENERAL_VERBS
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


# The prepositions taking a sale's price ("bought X for 10 mln dlrs", "sold the stake at
# 11 dlrs a share").


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
    where the sentence writes that name (anchor_words._written_whole)."""
    asked = asked_words(doc, part, expansions or {}, kin, written_out)
    found = []
    for token in doc:
        expanded = asked.expansions.get(short_form_key(token.text), frozenset())
        weight = _asked_itself(token, asked, expanded)
        if weight is None:
            weight = _about_the_asked(token, asked, expanded)
        if weight is not None:
            found.append((token, weight))
    return found


def _asked_itself(token: Token, asked: AskedWords, expanded: frozenset[str]) -> float | None:
    """The token's weight if it names what the part asks: the asked noun or verb itself, its
    preposition, a noun of its class or near it in meaning, a word of its main senses."""
    part, lemma = asked.part, token.lemma_.lower()
    whole = hyphenated(token) if asked.hyphenated else None  # "tie-ups" for "tie-up"
    paying = part.predicate == "pay" and paying_phrasal(token)  # "laid out 50 mln"
    # "20,000 vtrs" for "how many video recorders"
    short_form = bool(expanded and asked.focus_stems & expanded)
    if lemma in asked.lemmas or whole in asked.lemmas or paying or short_form:
        return 1.0
    if part.preposition and token.pos_ in PREPOSITION_TAGS and lemma == part.preposition:
        return FOCUS_WEIGHT  # "until January 1999" for "until when"
    focus_class = asked.focus_class
    of_the_class = (
        focus_class is not None and token.pos_ == "NOUN" and _of_the_class(part, focus_class, lemma)
    )
    if of_the_class or _names_the_asked(token, asked.near, asked.doers):
        return FOCUS_WEIGHT
    if lemma in asked.same_sense and not token.is_stop and token.pos_ in ("NOUN", "VERB"):
        return OTHER_WEIGHT  # "will explore" for "where will it search"
    return None


def _about_the_asked(token: Token, asked: AskedWords, expanded: frozenset[str]) -> float | None:
    """The token's weight if it tells of what the part asks without naming it: a verb of
    the asked act's sense or way, of buying for money, of the asked kind, or the doer's
    act; another of the part's words; an asked name."""
    part, lemma = asked.part, token.lemma_.lower()
    if (token.pos_ == "VERB" and _means_the_asked(lemma, part.predicate)) or (
        does_a_way_asked(token, part)  # "X was created" for "who came up with X"
    ):
        return OTHER_WEIGHT  # "will retain" for "who keeps"
    if (asked.buying and _bought_for_money(token)) or (  # "acquire X for 100 mln dlrs"
        token.pos_ == "VERB" and lemma in asked.kind_verbs  # "will own 80 pct" for a split
    ):
        return FOCUS_WEIGHT
    # below the kind's verbs: "founded" keeps FOCUS_WEIGHT for "who is the founder"
    if names_the_doers_act(token, part) or (  # "owned by Corvex" for "who is the owner"
        _content(token) and (_meanings(token) | expanded) & asked.wanted
    ):
        return OTHER_WEIGHT
    if token.pos_ == "PROPN" and token.lower_ in asked.named:
        return NAME_WEIGHT  # the answer is about the asked parties
    return None


def _names_the_asked(token: Token, near: frozenset[str], doers: frozenset[str]) -> bool:
    """A noun near the asked one in meaning ("36 planes" for "how many aircraft"), or its
    synonym, which names the asked thing itself ("12 movies" for "how many films"); a
    title naming the doer of the asked act ("Mobil Chairman Allen Murray" for "who chairs
    Mobil"), a proper noun when written as part of a name."""
    lemma = token.lemma_.lower()
    return (token.pos_ == "NOUN" and lemma in near) or (
        token.pos_ in ("NOUN", "PROPN") and lemma in doers
    )


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
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TRADING_VERBS or verb.dep_ == "acl":
        return False
    # the amount may modify the preposition's object ("for 1.6 mln dlrs cash")
    return any(
        child.lower_ in PRICE_MARKS and any(t.ent_type_ == "MONEY" for t in child.subtree)
        for child in verb.children
    )


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
