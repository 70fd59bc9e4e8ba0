"""A paraphrased part is answered by the one amount of its kind in the answering article."""

from __future__ import annotations

import pytest

from retrieval.service import AllianceService
from tests.reading.conftest import module_service

ARTICLES = [
    {
        "id": "harbor-lizard",
        "title": "TILBURY AFFILIATE BUYS CORNISH SMOKEHOUSE",
        "date": "1987-04-06",
        "text": (
            "Harbor Fine Foods Inc, a Canadian company partly owned by Tilbury Holdings PLC "
            "of London, has acquired Lizard Point Smokehouse Ltd, a Cornwall, England "
            "producer of smoked fish and pate, Tilbury said.\n"
            "Privately held Lizard Point was sold for four mln stg, the company said."
        ),
    },
    {
        "id": "quayside-mendip",
        "title": "QUAYSIDE BUYS SOMERSET CHEESE MAKER",
        "date": "1987-04-07",
        "text": (
            "Quayside Dairies Inc, a Canadian company partly owned by Rowan Foods PLC of "
            "Bristol, has acquired Mendip Vale Creamery Ltd, a Somerset, England maker of "
            "farmhouse cheese, Rowan said.\n"
            "Privately held Mendip Vale was sold for six mln stg, the company said.\n"
            "Mendip Vale had sales of 14 mln stg last year."
        ),
    },
    {
        "id": "mossgiel-exmoor",
        "title": "MOSSGIEL BUYS DEVON CREAMERY",
        "date": "1987-04-08",
        "text": (
            "Mossgiel Dairies Inc, a Canadian company partly owned by Thorne Foods PLC of "
            "Glasgow, has acquired Exmoor Creamery Ltd, a Devon, England maker of clotted "
            "cream, Thorne said.\n"
            "Exmoor Creamery had sales of four mln stg last year.\n"
            "Thorne shares rose 12 pct on the news."
        ),
    },
]


service = module_service(ARTICLES, "sole")


def test_the_one_sum_of_the_answering_article_answers_a_paraphrased_part(
    service: AllianceService,
) -> None:
    answer = service.ask(
        "A Canadian seafood firm partly owned by a London food group has bought a Cornish "
        "smoked fish maker. Which firm is the buyer, and what was the price tag?"
    )
    assert "Harbor Fine Foods" in answer.text, answer.text
    assert "four mln stg" in answer.text, answer.text


def test_an_article_with_two_sums_leaves_the_part_unanswered(service: AllianceService) -> None:
    answer = service.ask(
        "A Canadian dairy firm partly owned by a British food group has bought a Somerset "
        "cheese maker. Which firm is the buyer, and what was the price tag?"
    )
    assert "Quayside Dairies" in answer.text, answer.text
    assert "do not say the amount of money" in answer.text, answer.text


@pytest.mark.parametrize(
    ("asked", "not_an_answer"),
    [
        ("what was the price tag?", "four mln stg"),  # a period's result
        ("what stake did it buy?", "12 pct"),  # a change
    ],
)
def test_a_result_or_a_change_is_no_sole_answer(
    service: AllianceService, asked: str, not_an_answer: str
) -> None:
    answer = service.ask(
        "A Canadian dairy firm partly owned by a Scottish food group has bought a Devon "
        f"cream maker. Which firm is the buyer, and {asked}"
    )
    assert "Mossgiel Dairies" in answer.text, answer.text
    assert not_an_answer not in answer.text.split("“")[0], answer.text
