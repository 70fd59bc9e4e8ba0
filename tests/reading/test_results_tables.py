"""Results tables: the asked measure's figure for the asked period. Tables written for
these tests in the wire format."""

from __future__ import annotations

import pytest

from retrieval.models import Chunk, SearchHit
from retrieval.reading.asking import understand
from retrieval.reading.evidence import gather
from retrieval.reading.results_tables import table_findings
from tests.reading.test_findings import parse

TABLE = [
    "Qtr ends Jan 31",
    "Shr profit eight cts vs loss 38 cts",
    "Net profit 2,466,000, vs loss 12,691,000",
    "Revs 111.1 mln vs 106.8 mln",
    "Nine mths",
    "Shr profit 20 cts vs loss 47 cts",
    "Net profit 6,591,000 vs loss 15.5 mln",
    "Revs 342.6 mln vs 370.4 mln",
    "12 mths",
    "Net profit 9,120,000 vs loss 17.2 mln",
    "Revs 455.0 mln vs 480.3 mln",
]


def figures(question: str, title: str = "HALDEN STORES INC <HLD> 3RD QTR NET") -> list[str]:
    """The figures the table gives the question's last part, best tied first."""
    chunk = Chunk(chunk_id="c", article_id="a", source="news#a", title=title, position=0, text="")
    (article,) = gather([SearchHit(chunk=chunk, score=1.0)], lambda _: {"a": TABLE}, articles=1)
    asked = understand(question, parse=lambda t: parse([t])[0])
    ranked = [(0.3, sentence, article) for sentence in article.sentences]
    found = table_findings(asked.parts[-1], asked, ranked, parse)
    return [f.answers[0].text for f in sorted(found, key=lambda f: -f.score)]


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("What were Halden Stores' third-quarter revenues?", "111.1 mln"),
        ("What were Halden Stores' nine-month sales?", "342.6 mln"),
        ("How much did Halden Stores earn in the nine months?", "6,591,000"),
        # parsed as asking a description, but what one earns is money
        ("What did Halden Stores earn in the nine months?", "6,591,000"),
        ("What net income did Halden Stores report for the year?", "9,120,000"),
        ("What did Halden Stores earn per share in the quarter?", "eight cts"),
        # no period asked: the headline's
        ("What were Halden Stores' revenues?", "111.1 mln"),
    ],
)
def test_the_asked_measure_in_the_asked_periods_block(question: str, figure: str) -> None:
    assert figures(question)[:1] == [figure]


def test_the_headline_names_the_first_blocks_period() -> None:
    title = "HALDEN STORES INC <HLD> YEAR NET"
    assert figures("What were Halden Stores' revenues for the year?", title)[:1] == ["111.1 mln"]


@pytest.mark.parametrize(
    "question",
    [
        "What were Brandt Mills' third-quarter revenues?",  # another firm's table
        "What were Halden Stores' first-half revenues?",  # a period the table lacks
        "What operating profit did Halden Stores make in the quarter?",  # not a line here
        "How much did Halden Stores pay for its new warehouse?",  # no measure of results
    ],
)
def test_no_figure_for_what_the_table_does_not_give(question: str) -> None:
    assert figures(question) == []
