"""A question answered in part (partial_answers.py): the found parts are answered, with a
fixed sentence naming the detail the articles do not state; a missing part that names a
party may be the premise itself, and the question is refused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from retrieval.reading.compose import NOT_STATED
from retrieval.service import AllianceService
from tests.reading.conftest import ingested, titled_articles

ARTICLES = titled_articles(
    {
        "NORLAND FOODS TO PLACE SHARES WITH CARROW": (
            "Norland Foods Plc said it agreed to sell 400,000 new common shares to Carrow "
            "Securities Ltd, which will place them with institutional investors in Europe.\n"
            "Norland said the sale was part of its plan to reduce debt."
        ),
        "MARVEL CHEMICALS MAY JOIN BRANDT AGENCY": (
            "Ostra Holdings acquired a 76 pct stake in Brandt Agency last December and has "
            "since raised its stake in the agency to 100 pct.\n"
            "A spokesman said Marvel Chemicals could become a partner in Brandt Agency "
            "through a capital increase."
        ),
        "VESTA MILLS COMPLETES PLACING": (
            "Vesta Mills Inc said it completed a placing of new shares.\n"
            "A broker sold 300,000 of the shares to pension funds in London, dealers said."
        ),
    }
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AllianceService]:
    with ingested(ARTICLES, tmp_path_factory.mktemp("partial")) as service:
        yield service


def test_a_missing_detail_leaves_the_found_part_answered(service: AllianceService) -> None:
    answer = service.ask(
        "How many shares is Norland Foods selling to Carrow, and at what price will the "
        "buyer place them?"
    )
    assert answer.answered, answer.text
    assert answer.text.startswith("400,000"), answer.text
    assert answer.citations and answer.citations[0].quote.startswith("Norland Foods Plc")
    said = (
        f"({NOT_STATED} the amount of money asked for in "
        "“at what price will the buyer place them?”.)"
    )
    assert said in answer.text.splitlines(), answer.text


def test_a_missing_part_naming_a_party_is_refused(service: AllianceService) -> None:
    # what stake Carrow holds is a claim of its own about the parties, not a detail of
    # the sale: that the articles do not state it may mean no such stake exists
    answer = service.ask(
        "How many shares is Norland Foods selling, and what stake does Carrow Securities "
        "hold in Norland Foods?"
    )
    assert not answer.answered, answer.text
    assert "400,000" in answer.text  # what was found is still shown


def test_a_found_part_stated_of_another_firm_leaves_no_answer(service: AllianceService) -> None:
    # the stake found is Ostra's, not Marvel's: the sentence does not name whom the part
    # names, so the question's premise (Marvel took a stake) is not stated
    answer = service.ask(
        "What stake did Marvel Chemicals take in Ostra's Brandt Agency, and at what price?"
    )
    assert not answer.answered, answer.text


def test_a_missing_detail_of_one_party_leaves_the_found_part_answered(
    service: AllianceService,
) -> None:
    # who runs Carrow asks about one party, not the deal between two: a detail
    answer = service.ask(
        "How many shares is Norland Foods selling to Carrow, and who runs Carrow Securities?"
    )
    assert answer.answered, answer.text
    assert answer.text.startswith("400,000"), answer.text
    said = f"({NOT_STATED} the person asked for in “who runs Carrow Securities?”.)"
    assert said in answer.text.splitlines(), answer.text


def test_a_found_part_about_no_party_leaves_no_answer(service: AllianceService) -> None:
    # "A broker sold 300,000 of the shares" names no party of the question: no evidence
    # about Vesta Mills answers anything
    answer = service.ask(
        "How many shares did the broker sell, and what price did Vesta Mills get for them?"
    )
    assert not answer.answered, answer.text
    assert "300,000" in answer.text  # what was found is still shown
