"""A fiscal period's short form in capitals ("Q3", "H1", "FY") is no word of a name: the
parser would take it into the name before it ("Halden Q3"), which no article writes."""

from __future__ import annotations

from pathlib import Path

from retrieval.reading.normalize import normalize_question
from tests.reading.conftest import ask_one


def test_capitalised_periods_are_written_out() -> None:
    assert normalize_question("Halden Q3 net?") == "Halden third quarter net?"
    assert normalize_question("what were H1 sales, FY 1986") == (
        "what were first half sales, fiscal year 1986"
    )
    # only a period standing alone: a name or a formula holding the letters is left
    assert normalize_question("Q3Tech and the H2O unit, Q5") == "Q3Tech and the H2O unit, Q5"


def test_letters_before_a_capitalised_word_are_a_name_s() -> None:
    assert normalize_question("Did Q1 Corp buy Halden?") == "Did Q1 Corp buy Halden?"
    assert normalize_question("What did FY Holdings pay?") == "What did FY Holdings pay?"
    assert normalize_question("Halden Q3 1987 net?") == "Halden third quarter 1987 net?"


def test_a_period_after_a_name_does_not_hide_it(tmp_path: Path) -> None:
    title = "HALDEN CORP <HLD> 3RD QTR NET"
    text = (
        "Halden Corp said its 1987 third quarter net included a 12 mln dlr after-tax gain "
        "on the sale of its stake in Brisco Ltd. Revenues rose to 410 mln dlrs."
    )
    question = "Halden Q3 1987: how much was the after-tax gain on the sale of Brisco?"
    answer = ask_one(title, text, question, tmp_path)
    assert answer.answered and answer.text.startswith("12 mln"), answer.text
