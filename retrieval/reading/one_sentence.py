"""Articles that answer several parts of a question in one sentence.

The parts of one question are about one event ("what was the price per share, and how many
shares did it sell?"). A report states the event's facts together, in one clause ("reduced
its stake to 8.6 pct by selling 250,000 shares at 118.5 dlrs"); an article that answers the
parts only from separate sentences often pieces them together from other events (another
sale's shares, a later bid's price). So an article whose one sentence holds the answers of
several parts is read before one answering them about as well sentence by sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.reading.evidence import continues
from retrieval.reading.matching import ArticleNames

if TYPE_CHECKING:
    from retrieval.reading.evidence import ArticleEvidence, Sentence
    from retrieval.reading.found import Finding

# What each part beyond the first answered in one sentence adds to an article's score (about
# the gap between a well and a fairly tied answer: findings.TIE_WEIGHT x 0.25).
JOINT_BONUS = 0.15


def _answers_by_sentence(
    article: ArticleEvidence, by_part: Sequence[list[Finding]]
) -> dict[Sentence, set[str]]:
    """For each sentence of the article, the distinct answers it gives the parts: two parts
    given one answer (or a name and its short form) by a sentence are not both answered by
    it; a descriptive part's sentence holds no answer of its own (any sentence close enough
    describes)."""
    found: dict[Sentence, dict[int, str]] = {}
    for index, findings in enumerate(by_part):
        for finding in findings:
            if finding.article is not article or not finding.answers:
                continue
            if _names_parties(finding):
                answer = finding.answers[0].text.lower()
                found.setdefault(finding.sentence, {}).setdefault(index, answer)
    return {sentence: _distinct(set(answers.values())) for sentence, answers in found.items()}


def _distinct(answers: set[str]) -> set[str]:
    """The answers, a short form of another one left out: "Arden" for one part and
    "Elizabeth Arden" for another are one answer."""
    words = {answer: set(answer.split()) for answer in answers}
    return {
        answer
        for answer in answers
        if not any(other != answer and words[answer] <= words[other] for other in answers)
    }


def _names_parties(finding: Finding) -> bool:
    """The sentence (or the one before it that it continues) names every party the part
    names: a sentence answering two parts about another firm ("BAII, which is 50 pct Arab
    owned") reports another event."""
    position = finding.sentence.position
    follows = position > 0 and continues(finding.sentence.text)
    before = finding.article.sentences[position - 1].text if follows else ""
    around = ArticleNames(" ".join([before, finding.sentence.text]))
    return all(around.mentions(name, loose=True) for name in finding.part.names)


def joint_parts(article: ArticleEvidence, by_part: Sequence[list[Finding]]) -> int:
    """The most parts one sentence of the article answers, each with an answer of its own."""
    counts = [len(answers) for answers in _answers_by_sentence(article, by_part).values()]
    return max(counts, default=0)


def joint_bonus(article: ArticleEvidence, by_part: Sequence[list[Finding]]) -> float:
    return JOINT_BONUS * max(joint_parts(article, by_part) - 1, 0)
