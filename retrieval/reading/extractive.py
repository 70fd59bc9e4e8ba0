"""The extractive reader: answers from the articles' own sentences, without a language model.

    question -> understanding (parts, kinds, names)  [asking.py, question_parts.py,
                                                      asked_kind.py, asked_names.py]
             -> the retrieved articles' sentences    [evidence.py]
             -> a sentence answering every part      [selection.py, ranking.py, findings.py,
                                                      spans.py, anchors.py, relations.py]
             -> the answer first, then cited quotes  [compose.py]

It never cites anything outside the articles it was given, and it refuses (answered=False)
when no sentence holds an answer of the asked kind, saying what it found instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from retrieval.answers import appended
from retrieval.index.embeddings import MatrixEmbeddings
from retrieval.models import Answer, SearchHit
from retrieval.nlp.annotations import AnnotationCache
from retrieval.reading.asking import AskedQuestion, understand
from retrieval.reading.compose import compose, missing_note, refuse
from retrieval.reading.evidence import (
    ArticleEvidence,
    SentenceSource,
    Weights,
    correct_spelling,
    gather,
)
from retrieval.reading.findings import Reading
from retrieval.reading.listing import list_answer, listed_part
from retrieval.reading.normalize import normalize_question
from retrieval.reading.selection import Selection, select
from retrieval.settings import AnswerSettings
from retrieval.text import terms

if TYPE_CHECKING:
    from spacy.tokens import Doc


class ExtractiveAnswerer:
    """Answers from retrieved articles without any language model."""

    def __init__(
        self,
        *,
        embedder: MatrixEmbeddings,
        settings: AnswerSettings,
        sentences_of: SentenceSource | None = None,
        annotations: AnnotationCache | None = None,
    ) -> None:
        self._embedder = embedder
        self._settings = settings
        self._sentences_of = sentences_of
        self._annotations = annotations or AnnotationCache(None)

    def answer(
        self, question: str, hits: Sequence[SearchHit], *, idf: Callable[[str], float]
    ) -> Answer:
        if not hits:
            return refusal(
                question,
                "I couldn't find anything about that: the article store has nothing matching.",
            )
        articles = gather(hits, self._sentences_of, articles=self._settings.expand_articles)
        known = known_term(idf)
        text = correct_spelling(normalize_question(question), articles, known=known)
        asked = understand(text, parse=self._annotations.doc)
        if not asked.parts or not (asked.terms or asked.names):
            return refusal(question, "I could not find a question about companies in that.")
        for article in articles:
            article.names.embedder = self._embedder
        reading = Reading(Weights(idf), self._parse, self._embedder)
        if asked.listing:
            listed = list_answer(question, asked, articles, reading)
            if listed is not None:
                return _with_other_parts(question, asked, listed, articles, reading)
        selection = select(asked, articles, reading)
        if not selection.findings:
            return refuse(question, asked, selection, searched=len(articles))
        return compose(question, asked, selection)

    def _parse(self, texts: Sequence[str]) -> list[Doc]:
        return self._annotations.docs(texts)


# A list question's other part is a detail read beside the list: only a sentence that
# answers it well (relevant, with an answer tied to the part's words) is worth adding;
# below this finding score the part is said to be unanswered. Measured on 170 review
# questions: 19 wrong details of 45 dropped, 7 right ones of 95.
MIN_DETAIL_SCORE = 0.5


def _with_other_parts(
    question: str,
    asked: AskedQuestion,
    listed: Answer,
    articles: Sequence[ArticleEvidence],
    reading: Reading,
) -> Answer:
    """A listing answers its own part only ("which chipmakers ..."): the question's other
    parts ("... and what do their chips carry?") are answered from the sentences as any
    question's are, after the list."""
    listing = listed_part(asked)
    others = tuple(part for part in asked.parts if part is not listing)
    if not others:
        return listed
    rest = replace(asked, parts=others, listing=False)
    selection = well_answered(select(rest, _about_the_question(asked, listed, articles), reading))
    if not selection.findings:
        note = Answer(question=question, text=missing_note(others), answered=False)
        joined = appended(listed, note)
    else:
        answered = compose(question, rest, selection)
        # in the question's order: "which operator ..., and which chipmakers ..."
        first = asked.parts.index(listing) == 0
        joined = appended(listed, answered) if first else appended(answered, listed)
    # the list answers what the question is after; a detail it leaves is said so
    return joined.model_copy(update={"answered": listed.answered})


def well_answered(selection: Selection) -> Selection:
    """The selection without its weakly answered parts, which become missing ones."""
    kept = [i for i, f in enumerate(selection.findings) if f.score >= MIN_DETAIL_SCORE]
    weak = tuple(f.part for f in selection.findings if f.score < MIN_DETAIL_SCORE)
    return replace(
        selection,
        findings=tuple(selection.findings[i] for i in kept),
        missing=(*selection.missing, *weak),
        corroborating={
            new: selection.corroborating[old]
            for new, old in enumerate(kept)
            if old in selection.corroborating
        },
    )


def _about_the_question(
    asked: AskedQuestion, listed: Answer, articles: Sequence[ArticleEvidence]
) -> list[ArticleEvidence]:
    """The parts of one question are about one thing: the articles the list quotes that
    name every party the question names."""
    cited = {citation.source for citation in listed.citations}
    return [
        article
        for article in articles
        if article.chunk.source in cited
        and all(article.names.mentions(name) for name in asked.parties)
    ]


def known_term(idf: Callable[[str], float]) -> Callable[[str], bool]:
    """A word the corpus uses: its stem has a lower idf than a term never seen."""
    unseen = idf("\x00never-seen")

    def known(word: str) -> bool:
        return any(idf(term) < unseen for term in terms(word))

    return known


def refusal(question: str, reason: str) -> Answer:
    return Answer(question=question, text=reason, answered=False, citations=[])
