"""Whose office a person's apposed title gives: "X, chairman of Corvex" chairs Corvex."""

from __future__ import annotations

import pytest

from tests.reading.conftest import first_part_answers

# Officers of two firms listed side by side, each with the title of their own firm.
SIGNING = (
    "Tom Harker, chief engineer and chairman of Corvex Group, Ann Lowe, treasurer, "
    "Paul Venn, chairman of Halden, and Sue Marr attended the signing ceremony."
)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # the asked office of the asked firm, however many titles stand between
        ("Who is the chairman of Corvex Group?", "Tom Harker"),
        ("Who is Corvex Group's chairman?", "Tom Harker"),
        # not the same office of the other firm, however close its title stands
        ("Who is the chairman of Halden?", "Paul Venn"),
    ],
)
def test_the_title_says_whose_office(question: str, first: str) -> None:
    assert first_part_answers(question, SIGNING)[0] == first


def test_another_firms_chairman_is_no_answer() -> None:
    assert "Paul Venn" not in first_part_answers("Who is the chairman of Corvex Group?", SIGNING)
    assert "Tom Harker" not in first_part_answers("Who is the chairman of Halden?", SIGNING)
