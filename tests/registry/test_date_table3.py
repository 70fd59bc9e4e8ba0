"""A third table of invented newswire sentences against the dateline Thursday 1987-03-12:
dates that are not the deal's time though they stand near it (REGISTRY_LABELLING), and one
that is. "As of <date>" measures a state (a holding, a count) at a time; a relative clause
on another noun tells of its own event; a date another deal in the same sentence carries is
that deal's (on its deal word or its verb)."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract

_DATELINE = "1987-03-12"
_H = "Harlow Industries Inc said"
_B = "Benton Tool Corp"
_W = "Wexford Corp"
_K = "Kestrel Mills Inc"

_TABLE = [
    # "as of": the time a state is measured at, not an event's
    ("as of, holding", f"As of Monday, {_W} had acquired 1,200,000 shares of {_B}, giving it "
     "80 pct.", "Wexford", None),
    ("as of, counted", f"{_W} said it agreed to buy the shares of {_B} held as of March 2.",
     "Wexford", None),
    ("as of, reported", f"As of Friday, {_W} said, 1,200,000 shares of {_B} had been "
     "tendered to it.", "Wexford", None),
    ("as of, on an infinitive", f"{_W} said it agreed to buy {_B}. It said it would offer to "
     f"buy the shares of {_B} outstanding as of March 2.", "Wexford", None),
    # a relative clause on a firm tells of its own event, not the deal's
    ("relative clause on a firm", f"{_W} bought the stake from {_K}, the holding firm of the "
     "Dunns, who built the Benton brand and sold it to Osprey Inc in 1984.", "Kestrel", None),
    # another deal's date in a sentence referring back to this one
    ("another deal compared", f"{_H} it signed an agreement with {_B} to make tools. The "
     f"agreement resembles a contract {_B} signed with {_W} in January.", "Benton", None),
]  # fmt: skip

_GUARDS = [
    # the deal's own date stays: on the deal verb, or in a relative clause on the deal noun
    ("on the deal verb", f"{_W} said it acquired {_B} on Monday.", "Wexford", "1987-03-09"),
    ("relative clause on the thing sold", f"{_W} sold its textile operations, which made "
     f"sheets and linens, to {_B} for 110 mln dlrs last year.", "Wexford", "1986"),
    ("relative clause on the deal noun", f"{_H} its merger with {_B}, which was agreed in "
     "January, added 20 mln dlrs to sales.", "Harlow", "1987-01"),
    ("the other deal keeps its date", f"{_H} it signed an agreement with {_B} to make tools. "
     f"The agreement resembles a contract {_B} signed with {_W} in January.", "Wexford",
     "1987-01"),
    # "as of" on an event's verb in a simple tense, or "dated as of": the deal's time
    ("as of, completed", f"{_H} it completed the acquisition of {_B} as of March 2.",
     "Harlow", "1987-03-02"),
    ("as of, dated", f"{_H} it signed a merger agreement dated as of March 2 with {_B}.",
     "Harlow", "1987-03-02"),
    ("as of, closed", f"{_H} its acquisition of {_B} closed as of February 28.", "Harlow",
     "1987-02-28"),
    ("as of, passive", f"{_H} its acquisition of {_B} was completed as of March 2.", "Harlow",
     "1987-03-02"),
    ("as of, acquired", f"{_H} it acquired {_B} as of March 2 for 40 mln dlrs.", "Harlow",
     "1987-03-02"),
]  # fmt: skip


def _date_of(text: str, party: str) -> str | None:
    """The date of the record pairing Benton with `party` (or, for "Benton", with Harlow;
    for "Wexford" in a sentence without Harlow and Benton both, Benton with Wexford)."""
    other = "Harlow" if party == "Benton" else party
    first = "Benton" if party != "Kestrel" else "Wexford"
    [found] = [
        a for a in extract(text, date=_DATELINE)
        if any(first in n for n in a.party_names) and any(other in n for n in a.party_names)
    ]  # fmt: skip
    return found.date.value if found.date else None


@pytest.mark.parametrize(("key", "text", "party", "value"), _TABLE, ids=[r[0] for r in _TABLE])
def test_dates_that_are_not_the_deals(key: str, text: str, party: str, value: str | None) -> None:
    assert _date_of(text, party) == value, key


@pytest.mark.parametrize(("key", "text", "party", "value"), _GUARDS, ids=[r[0] for r in _GUARDS])
def test_the_deals_own_dates_stay(key: str, text: str, party: str, value: str | None) -> None:
    assert _date_of(text, party) == value, key


@pytest.mark.xfail(
    strict=True,
    reason="a deal told under a firm and under its unit is stored as two records, and the "
    "date one carries on its own deal word is then taken for another deal's (regdate4 notes)",
)
def test_a_deal_told_under_a_firm_and_its_unit_keeps_its_date() -> None:
    text = (
        f"On Monday, {_W}'s board approved a linkup with Harlow Industries Inc for itself and "
        f"its {_B} brokerage unit. Harlow will buy 13 pct of Benton for 530 mln dlrs."
    )
    assert _date_of(text, "Harlow") == "1987-03-09"
