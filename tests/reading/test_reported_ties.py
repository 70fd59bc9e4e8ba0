"""The reporter of a sentence ("the company said") ties no candidate in what it reports."""

from __future__ import annotations

from retrieval.reading.sentence_answers import MIN_TIE
from tests.reading.test_spans import candidates_of


def test_a_party_in_the_report_is_not_tied_by_the_reporters_noun() -> None:
    found = candidates_of(
        "Which company is buying the Dorvan hotels?",
        "The company said the terms of the sale had been approved by Kessel Holdings "
        "Ltd, which owns most of its shares.",
    )
    kessel = [c for c in found if c.text == "Kessel Holdings Ltd"]
    assert kessel  # a candidate still, only not tied by the reporter's noun
    assert all(c.tie < MIN_TIE for c in kessel)


def test_the_reporter_itself_is_still_tied_by_its_own_noun() -> None:
    found = candidates_of(
        "Which company is buying the Dorvan hotels?",
        "The company, Kessel Holdings Ltd, said it had agreed to buy the Dorvan hotels.",
    )
    assert any(c.text == "Kessel Holdings Ltd" and c.tie >= MIN_TIE for c in found)
