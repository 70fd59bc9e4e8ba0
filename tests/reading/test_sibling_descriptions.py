"""A descriptive part worded unlike its sentence is answered by the sentence that answers a
sibling part: the parts of one question are about one thing."""

from __future__ import annotations

import pytest

from retrieval.service import AllianceService
from tests.reading.conftest import module_service

ARTICLES = [
    {
        "id": "gdansk-ferry",
        "title": "POLAND TO BUILD PARTS FOR SOVIET FERRY",
        "date": "1987-05-11",
        "text": (
            "Poland and the Soviet Union signed a shipbuilding cooperation agreement in "
            "Moscow, the Polish news agency PAP said.\n"
            "Under the deal, Polish yards will manufacture several large sections, including "
            "the propulsion module, for the new 400-berth Soviet Baltic ferry, PAP said.\n"
            "The first vessel is due to enter service in 1990."
        ),
    },
    {
        "id": "westover-kanto",
        "title": "WESTOVER, KANTO DENKI FORM ROBOTICS VENTURE",
        "date": "1987-05-12",
        "text": (
            "Westover Industries Inc said it agreed in principle to form a joint venture in "
            "factory robotics with Kanto Denki Co Ltd of Japan.\n"
            "The venture will design, sell and service automated welding systems, and is "
            "expected to begin operations by July, it added.\n"
            "Westover shares rose 1/4 to 18-1/2."
        ),
    },
    {
        "id": "gdynia-trawler",
        "title": "POLISH YARD WINS NORWEGIAN TRAWLER ORDER",
        "date": "1987-05-12",
        "text": (
            "The Gdynia shipyard has won an order for four stern trawlers from a Norwegian "
            "fishing group, the yard said.\n"
            "The order is worth about 60 mln crowns."
        ),
    },
]


service = module_service(ARTICLES, "siblings")


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        (
            "What is Warsaw producing for Moscow's new Baltic passenger ship, and how many "
            "berths will that ship have?",
            ["400", "propulsion module"],
        ),
        # a part saying little of its own is about its sibling's topic
        (
            "westover kanto venture - what's it actually going to do and when does it start?",
            ["July", "automated welding systems"],
        ),
    ],
)
def test_a_described_part_is_read_in_the_sentence_answering_its_sibling(
    service: AllianceService, question: str, stated: list[str]
) -> None:
    answer = service.ask(question)
    assert answer.answered, answer.text
    assert all(fact in answer.text for fact in stated), answer.text


def test_a_sibling_sentence_about_something_else_is_no_description(
    service: AllianceService,
) -> None:
    # the sentence answering "how many trawlers" says nothing of the yard's wage talks
    answer = service.ask(
        "How many trawlers is the Gdynia yard building for the Norwegians, and what do its "
        "managers propose in the wage dispute with welders?"
    )
    assert not answer.answered, answer.text
    assert "wage dispute" in answer.text, answer.text  # named as what is missing
