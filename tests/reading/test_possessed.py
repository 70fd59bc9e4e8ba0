"""A "whose N" question asks for N's owner; a name the sentence puts where English marks
an owner (possessive, modifier, "of"/"from"/"by" on N, the source or agent of a verb done
to N) is the answer, fully tied. Questions and sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reading.test_asking import ask
from tests.reading.test_spans import candidates_of


def test_whose_gives_the_nouns_whose_owner_is_asked() -> None:
    (part,) = ask("Whose credit line does Harlow Medical still rely on?").parts
    assert part.possessed == ("line", "credit")


def test_a_part_without_whose_asks_no_owner() -> None:
    (part,) = ask("Which bank gave Harlow Medical its credit line?").parts
    assert part.possessed == ()


@pytest.mark.parametrize(
    ("question", "sentence", "owner"),
    [
        (
            "Whose software is Brandt Systems selling?",
            "Brandt Systems, which has 40 staff in Leeds, has licensed the software from"
            " Orvane Data for its retail clients.",
            "Orvane Data",
        ),
        (
            "Whose credit line does Harlow Medical still rely on?",
            "Harlow Medical said 2 mln dlrs remain available under a line of credit from"
            " Kessel Bank, the company's lender since 1984.",
            "Kessel Bank",
        ),
        (
            "Whose subsidiary is the general partner in the fund?",
            "The fund is run by Peter Sandoval, and a subsidiary of Vetra Holdings is its"
            " general partner, the company said.",
            "Vetra Holdings",
        ),
        (
            "Whose engines will power the new Tarvik jet?",
            "The engines, built by Orvane Motors in Derby, were chosen over a design from"
            " Kessel Aero, Tarvik said.",
            "Orvane Motors",
        ),
    ],
)
def test_the_owner_of_the_asked_noun_is_fully_tied(
    question: str, sentence: str, owner: str
) -> None:
    found = {c.text: c.tie for c in candidates_of(question, sentence)}
    assert found.get(owner) == 1.0
    assert all(tie < 1.0 for text, tie in found.items() if text != owner)


def test_an_owner_of_another_noun_is_not_the_asked_one() -> None:
    found = {
        c.text: c.tie
        for c in candidates_of(
            "Whose software is Brandt Systems selling?",
            "Orvane Data's printers are used by Brandt Systems, which sells software to shops.",
        )
    }
    assert found.get("Orvane Data", 0.0) < 1.0
