"""A name its sentence says is a thing (a drug, a database) answers no "who"."""

from __future__ import annotations

import pytest

from retrieval.nlp.noun_classes import may_name_a_party
from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.named_things import named_a_thing
from tests.reading.test_spans import answers


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvex had hoped to pitch its Halvex drug against rival medicine Zelmora.",
        "Corvex will now compete with Zelmora, a cannabis-based drug.",
    ],
)
def test_a_name_set_beside_a_thing_noun_answers_no_who(sentence: str) -> None:
    assert "Zelmora" not in answers("Who will Corvex compete with?", sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Corvex hired chairman Tarvanol Smith last week.", "Tarvanol Smith"),
        ("Corvex sold it to the investment group Halden.", "Halden"),
    ],
)
def test_a_name_set_beside_a_party_noun_stays_a_party(sentence: str, name: str) -> None:
    doc = shared_pipeline().annotate([sentence])[0]
    spans = [e for e in doc.ents if e.text == name]
    assert spans
    assert not named_a_thing(spans[0])


@pytest.mark.parametrize(
    ("noun", "party"),
    [("chairman", True), ("unit", True), ("arm", True), ("group", True), ("drug", False),
     ("database", False), ("brand", False), ("qwxyzt", True)],
)  # fmt: skip
def test_which_nouns_may_name_a_party(noun: str, party: bool) -> None:
    assert may_name_a_party(noun) is party
