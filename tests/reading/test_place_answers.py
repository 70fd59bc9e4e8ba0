"""Places asked by a district's noun ("in which province"), answered end to end."""

from __future__ import annotations

import pytest

from retrieval.service import AllianceService
from tests.reading.conftest import module_service, titled_articles

TEXTS = {
    "CORVEX TO BUILD PLANT": "Corvex Chemicals Inc said it will build a chemicals plant in "
    "Hamilton, New Jersey, at a cost of 40 mln dlrs.",
    "HALDEN SMELTER DELAYS": "Halden Smelting Corp said copper shipments may be delayed. "
    "Halden's smelter is in the central province of Leyte.",
}
ARTICLES = titled_articles(TEXTS)


service = module_service(ARTICLES, "places")


@pytest.mark.parametrize(
    ("question", "place"),
    [
        # the district's noun need not stand beside the name, as "city" need not
        ("In which township will Corvex Chemicals build its chemicals plant?", "Hamilton"),
        # "the province of Leyte" names the province, though the NER took it for a firm
        ("In which province is Halden Smelting's smelter?", "Leyte"),
    ],
)
def test_a_district_is_answered_by_a_place(
    service: AllianceService, question: str, place: str
) -> None:
    answer = service.ask(question)
    assert answer.answered
    assert answer.text.startswith(place)
