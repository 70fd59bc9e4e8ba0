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
        # the quantity's "of" object is what it counts, wherever the parse puts the clause
        (
            "Corvex would not say how many of the shares Halden bought.",
            [Unsaid("buy", "share")],
        ),
        ("Corvex declined to say how much of the stock was sold.", [Unsaid("sell", "stock")]),
        # a figure told, or another question left open, is no silence about an amount
        ("Corvex said how many shares it bought.", []),
        ("Corvex did not say when the shares were bought.", []),
    ],
)
def test_the_amounts_a_sentence_leaves_unsaid(sentence: str, expected: list[Unsaid]) -> None:
    assert unsaid_amounts(shared_pipeline().annotate([sentence])[0]) == expected


MILL = (
    "Halden Corp said it bought the Ohio steel mill of Corvex Inc. "
    "The mill, worth about 40 mln dlrs according to analysts, employs 900 people. "
    "A Halden spokesman declined to say how much the company paid for the mill."
)


def test_an_amount_beside_a_figure_left_unsaid_is_refused(tmp_path: Path) -> None:
    answer = ask_one(
        "HALDEN BUYS MILL", MILL, "How much did Halden pay for the Corvex mill?", tmp_path
    )
    assert not answer.answered


def test_a_figure_the_article_tells_is_still_answered(tmp_path: Path) -> None:
    # the silence is about what Halden paid, not about what the mill is worth (an amount
    # not tied to the asked verb within its clause, so only the silence's verb decides)
    question = "What value do analysts put on the mill?"
    answer = ask_one("HALDEN BUYS MILL", MILL, question, tmp_path)
    assert answer.answered
    assert answer.text.startswith("40 mln dlrs")
