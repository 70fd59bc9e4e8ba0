"""A part is answered from another article only when that one answers it about as well."""

from __future__ import annotations

from retrieval.service import AllianceService
from tests.reading.conftest import module_service

ARTICLES = [
    {
        "id": "pressco-dunmore",
        "title": "MARLOW MEDIA BUYS INTO PRESSCO PRINTING UNIT",
        "date": "1987-03-02",
        "text": (
            "Pressco Plc said it had agreed a deal with Marlow Media Ltd.\n"
            "It said the deal involved Marlow Media's acquisition of a 50 pct stake in "
            "Pressco's Dunmore Printing Ltd subsidiary.\n"
            "Financial terms were not disclosed."
        ),
    },
    {
        "id": "pressco-jobs",
        "title": "PRESSCO TITLES TO CUT PRINTING JOBS",
        "date": "2004-11-05",
        "text": (
            "Pressco is cutting jobs across its printing business, which Marlow Media "
            "International has been picking up work from.\n"
            "The two Pressco titles printed at Dunmore currently employ 521 printers.\n"
            "The cuts amount to 17% of the printing staff.\n"
            "The business said the cuts would be made by March."
        ),
    },
]


service = module_service(ARTICLES, "far")


def test_more_of_the_words_elsewhere_do_not_beat_a_far_better_answer(
    service: AllianceService,
) -> None:
    answer = service.ask(
        "How much of Pressco's Dunmore printing business is Marlow Media International picking up?"
    )
    assert answer.text.startswith("50 pct"), answer.text
