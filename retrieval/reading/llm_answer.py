"""The LLM answerer: grounded prompt -> model -> citation check -> the same Answer type.

It wraps a fallback answer (the extractive reader's, or the registry's listing) so that a
question is always answered, or refused, in bounded time:
- the model fails (timeout, error, rate limit): the fallback, with a note saying so;
- the checks leave nothing of the draft, or the model says CANNOT_ANSWER: the fallback
  when it answers (with a note), its refusal when it does not. A question the extractive
  reader answers is never turned into a refusal by a weak or timid model; a refusal needs
  the model and the extractive reader to agree, or both to find nothing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

from retrieval.models import Answer, SearchHit
from retrieval.ports import PassageAnswerer
from retrieval.reading import drafts
from retrieval.reading.citations import Checked, Dropped, check_answer
from retrieval.reading.model_calls import CallGate, Reply, generate
from retrieval.reading.prompt import grounded_messages
from retrieval.setting_groups import LLMOptions
from retrieval.sources import Source, number_sources

logger = logging.getLogger(__name__)

Idf = Callable[[str], float]
OutcomeKind = Literal["answered", "fallback", "refused"]

ARTICLES_ORIGIN = "extracted directly from the articles"


def fallback_note(origin: str = ARTICLES_ORIGIN) -> str:
    """The model failed (timeout, error): the answer comes from elsewhere."""
    return f"(The language model was unavailable; this answer was {origin}.)"


def unchecked_note(origin: str = ARTICLES_ORIGIN) -> str:
    """Nothing of the model's draft survived the citation checks."""
    return (
        "(The language model's answer could not be verified against the articles; "
        f"this answer was {origin}.)"
    )


def not_found_note(origin: str = ARTICLES_ORIGIN) -> str:
    """The model said CANNOT_ANSWER where the fallback found an answer."""
    return f"(The language model found no answer in the articles; this answer was {origin}.)"


FALLBACK_NOTE = fallback_note()


@dataclass(frozen=True)
class Outcome:
    """What happened to one question on the LLM path (for logs and benchmarks)."""

    question: str
    kind: OutcomeKind  # the model's checked answer / the fallback's answer / a refusal
    reason: str  # "checked", "cannot_answer", "nothing_supported", "model_failed: ..."
    messages: list[BaseMessage]
    draft: str | None = None  # what the model wrote (None when the call failed)
    kept: int = 0  # sentences of the draft in the final answer
    dropped: list[Dropped] = field(default_factory=list)
    invented: list[int] = field(default_factory=list)
    input_tokens: int | None = None
    output_tokens: int | None = None
    seconds: float = 0.0


OutcomeListener = Callable[[Outcome], None]


class LLMAnswerer:
    """Implements retrieval.ports.PassageAnswerer with a chat model and a fallback."""

    def __init__(
        self,
        *,
        model: BaseChatModel,
        fallback: PassageAnswerer,
        options: LLMOptions,
        gate: CallGate | None = None,
    ) -> None:
        self._model = model
        self._fallback = fallback
        self._options = options
        self._gate = gate or CallGate(options.max_concurrent_calls)
        self.listeners: list[OutcomeListener] = []

    def answer(self, question: str, hits: Sequence[SearchHit], *, idf: Idf) -> Answer:
        sources = number_sources(
            hits,
            max_sources=self._options.max_sources,
            max_chars=self._options.max_source_chars,
        )
        if not sources:
            # Nothing retrieved: the extractive refusal already says so; no model call.
            return self._fallback.answer(question, hits, idf=idf)
        return self.write(
            question,
            grounded_messages(question, sources),
            sources,
            idf=idf,
            fallback=lambda: self._fallback.answer(question, hits, idf=idf),
        )

    def write(
        self,
        question: str,
        messages: list[BaseMessage],
        sources: Sequence[Source],
        *,
        idf: Idf,
        fallback: Callable[[], Answer],
        fallback_origin: str = ARTICLES_ORIGIN,
    ) -> Answer:
        """The model's answer to `messages`, checked against `sources`; else `fallback()`,
        with a note naming `fallback_origin`."""
        started = time.monotonic()
        streaming = self._options.stream and drafts.is_listened()
        try:
            reply = generate(
                self._model,
                messages,
                timeout=self._options.timeout_seconds,
                stream=streaming,
                on_text=drafts.publish if streaming else None,
                retries=self._options.max_retries,
                gate=self._gate,
            )
        except Exception as error:  # timeout, HTTP error, rate limit, bad reply: fall back
            logger.warning("language model failed (%s); using the fallback", _describe(error))
            answer = _noted(fallback(), fallback_note(fallback_origin))
            reason = f"model_failed: {_describe(error)}"
            self._tell(Outcome(question, _kind(answer), reason, messages, seconds=_since(started)))
            return answer
        if streaming:
            drafts.stage(drafts.VERIFY)
        checked = check_answer(reply.text, sources, idf=idf)
        _log_removed(checked)
        answer, reason = _settle(question, checked, fallback, fallback_origin)
        self._tell(
            _outcome(
                question,
                answer=answer,
                reason=reason,
                messages=messages,
                reply=reply,
                checked=checked,
                started=started,
            )
        )
        return answer

    def _tell(self, outcome: Outcome) -> None:
        for listener in self.listeners:
            try:
                listener(outcome)
            except Exception:
                logger.warning("an outcome listener failed", exc_info=True)


def _settle(
    question: str, checked: Checked, fallback: Callable[[], Answer], origin: str
) -> tuple[Answer, str]:
    """The final answer for a checked draft, and why it is that one."""
    if checked.answered:
        answer = Answer(
            question=question, text=checked.text, answered=True, citations=checked.citations
        )
        return answer, "checked"
    reason = "cannot_answer" if checked.cannot_answer else "nothing_supported"
    extracted = fallback()
    if not extracted.answered:
        return extracted, reason  # both found nothing: the fallback's refusal says why
    note = not_found_note(origin) if checked.cannot_answer else unchecked_note(origin)
    return _noted(extracted, note), reason


def _outcome(
    question: str,
    *,
    answer: Answer,
    reason: str,
    messages: list[BaseMessage],
    reply: Reply,
    checked: Checked,
    started: float,
) -> Outcome:
    return Outcome(
        question=question,
        kind="answered" if reason == "checked" else _kind(answer),
        reason=reason,
        messages=messages,
        draft=reply.text,
        kept=checked.kept,
        dropped=checked.dropped,
        invented=checked.invented,
        input_tokens=reply.input_tokens,
        output_tokens=reply.output_tokens,
        seconds=_since(started),
    )


def _kind(answer: Answer) -> OutcomeKind:
    return "fallback" if answer.answered else "refused"


def _noted(answer: Answer, note: str) -> Answer:
    return answer.model_copy(update={"text": f"{answer.text}\n\n{note}"})


def _since(started: float) -> float:
    return round(time.monotonic() - started, 3)


def _log_removed(checked: Checked) -> None:
    if checked.invented:
        logger.info("model cited sources it was not given: %s", checked.invented)
    for dropped in checked.dropped:
        logger.info("dropped %s claim: %s", dropped.reason, dropped.claim)
    if checked.cannot_answer:
        logger.info("model found no answer in the sources")


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {str(error)[:200]}"
