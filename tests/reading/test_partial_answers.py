"""A question answered in part (partial_answers.py): the found parts are answered, with a
fixed sentence naming the detail the articles do not state; a missing part that names a
party may be the premise itself, and the question is refused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from retrieval.reading.compose import NOT_STATED
from retrieval.reading.partial_answers import own_names
from retrieval.service import AllianceService
from tests.reading.conftest import ingested
from tests.reading.partial_articles import ARTICLES


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


def test_a_missing_part_asking_for_the_other_party_is_the_premise(
    service: AllianceService,
) -> None:
    # "which company bought Harlow" asks for a party of a deal no article reports; the
    # price Harlow itself paid for Quotron is no answer to "for how much?"
    answer = service.ask("Which company bought Harlow Corp, and for how much?")
    assert not answer.answered, answer.text


def test_a_missing_firm_asked_by_another_verb_is_a_detail(service: AllianceService) -> None:
    # who advised the seller is a detail of the sale, not a party to it
    answer = service.ask(
        "How many shares is Norland Foods selling to Carrow, and which bank advised Norland Foods?"
    )
    assert answer.answered, answer.text
    assert answer.text.startswith("400,000"), answer.text


@pytest.mark.parametrize(
    ("text", "names", "own"),
    [
        ("when did Honeywell approve the merger?", ["GE", "Honeywell"], ["Honeywell"]),
        ("when will M.A. Hanna close the deal?", ["Hanna", "M.A. Hanna"], ["M.A. Hanna"]),
        ("and who runs Carrow Securities?", ["Carrow", "Carrow Securities"], ["Carrow Securities"]),
        ("what did GE pay?", ["GE"], ["GE"]),
        ("did GE pay GEC?", ["GE", "GEC"], ["GE", "GEC"]),
    ],
)
def test_own_names_are_whole_words_counted_once(
    text: str, names: list[str], own: list[str]
) -> None:
    assert own_names(text, names) == own
