"""A title written before a name says the office its bearer holds: in a sentence saying
only who people are, a person titled with another office is not who holds, or takes over,
the asked one."""

from __future__ import annotations

import pytest

from tests.reading.test_spans import answers

SUCCESSOR = "Who will replace John Smith as Corvex Corp's chief executive?"


def test_a_person_titled_with_another_office_is_no_answer() -> None:
    sentence = (
        "Corvex Corp's officers are chief executive John Smith, chief financial officer "
        "Jane Doe and chief operating officer Bill Roe."
    )
    assert answers(SUCCESSOR, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the sentence gives the office otherwise: a succession, or the office named
        "Chief operating officer Jane Doe will succeed chief executive John Smith.",
        "The new chief executive is chief financial officer Jane Doe.",
    ],
)
def test_a_titled_person_given_the_asked_office_answers(sentence: str) -> None:
    assert answers(SUCCESSOR, sentence) == ["Jane Doe"]


def test_the_asked_office_in_the_title_answers() -> None:
    sentence = "The officers are chief executive John Smith and chief financial officer Jane Doe."
    assert "Jane Doe" in answers("Who is Corvex Corp's chief financial officer?", sentence)
