"""The LLM answerer: grounded prompt -> model -> citation check -> the same Answer type.

It wraps the extractive answerer: when the model times out, errors or is rate limited, the
extractive answer is returned with a short note, so a question is always answered (or
refused) in bounded time. A draft with nothing supported left becomes a refusal worded like
the extractive one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from langchain_core.language_models import BaseChatModel

from retrieval.models import Answer, SearchHit
from retrieval.ports import PassageAnswerer
from retrieval.reading import drafts
from retrieval.reading.chat_models import build_chat_model
from retrieval.reading.citations import Checked, check_answer
from retrieval.reading.evidence import article_context
from retrieval.reading.extractive import explain_refusal, refusal
from retrieval.reading.followups import Condenser, LLMCondenser, standalone_query
from retrieval.reading.model_calls import generate
from retrieval.reading.prompt import grounded_messages
from retrieval.reading.question import analyze
from retrieval.settings import LLMOptions, Settings
from retrieval.sources import number_sources

logger = logging.getLogger(__name__)

FALLBACK_NOTE = (
    "(The language model was unavailable; this answer was extracted directly from the articles.)"
)


class LLMAnswerer:
    """Implements retrieval.ports.PassageAnswerer with a chat model and a fallback."""

    def __init__(
        self, *, model: BaseChatModel, fallback: PassageAnswerer, options: LLMOptions
    ) -> None:
        self._model = model
        self._fallback = fallback
        self._options = options

    def answer(
        self, question: str, hits: Sequence[SearchHit], *, idf: Callable[[str], float]
    ) -> Answer:
        sources = number_sources(hits)
        if not sources:
            # Nothing retrieved: the extractive refusal already says so; no model call.
            return self._fallback.answer(question, hits, idf=idf)
        streaming = self._options.stream and drafts.is_listened()
        try:
            draft = generate(
                self._model,
                grounded_messages(question, sources),
                timeout=self._options.timeout_seconds,
                stream=streaming,
                on_text=drafts.publish if streaming else None,
            )
        except Exception as error:  # timeout, HTTP error, rate limit, bad reply: fall back
            logger.warning("language model failed (%s); answering extractively", _describe(error))
            return self._fallen_back(question, hits, idf=idf)
        if streaming:
            drafts.stage(drafts.VERIFY)
        checked = check_answer(draft, sources, idf=idf)
        _log_removed(checked)
        if not checked.answered:
            return refusal(
                question, explain_refusal(analyze(question), hits, article_context(hits))
            )
        return Answer(
            question=question, text=checked.text, answered=True, citations=checked.citations
        )

    def _fallen_back(
        self, question: str, hits: Sequence[SearchHit], *, idf: Callable[[str], float]
    ) -> Answer:
        extracted = self._fallback.answer(question, hits, idf=idf)
        return extracted.model_copy(update={"text": f"{extracted.text}\n\n{FALLBACK_NOTE}"})


def with_language_model(
    settings: Settings, extractive: PassageAnswerer
) -> tuple[PassageAnswerer, Condenser]:
    """The answerer and follow-up condenser for these settings (extractive when no LLM)."""
    if not settings.llm:
        return extractive, standalone_query
    model = build_chat_model(settings)
    options = settings.llm_options
    answerer = LLMAnswerer(model=model, fallback=extractive, options=options)
    return answerer, LLMCondenser(model, timeout=options.condense_timeout_seconds)


def _log_removed(checked: Checked) -> None:
    if checked.invented:
        logger.info("model cited sources it was not given: %s", checked.invented)
    for dropped in checked.dropped:
        logger.info("dropped %s claim: %s", dropped.reason, dropped.claim)
    if checked.cannot_answer:
        logger.info("model found no answer in the sources")


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {str(error)[:200]}"
