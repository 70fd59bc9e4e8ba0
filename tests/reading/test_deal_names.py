"""A deal's name is not one of its parties: the firm "with" whom a venture is formed is the
partner, the venture's name comes in apposition."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.normalize import normalize_question
from retrieval.reading.spans import candidates

FORMED = "Halden Corp said it formed a joint venture company with Corvex Ltd to make sealants."
NAMED = "It said the company, Halcor Inc, will be based in Chicago."


def _answers(question: str, sentence: str) -> list[str]:
    text = normalize_question(question)
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    doc = shared_pipeline().annotate([sentence])[0]
    found = candidates(doc, asked.parts[0], asked_names=asked.names, question=text)
    return [c.text for c in found]


@pytest.mark.parametrize(
    "sentence",
    [
        FORMED,  # "with" on the verb whose object is the venture
        "Halden Corp announced a joint venture with Corvex Ltd to make sealants.",
        "The venture between Halden Corp and Corvex Ltd will make sealants.",
    ],
)
def test_a_partner_is_no_name_of_the_venture(sentence: str) -> None:
    assert "Corvex Ltd" not in _answers("What is Halden's sealant venture called?", sentence)


def test_the_name_in_apposition_answers_and_the_partner_stays_a_partner() -> None:
    assert _answers("What is Halden's sealant venture called?", NAMED)[:1] == ["Halcor Inc"]
    assert "Corvex Ltd" in _answers("Who is Halden's partner in the sealant venture?", FORMED)
