"""Which sentences name members of the asked class (`reading.members`)."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.members import names_its_members


@pytest.mark.parametrize(
    ("sentence", "focus", "expected"),
    [
        # names set off after the noun, which the parse may make its conjuncts
        ("Corvex said the newspapers, The Herald, The Lance and Metro One, will be printed.",
         "newspaper", True),
        ("The newspapers are The Herald and The Lance.", "newspaper", True),
        # a name modifying the class noun, before it or as its title
        ("Corvex leaked them to the Haldenpage, Corvex Insider and Think Vetra websites.",
         "website", True),
        ("Corvex will honor the cards at all of the Halcorp outlets.", "outlet", True),
        ("Corvex agreed to buy TV Station KHLD, Channel 66 in Dallas.", "station", True),
        # the patterns of a hyponym
        ("Corvex relied on reality shows such as Halden Nights.", "show", True),
        ("Corvex owns marketing rights for Haldenase and two other drugs.", "drug", True),
        ("Corvex makes several drugs, including Haldenase.", "drug", True),
        # a count, common nouns, a place or a time name none
        ("Corvex acquired three community newspapers in Winnipeg.", "newspaper", False),
        ("Corvex prints newspapers, magazines and books.", "newspaper", False),
        ("Corvex will close its Tokyo outlets.", "outlet", False),
        ("Corvex relied on shows such as quizzes and dramas.", "show", False),
        ("Corvex sells aspirin and other drugs.", "drug", False),
    ],
)  # fmt: skip
def test_a_sentence_naming_what_the_asked_noun_stands_for(
    sentence: str, focus: str, expected: bool
) -> None:
    doc = shared_pipeline().annotate([sentence])[0]
    assert names_its_members(doc, focus) is expected


def test_a_name_the_question_writes_is_no_member_it_asks_for() -> None:
    # "what other test does Corvex market, besides the Halcorp antibody test?"
    doc = shared_pipeline().annotate(["The spokesman said the Halcorp test is accurate."])[0]
    assert names_its_members(doc, "test")
    assert not names_its_members(doc, "test", frozenset({"halcorp", "antibody", "test"}))


def test_only_a_word_of_the_language_titles_a_name() -> None:
    # "halcorail go-ahead?": a name asked about is no class whose members are named
    doc = shared_pipeline().annotate(["The delayed Halcorail Link Bill provides a rail link."])[0]
    assert not names_its_members(doc, "halcorail")


def test_other_than_names_no_member_and_breaks_nothing() -> None:
    doc = shared_pipeline().annotate(["Corvex licensed drugs other than Haldenase to Osko."])[0]
    assert not names_its_members(doc, "drug")


def test_the_asked_firm_s_longer_name_before_the_noun_names_no_member() -> None:
    doc = shared_pipeline().annotate(["The Corvex Publishing newspapers sell 400,000 copies."])[0]
    assert not names_its_members(doc, "newspaper", frozenset({"corvex", "buy", "newspapers"}))
