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


def test_a_word_the_corpus_capitalises_after_a_name_is_of_that_name() -> None:
    vocabulary = CaseVocabulary()
    vocabulary.observe("Korvel Electron Corp said it sold debt. Korvel Electron grew.")
    vocabulary.observe("Korvel said an electron beam and an electron gun were sold.")
    names = vocabulary.names()
    pairs = vocabulary.name_pairs(names)
    assert "electron" not in names  # alone, a common word
    assert recase("korvel electron debt deal", names, pairs) == "Korvel Electron debt deal"
    # not after another word, nor across punctuation
    assert recase("an electron beam", names, pairs) == "an electron beam"
    assert recase("korvel, electron beam", names, pairs) == "Korvel, electron beam"


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
