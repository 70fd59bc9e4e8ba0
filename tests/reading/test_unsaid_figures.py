"""An article saying a figure is not told ("was unable to say how many shares were
repurchased") gives no other amount of it as the answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.unsaid_figures import Unsaid, unsaid_amounts
from tests.reading.conftest import ask_one


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A spokesman was unable to say how many shares were repurchased.",
            [Unsaid("repurchase", "share")],
        ),
        ("Corvex declined to say how much it paid for the mill.", [Unsaid("pay", None)]),
        ("Corvex would not say how much the unit lost.", [Unsaid("lose", None)]),
        # a figure told, or another question left open, is no silence about an amount
        ("Corvex said how many shares it bought.", []),
        ("Corvex did not say when the shares were bought.", []),
    ],
)
def test_the_amounts_a_sentence_leaves_unsaid(sentence: str, expected: list[Unsaid]) -> None:
    assert unsaid_amounts(shared_pipeline().annotate([sentence])[0]) == expected


HALDEN = (
    "Halden Corp said it suspended its share repurchase program on May 4. "
    "The plan, announced in March, covered 2.5 mln shares, a spokesman said. "
    "He was unable to say how many shares were repurchased before the suspension."
)


def test_an_amount_beside_a_figure_left_unsaid_is_refused(tmp_path: Path) -> None:
    question = "How many shares had Halden bought back before it suspended the program?"
    answer = ask_one("HALDEN SUSPENDS BUYBACK", HALDEN, question, tmp_path)
    assert "2.5 mln" not in answer.text.split("\n")[0]


def test_a_figure_the_article_tells_is_still_answered(tmp_path: Path) -> None:
    text = HALDEN.replace("He was unable to say", "He said")
    question = "How many shares did the Halden plan cover?"
    assert "2.5 mln" in ask_one("HALDEN SUSPENDS BUYBACK", text, question, tmp_path).text
