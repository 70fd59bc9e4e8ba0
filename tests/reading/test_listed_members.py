"""A list line whose sentence only counts the asked noun ("against five power companies")
takes the members from the next sentence, which names them."""

from __future__ import annotations

from retrieval.service import AllianceService
from tests.reading.conftest import module_service

MEMBERS = ["Corvex Power Co", "Halden Electric Co", "Osko Light and Power Co"]
BEDDING = ["Sleepwell Ltd", "Literie Marceau SA", "Materassi Brunetti SpA"]

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
        "id": "tarvex-bedding",
        "title": "TARVEX UNIT TO BUY BEDDING INTERESTS",
        "date": "1987-04-02",
        "text": (
            "Tarvex Holdings Plc said its Dormell Ltd unit would buy the European bedding "
            "interests of Quorra Co, owned by Velmont Industries Inc, for 23 mln dlrs.\n"
            f"The acquisitions include {BEDDING[0]} in Britain, {BEDDING[1]} in France and "
            f"{BEDDING[2]} in Italy."
        ),
    },
    {
        "id": "brenmark-results",
        "title": "BRENMARK REPORTS LOSS",
        "date": "1987-02-10",
        "text": "Brenmark Industries Inc reported a loss of two mln dlrs for 1986.",
    },
]


service = module_service(ARTICLES, "members")


def test_a_counted_noun_leaves_its_members_to_the_next_sentence(
    service: AllianceService,
) -> None:
    answer = service.ask("Which power companies were parties to Brenmark's settlement?")
    assert answer.answered
    first_line = answer.text.splitlines()[0]
    assert all(member in first_line for member in MEMBERS)
    assert not first_line.startswith("• Federal District Court")


def test_a_sentence_listing_what_a_set_includes_names_its_members(
    service: AllianceService,
) -> None:
    # "The acquisitions include A, B and C" lists the members of the purchase the line
    # before tells of, though that line names other firms (the buyer's unit, the owner)
    answer = service.ask("Which companies are included in Tarvex's purchase of bedding interests?")
    first_line = answer.text.splitlines()[0]
    assert any(company in first_line.split(" — ")[0] for company in BEDDING)
    assert all(company in first_line for company in BEDDING)
