"""A name setting another name's word where an asked firm's name sets its form is another
firm: what its clause says is not said of the asked one."""

from __future__ import annotations

import pytest

from retrieval.reading.extended_names import names_another_firm
from tests.reading.conftest import first_part_answers


@pytest.mark.parametrize(
    ("given", "asked", "another"),
    [
        # a word that can only be a name where the asked name ends in its form
        ("Corvex Tamura", "Corvex Corp", True),
        ("Halden Vexlo Inc", "Halden Group", True),
        # the same firm: its form, a common word, a place, or the bare name
        ("Corvex SA", "Corvex Corp", False),
        ("Corvex Motors", "Corvex Group", False),
        ("Hong Kong Corvex", "Corvex Group", False),
        ("Corvex", "Corvex Corp", False),
        # a short name asked with no form may stand for the longer one
        ("Corvex Tamura", "Corvex", False),
        # a name of its own before the asked words; a place's words asked
        ("Vexlo Corvex", "Corvex Corp", False),
        ("Vexlo New Zealand", "New Zealand Ltd", False),
    ],
)
def test_another_firm_under_the_asked_word(given: str, asked: str, another: bool) -> None:
    assert names_another_firm(given, asked) is another


QUESTION = "How long a history does the Corvex Group have?"


def test_the_history_of_another_firm_is_not_the_asked_ones() -> None:
    unit = "In Japan , Corvex Tamura has a long history of 30 years in car parts ."
    assert first_part_answers(QUESTION, unit) == []
    owned = "In Japan , Corvex Tamura's 30-year history in car parts is well known ."
    assert first_part_answers(QUESTION, owned) == []


def test_the_asked_firms_own_history_answers() -> None:
    itself = "In Japan , Corvex Group has a long history of 30 years in car parts ."
    assert first_part_answers(QUESTION, itself) == ["30 years"]
    # asked of the unit itself, its history answers
    asked = "How long a history does Corvex Tamura have?"
    unit = "In Japan , Corvex Tamura has a long history of 30 years in car parts ."
    assert first_part_answers(asked, unit) == ["30 years"]


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # a title and a person after the firm's word name no other firm: only the word
        # where the form was counts
        (
            "How much did Chrysler Corp pay for the stake?",
            "Chrysler chairman Lee Iacocca paid 200 mln dlrs for the stake , the company said .",
            ["200 mln dlrs"],
        ),
        (
            "How many cars does Renault Group expect to sell this year?",
            "Renault CEO Luca de Meo expects sales of 2 million cars this year .",
            ["2 million"],
        ),
    ],
)
def test_a_person_titled_by_the_firm_speaks_for_it(
    question: str, sentence: str, expected: list[str]
) -> None:
    assert first_part_answers(question, sentence) == expected
