"""A part of a two-article question may be answered by a sentence that leaves its firm
unnamed, when the answer is tied firmly to what the part asks."""

from __future__ import annotations

from retrieval.service import AllianceService
from tests.reading.conftest import module_service

ARTICLES = [
    {
        "id": "corvex-profit",
        "title": "CORVEX MOTORS SEES LOWER PROFIT FROM CORVEX CREDIT",
        "date": "2005-01-20",
        "text": (
            "Corvex Motors said it expects Corvex Credit to deliver net income of $2.5bn "
            "this year.\n"
            "Corvex Credit has been a strong contributor to profits."
        ),
    },
    {
        "id": "corvex-recall",
        "title": "Corvex Motors recalls vehicles",
        "date": "2005-01-18",
        "text": (
            "Corvex Motors is recalling vehicles over faulty brakes.\n"
            "The safety agency said the largest recall involves 155,465 pickups and vans.\n"
            "Owners will be told by letter."
        ),
    },
]

service = module_service(ARTICLES, "firm")


def test_a_firmly_tied_answer_elsewhere_needs_no_name_in_its_sentence(
    service: AllianceService,
) -> None:
    answer = service.ask(
        "Corvex Motors: how many pickups and vans are in its largest recall, and what net "
        "income does Corvex Motors expect Corvex Credit to deliver this year?"
    )
    assert answer.text.startswith("155,465"), answer.text
    assert "$2.5bn" in answer.text
