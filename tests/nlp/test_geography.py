"""Geography from WordNet: towns, and the country a place lies in."""

from __future__ import annotations

import pytest

from retrieval.nlp.geography import lies_in, names_only_towns


@pytest.mark.parametrize(
    ("name", "town"),
    [
        ("edmonton", True),
        ("calgary", True),
        ("alberta", False),  # a province
        ("new_york", False),  # a city, and a state too
        ("quebec", False),
        ("glendale", False),  # unknown to WordNet
    ],
)
def test_a_name_known_only_as_a_town(name: str, town: bool) -> None:
    assert names_only_towns(name) is town


@pytest.mark.parametrize(
    ("place", "demonym", "verdict"),
    [
        ("Edmonton", "Canadian", True),
        ("San Francisco", "Canadian", False),
        ("Acapulco", "Mexican", True),
        ("Dallas", "Mexican", False),
        ("Lyon", "French", True),
        ("Houma", "American", None),  # a town WordNet does not know
    ],
)
def test_a_place_lies_in_the_country_of_a_demonym(
    place: str, demonym: str, verdict: bool | None
) -> None:
    assert lies_in(place, demonym) is verdict
