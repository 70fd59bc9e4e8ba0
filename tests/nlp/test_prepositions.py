"""A word's prepositions' objects, read from the parse: one walk for the reader and the
registry."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.nlp.prepositions import preposition_objects


def _objects(text: str, head: str, **kwargs: object) -> list[str]:
    [doc] = shared_pipeline().annotate([text])
    word = next(t for t in doc if t.lower_ == head)
    return [t.text for t in preposition_objects(word, **kwargs)]  # type: ignore[arg-type]


def test_every_preposition_or_only_the_one_spelled() -> None:
    text = "Halden bought the plant from Corvex for cash in March."
    assert set(_objects(text, "bought")) == {"Corvex", "cash", "March"}
    assert _objects(text, "bought", word="from") == ["Corvex"]
    assert _objects(text, "bought", word="with") == []


def test_only_the_first_object_of_the_first_such_preposition() -> None:
    text = "Halden merged with Corvex and with Tarrant."
    assert _objects(text, "merged", word="with", first=True) == ["Corvex"]


def test_a_passive_agent_counts_only_when_asked_for() -> None:
    text = "The plant was bought by Corvex."
    assert _objects(text, "bought", word="by") == []
    assert _objects(text, "bought", word="by", deps={"agent"}) == ["Corvex"]
