"""Where a sentence says why: a causal marker's clause, or a cause or purpose stated
without one; what only looks like one (a degree, a negated or subject-bearing infinitive,
a relative pronoun) is none."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.reasons import PURPOSE_CLAUSE_TIE, UNMARKED_TIE, reason_clauses


def reasons(sentence: str) -> list[tuple[str, float]]:
    doc = shared_pipeline().annotate([sentence])[0]
    return [(span.text, tie) for span, tie in reason_clauses(doc)]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "Corvex ended the deal because regulators opposed it.",
            ("because regulators opposed it", 1.0),
        ),
        (
            "Halden sold the unit due to heavy losses.",
            ("due to heavy losses", 1.0),
        ),
        (
            "Problems with its lenders resulted in the sale of the unit, Halden said.",
            ("Problems with its lenders", UNMARKED_TIE),
        ),
        (
            "Moody's cited the increase in leverage from the merger.",
            ("the increase in leverage from the merger", UNMARKED_TIE),
        ),
        (
            "The deal is intended to cut its debt, Halden said.",
            ("to cut its debt", UNMARKED_TIE),
        ),
        (
            "The purchase would further the Corvex objective of expanding into Asia.",
            ("the Corvex objective of expanding into Asia", UNMARKED_TIE),
        ),
        (
            "Halden sold its truck unit to raise cash for the expansion.",
            ("to raise cash for the expansion", PURPOSE_CLAUSE_TIE),
        ),
        # "be" completed by an infinitive, said of an act, or an adjective of need
        (
            "Lund said the decision to spin off the unit is to relieve Halden of its debts.",
            ("to relieve Halden of its debts", UNMARKED_TIE),
        ),
        (
            "Halden said the share swap was necessary to avert a hostile bid.",
            ("to avert a hostile bid", UNMARKED_TIE),
        ),
        # a cause before a clause of result, reported or not
        (
            "Lund said his family would not sell its shares, so it would be impossible for "
            "Corvex to gain control.",
            ("his family would not sell its shares", 1.0),
        ),
        (
            "Halden lost its licence, so the unit had to be sold.",
            ("Halden lost its licence", 1.0),
        ),
    ],
)
def test_the_clause_giving_the_reason(sentence: str, reason: tuple[str, float]) -> None:
    assert reasons(sentence)[0] == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Halden sold its truck unit to Corvex for 20 mln dlrs.",
        # an infinitive with its own subject says what another is to do
        "Halden ended an agreement for Corvex to buy 80 pct of the unit.",
        # a degree: what the shares are enough for
        "Corvex may buy enough shares to hold 49.9 pct of Halden.",
        # a negated infinitive is a limit
        "The warrants are exercisable at 75 pct of the market price, not to exceed 1.50 dlrs.",
        # a relative pronoun is no cause in itself
        "The rating reflects savings that will result in higher margins.",
        # "be to" said of a company is a plan; "likely to" a guess; "is to be" passive
        "Halden said the company is to sell its truck unit to Corvex.",
        "Halden said the merger is likely to close in June.",
        "Halden said the unit is to be sold to Corvex.",
        # "so" opening no clause of its own
        "Halden has so far sold two units, and may do so again.",
    ],
)
def test_sentences_giving_no_reason(sentence: str) -> None:
    assert reasons(sentence) == []
