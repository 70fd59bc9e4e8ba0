"""Findings: which sentence answers a part."""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.index.embeddings import HashingEmbeddings
from retrieval.models import Chunk
from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.evidence import ArticleEvidence, Sentence, Weights
from retrieval.reading.findings import Reading, find_answers
from retrieval.reading.matching import ArticleNames

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc


def parse(texts: Sequence[str]) -> list[Doc]:
    return shared_pipeline().annotate(list(texts))


def first_finding(question: str, texts: list[str], relevance: list[float]) -> str:
    """The sentence of the best finding for the question's last part, the article's
    sentences ranked with the given relevance."""
    chunk = Chunk(
        chunk_id="c", article_id="a", source="news#a", title="T", position=0, text=" ".join(texts)
    )
    sentences = [Sentence("a", i, text) for i, text in enumerate(texts)]
    article = ArticleEvidence(chunk, 0, sentences, ArticleNames(" ".join(texts)))
    asked = understand(question, parse=lambda t: parse([t])[0])
    reading = Reading(Weights(lambda _: 1.0), parse, HashingEmbeddings(dimension=8))
    ranked = [(score, s, article) for score, s in zip(relevance, sentences, strict=True)]
    return find_answers(asked.parts[-1], asked, ranked, set(), reading)[0].sentence.text


def test_a_split_is_read_in_a_sentence_listing_the_shares_whatever_its_words() -> None:
    texts = [
        "Corvex said it agreed to buy Vetra's 13 pct stake in the Halcor venture.",
        "After that, Corvex will own 80 pct, Nordhaven 14 pct and Brantor six pct.",
    ]
    question = "Once Corvex takes over Vetra's stake, how will ownership of the venture be split?"
    # the listing sentence shares hardly a word with the question
    assert first_finding(question, texts, [0.4, 0.12]) == texts[1]
