"""Spelling slips in a question, mended from the candidate articles' own words: a word
the corpus does not know ("investmnt") is the articles' word one slip away ("investment").
Function words ("whose", "which", "there") are a closed class the index does not keep:
they are known words, never slips ("whose" is not "whole")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from retrieval.nlp.spelling import close_spelling
from retrieval.reading.evidence import ArticleEvidence
from retrieval.text import STOPWORDS, words


def correct_spelling(
    question: str, articles: Sequence[ArticleEvidence], *, known: Callable[[str], bool]
) -> str:
    """Replace a question word the corpus does not know ("investmnt") by the articles'
    word one slip away ("investment")."""
    vocabulary: set[str] = set()
    for article in articles:
        for sentence in article.sentences:
            vocabulary.update(word.lower() for word in words(sentence.text))

    def fix(word: str) -> str:
        lowered = word.lower()
        if lowered in vocabulary or lowered in STOPWORDS or len(lowered) < 5 or not word.isalpha():
            return word
        if known(lowered):
            return word
        near = sorted(v for v in vocabulary if v[:1] == lowered[:1])
        match = next((v for v in near if close_spelling(lowered, v)), None)
        return match if match is not None and word.islower() else word

    return " ".join(fix(word) for word in question.split(" "))
