"""A name coordinated with itself is one firm's name ("Reynolds and Reynolds")."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asked_names import question_names
from retrieval.reading.matching import ArticleNames


def test_a_name_joined_to_itself_is_one_name() -> None:
    doc = shared_pipeline().annotate(["What did Baxter and Baxter pay for the Osko unit?"])[0]
    names, parties = question_names(doc)
    assert "Baxter and Baxter" in names
    assert "Baxter" not in parties


def test_an_article_writing_the_surname_once_does_not_spell_it() -> None:
    name = "Baxter and Baxter"
    assert not ArticleNames("A portrait by Baxter sold well. Baxter painted it.").spells(name)
    assert ArticleNames("Baxter and Baxter Co said it bought Osko.").spells(name)
    # two different names joined may still be written apart
    assert ArticleNames("Osko said it met Corvex. Halden Inc was not there.").spells(
        "Corvex and Halden"
    )
