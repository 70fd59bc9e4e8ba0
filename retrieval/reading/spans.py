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

from retrieval.nlp.patterns import SCALES, SYMBOLS
from retrieval.reading.amounts import holder_tie
from retrieval.reading.anchors import FOCUS_WEIGHT, anchor_tokens, tie_to
from retrieval.reading.answer_bounds import (
    without_conversions,
    without_nested,
)
from retrieval.reading.asked_match import is_asked_name, names_the_place
from retrieval.reading.asked_rates import asks_unit_price
from retrieval.reading.asked_years import asked_periods, for_another_period
from retrieval.reading.asking import Part
from retrieval.reading.consideration import (
    fractions_of_a_sum,
    securities_paid,
    whole_consideration,
)
from retrieval.reading.hearsay import asks_hearsay, in_hearsay
from retrieval.reading.kind_ties import QUALIFIER_PENALTY, another_events_date, as_asked
from retrieval.reading.kinds import AMOUNT_ANSWERS, ENTITY_LABELS, NAME_ANSWERS, OFFER_WORDS, Kind
from retrieval.reading.measures import quantifies
from retrieval.reading.nationality import a_peoples_adjective
from retrieval.reading.nationality_said import said_of
from retrieval.reading.no_answer import rejected
from retrieval.reading.other_names import names_the_asked_otherwise
from retrieval.reading.payments import asks_a_price_paid
from retrieval.reading.possessed import owns_the_asked
from retrieval.reading.qualifiers import named_after_qualifier
from retrieval.reading.reasons import reason_clauses
from retrieval.reading.relations import AGENT_KINDS, does_the_asked_act, undergoes_the_asked
from retrieval.reading.reported_ties import beside_the_report
from retrieval.reading.reporters import counts_the_reporters
from retrieval.reading.result_levels import the_asked_result
from retrieval.reading.sale_sides import takes_the_asked_side
from retrieval.reading.span_entities import entities_of, gives_the_value
from retrieval.reading.unlabelled import (
    name_run,
)
from retrieval.registry.syntax import verb_above
from retrieval.text import ALLIANCE_CONCEPT, terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from retrieval.reading.anchors import Expansions

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
    written_out: tuple[str, ...] = (),
) -> list[Candidate]:
    """Answer candidates for `part` in `doc`, best tied first. `expansions`: the words of
    the short forms the article defines ("vtrs": video tape recorders); `kin`: nouns near
    the counted one in meaning ("planes" for "aircraft"); `owners`: the asked names that
    can own an amount, not those saying where a party is from ("the largest US copper
    producer" paid what a named firm paid); all asked names if None; `written_out`: the
    article's full names of the part's short forms (anchor_tokens)."""
    anchors = anchor_tokens(doc, part, expansions, kin, written_out=written_out)
    if part.kind is Kind.REASON:
        return _reasons(doc, anchors)
    labels = ENTITY_LABELS.get(part.kind)
    if labels is None:
        return []
    asked = _Asked.of(part, list(asked_names), owners, question)
    found: dict[tuple[int, int], Candidate] = {}
    paid = asks_a_price_paid(part)
    periods = asked_periods(part.text)
    # a price paid or offered for securities may be a percentage of their worth ("90 pct
    # of the net asset value"); of any other sum asked, such a percentage is only a part
    offered = bool(part.verbs & OFFER_WORDS) or asks_unit_price(part)
    priced = part.kind is Kind.MONEY and (paid or offered)
    worth = fractions_of_a_sum(doc) if priced else []
    for span in (
        entities_of(doc, part, labels, anchors) + (securities_paid(doc) if paid else []) + worth
    ):
        text = _strip_possessive(_scaled_text(whole_consideration(span) if paid else span))
        if _not_an_answer(span, text, part, asked, anchors):
            continue
        tie = _tie(span, part, asked.names, anchors, periods)
        if tie is not None:
            found.setdefault((span.start, span.end), Candidate(text, span.start, span.end, tie))
    answers = without_conversions(list(found.values()), doc)
    if part.kind in NAME_ANSWERS:
        answers = without_nested(answers, doc)
    # equally tied, the one the asked verb itself takes first ("one miner died ..., and 17
    # were later found safe" for "how many were found safe")
    return sorted(answers, key=lambda c: (-c.tie, not _taken_by(doc, c, part.predicate)))


@dataclass(frozen=True)
class _Asked:
    """The question's names, sorted by what they may be of an answer."""

    names: list[str]
    owning: list[str]  # those that can own an amount
    parties: list[str]
    places: list[str]
    question: str  # lower-cased

    @classmethod
    def of(
        cls, part: Part, names: list[str], owners: Iterable[str] | None, question: str
    ) -> _Asked:
        owning = names if owners is None else list(owners)
        # names of places saying only where ("its northern Manitoba project") are no party
        # a firm's name bearing them is; a people's adjective describing the asked party
        # ("the Malaysian venture") may be the start of its name
        places = [n for n in names if n not in owning and not a_peoples_adjective(n)]
        parties = [n for n in names if n not in places]
        return cls(names, owning, parties, places, question.lower())


def _bears_the_nationality(span: Span, part: Part) -> tuple[str, ...]:
    """ "which British company": a nationality the firm asked is to have names no party; a
    firm's name bearing it ("British Aerospace") is what is asked when it fills the asked
    slot (a seller or a reporter bearing it is another party; a person's name bears none:
    "Fenno-Soviet" is no Soviet official)."""
    if part.kind is not Kind.ORG or not part.nationalities:
        return ()
    filled = does_the_asked_act(span, part) or takes_the_asked_side(span, part)
    return part.nationalities if filled else ()


def _not_an_answer(
    span: Span, text: str, part: Part, asked: _Asked, anchors: list[tuple[Token, float]]
) -> bool:
    """The question's own words, a ticker, the asked name itself, or what no_answer
    rejects."""
    if text.lower() in asked.question or _is_ticker(span):
        return True
    # not the asked name, unless asked for one bearing it ("which Midlantic bank")
    runs = [text, name_run(span).text] if part.kind in NAME_ANSWERS else [text]
    parties = [n for n in asked.parties if n.lower() not in _bears_the_nationality(span, part)]
    named = part.kind not in AMOUNT_ANSWERS and (
        any(is_asked_name(run, parties) or names_the_place(run, asked.places) for run in runs)
        # a full name asked ("what is REDEC's full name") is the one apposed to it
        or (part.kind is not Kind.NAME and names_the_asked_otherwise(span, parties))
    )
    if named and not named_after_qualifier(text, part.focus, part.text, part.qualified):
        return True
    # "which Mexican firms": a name beside which the sentence says the asked people of
    # something else is no answer (nationality_said.py); places are placed elsewhere
    people = part.kind in NAME_ANSWERS and part.kind is not Kind.PLACE
    if people and not said_of(span, part.nationalities):
        return True
    # "one New York trader said": a count of sources; "rumours the company would take a 10
    # pct stake": said to be so, not so
    if counts_the_reporters(span, part) or (
        in_hearsay(span.root) and not asks_hearsay(asked.question)
    ):
        return True
    return rejected(span, part, asked.owning, anchors) or _owner_of_the_asked(span, part)


def _tie(
    span: Span,
    part: Part,
    names: list[str],
    anchors: list[tuple[Token, float]],
    periods: tuple[frozenset[str], frozenset[str]],
) -> float | None:
    """How closely the candidate is tied to what the part asks; None: another's share."""
    tie = holder_tie(span, part, tie_to(span, beside_the_report(span, part, anchors)))
    if tie is None:
        return None  # "owned 51 pct by A and 49 pct by B": A's share, B asked
    asked_slot = (
        does_the_asked_act(span, part)
        or _partner_of_asked(span, part, names)
        or takes_the_asked_side(span, part)
        or (part.kind in AGENT_KINDS and owns_the_asked(span, part.possessed))
    )
    # "sales of 914.1 mln dlrs": the asked noun's own value, tied as closely as an
    # amount modifying it ("a 70 pct stake") less whose it is, which decides between them
    measured = (
        gives_the_value(span, part)
        or quantifies(entity=span, noun=part.focus)
        or the_asked_result(span, part)
    )
    tie = max(tie, FOCUS_WEIGHT) if measured else tie
    tie = 1.0 if asked_slot else as_asked(span, part, tie)
    tie *= QUALIFIER_PENALTY if another_events_date(span, part) else 1.0
    tie *= 0.5 if undergoes_the_asked(span, part) else 1.0
    if part.kind in AMOUNT_ANSWERS and for_another_period(span, periods):
        tie *= OTHER_PERIOD_PENALTY  # "29.3 billion dlrs for fiscal 1988" asked of 1989
    return tie


def _taken_by(doc: Doc, candidate: Candidate, predicate: str | None) -> bool:
    """The candidate's clause is the asked verb's."""
    root = doc[candidate.start : candidate.end].root
    return predicate is not None and verb_above(root).lemma_.lower() == predicate


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


def _reasons(doc: Doc, anchors: list[tuple[Token, float]]) -> list[Candidate]:
    """The clauses giving a reason (retrieval.reading.reasons), surest first; tied less in
    a sentence that says nothing of what the question asks about."""
    weight = 1.0 if anchors else 0.5
    found = sorted(reason_clauses(doc), key=lambda item: -item[1])
    return [Candidate(span.text, span.start, span.end, sure * weight) for span, sure in found]
