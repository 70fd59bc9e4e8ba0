"""Where a place ends as an answer: with the region written after it, not with the next
town of a list. Sentences written for these tests."""

from __future__ import annotations

import pytest

from retrieval.reading.answer_bounds import with_region
from tests.reading.test_findings import parse


def places(sentence: str) -> list[str]:
    """Each place the sentence names, bounded as an answer."""
    doc = parse([sentence])[0]
    return [with_region(e).text for e in doc.ents if e.label_ == "GPE"]


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("The plant is in Tacoma, Wash., the company said.", "Tacoma, Wash."),
        ("Halden Corp has offices in Dallas, Texas.", "Dallas, Texas"),
        ("Its first store opened in Calgary, Alberta.", "Calgary, Alberta"),
        # the next town of a list is no region of the one before
        ("It prints papers in Toronto, Edmonton and Calgary.", "Toronto"),
    ],
)
def test_a_place_takes_the_region_written_after_it(sentence: str, first: str) -> None:
    assert places(sentence)[0] == first
