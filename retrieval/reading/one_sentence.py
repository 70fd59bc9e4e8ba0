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

from retrieval.reading.continuation import names_around
from retrieval.reading.findings import TIE_WEIGHT

if TYPE_CHECKING:
    from retrieval.reading.evidence import ArticleEvidence, Sentence
    from retrieval.reading.found import Finding

# What each part beyond the first answered in one sentence adds to an article's score: about
# the gap between a well and a fairly tied answer.
JOINT_BONUS = TIE_WEIGHT * 0.25
# How far below the article's best answer to a part a sentence's answer may score and still
# be one the article is read for (a fairly tied answer against a well tied one).
NEAR_BEST = TIE_WEIGHT * 0.25


def _answers_by_sentence(
    article: ArticleEvidence, by_part: Sequence[list[Finding]]
) -> dict[Sentence, set[str]]:
    """For each sentence of the article, the distinct answers it gives the parts: two parts
    given one answer (or a name and its short form) by a sentence are not both answered by
    it; a descriptive part's sentence holds no answer of its own (any sentence close enough
    describes). Only a sentence holding the article's best answer to a part (or one about as
    good) counts for it: a weak sentence the article is not read for tells nothing of its
    event."""
    asked = _question_names(by_part)
    found: dict[Sentence, dict[int, str]] = {}
    for index, findings in enumerate(by_part):
        own = [f for f in findings if f.article is article and f.answers]
        best = max((f.score for f in own), default=0.0)
        for finding in own:
            if finding.score >= best - NEAR_BEST and _names_parties(finding, asked):
                answer = finding.answers[0].text.lower()
                found.setdefault(finding.sentence, {}).setdefault(index, answer)
    return {sentence: _distinct(set(answers.values())) for sentence, answers in found.items()}


def _question_names(by_part: Sequence[list[Finding]]) -> tuple[str, ...]:
    """The names any part of the question holds (its parties)."""
    names = {name: None for findings in by_part for f in findings for name in f.part.names}
    return tuple(names)


def _distinct(answers: set[str]) -> set[str]:
    """The answers, a short form of another one left out: "Arden" for one part and
    "Elizabeth Arden" for another are one answer."""
    words = {answer: set(answer.split()) for answer in answers}
    return {
        answer
        for answer in answers
        if not any(other != answer and words[answer] <= words[other] for other in answers)
    }


def _names_parties(finding: Finding, asked: tuple[str, ...]) -> bool:
    """The sentence (or the one before it that it continues) names every party the part
    names, or for a part naming none every party of the question: a sentence answering two
    parts about another firm ("BAII, which is 50 pct Arab owned") reports another event."""
    around = names_around(finding)
    return all(around.mentions(name, loose=True) for name in finding.part.names or asked)


def joint_parts(article: ArticleEvidence, by_part: Sequence[list[Finding]]) -> int:
    """The most parts one sentence of the article answers, each with an answer of its own."""
    counts = [len(answers) for answers in _answers_by_sentence(article, by_part).values()]
    return max(counts, default=0)


def joint_bonus(article: ArticleEvidence, by_part: Sequence[list[Finding]]) -> float:
    """What the article's score gains for answering several parts in one sentence:
    JOINT_BONUS for each part beyond the first that sentence answers, nothing for one."""
    return JOINT_BONUS * max(joint_parts(article, by_part) - 1, 0)
