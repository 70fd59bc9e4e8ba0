"""A paraphrased part is answered by the one amount of its kind in the answering article."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from retrieval.service import AllianceService
from tests.reading.conftest import ingested

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
]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AllianceService]:
    with ingested(ARTICLES, tmp_path_factory.mktemp("sole")) as built:
        yield built


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
