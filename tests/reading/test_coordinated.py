"""Answers a sentence coordinates fill the asked slot together."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.coordinated import with_coordinated
from retrieval.reading.spans import candidates
from tests.reading.test_spans import part_of


def lead(question: str, sentence: str) -> str:
    part, names, text = part_of(question)
    doc = shared_pipeline().annotate([sentence])[0]
    found = candidates(doc, part, asked_names=names, question=text)
    return with_coordinated(found, doc, part)[0].text


@pytest.mark.parametrize(
    ("question", "sentence", "answer"),
    [
        (
            "Who is buying the new stock?",
            "The US Disney Corporation and Saudi Arabian prince Al-Walid bin Talal, the firm's "
            "two main shareholders, will buy the new stock.",
            "The US Disney Corporation and Al-Walid bin Talal",
        ),
        (
            "Who owns Pan-Alberta?",
            "Pan-Alberta is owned by Nova Corp and Alberta Energy Co, the company added.",
            "Nova Corp and Alberta Energy Co",
        ),
    ],
)
def test_coordinated_answers_are_given_together(question: str, sentence: str, answer: str) -> None:
    assert lead(question, sentence) == answer


def test_a_name_given_a_role_of_its_own_in_a_list_shares_no_other_role() -> None:
    found = lead(
        "Who is the chairman of CATL?",
        "Zhang Xiyong, general manager, Chang Rui and Chen Wei, general manager assistant, "
        "Zeng Yuqun, chairman of CATL, and CFO Zheng Shu attended the signing ceremony.",
    )
    assert found == "Zeng Yuqun"


def test_a_name_read_twice_is_not_coordinated_with_itself() -> None:
    found = lead(
        "Who sold the shares to Clevebaco?",
        "Clevebaco bought one mln shares from Bear, Stearns and Co Inc at 41 dlrs.",
    )
    assert found.count("Stearns") == 1


def test_a_part_asking_for_one_answer_of_no_party_is_left_alone() -> None:
    part, names, text = part_of("How much did Nova and Alberta Energy pay?")
    doc = shared_pipeline().annotate(["They paid 10 mln dlrs and 20 mln dlrs."])[0]
    found = candidates(doc, part, asked_names=names, question=text)
    assert with_coordinated(found, doc, part) == found
