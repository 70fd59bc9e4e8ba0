"""A part pointing to the firm the part before asks for is read as about that firm."""

from __future__ import annotations

from retrieval.service import AllianceService
from tests.reading.conftest import module_service

ARTICLES = [
    {
        "id": "corvex-resists",
        "title": "CORVEX TO RESIST HALDEN BID",
        "date": "1987-03-02",
        "text": (
            "Corvex Inc will vigorously resist Halden Corp's 46-dlr-per-share takeover "
            "offer, analysts said.\n"
            "Analysts predicted Halden Chairman Samuel Brandt will not give up easily.\n"
            "Corvex's own managers may also bid, they said."
        ),
    },
    {
        "id": "osko-sells-corvex",
        "title": "OSKO SELLS CORVEX STAKE",
        "date": "1987-03-04",
        "text": (
            "Osko chairman Irwin Lund sold his stake in Corvex Inc after Corvex failed to "
            "respond to his offer.\n"
            "Lund chairs the Osko group, which holds stakes in several makers."
        ),
    },
]


service = module_service(ARTICLES, "answer-reference")


def test_that_company_is_read_as_the_firm_answered_before(service: AllianceService) -> None:
    answer = service.ask("Whose takeover offer is Corvex resisting, and who chairs that company?")
    first_line = answer.text.splitlines()[0]
    assert "Halden" in first_line and "Samuel Brandt" in first_line, answer.text
    assert "Lund" not in answer.text
