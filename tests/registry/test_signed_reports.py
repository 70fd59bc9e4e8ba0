"""A report whose maker is named is that maker's statement; only a report no one signs is
hearsay (retrieval.registry.denials). Invented sentences."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Halvern Tool Corp said it filed a report indicating that Benton Tool Corp had "
        "acquired Orrin Metals Inc.",
        "Orrin Metals Inc said it filed an 8-K report indicating that Benton Tool Corp had "
        "acquired the company.",
        # its possessor signs it (the report, not a verb of saying, holds the deal)
        "Benton Tool Corp's report that it had acquired Orrin Metals Inc was confirmed.",
    ],
)
def test_a_report_its_maker_filed_states_a_deal(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Benton Tool", "Orrin Metals"})}


@pytest.mark.parametrize(
    "text",
    [
        "A published report said Benton Tool Corp had acquired Orrin Metals Inc.",
        "Analysts published a report saying that Benton Tool Corp had acquired Orrin Metals Inc.",
        "Press reports said Benton Tool Corp had acquired Orrin Metals Inc.",
        # a report passed on, not made, by the firm that takes it
        "Halvern Tool Corp cited a report saying Benton Tool Corp had acquired Orrin Metals Inc.",
        "Halvern Tool Corp read a newspaper report saying Benton Tool Corp had acquired "
        "Orrin Metals Inc.",
        "Halvern Tool Corp said it had seen a report that Benton Tool Corp had acquired "
        "Orrin Metals Inc.",
    ],
)
def test_a_report_no_firm_signs_is_hearsay(text: str) -> None:
    assert extract(text) == []
