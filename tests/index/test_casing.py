from __future__ import annotations

import pytest

from retrieval.index.casing import CaseVocabulary, recase
from retrieval.service import AllianceService


def test_words_the_corpus_writes_as_names_are_recased() -> None:
    vocabulary = CaseVocabulary()
    vocabulary.observe("CATL and BAIC signed. Geely met Renault. Geely grew. The deal was signed.")
    vocabulary.observe("Yesterday it rained. CATL grew.")
    names = vocabulary.names()
    assert names["catl"] == "CATL" and names["geely"] == "Geely"
    assert "deal" not in names and "yesterday" not in names  # lone sentence opener
    assert recase("how big is catl, and is geely a deal?", names) == (
        "how big is CATL, and is Geely a deal?"
    )
    assert recase("Who is CATL's CFO?", names) == "Who is CATL's CFO?"


@pytest.mark.parametrize(
    ("question", "answered", "fact"),
    [
        ("who is catl's chief financial officer", True, "Zheng Shu"),
        ("how many employees does catl have?", False, ""),
        ("what will ford and volkswagen build together?", False, ""),
    ],
)
def test_lower_case_questions_are_understood(
    seeded_service: AllianceService, question: str, answered: bool, fact: str
) -> None:
    answer = seeded_service.ask(question)
    assert answer.answered is answered, answer.text
    assert fact in answer.text
    assert answer.question == question
