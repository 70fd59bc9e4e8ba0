"""A word of a question typed in lower case that the tagger took for a name ("midway
airlines poison pill": "pill") is no party when no candidate article writes it as a name
and no article mentions every party. Articles and questions written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from retrieval.models import Chunk
from retrieval.reading.evidence import ArticleEvidence, Sentence
from retrieval.reading.matching import ArticleNames
from retrieval.reading.selection import common_words
from tests.reading.test_asking import ask

PILL = "TARNLINE SETS HOLDER RIGHTS PLAN\nTarnline Airways Inc adopted a shareholder rights plan."
OTHER = "KESSEL ADOPTS POISON PILL\nKessel Corp said its poison pill is a rights plan."


def evidence(text: str) -> ArticleEvidence:
    chunk = Chunk(chunk_id="c", article_id="a", source="n#a", title="T", position=0, text=text)
    return ArticleEvidence(chunk, 0, [Sentence("a", 0, text)], ArticleNames(text))


def test_a_name_is_written_in_mixed_case_not_in_a_capitalised_headline() -> None:
    assert ArticleNames(PILL).names_with("tarnline airways")
    names = ArticleNames(OTHER)
    assert not names.names_with("pill")  # only the headline's capitals write it so
    assert names.mentions("pill")  # though the article does use the word


def test_a_common_word_no_article_writes_as_a_name_is_no_party() -> None:
    question = replace(ask("How much is the pill?"), parties=("tarnline airways", "pill"))
    assert common_words(question, [evidence(PILL), evidence(OTHER)]) == ("pill",)


def test_a_word_one_article_mentions_with_the_other_parties_narrows_the_question() -> None:
    # the article naming Tarnline also uses the word: it is what the question is about
    both = PILL + " The poison pill was adopted on Friday."
    question = replace(ask("How much is the pill?"), parties=("tarnline airways", "pill"))
    assert common_words(question, [evidence(both), evidence(OTHER)]) == ()


def test_a_party_typed_with_capitals_is_kept() -> None:
    question = replace(ask("How much is the pill?"), parties=("tarnline airways", "Pill"))
    assert common_words(question, [evidence(PILL), evidence(OTHER)]) == ()


def test_a_lower_case_phrase_no_article_mentions_is_a_guess_not_a_party() -> None:
    # "ny life oil" typed for "New York Life Oil": no refusal over it
    oil = "AMEREX FORMS OIL UNIT\nAmerex Corp formed a unit with New York Life Oil Co."
    question = replace(ask("How big is the unit?"), parties=("Amerex", "ny life oil"))
    assert common_words(question, [evidence(oil), evidence(OTHER)]) == ("ny life oil",)
    # a phrase an article does mention stays a party
    written = replace(ask("How big is the unit?"), parties=("Amerex", "tarnline airways"))
    assert common_words(written, [evidence(oil), evidence(PILL)]) == ()


@pytest.mark.parametrize(
    "question",
    [
        "Corvex is selling its cable TV operation in Tarnville. Who is buying it?",
        "How is the TV and film studio being paid by Corvex?",
    ],
)
def test_an_initialism_beside_a_common_noun_is_that_word_not_a_party(question: str) -> None:
    asked = ask(question)
    assert "TV" not in asked.names and "Corvex" in asked.parties


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("What will HP's sales force use the Corvex software for?", "HP"),
        ("Which GM plant in Tarnville will build engines for Corvex?", "GM"),
        ("How much did Corvex pay for the TV station KWVT?", "KWVT"),
    ],
)
def test_an_initialism_naming_a_firm_stays_a_party(question: str, name: str) -> None:
    assert name in ask(question).parties
