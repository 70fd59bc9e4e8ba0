"""A part naming two parties asks about a relation between them (part_names.py): only a
sentence naming both states it (ranking._may_answer); a sentence naming one of them states
its deals with others."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.part_names import clause_of, related_parties
from retrieval.service import AllianceService
from tests.reading.conftest import ingested, titled_articles

ARTICLES = titled_articles(
    {
        "VARDEAU AIR BUYS TWO COURIER FIRMS": (
            "Vardeau Air agreed to buy Kestrel Express Ltd for 54 mln dlrs, the airline said.\n"
            "The airline also took a 65 pct stake in Pilot Couriers Inc of Calgary, an in-city "
            "messenger service."
        ),
        "OSTRA HOLDINGS FORMS VENTURE": (
            "Ostra Holdings said it formed a joint venture with Brandt Mining to explore for "
            "gold in Nevada."
        ),
        "SUMMIT BANK FACES LIMITS ON PARTNERSHIP": (
            "Summit Bank agreed last August to pay 500 mln dlrs for a 12.5 pct partnership "
            "in the firm, but the Federal Reserve Board has barred them from exchanging "
            "staff.\nCorvex Partners is a New York investment bank."
        ),
        "HALDEN CHEMICALS SIGNS SUPPLY PACT": (
            "Halden Chemicals said it signed a ten-year supply agreement with Norland Foods."
        ),
    }
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AllianceService]:
    with ingested(ARTICLES, tmp_path_factory.mktemp("related")) as service:
        yield service


def test_a_price_of_one_party_s_other_deal_is_no_answer(service: AllianceService) -> None:
    # 54 mln dlrs is what Vardeau paid for Kestrel, not for its stake in Pilot Couriers
    answer = service.ask("How much is Vardeau Air paying for its 65 pct stake in Pilot Couriers?")
    assert not answer.answered, answer.text


def test_a_sentence_naming_both_parties_answers(service: AllianceService) -> None:
    answer = service.ask("What did Vardeau Air pay for Kestrel Express?")
    assert answer.answered, answer.text
    assert "54 mln" in answer.text, answer.text


def test_two_firms_never_named_together_agreed_nothing(service: AllianceService) -> None:
    # each made a deal with another firm: neither sentence states one between them
    answer = service.ask("What did Ostra Holdings and Halden Chemicals agree?")
    assert not answer.answered, answer.text


def test_a_public_body_named_is_no_other_partner(service: AllianceService) -> None:
    # the regulator ruling on the partnership is not a firm Summit made a deal with
    answer = service.ask("What did Summit Bank pay for its stake in Corvex Partners?")
    assert answer.answered, answer.text
    assert "500 mln" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "related"),
    [
        ("How much is Vardeau Air paying for its stake in Pilot Couriers?", 2),
        ("What did Ostra Holdings and Halden Chemicals agree?", 2),  # parsed as modifiers
        # a name describing another, or inside a clause of its own, is no argument
        ("How many offers did Halden Chemicals chief Brian Okafor say he had received?", 0),
        ("What did Norland Foods get for the unit it sold to Vesta Mills?", 0),
        # a place is where the relation holds, not a party to it
        ("Which truck would Halden Motors assemble in Germany?", 0),
        # a plural noun over coordinated names distributes over them: each has its own
        (
            "Which shareholders are selling stock in the offerings of Ostra Holdings and "
            "Halden Chemicals?",
            0,
        ),
        ("What were the terms of the merger of Ostra Holdings and Halden Chemicals?", 2),
        # a firm the NER calls a place is a party as the verb's subject or object, and its
        # conjunct shares its verb, whatever the parser hung either on; a real place there
        # is still where something happens
        ("How much capital is Nordavia putting into its venture with Halden Chemicals?", 2),
        ("When did Halden Motors enter China?", 0),
        ("When did Halden Chemicals leave Chile?", 0),
        ("What joint venture have Vestland and Exxon formed?", 2),
        ("What joint venture have Electrolux and Exxon formed?", 2),
    ],
)
def test_the_parties_a_part_relates_are_its_verb_s_arguments(question: str, related: int) -> None:
    parse = shared_pipeline().annotate
    asked = understand(question, parse=lambda text: parse([text])[0])
    part = asked.parts[0]
    assert len(related_parties(part, asked, parse([part.text])[0])) == related


def _clause_of(sentence: str, name: str) -> int | None:
    doc = shared_pipeline().annotate([sentence])[0]
    start = sentence.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return clause_of(span.root)


def test_a_firm_where_something_happens_is_in_no_clause_of_the_party() -> None:
    # the exchange is where the shares fell, not a side of a relation with Brisk Pharma
    sentence = "Brisk Pharma shares fell 3 dlrs to 40 dlrs on the Pacific Stock Exchange."
    assert _clause_of(sentence, "Brisk Pharma") is not None
    assert _clause_of(sentence, "Pacific Stock Exchange") is None


def test_a_firm_bought_is_in_the_buyer_s_clause() -> None:
    # "agreed to buy": the infinitive shares its subject with the verb above it
    sentence = "Vardeau Air agreed to buy Kestrel Express Ltd for 54 mln dlrs."
    assert _clause_of(sentence, "Vardeau Air") == _clause_of(sentence, "Kestrel Express Ltd")


def test_a_name_after_a_comma_keeps_its_own_verb() -> None:
    # a comma may close a clause: the speaker of "..., Vardeau said" is no party to the
    # payment, though written right after one of its parties
    parse = shared_pipeline().annotate
    question = "What did Ostra Holdings pay Halden Chemicals, Vardeau said?"
    asked = understand(question, parse=lambda text: parse([text])[0])
    part = asked.parts[0]
    assert "Vardeau" not in related_parties(part, asked, parse([part.text])[0])
