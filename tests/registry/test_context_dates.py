"""Dates another sentence about the deal gives, in invented articles (dateline Friday
1987-06-19): a verb of concluding the deal dates it as a signing does; a modal of what
may happen does not."""

from __future__ import annotations

import pytest

from retrieval.registry.context_dates import date_from_context
from retrieval.registry.details import ArticleSentence
from tests.registry.test_deal_reading import extract


def _dated(text: str) -> list[str | None]:
    return [a.date.value if a.date else None for a in extract(text)]


@pytest.mark.parametrize(
    "later",
    [
        "The deal was finalized on Tuesday.",
        "The deal was consummated on Tuesday.",
        "The deal was sealed on Tuesday.",
    ],
)
def test_a_verb_of_concluding_in_another_sentence_dates_the_deal(later: str) -> None:
    assert _dated(f"Harlow Industries Inc said it bought Benton Tool Corp. {later}") == [
        "1987-06-16"
    ]


@pytest.mark.parametrize(
    "later",
    [
        "The deal, which may be finalized as early as July 1, needs a bank loan.",
        "The deal could be finalized on Tuesday, a spokesman said.",
    ],
)
def test_what_may_be_concluded_is_yet_to_come(later: str) -> None:
    assert _dated(f"Harlow Industries Inc said it agreed to buy Benton Tool Corp. {later}") == [
        None
    ]


def test_the_month_may_is_no_modal() -> None:
    text = (
        "Harlow Industries Inc said it bought Benton Tool Corp. The agreement of May was "
        "finalized on June 3."
    )
    assert _dated(text) == ["1987-06-03"]


_BOUGHT = "Harlow Industries Inc said it agreed to buy Benton Tool Corp."


@pytest.mark.parametrize(
    "later",
    [
        # a bare noun of "closing"/"completion"/"conclusion" has no deal of its own: a
        # stock's close, another thing's completion, a finding are not the deal's dates
        "Closing was 12-1/2 dlrs on Tuesday, up 1/4.",
        "Harlow is also building a new plant in Ohio. Completion is due on April 30.",
        "Conclusion was that sales fell in February.",
        # a planned completion day is none of agreed, announced, completed (convention)
        "Completion is due on April 30.",
    ],
)
def test_a_bare_noun_of_concluding_in_another_sentence_dates_no_deal(later: str) -> None:
    assert [
        a.date.value if a.date else None for a in extract(f"{_BOUGHT} {later}", date="1987-03-12")
    ] == [None]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # without a parse, "as of" is a state's time unless the word before it makes it
        # the deal's: taking effect, or an agreement's date
        ("The merger is effective as of June 1.", "1987-06-01"),
        ("The merger agreement is dated as of June 1.", "1987-06-01"),
        ("The merger involves the shares outstanding as of June 1.", None),
        ("As of June 1, the merger involves 1.2 mln shares.", None),
    ],
)
def test_as_of_in_an_unparsed_sentence(text: str, value: str | None) -> None:
    found = date_from_context(
        [ArticleSentence(position=1, text=text, names=(), people=())], article_date="1987-06-19"
    )
    assert (found.value if found else None) == value
