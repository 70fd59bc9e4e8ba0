"""The readers a service uses, for its settings: extractive alone, or through a model.

`with_language_model` builds, from ALLIANCE_BOT_LLM, one chat model and one per-process
cap on concurrent calls shared by the three places that call it: the passage answerer,
the registry listing writer and the follow-up condenser.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from retrieval.models import Alliance, Answer
from retrieval.ports import PassageAnswerer
from retrieval.reading.chat_models import build_chat_model
from retrieval.reading.followups import Condenser, LLMCondenser, standalone_query
from retrieval.reading.llm_answer import LLMAnswerer
from retrieval.reading.model_calls import CallGate
from retrieval.reading.prompt import grounded_messages
from retrieval.reading.records import MAX_RECORD_SOURCES, record_sources
from retrieval.settings import Settings

logger = logging.getLogger(__name__)

Idf = Callable[[str], float]
REGISTRY_ORIGIN = "taken from the alliance registry"


class ListingWriter(Protocol):
    """Turns the registry's listing for a question into the answer given."""

    def __call__(
        self, question: str, listed: Answer, alliances: Sequence[Alliance], *, idf: Idf
    ) -> Answer: ...


def keep_listing(
    question: str, listed: Answer, alliances: Sequence[Alliance], *, idf: Idf
) -> Answer:
    """Without a model the registry's own lines are the answer."""
    return listed


class ModelListingWriter:
    """The model writes the registry's answer from the records' evidence; the same checks
    apply, and the registry's listing is the fallback."""

    def __init__(self, answerer: LLMAnswerer) -> None:
        self._answerer = answerer

    def __call__(
        self, question: str, listed: Answer, alliances: Sequence[Alliance], *, idf: Idf
    ) -> Answer:
        given = record_sources(listed, alliances)
        if not given.sources or len(given.sources) > MAX_RECORD_SOURCES:
            logger.info("registry listing of %d articles given as it is", len(given.sources))
            return listed
        messages = grounded_messages(question, given.sources, records=given.records)
        return self._answerer.write(
            question,
            messages,
            given.sources,
            idf=idf,
            fallback=lambda: listed,
            fallback_origin=REGISTRY_ORIGIN,
        )


@dataclass(frozen=True)
class Readers:
    answerer: PassageAnswerer
    condense: Condenser
    listing: ListingWriter


def with_language_model(settings: Settings, extractive: PassageAnswerer) -> Readers:
    """The readers for these settings (extractive and the registry's lines when no LLM)."""
    if not settings.llm:
        return Readers(extractive, standalone_query, keep_listing)
    model = build_chat_model(settings)
    options = settings.llm_options
    gate = CallGate(options.max_concurrent_calls)
    answerer = LLMAnswerer(model=model, fallback=extractive, options=options, gate=gate)
    condense = LLMCondenser(model, timeout=options.condense_timeout_seconds, gate=gate)
    return Readers(answerer, condense, ModelListingWriter(answerer))
