"""A number counting those who report ("one New York trader said") is no figure of what
they report, unless the reporters are what is counted. Sentences written for these tests."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.normalize import normalize_question
from retrieval.reading.spans import candidates


def _found(question: str, sentence: str) -> list[str]:
    text = normalize_question(question)
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    doc = shared_pipeline().annotate([sentence])[0]
    found = candidates(doc, asked.parts[0], asked_names=asked.names, question=text)
    return [c.text for c in found]


SENTENCE = (
    '"Orvane would squeeze the market if it bought," one London trader said, noting that '
    "copper stocks on the exchange were 90,500 tonnes."
)


def test_a_count_of_the_reporters_is_no_answer() -> None:
    found = _found("How big is the position the traders think Orvane holds?", SENTENCE)
    assert "one" not in found


def test_the_counted_reporters_answer_how_many_of_them() -> None:
    found = _found("How many traders said Orvane would squeeze the market?", SENTENCE)
    assert "one" in found
