"""The present state: newswire reports a holding or a deal again as it changes, so a
question about what holds now ("what percentage does the group now hold", "how much does
it still own") is answered by the latest of the articles that answer it about equally well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.text import words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from retrieval.reading.evidence import ArticleEvidence

# Adverbs and adjectives that place what is asked at the time of asking.
PRESENT_WORDS = frozenset({"now", "currently", "current", "latest", "still"})
# Articles whose answers score within this much (per part answered) of the best one's are
# equally good answers.
PRESENT_SLACK = 0.1


def asks_present(question: str) -> bool:
    return any(word.lower() in PRESENT_WORDS for word in words(question))


def latest_of(
    scored: Sequence[tuple[int, float, ArticleEvidence]],
) -> ArticleEvidence | None:
    """Of (parts answered, total score, article): among the articles answering the most
    parts nearly as well as the best, the one dated last (the best one when undated)."""
    if not scored:
        return None
    most = max(answered for answered, _, _ in scored)
    top = max(total for answered, total, _ in scored if answered == most)
    close = [
        (article.chunk.date or "", total, article)
        for answered, total, article in scored
        if answered == most and total >= top - PRESENT_SLACK * most
    ]
    return max(close, key=lambda item: item[:2])[2]
