"""The kind of answer a question part asks for, read from its parse.

A part's kind comes from its interrogative word and the noun it asks about ("what stake" ->
stake or percentage, "which shipyard" -> organisation, "how many jobs" -> a count), or from
the verb ("what did they pay" -> money, "what is it called" -> a name); a part without an
interrogative asks about its head noun ("price per share") or is a yes/no clause. Besides
the kind: the noun asked about (the focus), the part's main verb (the predicate), and
whether several answers are wanted ("which two organisations").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from retrieval.nlp.noun_classes import names_a_possession
from retrieval.nlp.wordnet import derived_nouns, kinds_above
from retrieval.reading.interrogatives import has_a_twin
from retrieval.reading.kinds import (
    MONEY_VERBS,
    NAMING_VERBS,
    OFFER_WORDS,
    PERSON_VERBS,
    RESULT_NOUNS,
    TIME_UNITS,
    Kind,
    focus_kind,
    measured_kind,
)
from retrieval.reading.predicates import main_predicate
from retrieval.reading.question_parts import COORDINATORS
from retrieval.reading.question_syntax import (
    adverbial_clauses,
    copula_noun,
    determined_noun,
    head_noun,
    kind_of,
    lemma,
    modified_noun,
    noun_after,
    object_noun,
    partitive_noun,
    partners_ever,
    perfect,
    subject,
)
from retrieval.reading.rates import asks_each
from retrieval.reading.verb_objects import (
    a_price_for,
    changed_object,
    in_money,
    leads_an_act,
    new_value_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# "How much/many/long..." asks for a quantity of the kind its adjective names.
HOW_KINDS = {
    "many": Kind.COUNT,
    "long": Kind.DURATION,
    "old": Kind.DURATION,
    "often": Kind.COUNT,
    "big": Kind.AMOUNT,
    "large": Kind.AMOUNT,
    "far": Kind.AMOUNT,
    "high": Kind.AMOUNT,
    # a point in time: "how soon will the deal close" ("within 120 days", "by June")
    "soon": Kind.DATE,
    "early": Kind.DATE,
    "quickly": Kind.DURATION,
}
# Kinds a manner question can ask of its subject ("how will ownership be split").
QUANTITY_KINDS = frozenset({Kind.PERCENT, Kind.MONEY, Kind.COUNT})
# Verbs whose passive, asked "how", asks how a firm's ownership is shared out.
OWNING_VERBS = frozenset({"own", "hold", "split", "divide", "share"})
SIMPLE_WH = {"when": Kind.DATE, "where": Kind.PLACE, "why": Kind.REASON}
# Noun tags that ask for several answers at once ("which companies").
PLURAL_ASKS = frozenset({"NNS", "NNPS"})


@dataclass(frozen=True)
class _Ask:
    kind: Kind
    focus: str | None = None
    several: bool = False


def asked_kind(
    span: Span, anchor: Token | None, described: frozenset[int] = frozenset()
) -> tuple[Kind, str | None, str | None, bool]:
    """The part's kind, focus noun, predicate verb, and whether it wants several answers.
    The verb of a clause describing a name ("the venture that won") is not the asked one."""
    predicate = main_predicate(span, described | adverbial_clauses(span, anchor), anchor)
    ask = _ask(span, anchor, predicate, described)
    return ask.kind, ask.focus, predicate, ask.several


def _ask(
    span: Span, anchor: Token | None, predicate: str | None, described: frozenset[int]
) -> _Ask:
    if anchor is None:
        if _asks_yes_or_no(span):
            return _Ask(Kind.THING)  # "will it still have a hand in running the place?"
        head = head_noun(span)
        return _Ask(kind_of(head) or Kind.THING, lemma(head))
    word = anchor.lower_
    if word == "how":
        return _how_ask(span, anchor, predicate)
    if word in SIMPLE_WH:
        # "when ...": a date; "where is the new plant": the place of the subject; "where
        # did its share price fall to": a level, not a place
        changed = _changed_ask(span, anchor, None) if word == "where" else None
        # not a noun describing the name asked about ("where is Isis, the software house
        # ..., based": Isis, not a house)
        where = lemma(subject(span, described)) if word == "where" else None
        return changed or _Ask(SIMPLE_WH[word], where)
    noun = determined_noun(anchor) or copula_noun(span, anchor)
    if word in ("who", "whom", "whose"):
        return _who_ask(span, noun, predicate)
    return _changed_ask(span, anchor, noun) or _what_ask(anchor, noun, predicate)


def _changed_ask(span: Span, anchor: Token, noun: Token | None) -> _Ask | None:
    """ "what does its interest fall to": the new value of what changes, of its kind."""
    changed = new_value_of(span, anchor) if noun is None else None
    kind = kind_of(changed)
    # "to what did it cut the rating": a grade, as a quantity's new value is an amount
    return _Ask(kind, lemma(changed)) if kind in QUANTITY_KINDS | {Kind.RATING} else None


def _how_ask(span: Span, anchor: Token, predicate: str | None) -> _Ask:
    following = anchor.nbor(1) if anchor.i + 1 < len(anchor.doc) else None
    word = following.lower_ if following is not None else ""
    if following is None or (word not in HOW_KINDS and word != "much"):
        return _manner_ask(span, predicate)
    noun = modified_noun(following) or noun_after(following)
    if noun is None and word == "many":
        noun = partitive_noun(following)
    if noun is not None and not span.start <= noun.i < span.end:
        noun = None  # "how big, how much money": the noun of the next part is not this one's
    noun_kind = kind_of(noun)
    if word == "many":
        return _how_many(span, noun)
    if word == "much":
        return _how_much(span, following, noun, predicate)
    if noun_kind is not None:
        return _Ask(noun_kind, lemma(noun))  # "how big a slice" -> a share
    kind = HOW_KINDS[word]
    if kind is Kind.DURATION and perfect(span):
        kind = Kind.ELAPSED  # "how long have they been working together": since when
    # "how far does Amcor want to lift its holding": the measured noun is the object; in
    # "how big is its holding", the copula's subject
    measured = object_noun(span) or subject(span)
    if kind is Kind.AMOUNT and noun is None and kind_of(measured) in QUANTITY_KINDS:
        return _Ask(kind_of(measured) or kind, lemma(measured))
    return _Ask(kind, lemma(noun))


def _how_many(span: Span, noun: Token | None) -> _Ask:
    """ "how many shares": a count, whatever the noun; but "over how many years": a count
    of time units is a length of time (not "in how many years": occasions)."""
    # "in how many years did it post a loss" counts occasions, not a length of time
    counted = noun is not None and noun.head.lower_ == "in"
    if lemma(noun) in TIME_UNITS and not counted:
        return _Ask(Kind.ELAPSED if perfect(span) else Kind.DURATION, lemma(noun))
    return _Ask(Kind.COUNT, lemma(noun))


def _manner_ask(span: Span, predicate: str | None) -> _Ask:
    """ "how are they selling": a manner; but "how will ownership be split" asks for the
    shares of its subject, whose noun says what kind of answer it is, "how will they
    divide ownership" those of its object, and "how is the venture owned" (a passive verb
    of owning or dividing) its owners' shares."""
    divided = subject(span)
    kind = kind_of(divided)
    if kind in QUANTITY_KINDS:
        return _Ask(kind or Kind.THING, lemma(divided), True)
    # "how will they divide ownership": what is dealt out is the object
    dealt = object_noun(span)
    if asks_each(span) and kind_of(dealt) in QUANTITY_KINDS:
        return _Ask(kind_of(dealt) or Kind.THING, lemma(dealt), True)
    # "how is the venture owned", "how is it split between them": the owners' shares
    if predicate in OWNING_VERBS and _passive(span, predicate):
        return _Ask(Kind.PERCENT, None, True)
    return _Ask(Kind.THING)


def _passive(span: Span, predicate: str) -> bool:
    """The part's verb is a passive participle: marked so by the parse, or after a form of
    "be" with no "have" ("how is the venture split": the parser may take "split" for a
    past tense, and "owned" for a modifier of the subject)."""
    for token in span:
        # a particle makes another verb ("the deal was held up")
        phrasal = any(c.dep_ == "prt" for c in token.children)
        if token.lemma_ != predicate or token.tag_ not in ("VBN", "VBD") or phrasal:
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
            return True
        before = {t.lemma_ for t in span if t.i < token.i and t.pos_ == "AUX"}
        if "be" in before and "have" not in before:
            return True
    return False


def _how_much(span: Span, much: Token, noun: Token | None, predicate: str | None) -> _Ask:
    """ "how much a share" is a price, "how much of Magma" a part of it (a share or a
    number of its shares, never a sum of money; but "how much of its debt" is money),
    "how much fuel oil" a quantity, "how much did they pay" money."""
    following = much.nbor(1) if much.i + 1 < len(much.doc) else None
    if following is not None and following.lower_ == "of":
        return _Ask(Kind.PORTION if _owned_whole(following) else Kind.AMOUNT)
    form = _form_of_sum(following)
    if form is not None:
        return _Ask(Kind.MONEY, lemma(form))
    per = much.i + 1 < len(much.doc) and much.doc[much.i + 1].lower_ in ("a", "an", "per", "each")
    if kind_of(noun) is Kind.MONEY or (noun is not None and per):
        # "how much a share": money per share
        return _Ask(Kind.MONEY, lemma(noun))
    verb = next((t for t in span if t.pos_ == "VERB" and t.lemma_ == predicate), much.head)
    changed = changed_object(verb)
    if noun is None and changed is not None:
        # "by how much did it raise its shipment targets": the change of what the verb
        # moves, not a sum raised
        return _Ask(kind_of(changed) or Kind.AMOUNT, lemma(changed))
    # "how much is Alcan offering": what is offered for a firm is a price; "how much was
    # the missed installment": the sum the copula's subject is
    # "how much did it earn in sales": what is counted in money is money
    money_verb = predicate in MONEY_VERBS | OFFER_WORDS or in_money(verb)
    if noun is None and (money_verb or predicate is None):
        measured = copula_noun(span, much) if predicate is None else None
        summed = measured is not None and kind_of(measured) in (Kind.MONEY, None)
        return _Ask(Kind.MONEY, lemma(measured) if summed else None)
    return _Ask(Kind.AMOUNT, lemma(noun))


def _form_of_sum(following: Token | None) -> Token | None:
    """ "how much in damages", "how much in government loans": a sum is given in the form
    it takes ("20 mln dlrs in damages"), so the common noun after "in" is what the asked
    money is, never a place ("how much in Texas")."""
    if following is None or following.lower_ != "in":
        return None
    form = next((c for c in following.children if c.dep_ == "pobj"), None)
    if form is None or form.pos_ != "NOUN" or kind_of(form) not in (Kind.MONEY, None):
        return None
    # a unit counts what is asked ("how much in tonnes of wheat", "in barrels per day");
    # "in percentage terms" says how it is measured
    after = form.nbor(1).lower_ if form.i + 1 < len(form.doc) else ""
    unit = "unit_of_measurement" in kinds_above(form.lemma_.lower())
    if unit or after in ("of", "per", "a") or form.lemma_.lower() == "term":
        return None
    return form


# Nouns for what is owned in parts: a firm's shares, stock, equity, votes.
OWNED_WHOLES = frozenset("share stock equity right vote ownership".split())


def _owned_whole(of: Token) -> bool:
    """The whole after "how much of" is a firm (a name, "the company") or its ownership
    ("its voting rights"), not a sum ("its debt")."""
    whole = next((c for c in of.children if c.dep_ == "pobj"), None)
    if whole is None:
        return False
    return whole.pos_ == "PROPN" or kind_of(whole) is Kind.ORG or whole.lemma_ in OWNED_WHOLES


def _asks_yes_or_no(span: Span) -> bool:
    """A part opening with an auxiliary is a yes/no question ("Is Bank of Ceylon ...",
    "did Southcorp take it")."""
    first = next((t for t in span if not t.is_punct and t.lower_ not in COORDINATORS), None)
    return first is not None and first.pos_ == "AUX"


def _who_ask(span: Span, noun: Token | None, predicate: str | None) -> _Ask:
    if noun is None and partners_ever(span, predicate):
        return _Ask(Kind.ORG, None, True)  # "who has X teamed up with": every partner
    kind = kind_of(noun)
    several = noun is not None and noun.tag_ in PLURAL_ASKS  # "who are its partners"
    led = predicate in PERSON_VERBS and not leads_an_act(span, predicate)
    if led or kind is Kind.PERSON:
        return _Ask(Kind.PERSON, lemma(noun), several)
    return _Ask(Kind.ORG if kind is Kind.ORG else Kind.AGENT, lemma(noun), several)


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


def _what_ask(anchor: Token, noun: Token | None, predicate: str | None) -> _Ask:
    # "what earnings", "what sales": a period's result is one amount, plural or not
    result = noun is not None and noun.lower_ in RESULT_NOUNS
    several = noun is not None and (
        (noun.tag_ in PLURAL_ASKS and not _agrees_singular(noun) and not result)
        or any(c.dep_ == "nummod" for c in noun.children)
    )
    focus = lemma(noun)
    if predicate in NAMING_VERBS and not _the_namer(noun or anchor):
        return _Ask(Kind.NAME, focus, several)  # "what is it called"
    copula = anchor.head.lemma_ == "be"
    # an object of the money verb, however the parser names it ("what did it cost them":
    # "what" comes out a dative beside the object "them")
    if predicate in MONEY_VERBS and (copula or (noun is None and _an_object(anchor))):
        return _Ask(Kind.MONEY, focus, several)  # "what is it worth", "what did they pay"
    if noun is None:
        # "what did they hand over in cash": what is given in money is money
        money = in_money(anchor.head) or a_price_for(anchor)
        return _Ask(Kind.MONEY if money else _graded(predicate) or Kind.THING)
    if copula and _bare_figures(noun):
        return _Ask(Kind.AMOUNT, None, several)  # "net income - what are the numbers"
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
    elif kind is None and copula and noun.dep_ in ("nsubj", "attr") and not several:
        kind = Kind.NAME  # "What is the outfit that combines ...": its identity
    return _Ask(kind or Kind.THING, focus, several)


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


# Adjectives of frequency: what they qualify is counted per period.
_PER_PERIOD = frozenset({"annual", "yearly", "monthly", "weekly", "daily", "quarterly"})


def _per_period(noun: Token) -> bool:
    """ "what is the annual target": a thing had or done so much each year is an amount."""
    return any(c.dep_ == "amod" and c.lower_ in _PER_PERIOD for c in noun.children)


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
