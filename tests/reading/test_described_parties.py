"""A firm the question describes is the firm its article names with the same words."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.described_parties import descriptions
from retrieval.service import AllianceService
from tests.reading.conftest import module_service

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
    {
        "id": "norda-bergen",
        "title": "NORDA TO BUY BERGEN VERFT STAKE",
        "date": "1987-05-05",
        "text": (
            "Norda A/S, a Norwegian shipping company, said it will buy a stake in Bergen "
            "Verft A/S.\n"
            "Fjord Line A/S, a Norwegian ferry company, holds 35 pct of Bergen Verft."
        ),
    },
]


service = module_service(ARTICLES, "described")


def test_a_described_firm_owns_the_stake_its_name_takes(service: AllianceService) -> None:
    answer = service.ask(
        "How big a holding is Finland's state-owned miner taking in the Spanish copper tube maker?"
    )
    assert answer.text.startswith("24 pct"), answer.text


@pytest.mark.parametrize(
    ("question", "described"),
    [
        # a place or a people's word, and "company", tell no firm apart
        ("What is Finland's state-owned miner paying?", [{"state", "own", "miner"}]),
        ("What is the Norwegian shipping company paying?", []),
        # one word is too little to tell a firm by; what is asked, or an amount, is none
        ("What is the miner paying?", []),
        ("Which Finnish state-owned miner paid?", []),
        ("What were the Spanish firm's 1986 sales?", []),
    ],
)
def test_descriptions_are_common_noun_phrases_saying_enough(
    question: str, described: list[set[str]]
) -> None:
    doc = shared_pipeline().annotate([question])[0]
    assert [set(d.telling) for d in descriptions(doc)] == described


def test_the_firm_sharing_the_most_words_is_the_one_described(service: AllianceService) -> None:
    # "Norwegian ferry company" shares as many words with "the Norwegian shipping company"
    # once the place and "company" are left out: none, so no firm is described
    answer = service.ask("What stake is the Norwegian shipping company buying in Bergen Verft?")
    assert "35 pct" not in answer.text, answer.text
