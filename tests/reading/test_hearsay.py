"""A clause that is a rumour's content tells what is said to be so (hearsay.in_hearsay)."""

from __future__ import annotations

import pytest

from tests.reading.conftest import first_part_answers as answers

QUESTION = "What stake did Corvex take in Halden?"


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvex declined to comment on rumours it would take a 10 pct stake in Halden.",
        "Brixton said it had no comment on rumors that Corvex may take a 10 pct stake in Halden.",
        "There was speculation that Corvex would take a 10 pct stake in Halden.",
        "Corvex did not confirm rumours that it had taken a 10 pct stake in Halden.",
        # confirming is what the speaker refused
        "Corvex declined to confirm rumours that it had taken a 10 pct stake in Halden.",
        "Corvex refused to confirm rumours that it had taken a 10 pct stake in Halden.",
    ],
)
def test_a_figure_in_a_rumour_is_no_answer(sentence: str) -> None:
    assert answers(QUESTION, sentence) == []


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # the question asks the rumour
        (
            "What stake was Corvex rumoured to take in Halden?",
            "Corvex declined to comment on rumours it would take a 10 pct stake in Halden.",
        ),
        # a rumour the speaker confirms is a fact
        (QUESTION, "Corvex confirmed rumours that it had taken a 10 pct stake in Halden."),
        # whatever the link: "market rumours" parsed as a clause, a passive
        (QUESTION, "Corvex confirmed market rumours that it had taken a 10 pct stake in Halden."),
        (
            QUESTION,
            "Rumours that Corvex had taken a 10 pct stake in Halden were confirmed by Corvex.",
        ),
        # the rumour is another clause's
        (QUESTION, "Corvex took a 10 pct stake in Halden, ending rumours of a bid."),
        (QUESTION, "Corvex denied the rumours and said it took a 10 pct stake in Halden."),
        (QUESTION, "Speculation grew after Corvex took a 10 pct stake in Halden."),
    ],
)
def test_a_figure_outside_a_rumour_or_asked_of_one_is_an_answer(
    question: str, sentence: str
) -> None:
    assert "10 pct" in answers(question, sentence)


@pytest.mark.xfail(strict=True, reason="the parse hangs the means adjunct on the rumour's clause")
def test_a_means_adjunct_after_a_rumour_is_no_part_of_it() -> None:
    sentence = "Corvex put an end to speculation it was a buyer by taking a 10 pct stake in Halden."
    assert "10 pct" in answers(QUESTION, sentence)


def test_a_relative_clause_of_a_rumour_tells_of_it_not_what_it_says() -> None:
    # "which lifted the stock": what the rumours did, not their content
    found = answers(
        "How much did Halden shares rise?",
        "Halden shares rose on rumours, which lifted the stock 2 dlrs to 30 dlrs.",
    )
    assert "2 dlrs" in found
