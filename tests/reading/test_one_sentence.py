"""An article whose one sentence answers several parts of a question is read first: the
parts are about one event, and a report states its facts together."""

from __future__ import annotations

from retrieval.models import Chunk
from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import Part, understand
from retrieval.reading.evidence import ArticleEvidence, Sentence
from retrieval.reading.found import Finding
from retrieval.reading.matching import ArticleNames
from retrieval.reading.selection import _primary
from retrieval.reading.spans import Candidate

QUESTION = "To what level did Harbor cut its Pellam stake, and how many shares did it sell?"
# One sentence tells the whole sale; the other report tells it over two sentences.
TOGETHER = [
    "Harbor Partners said it cut its stake in Pellam Corp to 7.4 pct by selling 310,000 shares.",
]
APART = [
    "Harbor Partners said it cut its stake in Pellam Corp to 5.1 pct.",
    "Harbor Partners said it sold 190,000 Pellam shares last month.",
]


def _parts() -> tuple[Part, ...]:
    asked = understand(QUESTION, parse=lambda text: shared_pipeline().annotate([text])[0])
    return asked.parts


def _article(article_id: str, texts: list[str], rank: int) -> ArticleEvidence:
    chunk = Chunk(
        chunk_id=article_id,
        article_id=article_id,
        source=f"news#{article_id}",
        title="T",
        position=0,
        text=" ".join(texts),
    )
    sentences = [Sentence(article_id, i, text) for i, text in enumerate(texts)]
    return ArticleEvidence(chunk, rank, sentences, ArticleNames(" ".join(texts)))


def _found(part: Part, article: ArticleEvidence, at: int, answer: str, score: float) -> Finding:
    return Finding(part, article, article.sentences[at], (Candidate(answer, 0, 1, 0.8),), score)


def _chosen(together_answers: tuple[str, str], together_texts: list[str]) -> str:
    stake, shares = _parts()
    together = _article("together", together_texts, 1)
    apart = _article("apart", APART, 0)
    by_part = [
        [
            _found(stake, apart, 0, "5.1 pct", 0.65),
            _found(stake, together, 0, together_answers[0], 0.6),
        ],
        [
            _found(shares, apart, 1, "190,000", 0.62),
            _found(shares, together, 0, together_answers[1], 0.6),
        ],
    ]
    chosen = _primary([apart, together], by_part, present=False)
    assert chosen is not None
    return chosen.article_id


def test_the_article_answering_both_parts_in_one_sentence_is_read_first() -> None:
    assert _chosen(("7.4 pct", "310,000"), TOGETHER) == "together"


def test_one_answer_given_to_both_parts_is_no_sentence_answering_both() -> None:
    assert _chosen(("7.4 pct", "7.4 pct"), TOGETHER) == "apart"


def test_a_name_and_its_short_form_are_one_answer() -> None:
    assert _chosen(("Harbor Partners", "Harbor"), TOGETHER) == "apart"


def test_a_sentence_about_another_firm_answering_both_parts_counts_for_nothing() -> None:
    other = [
        "Dunmore Trust said it cut its stake in Vellor Inc to 7.4 pct by selling 310,000 shares."
    ]
    assert _chosen(("7.4 pct", "310,000"), other) == "apart"
