"""A plural noun of a kind known by its name ("which cities", "which underwriters") asks
for every one that answers, as "which companies" does: each article's answer is listed,
not one sentence's. Its members are the names the asked verb takes, not every name of
the kind in the sentence ("the bank, which sold its branches in Graz and Linz")."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import AskedQuestion, understand
from retrieval.reading.list_members import governed_by_asked
from retrieval.reading.normalize import normalize_question
from retrieval.service import AllianceService
from tests.reading.conftest import module_service

ARTICLES = [
    {
        "id": "creston-offices",
        "title": "CRESTON BANK TO OPEN OFFICES IN ASIA",
        "date": "1987-03-12",
        "text": (
            "Creston Bank AG, which sold its branches in Graz and Linz last year, said it "
            "will open representative offices in Singapore and Seoul this year.\n"
            "The bank said the offices will serve its corporate customers in the region."
        ),
    },
    {
        "id": "creston-milan",
        "title": "CRESTON BANK PLANS MILAN OFFICE",
        "date": "1987-05-20",
        "text": (
            "Creston Bank AG said it will open a representative office in Milan in the "
            "autumn, its first in Italy.\n"
            "Creston Bank reported a 1986 net profit of 210 mln schillings."
        ),
    },
    {
        "id": "creston-results",
        "title": "CRESTON BANK PROFIT RISES",
        "date": "1987-02-02",
        "text": (
            "Creston Bank AG, the third largest bank in Vienna, said its 1986 net profit "
            "rose to 210 mln schillings."
        ),
    },
    {
        "id": "tarlow-results",
        "title": "TARLOW STEEL REPORTS PROFIT",
        "date": "1987-04-02",
        "text": "Tarlow Steel Corp reported a 1986 net profit of 12 mln dlrs.",
    },
]


service = module_service(ARTICLES, "plural_nouns")


def test_a_plural_place_noun_lists_the_places_the_asked_verb_takes(
    service: AllianceService,
) -> None:
    answer = service.ask("In which cities is Creston Bank opening representative offices?")
    assert answer.answered
    lines = [line for line in answer.text.splitlines() if line.startswith("• ")]
    leads = " ".join(line.split("—")[0] for line in lines)
    assert all(city in leads for city in ("Singapore", "Seoul", "Milan"))
    # cities the bank sold branches in, or is a bank in, are no answer
    assert not any(city in leads for city in ("Graz", "Linz", "Vienna"))


def test_a_question_nothing_answers_is_still_refused(service: AllianceService) -> None:
    answer = service.ask("In which cities is Tarlow Steel opening sales offices?")
    assert not answer.answered


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        ("Creston Bank AG said it has set up offices in Singapore.", True),
        # "set" without its particle is another verb: setting prices is no setting up
        ("Creston Bank AG said it has set prices in Singapore.", False),
    ],
)
def test_a_phrasal_asked_verb_takes_members_only_with_its_particle(
    sentence: str, member: bool
) -> None:
    part = _understood("In which cities has Creston Bank set up offices?").parts[0]
    assert part.phrasal == "set_up"
    doc = shared_pipeline().annotate([sentence])[0]
    city = next(e for e in doc.ents if e.text == "Singapore")
    assert governed_by_asked(city, part) is member


def _understood(text: str) -> AskedQuestion:
    return understand(normalize_question(text), parse=lambda t: shared_pipeline().annotate([t])[0])
