"""'How big is X' asks the size of X: X is what the answer measures, even when X is a word
of an asked name, and a count of X's measures none of them."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.normalize import normalize_question
from retrieval.reading.sentence_answers import MIN_TIE
from retrieval.reading.spans import Candidate, candidates

QUESTION = "Which firm is taking over Halden Bank's Ohio bank, and how big is the bank?"


def _candidates(sentence: str) -> list[Candidate]:
    text = normalize_question(QUESTION)
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    doc = shared_pipeline().annotate([sentence])[0]
    return candidates(doc, asked.parts[1], asked_names=asked.names, question=text)


def test_the_size_asked_is_the_size_of_the_copulas_subject() -> None:
    found = _candidates("The bank has 80 mln dlrs in assets.")
    assert found and found[0].text == "80 mln dlrs" and found[0].tie >= MIN_TIE


def test_a_count_of_the_measured_things_is_no_size_of_one() -> None:
    found = _candidates("Halden Bank plans to sell 28 of its banks in Ohio.")
    assert "28" not in [c.text for c in found]
