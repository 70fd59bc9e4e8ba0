"""Which sentences are parsed: a deal word needs one named party, not two, since a deal
predicate may leave its other party unsaid."""

from __future__ import annotations

import pytest

from retrieval.registry.candidates import worth_parsing
from tests.registry.test_deal_reading import extract


@pytest.mark.parametrize(
    "text",
    [
        # a deal noun without its owner
        "Halvorsen Tools Inc said it raised 40 mln dlrs in a share issue.\n"
        "The money will finance the acquisition of Brightwater Optics Ltd.",
        # a passive without its agent
        "Halvorsen Tools Inc said it now owns all of Brightwater Optics Ltd.\n"
        "The shares were bought from Brightwater Optics Ltd.",
    ],
)
def test_a_deal_with_one_named_party_is_the_articles_company(text: str) -> None:
    [alliance] = extract(text, title="Halvorsen Tools news")
    assert alliance.party_names == ["Halvorsen Tools", "Brightwater Optics"]
    assert alliance.kind == "acquisition"


def test_one_organisation_and_a_deal_word_is_worth_parsing() -> None:
    assert worth_parsing("The stake was acquired from Kessling Holdings Ltd.", 1)
    assert not worth_parsing("Kessling Holdings Ltd reported higher profits.", 1)
    # no organisation: only words that refer to two, or a date and a dating word
    assert not worth_parsing("The sale will help it.", 0)
    assert worth_parsing("The two companies agreed on a merger.", 0)
    assert worth_parsing("The sale was completed on Friday.", 0)
