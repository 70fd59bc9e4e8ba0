"""A list's members told of sentence by sentence in one article ("Good results came from
A and B in paper. ... Insurance profits doubled with both C and D growing."): the list
line quotes each sentence that ties members of the asked kind to what is asked."""

from __future__ import annotations

from retrieval.service import AllianceService
from tests.reading.conftest import module_service

ARTICLES = [
    {
        "id": "venmark-credits",
        "title": "VENMARK LINES UP FOREIGN CREDITS FOR SMELTER EXPANSION",
        "date": "1987-05-12",
        "text": (
            "Venmark, the state aluminium smelter, is lining up foreign credits worth "
            "400 mln dlrs from Halden Bank and Osko Bank to pay for its expansion, its "
            "president said.\n"
            "The smelter produced 280,000 tonnes of aluminium last year.\n"
            "Venmark is also lining up foreign credits from Corvex Finans and Marlow "
            "Trust, he said.\n"
            "The expansion will raise capacity to 450,000 tonnes a year."
        ),
    },
    {
        "id": "venmark-results",
        "title": "VENMARK PROFIT RISES",
        "date": "1987-02-10",
        "text": "Venmark said its 1986 profit rose to 120 mln dlrs on higher prices.",
    },
]

LENDERS = ["Halden Bank", "Osko Bank", "Corvex Finans", "Marlow Trust"]

service = module_service(ARTICLES, "beside")


def test_members_in_another_sentence_of_the_article_are_listed(
    service: AllianceService,
) -> None:
    answer = service.ask("Which banks is Venmark lining up foreign credits from?")
    assert answer.answered
    assert all(lender in answer.text for lender in LENDERS)


def test_sentences_naming_no_asked_member_are_not_quoted(service: AllianceService) -> None:
    answer = service.ask("Which banks is Venmark lining up foreign credits from?")
    assert "280,000 tonnes" not in answer.text
    assert "450,000" not in answer.text
