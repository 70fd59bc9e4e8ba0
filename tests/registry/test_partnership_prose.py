"""Partnerships as feature and magazine prose tells them (no dateline, deals in passing):
each case a fact of English, in invented sentences."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Quarrow Systems and Belvane Media sold 40 million phones, according to analysts.",
        "Quarrow Systems and Belvane Media are dealing actively in bonds.",
    ],
)
def test_a_participle_of_a_deal_noun_s_homograph_is_the_other_verb(text: str) -> None:
    # "according", "dealing" are forms of the verbs "accord", "deal", never of the nouns.
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Quarrow Systems said it would be partnering Belvane Media to launch a music service.",
        "Quarrow Systems has partnered Belvane Media on a new radio station.",
    ],
)
def test_the_verb_partner_takes_its_partner_as_object(text: str) -> None:
    # British usage: "partner X" is "partner with X".
    assert pairs(extract(text)) == {frozenset({"Quarrow Systems", "Belvane Media"})}


@pytest.mark.parametrize(
    "text",
    [
        "Granada Media agreed a tie-up with Belvane Records last year.",
        "Granada Media said its co-operation with Belvane Records began in 1998.",
        "The series was a co-production of Granada Media and Belvane Records.",
    ],
)
def test_a_deal_noun_written_with_hyphens_is_the_solid_one(text: str) -> None:
    # "tie-up", "co-operation", "co-production": one word however it is written.
    assert pairs(extract(text)) == {frozenset({"Granada Media", "Belvane Records"})}


@pytest.mark.parametrize(
    "text",
    [
        "The film, a Granada Media and Belvane Records co-production, opens on Friday.",
        # parsed as "a Granada Media and [WGBH-Boston co-production]"
        "Ann Lowe is a reporter for Newsround, a Granada Media and WGBH-Boston co-production.",
    ],
)
def test_names_coordinated_before_a_deal_noun_all_modify_it(text: str) -> None:
    (found,) = extract(text)
    assert "Granada Media" in found.party_names
    assert len(found.party_names) == 2
