"""A list question's lines: each answering article's best sentence, and its second when
nearly as relevant and naming someone else (one article may name the members of a
consortium in two sentences). Articles written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.index.embeddings import HashingEmbeddings
from retrieval.models import Chunk
from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.evidence import ArticleEvidence, Sentence, Weights
from retrieval.reading.findings import Reading
from retrieval.reading.listing import list_answer
from retrieval.reading.matching import ArticleNames

if TYPE_CHECKING:
    from spacy.tokens import Doc


def parse(texts: list[str]) -> list[Doc]:
    return shared_pipeline().annotate(list(texts))


def article(article_id: str, texts: list[str]) -> ArticleEvidence:
    text = " ".join(texts)
    chunk = Chunk(
        chunk_id=article_id,
        article_id=article_id,
        source=f"news#{article_id}",
        title="T",
        position=0,
        text=text,
    )
    sentences = [Sentence(article_id, i, t) for i, t in enumerate(texts)]
    return ArticleEvidence(chunk, 0, sentences, ArticleNames(text))


def listed(question: str, articles: list[ArticleEvidence]) -> str:
    asked = understand(question, parse=lambda t: parse([t])[0])
    reading = Reading(Weights(lambda _: 1.0), parse, HashingEmbeddings(dimension=8))
    answer = list_answer(question, asked, articles, reading)
    assert answer is not None
    return answer.text


QUESTION = "Which companies joined the Tarnline Airways consortium for the Kessel airport?"
TWO = [
    "Halden Steel AG joined the Tarnline Airways consortium for the Kessel airport.",
    "Osko Ltd also joined the Tarnline Airways consortium for the Kessel airport.",
    "The airport will open in 1990, officials said.",
]


def test_a_second_sentence_nearly_as_relevant_names_another_member() -> None:
    text = listed(QUESTION, [article("a", TWO)])
    assert "Halden Steel AG" in text and "Osko Ltd" in text


def test_a_second_sentence_naming_no_one_new_adds_no_line() -> None:
    repeated = [
        TWO[0],
        "Halden Steel AG joined the Tarnline Airways consortium for the airport.",
        TWO[2],
    ]
    assert listed(QUESTION, [article("a", repeated)]).count("•") == 1
