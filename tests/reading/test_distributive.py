"""One amount asked of several parties no article names together is read per party."""

from __future__ import annotations

import pytest

from retrieval.service import AllianceService
from tests.reading.conftest import module_service, titled_articles

TEXTS = {
    "CORVEX AIR LOAD FACTOR": "Corvex Air Inc said its February load factor rose to 62.2 pct "
    "from 56.9 pct a year ago.",
    "HALDEN AIRWAYS LOAD FACTOR": "Halden Airways Inc said its load factor totaled 66.8 pct in "
    "February, up from 53.4 pct a year earlier.",
    "OSKO MERGER": "Osko Corp said it agreed to buy Vetra Inc for 40 mln dlrs.",
    "BENTON SALE": "Benton Inc said it sold its trucking unit to Marl Co for 12 mln dlrs.",
}
ARTICLES = titled_articles(TEXTS)


service = module_service(ARTICLES, "distributive")


def test_each_party_s_amount_comes_from_its_own_article(service: AllianceService) -> None:
    answer = service.ask("What February load factors did Corvex Air and Halden Airways report?")
    assert answer.answered
    assert "62.2 pct" in answer.text and "66.8 pct" in answer.text


def test_a_relation_between_parties_no_article_names_together_is_not_split(
    service: AllianceService,
) -> None:
    # what Osko paid Benton is one amount of a deal between them, which no article states
    answer = service.ask("How much did Osko Corp pay Benton Inc?")
    assert "40 mln" not in answer.text and "12 mln" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        # a relation between the parties, or to a third party, is asked together
        "What stakes did Osko Corp and Benton Inc take in each other?",
        "How much did Osko Corp and Benton Inc each pay for Vetra Inc?",
        # a party whose article gives no such amount gets none from another's
        "What February load factors did Corvex Air and Osko Corp report?",
    ],
)
def test_no_party_is_answered_from_another_party_s_article(
    service: AllianceService, question: str
) -> None:
    lead = service.ask(question).text.splitlines()[0]  # the answers, before the quotes
    assert "56.9" not in lead  # Corvex's year-ago figure
    assert not ("40 mln" in lead and "12 mln" in lead)


def test_a_missing_party_s_amount_is_said_to_be_that_party_s(service: AllianceService) -> None:
    answer = service.ask("What February load factors did Corvex Air and Osko Corp report?")
    assert "62.2 pct" in answer.text
    assert "for Osko Corp asked for in" in answer.text
