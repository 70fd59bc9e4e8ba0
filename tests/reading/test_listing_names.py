"""A list line leads with the names it found, each once, without their descriptions."""

from __future__ import annotations

import pytest

from retrieval.reading.listing import proper_name, without_descriptions


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        (["Air Atlanta Inc", "U.S. regional carrier Air Atlanta Inc"], ["Air Atlanta Inc"]),
        (["Tarn Air Ltd", "Tarn Air Ltd", "Corvex"], ["Tarn Air Ltd", "Corvex"]),
        # a name inside a longer word is no description of it
        (["Air", "Airbus Industrie"], ["Air", "Airbus Industrie"]),
        # a longer name that begins with another is a name of its own
        (["Halden Steel", "Halden Steel Works"], ["Halden Steel", "Halden Steel Works"]),
    ],
)
def test_a_name_holding_another_describes_it(names: list[str], kept: list[str]) -> None:
    assert without_descriptions(names) == kept


@pytest.mark.parametrize(
    ("name", "proper"),
    [
        ("Nissan Motor Co", True),
        ("3M", True),
        ("minister", False),  # a noun the entity recogniser took for a name
        ("investors--", False),
    ],
)
def test_a_list_line_leads_with_proper_names_only(name: str, proper: bool) -> None:
    assert proper_name(name) is proper
