"""A name the NER took for a place, in an argument slot of the question's relation, is a
party (asked_arguments.py) -- but only when some article writes it as a name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.eligibility import short_form
from retrieval.service import AllianceService
from tests.reading.conftest import ingested, titled_articles

ARTICLES = titled_articles(
    {
        "OSTRA HOLDINGS BUYS STAKE IN TEXTILE FIRM": (
            "Ostra Holdings said it paid 40 mln dlrs for a 20 pct stake in Pilot Textiles Inc."
        ),
        "VELMORA REPORTS LOSS": "Velmora Inc said it had a first quarter loss of 3 mln dlrs.",
        "INVESTOR JAN OKAFOR HAS 7.2 PCT OF PILOT TEXTILES": (
            "Investor Jan Okafor said he holds a 7.2 pct stake in Pilot Textiles Inc common stock."
        ),
    }
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AllianceService]:
    with ingested(ARTICLES, tmp_path_factory.mktemp("guessed")) as service:
        yield service


@pytest.mark.parametrize(
    ("question", "guessed"),
    [
        # the object of "in" under a noun of holding, of "with" under a verb
        ("How much did Ostra Holdings pay for its stake in Velmora?", ("Velmora",)),
        ("What supply agreement has Halden Chemicals signed with Corvana?", ("Corvana",)),
        # a holding's "in", hung by the parse on the verb whose object the holding is
        ("What stake has Jan Okafor built in Velmora?", ("Velmora",)),
        # "in" under a verb says where; a known place is never a party
        ("Which plant did Halden Chemicals open in Velmora?", ()),
        ("Which plant has Halden Chemicals built in Velmora?", ()),
        ("How much did Ostra Holdings pay for its stake in Germany?", ()),
    ],
)
def test_a_name_in_an_argument_slot_is_a_guessed_party(
    question: str, guessed: tuple[str, ...]
) -> None:
    parse = shared_pipeline().annotate
    asked = understand(question, parse=lambda text: parse([text])[0])
    assert asked.guessed == guessed


def test_a_guessed_party_an_article_names_must_be_in_the_evidence(
    service: AllianceService,
) -> None:
    # Velmora is a firm the store writes: Ostra's stake in Pilot Textiles says nothing of it
    answer = service.ask("How much did Ostra Holdings pay for its stake in Velmora?")
    assert not answer.answered, answer.text


def test_a_stake_built_in_a_guessed_party_is_no_stake_in_another(
    service: AllianceService,
) -> None:
    # Okafor's stake in Pilot Textiles says nothing of Velmora, a firm the store writes
    answer = service.ask("What stake has Jan Okafor built in Velmora?")
    assert not answer.answered, answer.text


def test_a_guessed_party_no_article_writes_forces_no_refusal(service: AllianceService) -> None:
    # Kestria is no name any article writes: the unknown word is dropped, not refused on
    answer = service.ask("How much did Ostra Holdings pay for its stake in Kestria?")
    assert answer.answered, answer.text
    assert "40 mln" in answer.text, answer.text


@pytest.mark.parametrize(
    ("name", "short"),
    [("Velmora-Brandt", False), ("Velmora", False), ("BofA", True), ("GE", True), ("P&G", True)],
)
def test_names_joined_by_a_hyphen_are_written_in_full(name: str, short: bool) -> None:
    # two founders' names ("Velmora-Brandt") no article writes are another firm, not a
    # short form to drop: with a second party beside it, dropping it would answer
    # from the other party's unrelated deals
    assert short_form(name) is short
