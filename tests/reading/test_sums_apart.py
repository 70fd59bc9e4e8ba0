"""A period's result is no other sum, and a change in a sum is counted in no people."""

from __future__ import annotations

import pytest

from retrieval.reading.sentence_answers import MIN_TIE
from tests.reading.test_spans import candidates_of


def tied(question: str, sentence: str) -> list[str]:
    return [c.text for c in candidates_of(question, sentence) if c.tie >= MIN_TIE]


@pytest.mark.parametrize(
    "sentence",
    [
        "Halden said the 40 ct preferred dividend will be paid June two to holders of record.",
        "Halden said it will pay Corvex Inc a 2 mln dlr fee for the design work.",
        "Moody's said it may downgrade Halden Marine Corp's 90 mln dlrs of debt.",
    ],
)
@pytest.mark.parametrize(
    "question",
    [
        "How much did Halden Marine lose on the tanker refit contract?",
        "What loss did Halden Marine post on the tanker refit contract?",
    ],
)
def test_another_sum_is_no_result(question: str, sentence: str) -> None:
    # a dividend or a fee is a sum the firm pays, not what it lost
    assert tied(question, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Halden said it lost 12 mln dlrs on the tanker refit contract.",
        "Halden said it had a loss of 12 mln dlrs on the tanker refit contract.",
    ],
)
def test_the_result_itself_still_answers(sentence: str) -> None:
    question = "How much did Halden Marine lose on the tanker refit contract?"
    assert tied(question, sentence) == ["12 mln dlrs"]


def test_a_dividend_still_answers_what_dividend() -> None:
    sentence = "Halden said the 40 ct preferred dividend will be paid June two to holders."
    assert tied("What preferred dividend will Halden Marine pay?", sentence) == ["40 ct"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A total of 3,500 people were out on strike.",
        "About 3,500 workers had been out on strike for six weeks.",
    ],
)
def test_people_are_no_change_in_a_sum(sentence: str) -> None:
    question = (
        "What general wage increase did Halden Marine agree in the pact that ended the strike?"
    )
    assert tied(question, sentence) == []


def test_a_change_in_a_sum_is_still_answered() -> None:
    question = "What general wage increase did Halden Marine agree with its unions?"
    sentence = "Halden agreed a general wage increase of 4.5 pct with its unions."
    assert tied(question, sentence) == ["4.5 pct"]


def test_people_still_answer_a_change_in_staff() -> None:
    # a count of people is the size of a change in a workforce, not in a sum
    question = "What staff increase did Halden Marine announce?"
    sentence = "Halden Marine announced a staff increase of 3,500 people at its plant."
    assert tied(question, sentence) == ["3,500"]


def test_a_sum_the_question_names_is_asked_about() -> None:
    # the royalty is what the asked income comes from: its size answers
    question = "What annual income will the royalty from Corvex bring Halden Marine?"
    sentence = "Corvex will pay Halden Marine a royalty of 3 mln dlrs a year."
    assert tied(question, sentence)[:1] == ["3 mln dlrs"]


@pytest.mark.parametrize(
    ("question", "sentence", "answer"),
    [
        (
            "How much did the bank earn from the Corvex takeover?",
            "The bank earned a 12 mln dlr fee from the Corvex takeover.",
            "12 mln dlr",
        ),
        (
            "How much did Corvex earn from advising Halden?",
            "Corvex earned fees of 5 mln dlrs for advising Halden.",
            "5 mln dlrs",
        ),
        (
            "What income does Halden get from the patent?",
            "Halden receives royalties of 3 mln dlrs a year from Corvex.",
            "3 mln dlrs",
        ),
        (
            "What revenue will Halden get from the contract?",
            "Halden will receive payments of 40 mln dlrs under the contract.",
            "40 mln dlrs",
        ),
    ],
)
def test_a_sum_earned_or_received_answers_what_was_earned(
    question: str, sentence: str, answer: str
) -> None:
    # a fee, a royalty or a payment a firm receives is its earnings, its income
    assert answer in tied(question, sentence)


def test_a_sum_written_off_is_what_was_lost() -> None:
    question = "How much did Halden lose when Corvex collapsed?"
    sentence = "Halden wrote off its 40 mln dlr loan to Corvex after Corvex collapsed."
    assert "40 mln dlr" in tied(question, sentence)
