"""Relationship and aggregate questions answered from the registry: complete, each cited."""

from __future__ import annotations

import re

import pytest

from retrieval.models import Answer
from retrieval.service import AllianceService


@pytest.fixture
def store_mode() -> str:
    return "embedded"  # answers come from the registry; the Chroma mode is not under test


def lines(answer: Answer) -> list[str]:
    return [line for line in answer.text.splitlines() if line.startswith("• ")]


def assert_complete_and_cited(
    answer: Answer, expected: list[str], service: AllianceService
) -> None:
    assert answer.answered
    shown = lines(answer)
    assert [line.split(":")[0].removeprefix("• ") for line in shown] == expected
    assert len(answer.citations) == len(shown)
    texts = {c.source: c for c in answer.citations}
    for line, citation in zip(shown, answer.citations, strict=True):
        assert line.endswith(f"[{citation.number}]")
        # The quote is the record's evidence sentence, taken from the cited article.
        [record] = [a for a in service.alliances() if a.source == citation.source]
        assert record.kind_evidence in citation.quote
        assert citation.title == record.title
    assert len(texts) == len(shown)
    assert "registry" in answer.timings_ms


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which companies has Geely partnered with?", ["Alibaba – Geely", "Geely – Renault"]),
        ("Which companies has Alibaba partnered with?", ["Alibaba – Geely"]),
        # "teamed up with", "joined forces with": words of allying, no topic to filter on
        ("Who has Geely teamed up with?", ["Alibaba – Geely", "Geely – Renault"]),
        ("Which companies has Geely joined forces with?", ["Alibaba – Geely", "Geely – Renault"]),
        (
            "List all alliances",
            ["Alibaba – Geely", "Geely – Renault", "GAC – SAIC", "BAIC – CATL"],
        ),
        ("Which alliances involve batteries?", ["BAIC – CATL"]),
        ("What did BAIC agree in 2023?", ["BAIC – CATL"]),
        ("Which automakers signed an agreement in December?", ["GAC – SAIC"]),
        ("Which alliance is aimed at the Korean market?", ["Geely – Renault"]),
        ("When did Renault and Geely sign their MoU?", ["Geely – Renault"]),
        ("When did BAIC and CATL sign their agreement?", ["BAIC – CATL"]),
    ],
)
def test_aggregate_questions_are_answered_completely_from_the_registry(
    seeded_service: AllianceService, question: str, expected: list[str]
) -> None:
    answer = seeded_service.ask(question)
    assert_complete_and_cited(answer, expected, seeded_service)


def test_one_line_per_alliance_stays_readable(seeded_service: AllianceService) -> None:
    answer = seeded_service.ask("Which companies has Alibaba partnered with?")
    assert lines(answer) == [
        "• Alibaba – Geely: strategic cooperation agreement (January 12) on cloud computing "
        "and industrial Internet, automobile intelligence and intelligent travel, digital "
        "intelligent marketing, sustainable development [1]"
    ]


def test_a_company_the_registry_does_not_know_goes_to_the_passages_and_is_refused(
    seeded_service: AllianceService,
) -> None:
    answer = seeded_service.ask("What did Toyota and CATL agree in 2023?")
    assert not answer.answered
    assert "registry" not in answer.timings_ms


def test_a_factual_question_still_gets_a_passage_answer(
    seeded_service: AllianceService,
) -> None:
    answer = seeded_service.ask("Who is the president of SAIC Group?")
    assert answer.answered and "Wang Xiaoqiu" in answer.text
    assert "registry" not in answer.timings_ms


def test_a_mixed_question_combines_registry_lines_and_passages(
    seeded_service: AllianceService,
) -> None:
    answer = seeded_service.ask("Which companies has Geely partnered with on electric sports cars?")
    assert answer.answered
    # what was asked leads; the registry's other alliances of Geely follow
    passage_part, _, registry_part = answer.text.partition(
        "alliances of Geely in the registry, none recorded as on that"
    )
    assert "Alibaba – Geely" in registry_part and "Geely – Renault" in registry_part
    assert "Lotus" in passage_part and "registry" not in passage_part
    markers = [int(n) for n in re.findall(r"\[(\d+)\]", answer.text)]
    assert sorted({c.number for c in answer.citations}) == sorted(set(markers))


def test_summary_of_a_company_says_with_whom_when_what_and_who_signed(
    seeded_service: AllianceService,
) -> None:
    summary = seeded_service.summarize("GAC")
    assert summary.answered and summary.question == "GAC"
    assert "GAC has 1 alliance" in summary.text
    for expected in (
        "with SAIC",
        "strategic cooperation framework agreement",
        "(December 23)",
        "on technology research and development",
        "signed by Feng Xingya (General Manager, GAC) and Wang Xiaoqiu (President, SAIC)",
        "witnessed by Zeng Qinghong (Chairman, GAC) and Chen Hong (Chairman, SAIC)",
    ):
        assert expected in summary.text
    [citation] = summary.citations
    assert "GAC Group and SAIC Group signed" in citation.quote


def test_summary_of_everything_and_of_a_topic(seeded_service: AllianceService) -> None:
    everything = seeded_service.summarize(None)
    assert everything.text.startswith("4 alliances among 7 companies")
    assert len(everything.citations) == 4
    batteries = seeded_service.summarize("batteries")
    assert lines(batteries)[0].startswith("• BAIC – CATL")


def test_when_questions_get_the_alliance_date(seeded_service: AllianceService) -> None:
    # "8 month 9" in the machine-translated article: only the registry reads it as a date.
    assert "(August 9)" in seeded_service.ask("When did Renault and Geely sign their MoU?").text
    assert "(2023-03-13)" in seeded_service.ask("When did BAIC and CATL sign their deal?").text


def test_a_place_qualifying_the_companies_is_said_to_be_unchecked(
    seeded_service: AllianceService,
) -> None:
    """ "Which Chinese companies ...": the registry does not record where a company is
    based, so it lists every partner and says the place was not checked, rather than
    sending the question to the passages as if "Chinese" were an unknown company."""
    answer = seeded_service.ask("Which Chinese companies has Geely partnered with?")
    assert_complete_and_cited(answer, ["Alibaba – Geely", "Geely – Renault"], seeded_service)
    assert "“Chinese” not checked" in answer.text.splitlines()[0]


@pytest.mark.parametrize(
    "question",
    ["Who has Delta teamed up with?", "Which companies has Texas Eastern partnered with?"],
)
def test_a_company_named_with_place_words_is_no_place(
    seeded_service: AllianceService, question: str
) -> None:
    """ "Delta", "Texas Eastern": place words that qualify no firm noun may be a company's
    name; one the registry does not know sends the question to the passages."""
    answer = seeded_service.ask(question)
    assert "registry" not in answer.timings_ms
