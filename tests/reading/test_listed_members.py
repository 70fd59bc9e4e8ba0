"""A list line whose sentence only counts the asked noun ("against five power companies")
takes the members from the next sentence, which names them; members the question counts
("its big four banks") come from a sentence naming several, though one naming none is a
little more relevant."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.listing import members_counted
from retrieval.service import AllianceService
from tests.reading.conftest import ingested
from tests.reading.test_spans import part_of

MEMBERS = ["Corvex Power Co", "Halden Electric Co", "Osko Light and Power Co"]

ARTICLES = [
    {
        "id": "brenmark-settlement",
        "title": "BRENMARK IN SETTLEMENT WITH UTILITIES",
        "date": "1987-03-31",
        "text": (
            "Brenmark Industries Inc said it reached a six mln dlrs settlement in a suit "
            "filed in the Federal District Court against three power companies.\n"
            f"The suit was filed against {MEMBERS[0]}, {MEMBERS[1]} and {MEMBERS[2]}.\n"
            "Brenmark said the proceeds will restore its working capital."
        ),
    },
    {
        "id": "veland-banks",
        "title": "VELAND TO SELL OFF STATE-OWNED BANK",
        "date": "2005-01-12",
        "text": (
            "The Veland government is reportedly planning to privatise one of the "
            "country's big state-owned banks.\n"
            "An official told reporters that Ostmark Bank will be sold in 2005.\n"
            "The Veland government has spoken for years about privatising one of the big "
            "four state-owned banks - Ostmark Bank, Corvex Bank, Halden Savings Bank and Tarn Bank."
        ),
    },
    {
        "id": "brenmark-results",
        "title": "BRENMARK REPORTS LOSS",
        "date": "1987-02-10",
        "text": "Brenmark Industries Inc reported a loss of two mln dlrs for 1986.",
    },
]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AllianceService]:
    with ingested(ARTICLES, tmp_path_factory.mktemp("members")) as built:
        yield built


def test_a_counted_noun_leaves_its_members_to_the_next_sentence(
    service: AllianceService,
) -> None:
    answer = service.ask("Which power companies were parties to Brenmark's settlement?")
    assert answer.answered
    first_line = answer.text.splitlines()[0]
    assert all(member in first_line for member in MEMBERS)
    assert not first_line.startswith("• Federal District Court")


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("Which are Veland's big four state-owned banks?", 4),
        ("Which three fan websites did Corvex sue?", 3),
        ("Which banks does Veland own?", None),
    ],
)
def test_the_members_a_question_counts(question: str, count: int | None) -> None:
    part, _, text = part_of(question)
    assert members_counted(part, shared_pipeline().annotate([text])[0]) == count


def test_counted_members_come_from_a_sentence_naming_several(service: AllianceService) -> None:
    question = (
        "Which are Veland's big four state-owned banks, one the government plans to privatise?"
    )
    answer = service.ask(question)
    first_line = answer.text.splitlines()[0]
    assert "Corvex Bank" in first_line and "Tarn Bank" in first_line
