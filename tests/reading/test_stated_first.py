"""A part the first article answers with an answer tied to what is asked stays with it,
though another article uses more of the part's words (the asker's paraphrase)."""

from __future__ import annotations

from retrieval.service import AllianceService
from tests.reading.conftest import module_service

ARTICLES = [
    {
        "id": "harwick-ads",
        "title": "HARWICK NUCLEAR OWNERS APPROVE ADVERTISING",
        "date": "1987-05-04",
        "text": (
            "Granite Power Co said the owners of the Harwick nuclear power plant approved a "
            "1.2 mln dlr advertising campaign to inform the public about the plant's safe "
            "construction.\n"
            "Granite Power is operator of the plant and has a 35.6 pct interest in the "
            "facility."
        ),
    },
    {
        "id": "mesa-license",
        "title": "MESA NUCLEAR PLANT GETS LOW-POWER LICENSE",
        "date": "1987-06-11",
        "text": (
            "Regulators granted a low-power operating license to the Mesa nuclear plant, "
            "the plant's owners said.\n"
            "Owners of the Mesa plant include Desert Power Co, with a 29.1 pct interest, "
            "and Valley Electric Co, with 15.8 pct.\n"
            "Desert Power said it would hold talks with the other owners on fuel.\n"
            "The owners of the plant said they expect full-power operation by the end of "
            "1987."
        ),
    },
]

service = module_service(ARTICLES, "stated")


def test_more_of_the_words_elsewhere_do_not_move_an_answer_stated_first(
    service: AllianceService,
) -> None:
    answer = service.ask(
        "The owners of a nuclear plant approved an advertising campaign about its safe "
        "construction: what will the campaign cost, and what interest in the plant does "
        "its operator hold?"
    )
    assert answer.answered, answer.text
    first_line = answer.text.splitlines()[0]
    assert "1.2 mln" in first_line and "35.6 pct" in first_line, answer.text
