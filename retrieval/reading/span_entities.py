"""The entities of an asked kind in a parsed sentence: spaCy's, those it left unlabelled,
names in apposition to the asked noun, and values a sentence gives the asked measure.

What `spans.candidates` then ties to the question; split from it so that finding the
entities and weighing them are read apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.names import name_key
from retrieval.nlp.patterns import CURRENCIES, NAMED_CURRENCIES, SYMBOLS
from retrieval.reading.amounts import measures_the
from retrieval.reading.answer_bounds import with_range, with_region, without_title
from retrieval.reading.asking import Part
from retrieval.reading.durations import TIME_UNITS, counts_time, names_a_day, one_unit
from retrieval.reading.kinds import AMOUNT_ANSWERS, NAME_ANSWERS, Kind
from retrieval.reading.measures import VALUE_LABELS, value_of
from retrieval.reading.named_things import coined_names
from retrieval.reading.unlabelled import (
    company_form,
    firms_in_the_role,
    named_by_focus,
    no_place,
    unlabelled_names,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Kinds whose answer is a proper name, which the NER may miss for small or foreign firms.
NAMED_KINDS = NAME_ANSWERS - {Kind.PERSON}  # people are found by the NER alone
_YEAR_DIGITS = 4


def gives_the_value(span: Span, part: Part) -> bool:
    """The amount is the value the sentence gives the asked noun: its "of" ("sales of
    914.1 mln dlrs"); or, but for a count (counted in the noun itself, never measured by
    it: "shares were 12 dlrs" is no number of shares), the copula's or a verb of level's
    subject it measures ("the conversion premium is 22.86 pct", "debt stood at ..."). A
    bare number before a noun counts it ("four loans"), whatever the noun's measure."""
    if value_of(entity=span, noun=part.focus):
        return True
    counts = span.label_ == "CARDINAL" and span.root.dep_ == "nummod"
    return part.kind is not Kind.COUNT and not counts and measures_the(span, part.focus)


def entities_of(
    doc: Doc, part: Part, labels: frozenset[str], anchors: list[tuple[Token, float]]
) -> list[Span]:
    """Entities of the asked kind; for a name, also the proper names the NER left
    unlabelled, those in apposition to the asked noun, and names with a legal form."""
    spans = [
        without_title(_with_owner(e))
        for e in doc.ents
        if e.label_ in labels and _fits(e, part.kind)
    ]
    if part.kind is Kind.PLACE:
        spans = [with_region(span) for span in spans]
    if part.focus:
        spans += _of_the_focus(doc, part, labels, anchors)
    if part.kind in AMOUNT_ANSWERS:
        spans = [with_range(span) for span in spans]
    # the name a legal form ended is no name of its own ("Corvell Hardy" of "Corvell Hardy
    # and Co Ltd")
    spans = [s for s in spans if not any(_inside(s, other) for other in spans)]
    if part.kind is Kind.AGENT:
        spans += [e for e in doc.ents if e.label_ == "GPE" and _acts(e)]
    if part.kind in NAMED_KINDS:
        spans += _names_unlabelled(doc, part, labels, anchors)
    if part.kind is Kind.NAME:
        spans += coined_names(doc)  # "Called biostimulation, the approach ..."
    return spans


def _of_the_focus(
    doc: Doc, part: Part, labels: frozenset[str], anchors: list[tuple[Token, float]]
) -> list[Span]:
    """Entities outside the kind's labels that the asked noun makes answers."""
    spans = []
    if part.kind is Kind.PERSON:
        spans += firms_in_the_role(doc, anchors)  # "lead manager Nomura International Ltd"
    if part.kind is Kind.COUNT:
        spans += [e for e in doc.ents if e.label_ == "MONEY" and counts_a_noun(e)]
        # "how many acres": a measure in the asked unit counts it ("190 acres")
        spans += [
            e
            for e in doc.ents
            if e.label_ == "QUANTITY"
            and (part.focus in {t.lemma_ for t in e} or measures_of(e, part.focus))
        ]
    if part.kind in AMOUNT_ANSWERS or part.kind is Kind.NAME:
        # "a maximum rate of 6,800 barrels", "the conversion premium is 22.86 pct": the
        # value the sentence gives the asked measure, in a unit the kind's own labels do
        # not cover (those are in already); "what is its total debt": a noun no class
        # lists may be a measure, whose value an amount gives
        spans += [
            e
            for e in doc.ents
            if e.label_ in VALUE_LABELS and e.label_ not in labels and gives_the_value(e, part)
        ]
    return spans


# Words and signs that say an amount is money ("12 mln dlrs", "$5m", "200,000 yuan").
_CURRENCY_MARKS = frozenset({*CURRENCIES, *NAMED_CURRENCIES, *SYMBOLS})
_SIGNS = frozenset(sign[-1] for sign in SYMBOLS)


def counts_a_noun(amount: Span) -> bool:
    """What the NER calls money but says in no currency and that modifies a noun as a
    number does ("one trillion calculations") counts that noun. A sum whose currency is
    only left out ("paid three billion", "124 billion yen and 153 billion in loans") is
    the object or conjunct of its clause, not a noun's number: it stays money."""
    return amount.root.dep_ == "nummod" and not in_a_currency(amount)


def in_a_currency(amount: Span) -> bool:
    """Money is said in a currency: by its name, its symbol (also inside a token,
    "NT$5"), or a unit written on the number ("700p", "5m" after a symbol)."""
    return any(
        t.lower_ in _CURRENCY_MARKS
        or not t.text[0].isalnum()
        or any(sign in t.text for sign in _SIGNS)
        or (t.text[0].isdigit() and t.text[-1].isalpha())
        for t in amount
    )


def measures_of(quantity: Span, noun: str | None) -> bool:
    """A measure phrase quantifies the noun its unit takes with "of" ("25,000 tonnes of
    soybeans", "3 mln barrels of oil": the pseudo-partitive): so much of the noun is how
    many of it there are (the question decides that the noun is counted)."""
    if noun is None:
        return False
    of = [c for c in quantity.root.children if c.dep_ == "prep" and c.lower_ == "of"]
    measured = [t for o in of for t in o.children if t.dep_ == "pobj"]
    return any(t.lemma_.lower() == noun.lower() for t in measured)


def _names_unlabelled(
    doc: Doc, part: Part, labels: frozenset[str], anchors: list[tuple[Token, float]]
) -> list[Span]:
    """Names the NER left unlabelled or labelled otherwise: proper names, those the asked
    noun sets in apposition, and (asked a firm) names with a legal form."""
    places = part.kind is Kind.PLACE
    things = part.kind is Kind.ENTITY
    unlabelled = [n for n in unlabelled_names(doc) if not (places and no_place(n))]
    spans = unlabelled + named_by_focus(doc, anchors, places=places, terms=things)
    if "ORG" in labels:
        spans += [e for e in doc.ents if e.label_ not in labels and company_form(e)]
    return spans


def _acts(place: Span) -> bool:
    """A country doing something is its government, a party as a firm is ("the Soviet
    Union will buy the plant's entire output"): the subject of a verb, not of "be"."""
    root = place.root
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB"


def _with_owner(entity: Span) -> Span:
    """A legal form on its own ("Co Ltd") ends the name before it, which the NER split off
    ("Jardine Matheson and Co Ltd", "Smith Barney, Harris Upham and Co")."""
    if name_key(entity.text):
        return entity
    start = entity.start
    while start > 0 and entity.doc[start - 1].lower_ in ("and", "&"):
        start -= 1
    while start > 0 and entity.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return entity.doc[start : entity.end]


def _inside(span: Span, other: Span) -> bool:
    """`span` is a strict part of `other`."""
    return other.start <= span.start and span.end <= other.end and len(other) > len(span)


def _fits(entity: Span, kind: Kind) -> bool:

    if kind is Kind.ELAPSED:
        # a duration ("13 years"), or the start of one ("2010", "since March 1985")
        year = any(t.text.isdigit() and len(t.text) == _YEAR_DIGITS for t in entity)
        return year or _fits(entity, Kind.DURATION)
    words = {token.lower_ for token in entity}
    if kind is Kind.DURATION and entity.label_ == "CARDINAL":
        # "120 ... years": a bare number with a time unit close by
        window = entity.doc[max(entity.start - 3, 0) : entity.end + 8]
        return any(token.lower_ in TIME_UNITS for token in window)
    if kind is Kind.DURATION:
        # "18 months", "two-year", "in a year", not "last year"
        counted = (
            any(counts_time(token) for token in entity)
            or any("-" in w for w in words)
            or (len(entity) == 2 and one_unit(entity.doc, entity.start))  # "in a year"
        )
        return (
            bool(words & TIME_UNITS or any(w.endswith(tuple(TIME_UNITS)) for w in words))
            and counted
            and not names_a_day(entity)
        )
    if kind is Kind.COUNT:
        # A year is a date, not a count.
        text = entity.text.replace(",", "")
        return not (text.isdigit() and len(text) == _YEAR_DIGITS and text[:2] in ("19", "20"))
    return True
