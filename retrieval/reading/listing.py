"""Questions that want every matching alliance ("Which companies has PDVSA formed joint
ventures with?"): one line per article that answers, each naming the other parties.

Each article that mentions the question's parties contributes its sentence most relevant
to what is asked, led by the organisations it names besides the asked ones; articles whose
best sentence is not relevant enough contribute nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from retrieval.models import Answer
from retrieval.reading.asking import AskedQuestion
from retrieval.reading.compose import Sources, quotable
from retrieval.reading.evidence import ArticleEvidence, relevance
from retrieval.reading.findings import Finding, Reading
from retrieval.reading.kinds import Kind
from retrieval.reading.ranking import similarities
from retrieval.reading.selection import eligible_articles
from retrieval.reading.spans import candidates

MIN_LINE_RELEVANCE = 0.3
MAX_LINES = 6
MAX_NAMES_A_LINE = 4


def list_answer(
    question: str, asked: AskedQuestion, articles: Sequence[ArticleEvidence], reading: Reading
) -> Answer | None:
    """One cited line per answering article, or None when no article answers."""
    eligible = eligible_articles(asked, articles)
    if not eligible or not asked.parts:
        return None
    part = asked.parts[0]
    similarity = similarities(asked, eligible, reading.embedder)
    best: list[Finding] = []
    for article in eligible:
        scored = [
            (
                relevance(
                    sentence,
                    article,
                    part,
                    asked,
                    reading.weights,
                    similarity=similarity.get((0, article.article_id, sentence.position), 0.0),
                ),
                sentence,
            )
            for sentence in article.sentences
        ]
        if scored:
            score, sentence = max(scored, key=lambda item: item[0])
            if score >= MIN_LINE_RELEVANCE:
                best.append(Finding(part, article, sentence, (), score))
    best = sorted(best, key=lambda f: -f.score)[:MAX_LINES]
    if not best:
        return None
    docs = reading.parse([f.sentence.text for f in best])
    organisations = replace(part, kind=Kind.ORG)  # each line leads with the other parties
    sources = Sources()
    lines = []
    for finding, doc in zip(best, docs, strict=True):
        found = candidates(doc, organisations, asked_names=asked.names, question=asked.text)
        names = [finding.article.spelled_out(candidate.text) for candidate in found]
        quote = quotable(finding.sentence.text)
        marker = sources.cite(finding, quote)
        lead = ", ".join(dict.fromkeys(names[:MAX_NAMES_A_LINE]))
        lines.append(f"• {lead + ' — ' if lead else ''}“{quote}” {marker}")
    text = "\n".join(lines)
    return Answer(question=question, text=text, answered=True, citations=sources.citations())
