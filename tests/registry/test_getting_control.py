"""Verbs of getting with "control" as object buy what is controlled ("assumed control of
B" is "took control of B"); without it, or when the getting is only sought, they make no
deal (retrieval.registry.getting). Invented sentences."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs

PAIR = {frozenset({"Halvern Tool", "Orrin Metals"})}


@pytest.mark.parametrize(
    "text",
    [
        "Halvern Tool Corp has assumed control of Orrin Metals Inc.",
        "Halvern Tool Corp won control of Orrin Metals Inc last year.",
        "Halvern Tool Corp gained control of Orrin Metals Inc in a tender offer.",
        "Halvern Tool Corp obtained control of Orrin Metals Inc on Friday.",
        "Halvern Tool Corp has taken control of Orrin Metals Inc.",
        "Halvern Tool Corp won majority control of Orrin Metals Inc.",
        # a noun of a firm names what is controlled
        "Orrin Metals Inc grew after Halvern Tool Corp won control of the metals group.",
        # "the company" is the firm that reports it
        "Orrin Metals Inc said Halvern Tool Corp had assumed control of the company under "
        "a reorganization plan.",
    ],
)
def test_control_got_is_a_purchase(text: str) -> None:
    assert pairs(extract(text)) == PAIR


@pytest.mark.parametrize(
    "text",
    [
        "Halvern Tool Corp is trying to gain control of Orrin Metals Inc.",
        "Halvern Tool Corp failed to gain control of Orrin Metals Inc.",
        "Halvern Tool Corp may seek to obtain control of Orrin Metals Inc.",
        "Orrin Metals Inc said the plan could discourage an attempt to obtain control of "
        "the company by Halvern Tool Corp.",
        # other objects of the same verbs are no purchase
        "Halvern Tool Corp assumed the debt of Orrin Metals Inc.",
        "Halvern Tool Corp won a contest against Orrin Metals Inc.",
        "Halvern Tool Corp gained market share from Orrin Metals Inc.",
        # control of a place is power over it, no purchase
        "Orrin Metals Inc and the Pasco Party won control of the state of Hesse.",
        "Halvern Tool Corp and Orrin Metals Inc won control of Bavaria.",
        # control of an organ or a function of a firm is power over it, no purchase
        "Halvern Tool Corp won control of the board of Orrin Metals Inc in a proxy fight.",
        "Halvern Tool Corp won control of Orrin Metals Inc's board.",
        "Halvern Tool Corp assumed control of day-to-day operations of Orrin Metals Inc.",
        "Halvern Tool Corp gained control of Orrin Metals Inc's marketing.",
        # a kind of control that is no ownership
        "Halvern Tool Corp assumed management control of Orrin Metals Inc under a contract.",
        # a hyphenated kind of control is one word ("day-to-day"), though split in tokens
        "Halvern Tool Corp assumed day-to-day control of Orrin Metals Inc.",
        "Halvern Tool Corp assumed full day-to-day control of Orrin Metals Inc.",
    ],
)
def test_control_sought_or_other_things_got_are_no_purchase(text: str) -> None:
    assert extract(text) == []
