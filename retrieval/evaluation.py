"""Scoring answers against a questions file (the ../shared/eval format). Pure functions.

Per question:
- fact accuracy: 1 when every fact has at least one alternative in the answer text
  (case-insensitive), else 0; only for answerable questions;
- citation recall: share of gold documents among the cited sources;
- refusal correct: answered exactly when the question has gold documents;
- retrieval recall@k: share of gold documents among the top-k retrieved passages' sources.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from retrieval.models import Answer


class EvalQuestion(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str
    type: str = "factual"
    question: str
    gold: list[str] = Field(default_factory=list, description="Substrings of source names.")
    facts: list[list[str]] = Field(default_factory=list, description="Alternatives per fact.")

    @property
    def answerable(self) -> bool:
        return bool(self.gold)


class QuestionScore(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    type: str
    answerable: bool
    answered: bool
    facts_found: float | None
    citation_recall: float | None
    retrieval_recall: float | None
    refusal_correct: bool


class EvalSummary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    questions: int
    fact_accuracy: float
    citation_recall: float
    refusal_accuracy: float
    unanswerable_refused: float
    retrieval_recall_at_k: float
    k: int


def load_questions(path: Path) -> list[EvalQuestion]:
    """Parse a questions file; a bad line is an error naming the line."""
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            questions.append(EvalQuestion.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as error:
            raise ValueError(f"{path}:{number}: not a valid question: {error}") from error
    return questions


def normalize(text: str) -> str:
    return re.sub(r"[\s\-‐–—]+", " ", text.lower()).strip()


def fact_found(alternatives: Sequence[str], text: str) -> bool:
    haystack = normalize(text)
    return any(normalize(alternative) in haystack for alternative in alternatives)


def gold_share(gold: Sequence[str], sources: Sequence[str]) -> float:
    if not gold:
        return 0.0
    return sum(any(g in source for source in sources) for g in gold) / len(gold)


def score_question(
    question: EvalQuestion, answer: Answer, *, retrieved_sources: Sequence[str]
) -> QuestionScore:
    cited = [citation.source for citation in answer.citations]
    facts = None
    if question.answerable:
        facts = float(
            answer.answered and all(fact_found(alts, answer.text) for alts in question.facts)
        )
    return QuestionScore(
        id=question.id,
        type=question.type,
        answerable=question.answerable,
        answered=answer.answered,
        facts_found=facts,
        citation_recall=gold_share(question.gold, cited) if question.answerable else None,
        retrieval_recall=(
            gold_share(question.gold, retrieved_sources) if question.answerable else None
        ),
        refusal_correct=answer.answered == question.answerable,
    )


def summarize(scores: Sequence[QuestionScore], *, k: int) -> EvalSummary:
    answerable = [s for s in scores if s.answerable]
    unanswerable = [s for s in scores if not s.answerable]
    return EvalSummary(
        questions=len(scores),
        fact_accuracy=_mean([s.facts_found or 0.0 for s in answerable]),
        citation_recall=_mean([s.citation_recall or 0.0 for s in answerable]),
        refusal_accuracy=_mean([float(s.refusal_correct) for s in scores]),
        unanswerable_refused=_mean([float(not s.answered) for s in unanswerable]),
        retrieval_recall_at_k=_mean([s.retrieval_recall or 0.0 for s in answerable]),
        k=k,
    )


def breakdown(scores: Sequence[QuestionScore]) -> dict[str, list[QuestionScore]]:
    """Scores per question type and per split ("p1-03" -> "p1"; tune on one split, report
    another as held out)."""
    groups: dict[str, list[QuestionScore]] = {}
    for score in scores:
        groups.setdefault(f"type {score.type}", []).append(score)
        split = score.id.split("-", 1)[0] if "-" in score.id else ""
        if split:
            groups.setdefault(f"split {split}", []).append(score)
    return dict(sorted(groups.items()))


def _mean(values: Sequence[float]) -> float:
    return round(sum(values) / len(values), 4) if values else 1.0
