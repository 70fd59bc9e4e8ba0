"""A list line leads with the names it found, each once, without their descriptions."""

from __future__ import annotations

import pytest

from retrieval.reading.listing import without_descriptions


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
