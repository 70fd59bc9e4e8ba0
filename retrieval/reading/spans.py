"""Answer candidates of an asked kind in a parsed sentence, best tied first (`cheap_look`
says which sentences are worth parsing for one).

A candidate is an entity of the right kind (spaCy NER, plus the newswire unit patterns)
that the question does not already name; for kinds answered by a name, also the proper
names the NER left unlabelled or that stand in apposition to the asked noun. How closely
each is tied to what the part asks about is measured in `anchors`; a sentence that speaks
of another party is caught in `relations`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from retrieval.nlp.names import name_key
from retrieval.nlp.patterns import SCALES, SYMBOLS
from retrieval.reading.amounts import holder_tie, measures_the
from retrieval.reading.anchors import FOCUS_WEIGHT, anchor_tokens, tie_to
from retrieval.reading.answer_bounds import (
    with_range,
    with_region,
    without_conversions,
    without_nested,
    without_title,
)
from retrieval.reading.asked_match import is_asked_name, names_the_place
from retrieval.reading.asked_years import asked_periods, for_another_period
from retrieval.reading.asking import Part
from retrieval.reading.consideration import securities_paid, whole_consideration
from retrieval.reading.durations import TIME_UNITS, one_unit
from retrieval.reading.kind_ties import as_asked
from retrieval.reading.kinds import AMOUNT_ANSWERS, ENTITY_LABELS, NAME_ANSWERS, Kind
from retrieval.reading.measures import VALUE_LABELS, quantifies, value_of
from retrieval.reading.nationality import a_peoples_adjective
from retrieval.reading.no_answer import rejected
from retrieval.reading.payments import asks_a_price_paid
from retrieval.reading.possessed import owns_the_asked
from retrieval.reading.qualifiers import named_after_qualifier
from retrieval.reading.reasons import reason_clauses
from retrieval.reading.relations import AGENT_KINDS, does_the_asked_act, undergoes_the_asked
from retrieval.reading.reported_ties import beside_the_report
from retrieval.reading.result_levels import the_asked_result
from retrieval.reading.sale_sides import takes_the_asked_side
from retrieval.reading.unlabelled import (
    company_form,
    firms_in_the_role,
    name_run,
    named_by_focus,
    no_place,
    unlabelled_names,
)
from retrieval.registry.syntax import verb_above
from retrieval.text import ALLIANCE_CONCEPT, terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from retrieval.reading.anchors import Expansions

# Kinds whose answer is a proper name, which the NER may miss for small or foreign firms.
NAMED_KINDS = NAME_ANSWERS - {Kind.PERSON}  # people are found by the NER alone
_YEAR_DIGITS = 4
# An amount stated for another year or month than the one asked.
OTHER_PERIOD_PENALTY = 0.5


@dataclass(frozen=True)
class Candidate:
    text: str
    start: int  # token offsets in the sentence doc
    end: int
    tie: float


def candidates(
    doc: Doc,
    part: Part,
    *,
    asked_names: Iterable[str],
    question: str,
    expansions: Expansions | None = None,
    kin: frozenset[str] = frozenset(),
    owners: Iterable[str] | None = None,
) -> list[Candidate]:
    """Answer candidates for `part` in `doc`, best tied first. `expansions`: the words of
    the short forms the article defines ("vtrs": video tape recorders); `kin`: nouns near
    the counted one in meaning ("planes" for "aircraft"); `owners`: the asked names that
    can own an amount, not those saying where a party is from ("the largest US copper
    producer" paid what a named firm paid); all asked names if None."""
    anchors = anchor_tokens(doc, part, expansions, kin)
    if part.kind is Kind.REASON:
        return _reasons(doc, anchors)
    labels = ENTITY_LABELS.get(part.kind)
    if labels is None:
        return []
    names = list(asked_names)
    owning = names if owners is None else list(owners)
    # names of places saying only where ("its northern Manitoba project") are no party a
    # firm's name bearing them is; a people's adjective describing the asked party ("the
    # Malaysian venture") may be the start of its name
    places = [name for name in names if name not in owning and not a_peoples_adjective(name)]
    parties = [name for name in names if name not in places]
    lowered_question = question.lower()
    found: dict[tuple[int, int], Candidate] = {}
    paid = asks_a_price_paid(part)
    periods = asked_periods(part.text)
    for span in _entities(doc, part, labels, anchors) + (securities_paid(doc) if paid else []):
        text = _strip_possessive(_scaled_text(whole_consideration(span) if paid else span))
        if text.lower() in lowered_question or _is_ticker(span):
            continue
        # not the asked name, unless asked for one bearing it ("which Midlantic bank")
        runs = [text, name_run(span).text] if part.kind in NAME_ANSWERS else [text]
        asked = part.kind not in AMOUNT_ANSWERS and any(
            is_asked_name(run, parties) or names_the_place(run, places) for run in runs
        )
        if asked and not named_after_qualifier(text, part.focus, part.text, part.qualified):
            continue
        if rejected(span, part, owning, anchors) or _owner_of_the_asked(span, part):
            continue
        tie = holder_tie(span, part, tie_to(span, beside_the_report(span, part, anchors)))
        if tie is None:
            continue  # "owned 51 pct by A and 49 pct by B": A's share, B asked
        asked_slot = (
            does_the_asked_act(span, part)
            or _partner_of_asked(span, part, names)
            or takes_the_asked_side(span, part)
            or (part.kind in AGENT_KINDS and owns_the_asked(span, part.possessed))
        )
        # "sales of 914.1 mln dlrs": the asked noun's own value, tied as closely as an
        # amount modifying it ("a 70 pct stake") less whose it is, which decides between them
        measured = (
            _gives_the_value(span, part)
            or quantifies(entity=span, noun=part.focus)
            or the_asked_result(span, part)
        )
        tie = max(tie, FOCUS_WEIGHT) if measured else tie
        tie = 1.0 if asked_slot else as_asked(span, part, tie)
        tie *= 0.5 if undergoes_the_asked(span, part) else 1.0
        if part.kind in AMOUNT_ANSWERS and for_another_period(span, periods):
            tie *= OTHER_PERIOD_PENALTY  # "29.3 billion dlrs for fiscal 1988" asked of 1989
        found.setdefault((span.start, span.end), Candidate(text, span.start, span.end, tie))
    answers = without_conversions(list(found.values()), doc)
    if part.kind in NAME_ANSWERS:
        answers = without_nested(answers, doc)
    # equally tied, the one the asked verb itself takes first ("one miner died ..., and 17
    # were later found safe" for "how many were found safe")
    return sorted(answers, key=lambda c: (-c.tie, not _taken_by(doc, c, part.predicate)))


def _taken_by(doc: Doc, candidate: Candidate, predicate: str | None) -> bool:
    """The candidate's clause is the asked verb's."""
    root = doc[candidate.start : candidate.end].root
    return predicate is not None and verb_above(root).lemma_.lower() == predicate


def _gives_the_value(span: Span, part: Part) -> bool:
    """The amount is the value the sentence gives the asked noun: its "of" ("sales of
    914.1 mln dlrs"); or, but for a count (counted in the noun itself, never measured by
    it: "shares were 12 dlrs" is no number of shares), the copula's or a verb of level's
    subject it measures ("the conversion premium is 22.86 pct", "debt stood at ..."). A
    bare number before a noun counts it ("four loans"), whatever the noun's measure."""
    if value_of(entity=span, noun=part.focus):
        return True
    counts = span.label_ == "CARDINAL" and span.root.dep_ == "nummod"
    return part.kind is not Kind.COUNT and not counts and measures_the(span, part.focus)


def _entities(
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
    if part.kind is Kind.PERSON and part.focus:
        spans += firms_in_the_role(doc, anchors)  # "lead manager Nomura International Ltd"
    if part.kind is Kind.COUNT and part.focus:
        # "how many acres": a measure in the asked unit counts it ("190 acres")
        spans += [
            e for e in doc.ents if e.label_ == "QUANTITY" and part.focus in {t.lemma_ for t in e}
        ]
    if part.focus and (part.kind in AMOUNT_ANSWERS or part.kind is Kind.NAME):
        # "a maximum rate of 6,800 barrels", "the conversion premium is 22.86 pct": the
        # value the sentence gives the asked measure, in a unit the kind's own labels do
        # not cover (those are in already); "what is its total debt": a noun no class
        # lists may be a measure, whose value an amount gives
        spans += [
            e
            for e in doc.ents
            if e.label_ in VALUE_LABELS and e.label_ not in labels and _gives_the_value(e, part)
        ]
    if part.kind in AMOUNT_ANSWERS:
        spans = [with_range(span) for span in spans]
    # the name a legal form ended is no name of its own ("Corvell Hardy" of "Corvell Hardy
    # and Co Ltd")
    spans = [s for s in spans if not any(_inside(s, other) for other in spans)]
    if part.kind is Kind.AGENT:
        spans += [e for e in doc.ents if e.label_ == "GPE" and _acts(e)]
    if part.kind in NAMED_KINDS:
        places = part.kind is Kind.PLACE
        things = part.kind is Kind.ENTITY
        unlabelled = [n for n in unlabelled_names(doc) if not (places and no_place(n))]
        spans += unlabelled + named_by_focus(doc, anchors, places=places, terms=things)
        if "ORG" in labels:
            spans += [e for e in doc.ents if e.label_ not in labels and company_form(e)]
    return spans


def _acts(place: Span) -> bool:
    """A country doing something is its government, a party as a firm is ("the Soviet
    Union will buy the plant's entire output"): the subject of a verb, not of "be"."""
    root = place.root
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB"


def _scaled_text(amount: Span) -> str:
    """An amount's text with what the NER left out around it: the scale word Reuters writes
    after a number ("1.4 mln" shares, not "1.4"), the currency sign before a sum ("$1.2bn", not
    "1.2bn"). Only the text: what the amount is tied to stays the entity's."""
    doc, start, end = amount.doc, amount.start, amount.end
    text = amount.text
    scaled = amount.label_ in ("CARDINAL", "QUANTITY") and end < len(doc)
    if scaled and doc[end].lower_ in SCALES and amount[-1].like_num:
        text = f"{text} {doc[end].text}"
    if amount.label_ == "MONEY" and start > 0 and doc[start - 1].lower_ in SYMBOLS:
        text = doc[start - 1].text + text  # "$" and "1.2bn" are two tokens, written as one
    return text


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


def _owner_of_the_asked(span: Span, part: Part) -> bool:
    """ "what business of his did X buy": "Clarke's family business" names its owner, which
    the question gives; the business's own name answers. So too for a thing asked that
    has a name of its own ("Britain's Export Credits Guarantee Department" for "which
    department"): a name answers "which X" by naming the X."""
    root = span.root
    if root.dep_ != "poss" or root.head.lemma_.lower() != part.focus:
        return False
    return part.owner_given or bool(root.head.ent_type_)


def _partner_of_asked(span: Span, part: Part, names: list[str]) -> bool:
    """For "who is X's partner", the name coordinated with X is ("a partnership formed by
    X and Y"): doing something together is what partners are."""
    if part.focus is None or ALLIANCE_CONCEPT not in terms(part.focus):
        return False
    return any(is_asked_name(other.text, names) for other in span.root.conjuncts)


def _is_ticker(span: Span) -> bool:
    """A Reuters stock symbol ("<HPWH.HK>") names a listing, not a company to report."""
    before = span.doc.text[max(span.start_char - 1, 0) : span.start_char]
    return before == "<" and " " not in span.text.strip("<>") and span.text.strip("<>").isupper()


def _strip_possessive(text: str) -> str:
    """ "McDonnell Douglas Corp's" -> "McDonnell Douglas Corp"; "<Air U.K. Ltd>" loses the
    ticker-style brackets of Reuters copy."""
    text = text.strip("<> ")
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.removeprefix("the ")


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
            any(token.like_num for token in entity)
            or any("-" in w for w in words)
            or (len(entity) == 2 and one_unit(entity.doc, entity.start))  # "in a year"
        )
        return (
            bool(words & TIME_UNITS or any(w.endswith(tuple(TIME_UNITS)) for w in words))
            and counted
        )
    if kind is Kind.COUNT:
        # A year is a date, not a count.
        text = entity.text.replace(",", "")
        return not (text.isdigit() and len(text) == _YEAR_DIGITS and text[:2] in ("19", "20"))
    return True


def _reasons(doc: Doc, anchors: list[tuple[Token, float]]) -> list[Candidate]:
    """The clauses giving a reason (retrieval.reading.reasons), surest first; tied less in
    a sentence that says nothing of what the question asks about."""
    weight = 1.0 if anchors else 0.5
    found = sorted(reason_clauses(doc), key=lambda item: -item[1])
    return [Candidate(span.text, span.start, span.end, sure * weight) for span, sure in found]
