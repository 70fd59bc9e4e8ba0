"""The tie of an answer candidate judged by what the asked kind wants: a name the text
gives as one is fully tied; an amount in a sentence never saying what the question narrows
its noun by ("Boeing jets", "bank debt"), or unrealised, superseded, sought or intended, is
tied less; a rate of change is no share held, nor a share held a change; an amount per unit is
no total, and a total no price per unit; a date opening a stretch of time does not end it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.asked_rates import asks_rate, asks_total, asks_unit_price
from retrieval.reading.at_prices import a_scaled_sum, asks_a_securitys_price, priced_at
from retrieval.reading.components import (
    COMPONENT_PENALTY,
    PART_NOUNS,
    a_component,
    pays_a_part,
)
from retrieval.reading.kinds import AMOUNT_ANSWERS, Kind
from retrieval.reading.levels_reached import level_factor
from retrieval.reading.named_things import given_as_name
from retrieval.reading.qualifiers import names_no_narrowing, names_no_qualifier
from retrieval.reading.rate_parts import held_for_a_change
from retrieval.reading.rates import RATE_PENALTY, is_rate
from retrieval.reading.thresholds import below_the_bound
from retrieval.reading.unrealised import (
    UNREALISED_PENALTY,
    a_change,
    intended,
    part_words,
    sought,
    superseded,
    unrealised,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

    from retrieval.reading.asking import Part

# A count in a sentence that never names what the question narrows the counted noun by.
QUALIFIER_PENALTY = 0.5
# Prepositions asking when something ends ("by when", "until when"): of a stretch of time
# "from August to February", the end.
_DEADLINE_MARKS = frozenset({"by", "until", "till", "through"})


def as_asked(span: Span, part: Part, tie: float) -> float:
    """The tie, judged by what the kind asks: a name the text gives as one ("the system,
    known as ASAP Express") is fully tied; an amount per unit ("4.17 dlrs per share") is
    not what a whole stake cost unless a rate is asked."""
    if part.kind is Kind.NAME and given_as_name(span):
        return 1.0
    if part.focus == "ratio" and is_rate(span):
        return 1.0  # a ratio is an amount of one thing for each of another
    if part.kind in AMOUNT_ANSWERS:
        tie *= _amount_factor(span, part)
    if part.kind is Kind.DATE and part.preposition in _DEADLINE_MARKS and _starts_a_stretch(span):
        tie *= UNREALISED_PENALTY  # "by when": "from August to February, 1990" ends later
    tie *= _narrowed(span, part)
    # "sales were up 12 pct": a rate of change is no share held, nor a share held a change
    changed = part.kind in (Kind.PERCENT, Kind.PORTION) and a_change(span, part)
    if changed or (part.kind is Kind.PERCENT and held_for_a_change(span, part)):
        return 0.0
    if part.kind is Kind.MONEY and _a_part_paid(span, part):
        tie = 0.0  # "to pay part of the purchase price" is no price, unless a part is asked
    return _as_a_price(span, part, tie) if part.kind is Kind.MONEY else tie


def _as_a_price(span: Span, part: Part, tie: float) -> float:
    """A sum's tie by the price asked: per unit or in total."""
    if is_rate(span) and not asks_unit_price(part):
        # a price per plane is no answer to "what is the total price"
        return 0.0 if asks_total(part.text) else tie * RATE_PENALTY
    if a_component(span):
        tie *= COMPONENT_PENALTY  # "the price will consist of one mln in cash, ... and"
    if asks_a_securitys_price(part) and a_scaled_sum(span):
        return 0.0  # "32.5 mln dlrs" raised is no conversion price of a share
    unit = is_rate(span) or priced_at(span)  # "to buy wheat at 85 dlrs": each tonne's
    if asks_rate(part.text) and not asks_total(part.text):
        return tie if unit else 0.0  # a total is no answer to "what price per share"
    if asks_unit_price(part) and not asks_total(part.text):
        # shares offered "at what price": at so much a share, likelier than a total
        tie *= 1.0 if unit else RATE_PENALTY
    return tie


def _narrowed(span: Span, part: Part) -> float:
    """Less for an amount in a sentence that never says what the question narrows the
    asked noun by: a firm's name ("40 aircraft" for "how many Boeing jets") or a common
    noun compounded onto it ("475 mln dlrs of debt" for "how much bank debt")."""
    factor = 1.0
    if part.kind is Kind.COUNT and names_no_qualifier(span.doc, part.qualified):
        factor *= QUALIFIER_PENALTY
    if part.kind in AMOUNT_ANSWERS and names_no_narrowing(span.doc, part.focus, part.narrowing):
        factor *= QUALIFIER_PENALTY
    return factor


def _amount_factor(span: Span, part: Part) -> float:
    """An amount never held or reached ("would not buy ... a 10 pct stake") ties less; so,
    asked the level a change reached, does one only held (levels_reached)."""
    if (
        unrealised(span, part)
        or superseded(span, part)
        or sought(span, part)
        or intended(span, part)
        or below_the_bound(span, part)
    ):
        return UNREALISED_PENALTY
    return level_factor(span, part)


def another_events_date(span: Span, part: Part) -> bool:
    """A date asked by a noun an event narrows ("what record date") in a sentence giving
    the date noun for another event ("set June 4 as the date for a special meeting"),
    never saying the event asked: however tied to the asked act ("set"), another date.
    A date noun with no event of its own ("the date set in the accord", "the date for
    completing the merger") may be the one asked, and is not judged."""
    if part.kind is not Kind.DATE or not part.narrowing or part.focus is None:
        return False
    heads = [t for t in span.doc if t.pos_ == "NOUN" and t.lemma_.lower() == part.focus]
    dating = any(_event_dated(head, part.narrowing) for head in heads)
    return dating and names_no_narrowing(span.doc, part.focus, part.narrowing)


def _event_dated(date: Token, narrowing: Sequence[str]) -> bool:
    """The date noun names an event of its own, not the narrowing: by a compound ("the
    meeting date") or a noun it is "for" or "of" ("the date for a special meeting")."""
    compounds = [c for c in date.children if c.dep_ == "compound"]
    preps = [c for c in date.children if c.dep_ == "prep" and c.lower_ in ("for", "of")]
    objects = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    events = [t.lemma_.lower() for t in (*compounds, *objects) if t.pos_ == "NOUN"]
    return any(event not in narrowing for event in events)


def _a_part_paid(span: Span, part: Part) -> bool:
    return pays_a_part(span) and not PART_NOUNS & part_words(part)


def _starts_a_stretch(span: Span) -> bool:
    """The date opens a stretch of time the sentence closes with "to" or "until" ("from
    August this year to February, 1990"), wherever the parse hung the date's words."""
    for token in span:
        start = token.head
        if token.dep_ != "pobj" or start.lower_ != "from":
            continue
        ends = [*start.head.children, *start.children, *token.children]
        if any(c.dep_ == "prep" and c.lower_ in _STRETCH_ENDS for c in ends):
            return True
    return False


# Prepositions closing a stretch of time opened by "from".
_STRETCH_ENDS = frozenset({"to", "until", "till", "through"})
