"""A bank holding company's affiliation with another bank is their merger (the lexicon's
noun "affiliation"). Invented sentences."""

from __future__ import annotations

from tests.registry.test_deal_reading import extract, pairs


def test_the_affiliation_of_two_banks_is_their_merger() -> None:
    found = extract(
        "Harlow Bancorp said the Federal Reserve Board approved the affiliation of Benton "
        "Financial Corp with Harlow Bancorp."
    )
    assert pairs(found) == {frozenset({"Harlow Bancorp", "Benton Financial"})}
    assert [a.kind for a in found] == ["merger"]


def test_a_person_s_affiliation_is_no_deal() -> None:
    assert extract("Dr Smith will announce his affiliation with Benton Financial Corp.") == []
