"""Which questions the registry answers: decided by question understanding."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.routing import asks_the_registry


@pytest.mark.parametrize(
    ("question", "registry"),
    [
        ("Which companies has Corvex partnered with?", True),
        ("List every joint venture", True),
        ("What joint ventures has Halden Steel announced?", True),
        ("Which alliance is aimed at the Korean market?", True),
        ("What did Corvex agree in 1987?", True),
        ("When did Corvex and Nordbank sign their agreement?", True),
        # details go to the passages, even naming two partners
        ("What stake does Corvex hold in its venture with Nordbank?", False),
        ("How much did Corvex pay Nordbank for the unit?", False),
        ("Who is the chief executive of the Corvex-Nordbank venture?", False),
        ("What is the Corvex-Nordbank venture called?", False),
        ("When did Corvex open its plant in Ohio?", False),
    ],
)
def test_registry_or_passages(question: str, registry: bool) -> None:
    assert (
        asks_the_registry(question, parse=lambda t: shared_pipeline().annotate([t])[0]) is registry
    )
