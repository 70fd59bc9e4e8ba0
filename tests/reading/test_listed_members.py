"""A list line whose sentence only counts the asked noun ("against five power companies")
takes the members from the next sentence, which names them."""

from __future__ import annotations

from retrieval.service import AllianceService
from tests.reading.conftest import module_service

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
