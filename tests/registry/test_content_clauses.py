"""A clause with its own subject hung on a noun ("the news that C had acquired B") is
finite, no participle: its subject, not the reporter, is the buyer
(retrieval.registry.passives.is_passive). Invented sentences."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Halvern Tool Corp said it had seen the news that Benton Tool Corp had acquired "
        "Orrin Metals Inc.",
        "Halvern Tool Corp said it filed a report that Benton Tool Corp had acquired "
        "Orrin Metals Inc.",
    ],
)
def test_a_content_clause_keeps_its_own_subject(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Benton Tool", "Orrin Metals"})}


def test_a_participle_on_a_noun_is_still_a_passive() -> None:
    found = extract("Orrin Metals Inc, a company acquired by Benton Tool Corp, said sales rose.")
    assert pairs(found) == {frozenset({"Benton Tool", "Orrin Metals"})}
