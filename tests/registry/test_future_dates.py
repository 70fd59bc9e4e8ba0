"""Dates yet to come, in invented sentences: one dates the deal only on a word of the
deal (its concluding, taking effect, a deal verb or noun); on another verb it is another
event's time."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract


def _dated(text: str, dateline: str) -> list[str | None]:
    return [a.date.value if a.date else None for a in extract(text, date=dateline)]


@pytest.mark.parametrize(
    "text",
    [
        # what the agreement allows later is not when it was made
        "Harlow Industries Inc said it agreed to buy Benton Tool Corp. Terms of the agreement "
        "allow Harlow to reduce its stake at the end of 1988.",
        "Harlow Industries Inc said terms of its agreement with Benton Tool Corp allow it to "
        "reduce its stake in Benton at the end of 1988.",
    ],
)
def test_a_date_yet_to_come_on_a_word_of_no_deal_is_another_events(text: str) -> None:
    assert _dated(text, "1987-03-03") == [None]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a date yet to come on the deal's own words stays: taking effect, a planned signing
        ("Harlow Industries Inc said it agreed to buy Benton Tool Corp, effective July 1.",
         "1987-07-01"),
        ("Harlow Industries Inc said it will sign an agreement to buy Benton Tool Corp on "
         "July 1.", "1987-07-01"),
        # the parser hangs the date on "take" / "become": still the deal's taking effect
        ("Harlow Industries Inc said its agreement to buy Benton Tool Corp will take effect "
         "on July 1.", "1987-07-01"),
        ("Harlow Industries Inc said it agreed to buy Benton Tool Corp, and the purchase will "
         "become effective on July 1.", "1987-07-01"),
        # a deal verb in the past with a day just after the dateline: the text is trusted
        ("Harlow Industries Inc said it bought Benton Tool Corp on June 22.", "1987-06-22"),
    ],
)  # fmt: skip
def test_a_date_yet_to_come_on_a_deal_word_stays(text: str, value: str) -> None:
    assert _dated(text, "1987-06-19") == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a named day the deal is to be concluded on, under an expectation: its plan
        ("Harlow Industries Inc said it expects to close its acquisition of Benton Tool Corp "
         "on July 2.", "1987-07-02"),
        ("Harlow Industries Inc said it agreed to buy Benton Tool Corp. The purchase is "
         "expected to be completed on July 30.", "1987-07-30"),
        # a month is an estimate, not a plan
        ("Harlow Industries Inc said it expects to close its acquisition of Benton Tool Corp "
         "in July.", None),
        ("Harlow Industries Inc said it agreed to buy Benton Tool Corp. The purchase is "
         "expected to be completed in July.", None),
        # a plan of the past is none (it was a year forward, review_regdate N2, C1)
        ("Harlow Industries Inc said it had expected to complete its acquisition of Benton "
         "Tool Corp on May 15.", None),
        ("Harlow Industries Inc said it agreed to buy Benton Tool Corp. The purchase was "
         "expected to be completed on May 15 but has been delayed.", None),
    ],
)  # fmt: skip
def test_a_planned_day_of_concluding_dates_the_deal(text: str, value: str | None) -> None:
    assert _dated(text, "1987-06-19") == [value]


_BUY = "Harlow Industries Inc said it agreed to buy Benton Tool Corp"


@pytest.mark.parametrize(
    "text",
    [
        # a plan of the past, in the parse and in another sentence; a planned signing too
        "Harlow Industries Inc said it was expected to close its acquisition of Benton Tool "
        "Corp on May 15 but regulators intervened.",
        "Harlow Industries Inc said its agreement to buy Benton Tool Corp was expected to be "
        "signed on May 15 but talks broke down.",
        f"{_BUY}. The purchase, which was expected to close on May 15, has been delayed.",
        # denied: the expectation or the concluding
        "Harlow Industries Inc said it no longer expects to close its acquisition of Benton "
        "Tool Corp on July 2.",
        "Harlow Industries Inc said it does not expect to close its acquisition of Benton "
        "Tool Corp on July 2.",
        f"{_BUY}. The purchase is not expected to be completed on July 30.",
        f"{_BUY} but will not close the purchase on July 2 as planned.",
        # only possible, in the parse and in another sentence
        "Harlow Industries Inc said its acquisition of Benton Tool Corp may close on July 2.",
        "Harlow Industries Inc said its acquisition of Benton Tool Corp could be completed "
        "on July 2.",
        f"{_BUY}. Its acquisition of Benton may close on July 2.",
        f"{_BUY}. The acquisition could be completed on July 2.",
    ],
)
def test_a_plan_of_the_past_denied_or_only_possible_dates_no_deal(text: str) -> None:
    assert _dated(text, "1987-06-19") == [None]


@pytest.mark.parametrize(
    "text",
    [
        # a bound is no planned day (only the words of expecting are excused)
        f"{_BUY} and expects to complete the purchase by July 2.",
        "Harlow Industries Inc said it expects to complete its acquisition of Benton Tool "
        "Corp before July 2.",
        f"{_BUY}. The acquisition is expected to be completed by July 30.",
        "Harlow Industries Inc said it expects to complete its acquisition of Benton Tool "
        "Corp after the shareholder meeting on July 2.",
        # the concluding of something else than the deal
        f"{_BUY} and expects to merge Benton's two plants on July 2.",
    ],
)
def test_a_bound_or_another_things_concluding_is_no_planned_day(text: str) -> None:
    assert _dated(text, "1987-06-19") == [None]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # still planned: a present expectation of the deal's concluding or signing
        ("Harlow Industries Inc said its agreement to buy Benton Tool Corp is expected to "
         "be signed on July 2.", "1987-07-02"),
        ("Harlow Industries Inc said it will complete its acquisition of Benton Tool Corp "
         "on July 2.", "1987-07-02"),
        (f"{_BUY}. The merger is expected to be completed on July 2.", "1987-07-02"),
    ],
)  # fmt: skip
def test_a_present_plan_still_dates_the_deal(text: str, value: str) -> None:
    assert _dated(text, "1987-06-19") == [value]


# dateline 1987-03-12, a Thursday
@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a future deal verb's weekday or month is the next one, not the last
        ("Harlow Industries Inc said it will buy Benton Tool Corp on Friday.", "1987-03-13"),
        # an infinitive of a deal noun takes the tense of the verb taking the noun
        ("Harlow Industries Inc said it will sign an agreement to buy Benton Tool Corp on "
         "Friday.", "1987-03-13"),
        # a planned signing keeps its named month (the convention's planned signing date)
        ("Harlow Industries Inc said it will sign an agreement with Benton Tool Corp in June.",
         "1987-06"),
        # a taking effect yet to come, on the verb the parser hangs the date on (a month
        # of it is an estimate: below)
        ("Harlow Industries Inc said its merger with Benton Tool Corp will take effect on "
         "Monday.", "1987-03-16"),
        # the past is still read backwards
        ("Harlow Industries Inc said it bought Benton Tool Corp in June.", "1986-06"),
    ],
)  # fmt: skip
def test_a_future_clause_resolves_its_date_forwards(text: str, value: str) -> None:
    assert _dated(text, "1987-03-12") == [value]


@pytest.mark.parametrize(
    "text",
    [
        # a month or a year yet to come on the deal's concluding is an estimate
        "Harlow Industries Inc said it will buy Benton Tool Corp next month.",
        "Harlow Industries Inc said it will buy Benton Tool Corp in June.",
        "Harlow Industries Inc said it will complete its acquisition of Benton Tool Corp in June.",
        "Harlow Industries Inc said it agreed to buy Benton Tool Corp and will complete the "
        "purchase in June.",
        # so is one of its taking effect, its completion (s90 review point 4)
        "Harlow Industries Inc said its merger with Benton Tool Corp will be effective in June.",
    ],
)
def test_a_month_yet_to_come_on_a_deals_concluding_is_an_estimate(text: str) -> None:
    assert _dated(text, "1987-03-12") == [None]


_HARLOW = "Harlow Industries Inc said "


@pytest.mark.parametrize(
    "rest",
    [
        # a date before the reported clause's subject modifies the reporting verb (the
        # parse may hang it on the future verb): the announcement's day, resolved back
        "on Monday it will acquire Benton Tool Corp.",
        "on Monday it will acquire Benton Tool Corp in June.",
        "on Monday it will acquire Benton Tool Corp next year.",
    ],
)
def test_a_date_before_a_future_clauses_subject_is_the_announcements(rest: str) -> None:
    assert _dated(_HARLOW + rest, "1987-03-12") == ["1987-03-09"]


@pytest.mark.parametrize("when", ["in June 1987", "in 1988", "in June"])
def test_a_future_month_or_year_on_the_deal_is_an_estimate_stated_or_not(when: str) -> None:
    assert _dated(f"{_HARLOW}it will buy Benton Tool Corp {when}.", "1987-03-12") == [None]


@pytest.mark.parametrize(
    "text",
    [
        # after "that", or fronted in a main clause, the date is the future clause's own
        _HARLOW + "that on Friday it will complete its acquisition of Benton Tool Corp.",
        "On Friday, Harlow Industries Inc will complete its acquisition of Benton Tool Corp.",
    ],
)
def test_a_date_inside_the_future_clause_still_resolves_forwards(text: str) -> None:
    assert _dated(text, "1987-03-12") == ["1987-03-13"]
