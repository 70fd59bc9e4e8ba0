"""The extractive answerer on the real seeds: answers, citations and refusals."""

from __future__ import annotations

import pytest

from retrieval.reading.compose import quotable
from retrieval.service import AllianceService


@pytest.mark.parametrize(
    ("question", "fact", "source"),
    [
        ("Who replaced Cheng Li at Alibaba?", "Wu Zeming", "004_"),
        ("Who is CATL's CFO?", "Zheng Shu", "003_"),
        ("What will CATL supply to BAIC?", "power battery", "003_"),
        ("Which Geely architecture was released in 2020?", "SEA", "002_"),
        ("Who signed the GAC SAIC agreement for SAIC?", "Wang Xiaoqiu", "001_"),
        ("Who is Alibaba's chief technology officer?", "Wu Zeming", "004_"),
    ],
)
def test_answers_quote_and_cite_the_right_article(
    seeded_service: AllianceService, question: str, fact: str, source: str
) -> None:
    answer = seeded_service.ask(question)
    assert answer.answered, answer.text
    assert fact in answer.text
    assert answer.citations[0].source.startswith(source)


@pytest.mark.parametrize(
    "question",
    [
        "What will Ford and Volkswagen build together?",
        "How many employees does CATL have?",
        "Did Tesla sign a deal with Geely?",
        # Geely's article quotes a chairman and CEO, not a CTO: a role must match exactly.
        "Who is the CTO of Geely?",
        "🤝🤝🤝 ???",
        "",
    ],
)
def test_refuses_what_the_corpus_does_not_hold(
    seeded_service: AllianceService, question: str
) -> None:
    answer = seeded_service.ask(question)
    assert not answer.answered, answer.text
    assert answer.text
    # A refusal may point at the closest article, never at more than one.
    assert len(answer.citations) <= 1


def test_refusal_names_the_missing_company(seeded_service: AllianceService) -> None:
    answer = seeded_service.ask("What did Tesla agree with CATL?")
    assert not answer.answered
    assert "Tesla" in answer.text
    possessive = seeded_service.ask("What are Toyota's plans with CATL?")
    assert "mentions Toyota." in possessive.text


def test_citations_come_only_from_retrieved_passages(seeded_service: AllianceService) -> None:
    question = "Which companies signed a strategic cooperation agreement?"
    hits = seeded_service.search(question)
    expanded = seeded_service.searcher.with_whole_articles(hits, articles=3)
    allowed = {hit.chunk.source for hit in expanded}
    answer = seeded_service.ask(question)
    assert answer.answered
    assert {c.source for c in answer.citations} <= allowed
    numbers = [c.number for c in answer.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    for citation in answer.citations:
        assert f"[{citation.number}]" in answer.text


def test_same_fact_in_two_articles_is_cited_twice(seeded_service: AllianceService) -> None:
    answer = seeded_service.ask("Who is the chairman of Geely Holding Group?")
    assert "Li Shufu" in answer.text
    assert {c.source[:3] for c in answer.citations} == {"000", "002"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Short and whole.", "Short and whole."),
        # Cut at the last comma that fits, outside brackets.
        ("a" * 300 + ", tail (one, two, three) " + "b" * 200, "a" * 300 + " …"),
        # No comma outside brackets within the limit: quoted whole.
        ("(" + "x, " * 200 + ")", "(" + "x, " * 200 + ")"),
    ],
)
def test_quotes_are_cut_only_between_clauses_outside_brackets(sentence: str, expected: str) -> None:
    assert quotable(sentence) == expected
