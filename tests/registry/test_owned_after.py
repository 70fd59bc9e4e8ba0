"""Control held "following" a takeover is that takeover done (owned_after); ownership that
is a merger's terms, still to come, negated or a minority's is none. Invented sentences
with invented companies."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Kelso Inc, 96 pct owned by Harlow Corp following a recent tender offer, said it "
        "sold its Delta unit to Brody Corp.",
        "Harlow Corp held about 83 pct of Kelso Inc stock following a tender offer and other "
        "purchases.",
        # the takeover names its own firm, the owner
        "Kelso Inc, 75 pct owned by Harlow Corp after Harlow's tender offer, said profits rose.",
    ],
)
def test_control_resulting_from_a_takeover_is_an_acquisition(text: str) -> None:
    found = [a for a in extract(text) if {p.name for p in a.parties} == {"Harlow", "Kelso"}]
    assert found, text
    roles = {p.name: p.role for p in found[0].parties}
    assert roles == {"Harlow": "acquirer", "Kelso": "target"}


@pytest.mark.parametrize(
    "text",
    [
        # the terms of a merger: people (holders) own shares, no firm takes another
        "Kelso Inc said Harlow Corp stockholders would own 55 pct of Kelso after the merger.",
        # a state still to come is a plan
        "Kelso Inc said Harlow Corp would own 55 pct of Kelso after the merger.",
        "Harlow Corp does not hold 83 pct of Kelso Inc stock following the tender offer.",
        # a minority left after an offer is the market's
        "Kelso Inc, 26 pct owned by Harlow Corp following a tender offer, said profits rose.",
        # no takeover dates the ownership
        "Kelso Inc, 96 pct owned by Harlow Corp, said profits rose.",
        # money held is no share of control
        "Harlow Corp held 60 mln dlrs of Kelso Inc stock following the merger.",
        "Harlow Corp held 100 mln dlrs of Kelso Inc debt following the merger.",
        # the holding dated by another firm's deal
        "Harlow Corp said it held 55 pct of Kelso Inc stock after the acquisition of Delta "
        "Corp by Brody Inc.",
        "Kelso Inc, 80 pct owned by Harlow Corp following the acquisition of Delta Corp, said "
        "profits rose.",
        "Kelso Inc, 75 pct owned by Harlow Corp after Brody Corp's tender offer, said profits "
        "rose.",
        # a holding under a condition
        "If the offer succeeds, Harlow Corp holds 83 pct of Kelso Inc after the merger.",
    ],
)
def test_ownership_that_is_no_takeover_done(text: str) -> None:
    assert frozenset({"Harlow", "Kelso"}) not in pairs(extract(text))
