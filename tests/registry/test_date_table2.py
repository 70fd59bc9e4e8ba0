"""A second table of invented newswire sentences against the dateline Thursday 1987-03-12:
whose event a date in the deal's sentence is (REGISTRY_LABELLING: the deal's date is when
it was agreed, announced or completed, or its planned signing; an estimate, or another
thing's or another deal's time, is not). A day of a month named relatively ("the 3rd of
last month"), a future seen from a past report ("would become effective in June"), a
relative clause opened by "whose" (not one on the deal noun itself), the first of two
coordinated verbs (a year or a month, not a single day), another deal noun."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract

_DATELINE = "1987-03-12"
_H = "Harlow Industries Inc said"
_B = "Benton Tool Corp"
_W = "Wexford Corp"

_TABLE = [
    # an ordinal day "of" a month named relatively: that day of that month
    ("the 3rd of last month", f"{_H} it agreed to buy {_B} on the 3rd of last month.",
     "Harlow", "1987-02-03"),
    ("the 20th of last month, fronted", f"On the 20th of last month, {_H}, it agreed to buy "
     f"{_B}.", "Harlow", "1987-02-20"),
    ("the 3rd of next month, a signing", f"{_H} it will sign an agreement to buy {_B} on the "
     "3rd of next month.", "Harlow", "1987-04-03"),
    # "would" reports a "will": the time is later than the report, and a month of taking
    # effect or completing yet to come is an estimate, as after "will"
    ("would take effect, a month", f"{_H} its merger with {_B} would take effect in June.",
     "Harlow", None),
    ("would complete, a month", f"{_H} it would complete its purchase of {_B} in June.",
     "Harlow", None),
    ("would become effective, next month", f"{_H} the merger with {_B} would become "
     "effective next month.", "Harlow", None),
    ("would become effective, announced Monday", f"{_H} on Monday it had agreed to buy {_B} "
     "in a deal that would become effective in June.", "Harlow", "1987-03-09"),
    # "whose" opens a clause about a thing of another noun, however the parse hangs it
    ("whose statement became effective", f"{_H} its merger with {_B}, whose registration "
     "statement became effective on Monday, would cut costs.", "Harlow", None),
    # a date between the first of two coordinated verbs and "and" is the first one's
    ("the first conjunct's year", f"{_B} filed for bankruptcy in 1984 and was sold to {_W}.",
     "Wexford", None),
    ("the first conjunct's founding", f"{_B} was founded in 1950 and acquired by {_W}.",
     "Wexford", None),
    # a single day on the first of two past verbs of one subject names one occasion for both
    ("a day on the first conjunct", f"{_H} its board met on Monday and agreed to buy {_B}.",
     "Harlow", "1987-03-09"),
    ("a day on the first conjunct, approved", f"{_H} its board met on Monday and approved "
     f"the purchase of {_B}.", "Harlow", "1987-03-09"),
    ("a day on the first of two, merged", f"Harlow Industries Inc and {_B} shook hands on "
     "Monday and merged.", "Benton", "1987-03-09"),
    # a "whose" clause on the deal noun itself tells of the deal
    ("whose clause on the deal noun", f"The merger of Harlow Industries Inc and {_B}, whose "
     "terms were disclosed on Monday, will create a large toolmaker.", "Benton", "1987-03-09"),
    # "would" reported at the dateline: after it, so a month of completing is an estimate
    # and a named day of signing is the next one
    ("would complete, December", f"{_H} it would complete its acquisition of {_B} in "
     "December.", "Harlow", None),
    ("would take effect, October", f"{_H} its merger with {_B} would take effect in "
     "October.", "Harlow", None),
    ("would sign, December 1", f"{_H} it would sign an agreement with {_B} on December 1.",
     "Harlow", "1987-12-01"),
]  # fmt: skip

_GUARDS = [
    ("the 3rd of January", f"{_H} it agreed to buy {_B} on the 3rd of January.", "Harlow",
     "1987-01-03"),
    ("the 3rd quarter of last year", f"{_H} it agreed to buy {_B} in the 3rd quarter of "
     "last year.", "Harlow", "1986"),
    ("would, a day", f"{_H} the merger with {_B} would become effective June 1.", "Harlow",
     "1987-06-01"),
    ("would, said in January", f"{_H} in January that it would buy {_B}.", "Harlow",
     "1987-01"),
    ("whose merger was completed", f"{_H} {_B}, whose merger with {_W} was completed on "
     "Monday, will cut jobs.", "Wexford", "1987-03-09"),
    ("whose clause approving the deal", f"{_H} it completed its acquisition of {_B}, "
     "whose board approved the acquisition last November.", "Harlow", "1986-11"),
    ("whose, no date in it", f"{_H} on Monday it agreed to buy {_B}, whose shares rose.",
     "Harlow", "1987-03-09"),
    ("the second conjunct's own date", f"{_B} was founded in 1950 and acquired by {_W} in "
     "1985.", "Wexford", "1985"),
    ("a first conjunct of a deal", f"{_H} it agreed in January to buy {_B} and will close "
     "the deal soon.", "Harlow", "1987-01"),
    ("both conjuncts dated", f"Harlow Industries Inc posted a loss in 1986 and agreed on "
     f"Monday to buy {_B}.", "Harlow", "1987-03-09"),
    ("the deal noun's own infinitive", f"{_H} it signed an agreement to buy {_B} on "
     "Monday.", "Harlow", "1987-03-09"),
]  # fmt: skip


def _date_of(text: str, party: str) -> str | None:
    """The date of the record pairing Benton with `party` (or, for "Benton", with Harlow)."""
    other = "Harlow" if party == "Benton" else party
    [found] = [
        a for a in extract(text, date=_DATELINE)
        if any("Benton" in n for n in a.party_names) and any(other in n for n in a.party_names)
    ]  # fmt: skip
    return found.date.value if found.date else None


@pytest.mark.parametrize(("key", "text", "party", "value"), _TABLE, ids=[r[0] for r in _TABLE])
def test_the_deal_carries_its_own_date(key: str, text: str, party: str, value: str | None) -> None:
    assert _date_of(text, party) == value, key


@pytest.mark.parametrize(("key", "text", "party", "value"), _GUARDS, ids=[r[0] for r in _GUARDS])
def test_dates_the_rules_leave_alone(key: str, text: str, party: str, value: str | None) -> None:
    assert _date_of(text, party) == value, key
