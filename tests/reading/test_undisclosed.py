"""A sentence that says a deal's terms or price were not disclosed."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.undisclosed import withholds_terms


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Terms were not disclosed.", True),
        ("Financial terms of the acquisition were not disclosed.", True),
        ("Corvex did not disclose the price it paid for Halden.", True),
        ("Corvex bought Halden Lines for an undisclosed sum.", True),
        # a disclosure refused, or denied by its subject, as a name's is
        ("Corvex declined to disclose the price it paid for Halden.", True),
        ("Neither company disclosed the terms.", True),
        # what follows a stated price withholds only the rest
        ("Other terms were not disclosed.", False),
        # the terms of a financing are not a deal's price
        ("Terms of the loan were not disclosed.", False),
        ("Corvex disclosed the terms on Monday.", False),
        ("Corvex will pay 40 mln dlrs for Halden Lines.", False),
    ],
)
def test_a_sentence_withholding_a_deal_s_terms(sentence: str, expected: bool) -> None:
    assert withholds_terms(shared_pipeline().annotate([sentence])[0]) is expected
