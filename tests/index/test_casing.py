from __future__ import annotations

import pytest

from retrieval.index.casing import CaseVocabulary, recase
from retrieval.service import AllianceService


def test_words_the_corpus_writes_as_names_are_recased() -> None:
    vocabulary = CaseVocabulary()
    vocabulary.observe("CATL and BAIC signed. Renault met Geely. Geely grew as Geely planned.")
    vocabulary.observe("The deal was signed.")
    vocabulary.observe("Yesterday it rained. CATL grew.")
    names = vocabulary.names()
    assert names["catl"] == "CATL" and names["geely"] == "Geely"
    assert "deal" not in names and "yesterday" not in names  # lone sentence opener
    assert recase("how big is catl, and is geely a deal?", names) == (
        "how big is CATL, and is Geely a deal?"
    )
    assert recase("Who is CATL's CFO?", names) == "Who is CATL's CFO?"


def test_acronyms_in_a_question_opened_in_lower_case_leave_its_names_to_be_recased() -> None:
    names = {"geely": "Geely", "catl": "CATL"}
    # who leaves the first word small leaves names small, typing only acronyms in capitals
    assert recase("geely option on LA plant, how much $$", names) == (
        "Geely option on LA plant, how much $$"
    )
    # a question opened with a capital and naming an acronym says which words are names
    assert recase("What did ML pay geely", names) == "What did ML pay geely"


def test_a_word_the_corpus_capitalises_after_a_name_is_of_that_name() -> None:
    vocabulary = CaseVocabulary()
    vocabulary.observe("Shares of Korvel Electron Corp rose as Korvel Electron grew.")
    vocabulary.observe("It said Korvel sold an electron beam and an electron gun.")
    names = vocabulary.names()
    pairs = vocabulary.name_pairs(names)
    assert "electron" not in names  # alone, a common word
    assert recase("korvel electron debt deal", names, pairs) == "Korvel Electron debt deal"
    # not after another word, nor across punctuation
    assert recase("an electron beam", names, pairs) == "an electron beam"
    assert recase("korvel, electron beam", names, pairs) == "Korvel, electron beam"


def test_a_word_the_corpus_capitalises_before_a_name_word_opens_that_name() -> None:
    vocabulary = CaseVocabulary()
    vocabulary.observe("Shares of Suburban Korvelcorp rose as Suburban Korvelcorp grew.")
    vocabulary.observe("It said suburban stores and suburban homes sold well.")
    vocabulary.observe("Suburban homes sold well.")  # opening a sentence says nothing
    names = vocabulary.names()
    openers = vocabulary.name_openers(names)
    assert "suburban" not in names  # alone, a common word
    assert recase("suburban korvelcorp deal", names, {}, openers) == "Suburban Korvelcorp deal"
    # not before another word, nor across punctuation
    assert recase("suburban homes", names, {}, openers) == "suburban homes"
    assert recase("suburban, korvelcorp", names, {}, openers) == "suburban, Korvelcorp"


def test_a_word_capitalised_only_where_a_sentence_or_line_opens_is_no_name() -> None:
    # Reuters earnings tables open every line with "Shr" and "Net"; "Revs" opens one
    # sentence too. Only the capitals a word keeps inside a sentence say it is a name.
    vocabulary = CaseVocabulary()
    for _ in range(3):
        vocabulary.observe("Shr profit 27 cts vs 51 cts\n    Net profit 6.6 mln\n")
        vocabulary.observe('Revs rose. "Shr data came late, said Varco. Varco grew.')
    vocabulary.observe("The net was set; the shr figure and revs were not.")
    names = vocabulary.names()
    assert "shr" not in names and "net" not in names and "revs" not in names
    assert names["varco"] == "Varco"
    assert recase("varco profit per shr n net", names) == "Varco profit per shr n net"


def test_a_word_capitalised_once_inside_a_sentence_is_a_name_if_it_also_opens_one() -> None:
    # a firm opens most sentences about it ("Korvex said ..."); an opening alone says
    # nothing, and one capitalised sighting alone may be a title-cased phrase
    vocabulary = CaseVocabulary()
    vocabulary.observe("Korvex Inc said it agreed. In payment, Korvex will issue shares.")
    vocabulary.observe("Korvex said sales rose. He cited the Hold Separate order.")
    vocabulary.observe("Meanwhile it fell. Sales meanwhile rose.")
    names = vocabulary.names()
    assert names["korvex"] == "Korvex"
    assert "hold" not in names and "separate" not in names and "meanwhile" not in names
    assert recase("korvex buying shares", names) == "Korvex buying shares"


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
