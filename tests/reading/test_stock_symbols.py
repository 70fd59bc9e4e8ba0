"""A stock symbol asked about: "RT.A", "BKB.N" name the firm the article writes before them."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asked_names import question_names
from retrieval.reading.matching import ArticleNames

ARTICLE = (
    "HALVERN RESORTS <HVR.A> DEBT RATED\n"
    "Moody's said it rated 40 mln dlrs of debt of Halvern Resorts Inc. "
    "The lender, Corvex Bank Corp <CVB>, arranged it. Tell ALL about it."
)


def _names(question: str) -> tuple[str, ...]:
    return question_names(shared_pipeline().annotate([question])[0])[0]


@pytest.mark.parametrize(
    ("question", "symbol"),
    [
        ("How much HVR.A debt did Moody's rate?", "HVR.A"),  # tagged an adjective
        ("What did the U.S. say about IBM.O shares?", "IBM.O"),
    ],
)
def test_a_dotted_symbol_is_a_name_of_the_question(question: str, symbol: str) -> None:
    assert symbol in _names(question)


@pytest.mark.parametrize(
    "question",
    [
        "What did the U.S. say about the debt?",  # "U.S." is no symbol
        "How much debt did the firm rate in 3.5 years?",
    ],
)
def test_no_symbol_where_none_is_written(question: str) -> None:
    assert not any("." in name and name != "U.S." for name in _names(question))


def test_a_symbol_in_the_headline_writes_out_its_firm_with_or_without_its_class() -> None:
    names = ArticleNames(ARTICLE)
    assert names.written_out(("HVR.A",)) == ("HALVERN RESORTS",)
    assert names.written_out(("HVR",)) == ("HALVERN RESORTS",)  # class left off
    assert names.written_out(("CVB",)) == ("Corvex Bank Corp",)  # in the body
    assert names.written_out(("CVB.A",)) == ("Corvex Bank Corp",)  # a class of its stock


@pytest.mark.parametrize("asked", ["HV", "ZZ.A", "ALL"])
def test_no_firm_for_a_symbol_the_article_does_not_define(asked: str) -> None:
    # a symbol's prefix, a symbol no firm has here, a word in capitals
    assert ArticleNames(ARTICLE).written_out((asked,)) == ()


def test_an_article_mentions_a_symbol_asked_without_its_class() -> None:
    names = ArticleNames("Resort shares fell.\nHalvern Resorts Inc <HVR.A> said it sold bonds.")
    assert names.abbreviation_of("HVR")  # "<HVR.A>" without its class A
    assert names.abbreviation_of("HVR.A")
    assert not names.abbreviation_of("HV")
    assert not names.abbreviation_of("ALL")
