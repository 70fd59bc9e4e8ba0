"""A sale told from its other side answers who is on the asked side: "A sold X to B" says
who bought X, "A bought X from B" who sold it. Questions and sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.reading.test_asking import ask
from tests.reading.test_spans import answers, candidates_of


def test_the_verb_an_interrogative_is_an_argument_of_is_asked() -> None:
    # the parser hangs "who is buying it" on the noun before the dash, as a relative clause
    (part, *_) = ask("Halden Corp is offloading its foam packaging unit - who is buying it?").parts
    assert part.predicate == "buy"


@pytest.mark.parametrize(
    ("question", "sentence", "side"),
    [
        (
            "Who is buying Vetra Oy?",
            "Kessel Holdings said it agreed to sell Vetra Oy to Orvane Bank for 10 mln dlrs.",
            "Orvane Bank",
        ),
        (
            "Halden Corp is offloading its foam packaging unit - who is buying it?",
            "Halden Corp said it had agreed to sell its packaging unit to Brandt Industries Inc"
            " for 4 mln dlrs.",
            "Brandt Industries Inc",
        ),
        (
            "Who sold Vetra Oy to Kessel Holdings?",
            "Kessel Holdings said it bought Vetra Oy from Orvane Bank last week.",
            "Orvane Bank",
        ),
    ],
)
def test_the_other_sides_partner_is_the_asked_side(question: str, sentence: str, side: str) -> None:
    best = candidates_of(question, sentence)[0]
    assert (best.text, best.tie) == (side, 1.0)


@pytest.mark.parametrize(
    "sentence",
    [
        # a sale of something else, by a firm the question does not name
        "Kessel Holdings said it agreed to sell Brandt Ltd to Orvane Bank.",
        # a sale denied
        "Kessel Holdings did not sell Vetra Oy to Orvane Bank.",
    ],
)
def test_only_a_sale_of_the_asked_thing_gives_its_side(sentence: str) -> None:
    found = {c.text: c.tie for c in candidates_of("Who is buying Vetra Oy?", sentence)}
    assert found.get("Orvane Bank", 0.0) < 1.0


TIMBERLAND = "Who is buying Halden Plc's last 5,000 acres of timberland?"


def test_the_agent_handing_the_asked_thing_over_is_no_buyer() -> None:
    # a participle on the timberland says what was done to it: Corvex handed it over
    sentence = (
        "Halden Plc, a partnership formed to sell timberland transferred to it by Corvex"
        " Corp, said the sale will be completed in May."
    )
    assert "Corvex Corp" not in answers(TIMBERLAND, sentence)


def test_the_agent_of_the_asked_side_still_answers() -> None:
    sentence = "Halden Plc said the timberland will be bought by Corvex Corp."
    assert any(a.startswith("Corvex Corp") for a in answers(TIMBERLAND, sentence))
