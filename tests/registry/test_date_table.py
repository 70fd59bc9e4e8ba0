"""A table of invented newswire sentences against one dateline, Thursday 1987-03-12, and the
date each deal record should carry (REGISTRY_LABELLING: the date the deal was agreed,
announced or completed, or its planned signing; not a meeting's, a payment's or an
estimate's): "effective <date>" on a deal done, days written in words, a day of the month
with no month, a payment's date, a taking effect yet to come."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract

_DATELINE = "1987-03-12"
_H = "Harlow Industries Inc said"
_B = "Benton Tool Corp"

_TABLE = [
    # "effective <date>" on a deal done is its completion date
    ("effective past", f"{_H} it completed its merger with {_B}, effective July 1, 1986.",
     "1986-07-01"),
    ("effective on the deal noun", f"{_H} the merger with {_B}, effective July 1, 1986, "
     "created the largest toolmaker.", "1986-07-01"),
    ("effective in a relative clause", f"{_H} its merger with {_B}, which was effective "
     "July 1, 1986, added 20 mln dlrs to sales.", "1986-07-01"),
    # a day written in words, capitalised as Reuters writes it
    ("words, capitalised", f"{_H} it acquired {_B} effective July One, 1986.", "1986-07-01"),
    ("words, lower case", f"{_H} it acquired {_B} effective July one, 1986.", "1986-07-01"),
    ("words, no year", f"{_H} it acquired {_B} effective February One.", "1987-02-01"),
    ("words, compound", f"{_H} it agreed on February Twenty-Six to buy {_B}.", "1987-02-26"),
    ("words, on a weekday's date", f"{_H} it agreed to buy {_B} on March Six.", "1987-03-06"),
    # a date the deal is back-dated to is not when it was done
    ("retroactive", f"{_H} it sold its Dayton unit to {_B}, retroactive to February One.",
     None),
    ("retroactive, digits", f"{_H} it sold its Dayton unit to {_B}, retroactive to "
     "February 1.", None),
    # a day of the month with no month: the nearest such day on or before the dateline
    ("the 3rd, fronted", f"{_H} it agreed on the 3rd to buy {_B}.", "1987-03-03"),
    ("the 3rd, after", f"{_H} it agreed to buy {_B} on the 3rd.", "1987-03-03"),
    ("the 20th, last month", f"{_H} it agreed to buy {_B} on the 20th.", "1987-02-20"),
    ("the 12th, the dateline's", f"{_H} it agreed to buy {_B} on the 12th.", "1987-03-12"),
    ("the 20th, to come", f"{_H} it will sign an agreement to buy {_B} on the 20th.",
     "1987-03-20"),
    # ... unless the sentence names a month: the day may be of that month, not the dateline's
    ("the 20th, a month named", f"In January, {_H}, it agreed on the 20th to buy {_B}.",
     "1987-01"),
    # a payment's time is not the deal's
    ("payment to come", f"{_H} it agreed to buy {_B} and will pay the 20 mln dlrs on "
     "April 1.", None),
    ("payment for it to come", f"{_H} it agreed to buy {_B} and will pay 20 mln dlrs for "
     "it on April 1.", None),
    ("payment to come, said Monday", f"{_H} on Monday it agreed to buy {_B} and will pay "
     "the 20 mln dlrs on April 1.", "1987-03-09"),
    ("payable", f"{_H} it agreed to buy {_B} for 20 mln dlrs payable on April 1.", None),
    ("paid when bought", f"{_H} it bought {_B} and paid 20 mln dlrs for it on Monday.",
     "1987-03-09"),
    # ... unless paying is how the deal is done: "pay X for B" is itself a buying
    ("paying is the buying", f"{_H} it will pay 20 mln dlrs for {_B} on April 1.",
     "1987-04-01"),
    ("paying is the buying, when", f"{_H} it will pay 20 mln dlrs in cash for {_B} on "
     "April 1, when the merger closes.", "1987-04-01"),
    # a taking effect yet to come: a month is an estimate, like a completion month; a day
    # is named by the terms
    ("effect to come, month", f"{_H} its merger with {_B} will be effective in June.", None),
    ("effect to come, next month", f"{_H} its joint venture agreement with {_B} will "
     "become effective next month.", None),
    ("effect to take, month", f"{_H} its merger with {_B} will take effect in June.", None),
    ("completion to come, month", f"{_H} it will complete its acquisition of {_B} in June.",
     None),
    ("effect to come, day", f"{_H} its merger with {_B} will be effective June 1.",
     "1987-06-01"),
    ("effect to take, day", f"{_H} its merger with {_B} will take effect on April 1.",
     "1987-04-01"),
    ("agreed, effective a day to come", f"{_H} it agreed to buy {_B}, effective April 1.",
     "1987-04-01"),
    ("signing to come, month", f"{_H} it will sign an agreement with {_B} in June.",
     "1987-06"),
    # the conventions: the announcement's day, the completion's, a month, not a meeting's
    ("announced Monday", f"{_H} on Monday it agreed to buy {_B}.", "1987-03-09"),
    ("completed Tuesday", f"{_H} it completed its acquisition of {_B} on Tuesday.",
     "1987-03-10"),
    ("last June", f"{_H} it agreed to buy {_B} last June.", "1986-06"),
    ("a vote's day", f"{_H} it agreed to buy {_B}, subject to a shareholder vote on "
     "April 20.", None),
    ("a record date", f"{_H} it agreed to buy {_B} and set March 31 as the record date.",
     None),
]  # fmt: skip


@pytest.mark.parametrize(("key", "text", "value"), _TABLE, ids=[row[0] for row in _TABLE])
def test_the_deal_carries_its_own_date(key: str, text: str, value: str | None) -> None:
    dates = [a.date.value if a.date else None for a in extract(text, date=_DATELINE)]
    assert dates == [value], key


_GUARDS = [
    # an ordinal of something else than a day: on a noun, or the object of another word
    ("ordinal of a quarter", f"{_H} it agreed to buy {_B} and will report on the 3rd "
     "quarter results.", None),
    ("a meeting on the 20th", f"{_H} it agreed to buy {_B}, subject to a vote at a meeting "
     "on the 20th.", None),
    # a law takes effect too: its clause is no deal's, even on a deal noun, whose
    # participle clauses may date the deal ("its merger with B, which was effective ...")
    ("a law effective, deal noun", f"{_H} its merger with {_B}, under a tax law which "
     "became effective January 1, 1987, cut its taxes.", None),
    ("a law effective, deal verb", f"{_H} it agreed to buy {_B} under a tax law which "
     "became effective January 1.", None),
    # a clause on the firm whose subject is something of the firm's, not the firm (and so
    # not the deal the parse reads through it)
    ("a firm's other change, deal noun", f"{_H} its merger with {_B}, whose listing became "
     "effective January 1, 1987, cut its taxes.", None),
    ("a firm's other change, deal verb", f"{_H} it agreed to buy {_B}, whose price cut was "
     "effective July 1, 1986.", None),
    # a payment done may be the buying done; a date back-dated to is no other event's day
    ("sold, back-dated", f"{_H} it sold its Dayton unit to {_B} on Monday, "
     "retroactive to January One.", "1987-03-09"),
    # a number word that begins a firm's name after a month is no day: the month stays
    ("a month, then a First firm", f"In October First Chicago Corp agreed to buy {_B}.",
     "1986-10"),
    ("a month, then a Second firm", f"In June Second National Bank agreed to buy {_B}.",
     "1986-06"),
    ("a month, then a Two firm", f"{_H} that in May Two Rivers Corp agreed to buy {_B}.",
     "1986-05"),
]  # fmt: skip


@pytest.mark.parametrize(("key", "text", "value"), _GUARDS, ids=[row[0] for row in _GUARDS])
def test_other_dates_stay_off_the_deal(key: str, text: str, value: str | None) -> None:
    dates = [a.date.value if a.date else None for a in extract(text, date=_DATELINE)]
    assert dates == [value], key


def test_a_day_of_the_month_without_a_dateline_stays_unknown() -> None:
    [alliance] = extract(f"{_H} it agreed on the 3rd to buy {_B}.", date=None)
    assert alliance.date is None


def test_on_or_about_a_day_is_the_planned_day() -> None:
    # "on or about April 1" is the usual wording of a scheduled closing day, not a rough one
    text = f"{_H} it expects to complete its purchase of {_B} on or about April 1."
    dates = [a.date.value if a.date else None for a in extract(text, date=_DATELINE)]
    assert dates == ["1987-04-01"]


@pytest.mark.parametrize("about", ["around", "about", "approximately"])
def test_a_day_estimated_is_no_planned_conclusion(about: str) -> None:
    text = f"{_H} it agreed to buy {_B}. The acquisition is expected to close {about} April One."
    dates = [a.date.value if a.date else None for a in extract(text, date=_DATELINE)]
    assert dates == [None]
    text = f"{_H} it agreed to buy {_B}, and the purchase is expected to close {about} April 1."
    dates = [a.date.value if a.date else None for a in extract(text, date=_DATELINE)]
    assert dates == [None]
