"""Registry questions with a model configured: the records' evidence goes to the model as
numbered sources, the same checks apply, and the registry's listing is the fallback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from retrieval.models import Alliance, Answer, Citation, EventDate, Party
from retrieval.reading.llm_answer import fallback_note, not_found_note
from retrieval.reading.readers import REGISTRY_ORIGIN
from retrieval.reading.records import record_sources
from retrieval.service import AllianceService
from retrieval.settings import load_settings
from tests.fake_openai import FakeOpenAI, Reply, source_number

QUESTION = "When did BAIC and CATL sign their agreement?"
BAIC_TITLE = "BAIC GROUP and CATL established in-depth cooperation"
BAIC_SOURCE = "003_12dc8710fa54c8a9.txt"
SIGNED = "BAIC GROUP and CATL signed a strategic cooperation agreement on March 13th [{n}]."


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as running:
        yield running


@pytest.fixture
def service(seeded_dir: Path, server: FakeOpenAI) -> Iterator[AllianceService]:
    settings = load_settings(
        data_dir=seeded_dir,
        llm="openai:local-model",
        llm_base_url=server.base_url,
        llm_options={"timeout_seconds": 3.0},
    )
    built = AllianceService.from_settings(settings)
    try:
        yield built
    finally:
        built.close()


def registry_only(seeded_dir: Path) -> Answer:
    service = AllianceService.from_settings(load_settings(data_dir=seeded_dir, llm=None))
    try:
        return service.ask(QUESTION)
    finally:
        service.close()


def test_a_registry_question_is_written_by_the_model_from_the_records(
    service: AllianceService, server: FakeOpenAI
) -> None:
    server.script(
        Reply(
            lambda prompt: (
                SIGNED.format(n=source_number(prompt, BAIC_TITLE))
                + " They also agreed to build a factory on the Moon [1]."
            )
        )
    )
    answer = service.ask(QUESTION)
    [prompt] = server.prompts()
    records = prompt[prompt.index("<records>") : prompt.index("</records>")]
    assert "BAIC – CATL: strategic cooperation agreement" in records and "[1]" in records
    sources = prompt[prompt.index("<sources>") : prompt.index("</sources>")]
    assert "On March 13th, BAIC GROUP and Contemporary Amperex" in sources
    # Checked like any draft: the invented factory is dropped, the supported claim kept.
    assert answer.answered
    assert answer.text == SIGNED.format(n=1)
    [citation] = answer.citations
    assert citation.source.endswith(BAIC_SOURCE) and "March 13th" in citation.quote
    assert set(answer.timings_ms) == {"registry", "answer", "total"}


def test_the_registry_listing_is_the_fallback_when_the_model_finds_nothing(
    service: AllianceService, server: FakeOpenAI, seeded_dir: Path
) -> None:
    server.script("CANNOT_ANSWER")
    answer = service.ask(QUESTION)
    listing = registry_only(seeded_dir)
    assert len(server.requests) == 1
    assert answer.answered and answer.citations == listing.citations
    assert answer.text == f"{listing.text}\n\n{not_found_note(REGISTRY_ORIGIN)}"


def test_the_registry_listing_is_the_fallback_when_the_model_fails(
    service: AllianceService, server: FakeOpenAI, seeded_dir: Path
) -> None:
    server.script(Reply("down", status=503), Reply("down", status=503))
    answer = service.ask(QUESTION)
    listing = registry_only(seeded_dir)
    assert answer.text == f"{listing.text}\n\n{fallback_note(REGISTRY_ORIGIN)}"
    assert answer.citations == listing.citations


def _alliance(number: int, partner: str, evidence: str) -> Alliance:
    return Alliance(
        parties=[
            Party(name="Geely", evidence=evidence),
            Party(name=partner, evidence=f"{partner} is a carmaker."),
        ],
        kind="partnership",
        label="partnership",
        kind_evidence=evidence,
        date=EventDate(value="2022-08-09", text="August 9", basis="text", evidence="On August 9."),
        alliance_id=f"a{number}",
        article_id="roundup",
        source="roundup.txt",
        title="Geely's partners",
        extractor="rules",
    )


def test_records_of_one_article_share_a_source_of_their_evidence_sentences() -> None:
    first = _alliance(1, "Renault", "Geely partnered with Renault.")
    second = _alliance(2, "Volvo", "Geely also partnered with Volvo.")
    listing = Answer(
        question="Which companies has Geely partnered with?",
        text="2 alliances of Geely in the registry:\n• Geely – Renault [1]\n• Geely – Volvo [2]",
        answered=True,
        citations=[
            Citation(number=n, source="roundup.txt", title="Geely's partners", quote=q, score=1)
            for n, q in ((1, first.kind_evidence), (2, second.kind_evidence))
        ],
    )
    given = record_sources(listing, [first, second])
    [source] = given.sources
    assert source.number == 1 and source.source == "roundup.txt"
    assert source.text.splitlines() == [
        "Geely partnered with Renault.",
        "On August 9.",
        "Renault is a carmaker.",
        "Geely also partnered with Volvo.",
        "Volvo is a carmaker.",
    ]
    assert given.records == [
        "2 alliances of Geely in the registry:",
        "• Geely – Renault [1]",
        "• Geely – Volvo [1]",
    ]
