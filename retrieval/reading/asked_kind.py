"""The kind of answer a question part asks for, read from its parse.

A part's kind comes from its interrogative word and the noun it asks about ("what stake" ->
stake or percentage, "which shipyard" -> organisation, "how many jobs" -> a count), or from
the verb ("what did they pay" -> money, "what is it called" -> a name); a part without an
interrogative is read by verbless_asks (its head noun, or a yes/no clause). Besides
the kind: the noun asked about (the focus), the part's main verb (the predicate), and
whether several answers are wanted ("which two organisations"). A part opening with "how"
is read by retrieval.reading.how_asks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.noun_classes import names_a_possession
from retrieval.nlp.wordnet import kinds_above_any
from retrieval.nlp.wordnet_derivations import derived_nouns
from retrieval.reading.how_asks import QUANTITY_KINDS, Ask, how_ask
from retrieval.reading.interrogatives import has_a_twin
from retrieval.reading.kinds import (
    CHANGE_VERBS,
    FREQUENCY_ADJECTIVES,
    MONEY_VERBS,
    NAMING_VERBS,
    PERSON_VERBS,
    RESULT_NOUNS,
    Kind,
    focus_kind,
    measured_kind,
)
from retrieval.reading.noun_kinds import kind_of, lemma
from retrieval.reading.predicates import main_predicate
from retrieval.reading.question_clauses import adverbial_clauses, partners_ever
from retrieval.reading.question_syntax import copula_noun, determined_noun, subject
from retrieval.reading.verb_objects import (
    a_price_for,
    in_money,
    leads_an_act,
    new_value_of,
    put_in_money,
)
from retrieval.reading.verbless_asks import verbless_ask
from retrieval.text import YEAR_PATTERN

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SIMPLE_WH = {"when": Kind.DATE, "where": Kind.PLACE, "why": Kind.REASON}
# Noun tags that ask for several answers at once ("which companies").
PLURAL_ASKS = frozenset({"NNS", "NNPS"})


def asked_kind(
    span: Span, anchor: Token | None, described: frozenset[int] = frozenset()
) -> tuple[Kind, str | None, str | None, bool]:
    """The part's kind, focus noun, predicate verb, and whether it wants several answers.
    The verb of a clause describing a name ("the venture that won") is not the asked one."""
    predicate = main_predicate(span, described | adverbial_clauses(span, anchor), anchor)
    ask = _ask(span, anchor, predicate, described)
    return ask.kind, ask.focus, predicate, ask.several


def _ask(span: Span, anchor: Token | None, predicate: str | None, described: frozenset[int]) -> Ask:
    if anchor is None:
        return verbless_ask(span)
    word = anchor.lower_
    if word == "how":
        return how_ask(span, anchor, predicate)
    if word in SIMPLE_WH:
        # "when ...": a date; "where is the new plant": the place of the subject; "where
        # did its share price fall to": a level, not a place
        changed = _changed_ask(span, anchor, None, predicate) if word == "where" else None
        # not a noun describing the name asked about ("where is Isis, the software house
        # ..., based": Isis, not a house)
        where = lemma(subject(span, described)) if word == "where" else None
        return changed or Ask(SIMPLE_WH[word], where)
    noun = determined_noun(anchor) or copula_noun(span, anchor)
    if word in ("who", "whom", "whose"):
        return _who_ask(span, noun, predicate)
    return _changed_ask(span, anchor, noun, predicate) or _what_ask(anchor, noun, predicate)


def _changed_ask(
    span: Span, anchor: Token, noun: Token | None, predicate: str | None
) -> Ask | None:
    """ "what does its interest fall to": the new value of what changes, of its kind. So
    too "to what level did its debt fall": a noun naming a place on a scale ("level",
    "point") that a change reaches names only where what changes got to."""
    if noun is not None and not _a_level_reached(noun, predicate):
        return None  # "to what company did it sell", "to what end": the noun's own kind
    changed = new_value_of(span, anchor if noun is None else noun)
    kind = kind_of(changed)
    # "to what did it cut the rating": a grade, as a quantity's new value is an amount
    if kind in QUANTITY_KINDS | {Kind.RATING}:
        return Ask(kind, lemma(changed))
    # the level reached by what has no kind of ours ("the crude flow"), or by what the
    # parse lost ("did its debt fall" read as a noun "debt fall"), is still a figure
    return Ask(Kind.AMOUNT, lemma(changed)) if noun is not None else None


# Nouns naming a place on a scale: "to what level/point" asks where a change got to, as
# "to what end/use/extent" (an aim, a use, a degree of change) does not.
LEVEL_NOUNS = frozenset({"level", "point", "figure", "mark"})


def _a_level_reached(noun: Token, predicate: str | None) -> bool:
    """ "to what level did it fall": a noun naming a place on a scale that a verb of
    change reaches by "to". The parser may read the verb as a noun ("did its debt fall")
    or hang the fronted "to" on "did": the part's own verb is then the one it belongs to
    (only then: a verb elsewhere, "the funds raised", is not what the "to" belongs to)."""
    to = noun.head
    if noun.lemma_.lower() not in LEVEL_NOUNS or kind_of(noun):
        return False
    if noun.dep_ not in ("pobj", "pcomp") or to.lower_ != "to":
        return False
    clause = [to.head, *to.head.children]  # "did its debt fall": "fall" a noun under "did"
    on_did = to.head.lemma_.lower() == "do" and predicate in CHANGE_VERBS
    return on_did or any(t.lemma_.lower() in CHANGE_VERBS for t in clause)


def _who_ask(span: Span, noun: Token | None, predicate: str | None) -> Ask:
    if noun is None and partners_ever(span, predicate):
        return Ask(Kind.ORG, None, True)  # "who has X teamed up with": every partner
    kind = kind_of(noun)
    several = noun is not None and noun.tag_ in PLURAL_ASKS  # "who are its partners"
    led = predicate in PERSON_VERBS and not leads_an_act(span, predicate)
    if led or kind is Kind.PERSON:
        return Ask(Kind.PERSON, lemma(noun), several)
    return Ask(Kind.ORG if kind is Kind.ORG else Kind.AGENT, lemma(noun), several)


OBJECTS = frozenset({"dobj", "pobj", "dative", "iobj"})


def _an_object(anchor: Token) -> bool:
    """The wh-word is an object, however the parser names it: a clause with a subject of
    its own ("what is Corvex paying Halden": "what" comes out a second subject) has it
    as the thing done to. "did" before its subject supports the verb after that subject
    and takes no attribute: a wh-word the parse hangs on it as one ("what did Vetra Osko
    pay", the verb read as a noun of the subject) is that verb's object."""
    if anchor.dep_ == "attr" and anchor.head.lemma_ == "do":
        return True
    return anchor.dep_ in OBJECTS or (anchor.dep_ == "nsubj" and has_a_twin(anchor))


def _what_ask(anchor: Token, noun: Token | None, predicate: str | None) -> Ask:
    # "what earnings", "what sales": a period's result is one amount, plural or not
    result = noun is not None and noun.lower_ in RESULT_NOUNS
    several = noun is not None and (
        (noun.tag_ in PLURAL_ASKS and not _agrees_singular(noun) and not result)
        or any(c.dep_ == "nummod" and not _a_year(c) for c in noun.children)
    )
    focus = lemma(noun)
    if predicate in NAMING_VERBS and not _the_namer(noun or anchor):
        return Ask(Kind.NAME, focus, several)  # "what is it called"
    copula = anchor.head.lemma_ == "be"
    # an object of the money verb, however the parser names it ("what did it cost them":
    # "what" comes out a dative beside the object "them")
    if predicate in MONEY_VERBS and (copula or (noun is None and _an_object(anchor))):
        return Ask(Kind.MONEY, focus, several)  # "what is it worth", "what did they pay"
    if noun is None:
        # "what did they hand over in cash": what is given in money is money
        # "what did Texaco put on the table": what a party puts in or offers is money
        money = in_money(anchor.head) or a_price_for(anchor) or put_in_money(anchor.head)
        return Ask(Kind.MONEY if money else _graded(predicate) or Kind.THING)
    if copula and _bare_figures(noun):
        return Ask(Kind.AMOUNT, None, several)  # "net income - what are the numbers"
    return Ask(_noun_kind(anchor, noun, copula=copula, several=several), focus, several)


def _noun_kind(anchor: Token, noun: Token, *, copula: bool, several: bool) -> Kind:
    """The kind the noun a "what"/"which" determines asks for."""
    # last, a noun no class lists but whose sense is a quantity ("what is the fare range"),
    # after a compound that carries a class ("what price range": a price)
    kind = kind_of(noun) or measured_kind(noun.lemma_)
    if kind in (None, Kind.PERCENT) and _per_period(noun):
        # "what is the annual target"; "at what monthly rate": so many a month, or a
        # percentage
        kind = Kind.AMOUNT
    if kind is Kind.DURATION and _placed_in_time(noun):
        kind = Kind.DATE  # "in which period will it be recorded": when, not how long
    if kind is Kind.PERCENT and anchor.lower_ == "which" and names_a_possession(noun.lemma_):
        # "which holdings has it sold": picking out things owned asks which they are (what
        # they are in), not their size, as "what stake" does
        kind = Kind.ENTITY
    elif kind is None and anchor.lower_ == "which" and not several:
        # "which consumer goods giant": picking one out of a class asks for its name
        # ("which service areas", plural, asks for a description of several).
        kind = Kind.ENTITY
    elif kind is None and _runs_for(noun):
        kind = Kind.DURATION  # "what is the loan's term": how long the loan runs
    elif kind is None and copula and noun.dep_ in ("nsubj", "attr") and not several:
        kind = Kind.NAME  # "What is the outfit that combines ...": its identity
    return kind or Kind.THING


def _runs_for(noun: Token) -> bool:
    """A singular noun with a sense of a stretch of time, said of a thing it belongs to
    ("the loan's term", "the term of the contract"): the time that thing runs, not a word
    (the term's first sense). Plural "terms" are conditions; a term "for" something
    ("Corvex's term for the venture") is a word for it."""
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    owned = "of" in preps or any(c.dep_ == "poss" for c in noun.children)
    return (
        owned
        and "for" not in preps
        and noun.tag_ == "NN"
        and "time_period" in kinds_above_any(noun.lemma_.lower())
    )


def _a_year(number: Token) -> bool:
    """A year before a noun dates it, not counts it ("which 1986 purchase": one purchase)."""
    return YEAR_PATTERN.fullmatch(number.text) is not None


# Prepositions that place an event inside a stretch of time ("in", "during"), as against
# those measuring one ("for what period", "within what period").
_PLACING_IN_TIME = frozenset({"in", "during"})


def _graded(verb: str | None) -> Kind | None:
    """ "what is the paper rated": a verb whose act WordNet names by a noun of a rating
    ("rate": "rating") asks the grade given."""
    rated = verb is not None and any(focus_kind(n) is Kind.RATING for n in derived_nouns(verb))
    return Kind.RATING if rated else None


def _placed_in_time(noun: Token) -> bool:
    """The asked period is where in time something happens ("in which period"): picking
    one period out asks a date; "for what period" asks a length of time."""
    return noun.dep_ in ("pobj", "pcomp") and noun.head.lower_ in _PLACING_IN_TIME


# Nouns of a figure as such: "what are the numbers", "what were the figures".
_FIGURE_NOUNS = frozenset({"number", "figure"})


def _bare_figures(noun: Token) -> bool:
    """ "What are the numbers?" asks the figures of what was said before it; "the number
    of stores" counts its "of" complement (a count, as "how many")."""
    counted = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return noun.lemma_.lower() in _FIGURE_NOUNS and not counted


def _per_period(noun: Token) -> bool:
    """ "what is the annual target": a thing had or done so much each year is an amount."""
    return any(c.dep_ == "amod" and c.lower_ in FREQUENCY_ADJECTIVES for c in noun.children)


def _the_namer(asked: Token) -> bool:
    """ "which chairman called the merger anti-competitive": the active subject of a naming
    verb with an object of its own is who names, not the name ("what is it called")."""
    verb = asked.head
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    return asked.dep_ == "nsubj" and verb.lemma_ in NAMING_VERBS and has_object


def _agrees_singular(noun: Token) -> bool:
    """A coordinated subject the verb agrees with as singular ("which savings and loan
    has agreed"): the coordination names one thing, whatever its head's ending."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or not noun.conjuncts:
        return False
    verb = noun.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.pos_ != "VERB" or subjects != [noun]:
        # "which banks and brokers is Corvex using": the parse may hang the noun on an
        # auxiliary that agrees with another subject
        return False
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ == "VBZ" or t.lower_ in ("was", "has", "is", "does") for t in finite)
