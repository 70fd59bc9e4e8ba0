"""The checks on real model output: drafts SmolLM2-135M-Instruct wrote (llama.cpp, recorded
by `benchmarks/llm_local.py --record` into tests/data/llm_drafts.jsonl: the seed questions
of dev_questions at temperatures 0 and 0.8; drafts about the BBC and Reuters corpora stay
out of the repository with the corpora), replayed.

- Every sentence of those drafts that cites a source the model was given is hand-labelled
  in tests/data/support_pairs_drafts.jsonl (supported by that source, or not). None
  labelled unsupported may survive `check_answer`.
- The seed questions are asked again through the service, with the real ChatOpenAI client
  against a local server that replays the recorded completions: the model is called for
  each (registry questions included), no question the extractive reader answers becomes a
  refusal, and what the model wrote reaches the answer only when labelled supported.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest

from retrieval.models import Answer
from retrieval.reading.citations import check_answer
from retrieval.reading.claims import split_claims
from retrieval.reading.llm_answer import FALLBACK_NOTE
from retrieval.service import AllianceService
from retrieval.settings import PROJECT_ROOT, load_settings
from tests.fake_openai import FakeOpenAI
from tests.recorded_drafts import Draft, load_drafts, replay

LABELS = PROJECT_ROOT / "tests" / "data" / "support_pairs_drafts.jsonl"
# The prompt budget the drafts were recorded with (benchmarks/README.md).
RECORDED_OPTIONS = {"max_sources": 3, "max_source_chars": 1200, "max_tokens": 200}

DRAFTS = load_drafts()
SEED_DRAFTS = [d for d in DRAFTS if d.id.startswith("dev_questions/")]


@cache
def labels() -> dict[tuple[str, str], bool]:
    """(draft id, claim) -> supported, for every claim that cites a given source."""
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line]
    return {(row["draft"], row["claim"]): bool(row["supported"]) for row in rows}


@cache
def idf() -> Callable[[str], float]:
    from benchmarks.support_threshold import seed_sources

    return seed_sources()[1]


def cited_claims(draft: Draft) -> list[str]:
    """The draft's sentences that cite a source number the prompt gave."""
    given = {source.number for source in draft.sources()}
    return [c.text for c in split_claims(draft.completion) if set(c.cited) & given]


def test_the_recording_is_real_model_output_at_two_temperatures() -> None:
    assert len(DRAFTS) >= 25
    assert {d.temperature for d in DRAFTS} == {0.0, 0.8}
    assert all(d.sources() and "<question>" in d.prompt for d in DRAFTS)
    assert any(d.registry for d in DRAFTS)  # registry questions went to the model too


def test_every_cited_claim_of_the_drafts_is_labelled() -> None:
    missing = [(d.id, c) for d in DRAFTS for c in cited_claims(d) if (d.id, c) not in labels()]
    assert missing == []


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda d: d.id)
def test_no_claim_labelled_unsupported_survives_the_checks(draft: Draft) -> None:
    checked = check_answer(draft.completion, draft.sources(), idf=idf())
    for claim in split_claims(checked.text):
        assert labels().get((draft.id, claim.text)) is True, claim.text


@pytest.fixture(scope="module")
def extractive(seeded_dir: Path) -> dict[str, Answer]:
    service = AllianceService.from_settings(load_settings(data_dir=seeded_dir, llm=None))
    try:
        return {q: service.ask(q) for q in {d.question for d in SEED_DRAFTS}}
    finally:
        service.close()


@pytest.fixture(scope="module")
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI(respond=replay(DRAFTS)) as running:
        yield running


@pytest.mark.parametrize("temperature", [0.0, 0.8])
def test_the_service_on_replayed_drafts(
    temperature: float, seeded_dir: Path, extractive: dict[str, Answer], server: FakeOpenAI
) -> None:
    recorded = [d for d in SEED_DRAFTS if d.temperature == temperature]
    questions = list(dict.fromkeys(d.question for d in recorded))
    settings = load_settings(
        data_dir=seeded_dir,
        llm="openai:smollm2",
        llm_base_url=server.base_url,
        llm_options={**RECORDED_OPTIONS, "temperature": temperature, "timeout_seconds": 10},
    )
    service = AllianceService.from_settings(settings)
    before = len(server.requests)
    try:
        answers = {q: service.ask(q) for q in questions}
    finally:
        service.close()
    sent = server.requests[before:]
    assert len(sent) >= len(questions)  # the model was asked every question
    assert {r["temperature"] for r in sent} == {temperature}
    written = {c for d in recorded for c in cited_claims(d)}
    for question, answer in answers.items():
        assert not answer.text.endswith(FALLBACK_NOTE), question  # every call was replayed
        assert answer.answered or not extractive[question].answered, question
        for claim in split_claims(answer.text):
            if claim.text in written:  # the model's own sentence reached the reader
                assert any(labels().get((d.id, claim.text)) for d in recorded), claim.text
