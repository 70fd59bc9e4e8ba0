"""A reported clause opening with a plural anaphor ("He said they are ...") refers back to
the sentence before it, as a sentence opening with one does: it is read and quoted with
that sentence. A plural reporter's "they" is the reporter itself."""

from __future__ import annotations

import pytest

from retrieval.reading.continuation import refers_back
from retrieval.service import AllianceService
from tests.reading.conftest import module_service

MAKERS = ["Corvex Engines", "Halden Motor Works", "Osko Turbines"]

ARTICLES = [
    {
        "id": "brenair-order",
        "title": "BRENAIR ORDERS FOUR JETS",
        "date": "1987-03-31",
        "text": (
            "Brenair Ltd has placed a firm order with Vantor Aircraft Co for four "
            "long-range jets, chairman Jim Tallis said.\n"
            "Tallis said Brenair is talking to three engine makers who are all offering "
            "engines for the Vantor Aircraft Co jets and will choose one later this year.\n"
            f"He said they are {MAKERS[0]} Inc, {MAKERS[1]} Ltd and {MAKERS[2]} Corp.\n"
            "The jets will be financed by foreign borrowings, Tallis said."
        ),
    },
    {
        "id": "brenair-results",
        "title": "BRENAIR REPORTS PROFIT",
        "date": "1987-02-10",
        "text": "Brenair Ltd reported a profit of two mln dlrs for 1986.",
    },
]


service = module_service(ARTICLES, "reported-anaphors")


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("He said they are Corvex, Halden and Osko.", True),
        ("Tallis said that these include Corvex and Halden.", True),
        ("They are Corvex and Halden.", True),
        # a plural reporter's "they" is the reporter; "it" is as often the reporter itself
        ("Analysts said they expect a bid for Halden.", False),
        ("The company said it will sell Halden.", False),
        # no plain frame before the verb
        ("In London, he said they were interested.", False),
    ],
)
def test_a_reported_plural_anaphor_refers_back(sentence: str, back: bool) -> None:
    assert refers_back(sentence) is back


def test_the_members_of_a_counted_noun_come_from_a_reported_clause(
    service: AllianceService,
) -> None:
    answer = service.ask("Which engine makers are offering engines for Brenair's new jets?")
    assert answer.answered
    first_line = answer.text.splitlines()[0]
    assert all(maker in first_line for maker in MAKERS)
