"""A firm the question describes is the firm its article names with the same words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.described_parties import descriptions
from retrieval.service import AllianceService
from tests.reading.conftest import ingested

ARTICLES = [
    {
        "id": "kivikko-cobres",
        "title": "KIVIKKO TO BUY INTO SPANISH TUBE MAKER",
        "date": "1987-05-04",
        "text": (
            "Finland's state-owned mining company Kivikko Oy said in a statement it was "
            "entering Spanish markets as a shareholder in Cobres del Norte SA, a "
            "manufacturer of copper tubes and rods.\n"
            "Kivikko will acquire 24 pct of the shares in the Spanish company.\n"
            "Cobres del Norte had sales of 9 billion pesetas in 1986."
        ),
    },
]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AllianceService]:
    with ingested(ARTICLES, tmp_path_factory.mktemp("described")) as built:
        yield built


def test_a_described_firm_owns_the_stake_its_name_takes(service: AllianceService) -> None:
    answer = service.ask(
        "How big a holding is Finland's state-owned miner taking in the Spanish copper tube maker?"
    )
    assert answer.text.startswith("24 pct"), answer.text


@pytest.mark.parametrize(
    ("question", "described"),
    [
        ("What is Finland's state-owned miner paying?", [{"finland", "state", "own", "miner"}]),
        # too few words to tell a firm by, or what is asked, or an amount, describe none
        ("What is the state miner paying?", []),
        ("Which Finnish state-owned miner paid?", []),
        ("What were the Spanish firm's 1986 sales?", []),
    ],
)
def test_descriptions_are_common_noun_phrases_saying_enough(
    question: str, described: list[set[str]]
) -> None:
    doc = shared_pipeline().annotate([question])[0]
    assert [set(d) for d in descriptions(doc)] == described
