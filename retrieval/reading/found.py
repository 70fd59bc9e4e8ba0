"""What a finding is: a sentence answering a question part, with the answers it holds, and
what reading one needs besides the question and the articles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from retrieval.index.embeddings import MatrixEmbeddings
    from retrieval.reading.asking import Part
    from retrieval.reading.evidence import ArticleEvidence, Sentence, Weights
    from retrieval.reading.spans import Candidate

# A leaf module: what it names is imported for annotations only, so any reading module may
# import it without a cycle.
Parse = Callable[[Sequence[str]], list["Doc"]]
Scored = tuple[float, "Sentence", "ArticleEvidence"]
# Sentences per part that are parsed to look for an answer (parsing is the slow step).
PARSED_PER_PART = 6
# How fully a sentence must restate the question to be quoted as the answer of a part
# asking for a name without one ("the Shanghai police").
MIN_RESTATING_RELEVANCE = 0.75


@dataclass(frozen=True)
class Finding:
    part: Part
    article: ArticleEvidence
    sentence: Sentence
    answers: tuple[Candidate, ...]  # best first; empty for descriptive parts
    score: float


@dataclass(frozen=True)
class Reading:
    """What selection needs besides the question and the articles."""

    weights: Weights
    parse: Parse
    embedder: MatrixEmbeddings
