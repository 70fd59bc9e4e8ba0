"""What an amount states: a figure of what did not happen is no fact of the asked kind; a
part of a whole is no sum of money."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.normalize import normalize_question
from retrieval.reading.spans import candidates
from retrieval.reading.unrealised import unrealised

if TYPE_CHECKING:
    from spacy.tokens import Doc

STAKE = "What stake does Corvex hold in Halden Lines?"


def parse(text: str) -> Doc:
    return shared_pipeline().annotate([text])[0]


def unrealised_amounts(question: str, sentence: str) -> list[bool]:
    part = understand(normalize_question(question), parse=parse).parts[0]
    doc = parse(sentence)
    return [unrealised(e, part) for e in doc.ents if e.label_ in ("PERCENT", "MONEY")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Corvex said it holds 15 pct of Halden Lines.", [False]),
        ("Corvex said it did not buy 15 pct of Halden Lines.", [True]),
        # the parse hangs "not" on the auxiliary
        ("Corvex said it would not buy 15 pct of Halden Lines.", [True]),
        # an infinitive and a participle are in the scope of the negated verb above them
        ("Corvex does not plan to buy 15 pct of Halden Lines.", [True]),
        (
            "Corvex would not buy any securities giving it a 15 pct stake in Halden Lines.",
            [True],
        ),
        # a later conjunct shares the first one's subject and auxiliaries ...
        (
            "Corvex would not buy or offer to buy securities giving it a 15 pct or more "
            "stake in Halden Lines.",
            [True],
        ),
        # ... unless it has a subject of its own
        (
            "Corvex did not sell its stake, and Vetra bought 15 pct of Halden Lines.",
            [False],
        ),
    ],
)
def test_an_amount_in_a_negated_clause(sentence: str, expected: list[bool]) -> None:
    assert unrealised_amounts(STAKE, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a modal perfect is a past that did not happen, also on the noun it relates
        ("Corvex would have bought 15 pct of Halden Lines had Vetra agreed.", [True]),
        ("It is far less than the 20 pct share Corvex would have gained.", [True]),
        # a modal without the perfect, or a perfect without the modal, is what is or was
        ("The deal would give Corvex 15 pct of Halden Lines.", [False]),
        ("Corvex has bought 15 pct of Halden Lines.", [False]),
    ],
)
def test_an_amount_of_what_would_have_been(sentence: str, expected: list[bool]) -> None:
    assert unrealised_amounts(STAKE, sentence) == expected


def test_a_question_about_what_would_have_been_asks_just_that() -> None:
    question = "What stake would Corvex have gained in Halden Lines?"
    sentence = "It is far less than the 20 pct share Corvex would have gained."
    assert unrealised_amounts(question, sentence) == [False]


def test_a_question_that_negates_asks_about_the_negated() -> None:
    question = "What stake did Corvex say it would not go beyond in Halden Lines?"
    sentence = "Corvex said it would not buy more than 15 pct of Halden Lines."
    assert unrealised_amounts(question, sentence) == [False]


def test_a_negated_amount_is_less_of_an_answer() -> None:
    def tie(sentence: str) -> float:
        part = understand(STAKE, parse=parse).parts[0]
        doc = shared_pipeline().annotate([sentence])[0]
        found = candidates(doc, part, asked_names=("Corvex", "Halden Lines"), question=STAKE)
        return found[0].tie

    held = tie("Corvex bought securities giving it a 15 pct stake in Halden Lines.")
    refused = tie("Corvex would not buy securities giving it a 15 pct stake in Halden Lines.")
    assert refused < held


def test_a_part_of_a_whole_is_no_sum_of_money() -> None:
    question = "How much of Halden Lines does Corvex control after the sale?"
    part = understand(question, parse=parse).parts[0]
    sentence = "The sale, for 8.7 mln dlrs, leaves Corvex with 12.3 pct of Halden Lines."
    found = candidates(parse(sentence), part, asked_names=("Corvex",), question=question)
    assert [c.text for c in found] == ["12.3 pct"]


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # what a clause of condition predicates is a threshold, not the stake held
        (
            STAKE,
            "As long as its stake is more than 5 pct, Corvex has rights to new Halden stock.",
            [True],
        ),
        (STAKE, "Corvex gets a board seat if it holds 10 pct of Halden Lines.", [True]),
        # "how long" asks no condition
        (
            "How long has Corvex held its Halden Lines stake?",
            "Corvex keeps a board seat as long as it holds 10 pct of Halden Lines.",
            [True],
        ),
        # an amount in the condition's subject is a fact of its own
        (
            "What is Corvex paying for Halden Lines?",
            "If the 90 mln dlr agreement Corvex signed with Halden Lines goes through, it "
            "will end an era.",
            [False],
        ),
        # a question about a condition asks for just that
        (
            "What stake must Corvex hold in Halden Lines to keep its board seat, as long as "
            "it stays?",
            "Corvex keeps its board seat if it holds 10 pct of Halden Lines.",
            [False],
        ),
    ],
)
def test_an_amount_in_a_clause_of_condition(
    question: str, sentence: str, expected: list[bool]
) -> None:
    assert unrealised_amounts(question, sentence) == expected
