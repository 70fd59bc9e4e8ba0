"""A sentence saying it gives no details ("It did not give details") leaves the things
the sentence before names untold: they answer no "what N" part (withheld_details.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.withheld_details import withholds_details
from tests.reading.conftest import ask_one


@pytest.mark.parametrize(
    ("sentence", "withholds"),
    [
        ("It did not give details.", True),
        ("The company gave no details.", True),
        ("No details were given.", True),
        ("Details were not disclosed.", True),
        # some details were given, or the details are of a thing the sentence names
        ("It did not give further details.", False),
        ("It did not give details of the financing.", False),
        ("It gave details.", False),
        ("Corvex did not give the plant to Halden.", False),
    ],
)
def test_a_sentence_withholding_bare_details(sentence: str, withholds: bool) -> None:
    assert withholds_details(shared_pipeline().annotate([sentence])[0]) is withholds


def test_things_whose_details_are_withheld_are_not_answered(tmp_path: Path) -> None:
    text = (
        "Corvex Inc said its settlement with Halden Mills has other terms for the managers "
        "of Halden, who will receive warrants from Corvex. It did not give details."
    )
    question = "What warrants will Corvex give the Halden managers under the settlement?"
    answer = ask_one("CORVEX SETTLES WITH HALDEN", text, question, tmp_path)
    assert not answer.answered, answer.text


def test_things_told_before_further_details_are_answered(tmp_path: Path) -> None:
    text = (
        "Corvex Inc said the managers of Halden Mills will receive warrants to buy 200,000 "
        "Corvex shares at 12 dlrs each. It did not give further details."
    )
    question = "What warrants will Corvex give the Halden managers?"
    answer = ask_one("CORVEX SETTLES WITH HALDEN", text, question, tmp_path)
    assert answer.answered, answer.text
