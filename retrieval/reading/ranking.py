"""Ranking: every sentence that may answer a question part, by relevance, best first.

A sentence's relevance to a part (`evidence.relevance`) uses the part's words and the
cosine between the part and the sentence; a sentence that refers back to the one before it
("This was done because ...") inherits most of that one's relevance, and the retriever's
rank of its article breaks near-ties. A sentence may answer only if it names the officer
role asked about, and names together the parties the question joins. The closest sentence
of all is what a refusal points at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from retrieval.index.embeddings import MatrixEmbeddings
from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.evidence import ArticleEvidence, Sentence, relevance
from retrieval.reading.found import Finding, Reading, Scored
from retrieval.reading.matching import ArticleNames
from retrieval.text import terms

RANK_WEIGHT = 0.02
# How much of the sentence before it a sentence that refers back to it inherits.
ANAPHOR_CARRY = 0.9


def similarities(
    question: AskedQuestion, articles: Sequence[ArticleEvidence], embedder: MatrixEmbeddings
) -> dict[tuple[int, str, int], float]:
    """Cosine of every sentence to every part, by (part index, article id, position)."""
    sentences = [(a.article_id, s.position, s.text) for a in articles for s in a.sentences]
    if not sentences or not question.parts:
        return {}
    parts = [part.text for part in question.parts]
    vectors = embedder.embed_matrix(parts + [text for _, _, text in sentences])
    cosines = np.asarray(vectors[len(parts) :] @ vectors[: len(parts)].T)
    return {
        (index, article_id, position): float(cosines[row, index])
        for row, (article_id, position, _) in enumerate(sentences)
        for index in range(len(parts))
    }


def rank_sentences(
    index: int,
    *,
    part: Part,
    question: AskedQuestion,
    articles: Sequence[ArticleEvidence],
    reading: Reading,
    similarity: dict[tuple[int, str, int], float],
) -> list[Scored]:
    """Every sentence that may answer the part, by relevance (best first)."""
    scored = []
    for article in articles:
        before = 0.0
        for sentence in article.sentences:
            cosine = similarity.get((index, article.article_id, sentence.position), 0.0)
            rel = relevance(sentence, article, part, question, reading.weights, similarity=cosine)
            if sentence.previous is not None:
                rel = max(rel, ANAPHOR_CARRY * before)  # "This was done because ..."
            before = rel
            scored.append((rel - RANK_WEIGHT * article.rank, sentence, article))
    scored = [item for item in scored if _may_answer(part, question, item[1], item[2])]
    return sorted(scored, key=lambda item: -item[0])


def _may_answer(
    part: Part, question: AskedQuestion, sentence: Sentence, article: ArticleEvidence
) -> bool:
    """A sentence names the asked role ("CFO"), and names together the parties the question
    joins ("Ford and Volkswagen ... together"), itself, just before, or in the headline."""
    if part.roles and not any(_names_role(sentence, role) for role in part.roles):
        return False
    if len(question.joint) < 2:
        return True
    # A sentence that opens by referring to a group ("The two carmakers agreed ...",
    # "They will ...") continues the one before, which may have named them.
    refers = sentence.position > 0 and bool(_GROUP_REFERENCE.match(sentence.text))
    before = article.sentences[sentence.position - 1].text if refers else ""
    around = ArticleNames(" ".join([article.chunk.title, before, sentence.text]))
    return all(around.mentions(name, loose=True) for name in question.joint)


# A plural definite subject or pronoun opening a sentence: "The two companies", "The
# carmakers", "They", "Both".
_GROUP_REFERENCE = re.compile(r"(?:They|Both|The (?:two|three|four|[a-z]+s)) ")


def _names_role(sentence: Sentence, role: tuple[str, ...]) -> bool:
    """The role's words in a row ("chief technology (officer)", or "CTO", which the
    tokenizer writes out): "chief" in one clause and "technology" in another is not it."""
    sequence = terms(sentence.text)
    size = len(role)
    return any(tuple(sequence[i : i + size]) == role for i in range(len(sequence) - size + 1))


def closest_sentence(
    question: AskedQuestion,
    articles: Sequence[ArticleEvidence],
    reading: Reading,
    similarity: dict[tuple[int, str, int], float],
) -> Finding | None:
    """The sentence most relevant to the first part, for a refusal to point at."""
    if not question.parts:
        return None
    part = question.parts[0]
    best = max(
        (
            (
                relevance(
                    s,
                    a,
                    part,
                    question,
                    reading.weights,
                    similarity=similarity.get((0, a.article_id, s.position), 0.0),
                ),
                s,
                a,
            )
            for a in articles
            for s in a.sentences
        ),
        key=lambda item: item[0],
        default=None,
    )
    return None if best is None else Finding(part, best[2], best[1], (), best[0])
