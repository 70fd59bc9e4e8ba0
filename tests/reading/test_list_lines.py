"""A list question's line from an article is the sentence listing the members, when one of
its best sentences does, not the lead that restates the question's words."""

from __future__ import annotations

from retrieval.service import AllianceService
from tests.reading.conftest import module_service

ARTICLES = [
    {
        "id": "halden-placement",
        "title": "HALDEN FINANCE RAISING 200 MLN NORWEGIAN CROWNS",
        "date": "1987-06-09",
        "text": (
            "Halden Finance NV, a wholly-owned subsidiary of Halden Bank, is to raise 200 "
            "mln Norwegian crowns through a five-year, 8-1/4 pct private placement, lead "
            "manager Osko Bank SA said.\n"
            "The notes are priced at par and pay interest once a year.\n"
            "The issue is co-managed by Vestby Sparebank AS, Tarn Kreditbank AS and "
            "Fjell Securities Ltd."
        ),
    },
    {
        "id": "corvex-request",
        "title": "FOUR FOREIGN BANKS SEEK CORVEX SYNDICATE SEATS",
        "date": "1987-06-10",
        "text": (
            "A request by three foreign banks to join the Corvex bond underwriting "
            "syndicate is being considered, banking sources said.\n"
            "The three are Lindqvist Bank AB, Mellor Trust Co and Banque Aveyron SA.\n"
            "Three other foreign banks, Osterby Bank AB, Kallio Pankki Oy and Rheinau "
            "Bank AG, joined the Corvex bond underwriting syndicate last year, the sources "
            "said."
        ),
    },
]


service = module_service(ARTICLES, "list-lines")


def test_the_sentence_listing_the_co_managers_is_the_line(service: AllianceService) -> None:
    answer = service.ask(
        "Which banks are co-managing Halden Finance's 200 mln Norwegian crown private placement?"
    )
    assert answer.answered, answer.text
    for bank in ("Vestby Sparebank", "Tarn Kreditbank", "Fjell Securities"):
        assert bank in answer.text, answer.text


def test_a_lead_announcing_members_keeps_its_next_sentence(service: AllianceService) -> None:
    # the lead counts the banks and the next sentence names them all; a later sentence
    # naming three other banks that joined is no better line
    answer = service.ask(
        "Which foreign banks have asked to join the Corvex underwriting syndicate?"
    )
    assert "Lindqvist Bank" in answer.text, answer.text
