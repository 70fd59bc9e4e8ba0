"""A measure phrase counts what its unit takes with "of" (the pseudo-partitive): "how many
soybeans" is answered by "25,000 tonnes of soybeans", as by a bare number of them."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.normalize import normalize_question
from retrieval.reading.spans import candidates


def answers(question: str, sentence: str) -> list[str]:
    text = normalize_question(question)
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    doc = shared_pipeline().annotate([sentence])[0]
    found = candidates(doc, asked.parts[0], asked_names=asked.names, question=text)
    return [c.text for c in found]


def test_a_weight_of_the_asked_noun_counts_it() -> None:
    found = answers(
        "How many soybeans will Corvex ship to Halden?",
        "Corvex will ship 40,000 tonnes of soybeans to Halden Foods next month.",
    )
    assert found == ["40,000 tonnes"]


def test_a_measure_of_another_noun_does_not() -> None:
    found = answers(
        "How many soybeans will Corvex ship to Halden?",
        "Corvex will ship 40,000 tonnes of wheat to Halden Foods next month.",
    )
    assert found == []
