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
