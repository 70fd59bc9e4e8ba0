"""Evidence: the retrieved passages broken into scored candidate sentences.

A sentence's score mixes how much of the question it covers (idf-weighted stems), how close
it is in embedding space, whether it holds the kind of thing asked for (a name, a number,
a date) and the rank of the passage it came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from retrieval.index.embeddings import MatrixEmbeddings
from retrieval.models import Chunk, SearchHit
from retrieval.reading.question import Question
from retrieval.text import split_sentences, terms

MONTHS = (
    "january february march april may june july august september october november december"
).split()
_DATE_PATTERN = re.compile(r"\b(1[89]\d\d|20\d\d)\b|\b(" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
_NUMBER_PATTERN = re.compile(r"\d|\b(hundred|thousand|million|billion|dozen)\b", re.IGNORECASE)
_PERSON_PATTERN = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\b")
_LEADING_JUNK = re.compile(r"^[\s\-—–·•*|>]+")
MAX_SENTENCE_CHARS = 600


@dataclass(frozen=True)
class Sentence:
    text: str
    chunk: Chunk
    rank: int  # rank of the passage it came from, 0 = best
    is_title: bool = False


@dataclass(frozen=True)
class ScoredSentence:
    sentence: Sentence
    score: float
    coverage: float  # idf-weighted share of question terms in the sentence
    context_coverage: float  # ... in the sentence or its article's title
    similarity: float  # cosine between question and sentence
    matched_topic: bool  # shares a non-name content term with the question
    typed: bool  # holds the kind of thing asked for (a date for "when", a number ...)


def candidate_sentences(hits: Sequence[SearchHit]) -> list[Sentence]:
    """Sentences of the retrieved passages (each once) plus each article's title."""
    seen: set[str] = set()
    found: list[Sentence] = []
    for rank, hit in enumerate(hits):
        title_key = f"title::{hit.chunk.article_id}"
        if title_key not in seen:
            seen.add(title_key)
            found.append(Sentence(hit.chunk.title, hit.chunk, rank, is_title=True))
        for raw in split_sentences(hit.chunk.text):
            text = _LEADING_JUNK.sub("", raw).strip()
            key = f"{hit.chunk.article_id}::{text}"
            if len(terms(text)) < 3 or key in seen or len(text) > MAX_SENTENCE_CHARS:
                continue
            seen.add(key)
            found.append(Sentence(text, hit.chunk, rank))
    return found


def article_context(hits: Sequence[SearchHit]) -> dict[str, set[str]]:
    """article_id -> stems seen in its title and retrieved passages."""
    context: dict[str, set[str]] = {}
    for hit in hits:
        context.setdefault(hit.chunk.article_id, set()).update(terms(hit.chunk.indexed_text()))
    return context


def score_sentences(
    question: Question,
    sentences: Sequence[Sentence],
    *,
    embedder: MatrixEmbeddings,
    idf: Callable[[str], float],
) -> list[ScoredSentence]:
    """Score every candidate; best first."""
    if not sentences:
        return []
    weights = {term: max(idf(term), 0.1) for term in question.content_terms}
    total_weight = sum(weights.values()) or 1.0
    topic = set(question.topic_terms)
    vectors = embedder.embed_matrix([question.text] + [s.text for s in sentences])
    similarities = vectors[1:] @ vectors[0]
    scored = []
    for sentence, similarity in zip(sentences, similarities.tolist(), strict=True):
        own = set(terms(sentence.text))
        context = own | set(terms(sentence.chunk.title))
        coverage = sum(w for t, w in weights.items() if t in own) / total_weight
        context_coverage = sum(w for t, w in weights.items() if t in context) / total_weight
        typed = _has_answer_type(question, sentence.text)
        score = (
            0.5 * coverage
            + 0.2 * context_coverage
            + 0.3 * max(similarity, 0.0)
            + 0.08 * typed
            + 0.04 / (1 + sentence.rank)
            - (0.1 if sentence.is_title and question.answer_type != "list" else 0.0)
        )
        scored.append(
            ScoredSentence(
                sentence,
                score,
                coverage,
                context_coverage,
                similarity,
                matched_topic=bool(own & topic),
                typed=bool(typed),
            )
        )
    return sorted(scored, key=lambda item: -item.score)


def _has_answer_type(question: Question, text: str) -> float:
    if question.answer_type == "number":
        return float(bool(_NUMBER_PATTERN.search(text)))
    if question.answer_type == "date":
        return float(bool(_DATE_PATTERN.search(text)))
    if question.answer_type == "person":
        asked = question.entity_terms
        names = [n for n in _PERSON_PATTERN.findall(text) if not set(terms(n)) <= asked]
        return float(bool(names))
    return 0.0
