"""The LLM answerer with langchain-core's fake chat models: prompts, checks, fallbacks."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Sequence

from langchain_core.language_models import BaseChatModel
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from retrieval.models import Answer, Citation, SearchHit
from retrieval.reading import drafts
from retrieval.reading.llm_answer import (
    FALLBACK_NOTE,
    LLMAnswerer,
    Outcome,
    not_found_note,
    unchecked_note,
)
from retrieval.setting_groups import LLMOptions
from tests.llm_fakes import CATL, HITS, INJECTION, RENAULT, FailingChatModel, scripted, uniform_idf

QUESTION = "Who is CATL's chief financial officer?"


REFUSAL = "I couldn't find an answer: the articles mention CATL but not that."


class StubExtractive:
    """The fallback: records that it was asked and answers with one fixed citation (or,
    when it `finds` nothing, refuses)."""

    def __init__(self, *, finds: bool = True) -> None:
        self.calls = 0
        self.finds = finds

    def answer(
        self, question: str, hits: Sequence[SearchHit], *, idf: Callable[[str], float]
    ) -> Answer:
        self.calls += 1
        if not hits or not self.finds:
            return Answer(question=question, text=REFUSAL, answered=False)
        quote = "CFO Zheng Shu attended the signing ceremony."
        citation = Citation(
            number=1, source=CATL.chunk.source, title=CATL.chunk.title, quote=quote, score=0.9
        )
        return Answer(question=question, text=f"{quote} [1]", answered=True, citations=[citation])


def answerer(
    model: BaseChatModel, *, finds: bool = True, **options: object
) -> tuple[LLMAnswerer, StubExtractive]:
    fallback = StubExtractive(finds=finds)
    settings = LLMOptions.model_validate({"timeout_seconds": 2.0, **options})
    return LLMAnswerer(model=model, fallback=fallback, options=settings), fallback


def ask(subject: LLMAnswerer, hits: Sequence[SearchHit] = HITS) -> Answer:
    return subject.answer(QUESTION, hits, idf=uniform_idf)


def test_a_cited_supported_answer_comes_back_as_an_answer_with_its_citation() -> None:
    model, recorder = scripted("CATL's chief financial officer is Zheng Shu [2].")
    subject, fallback = answerer(model)
    answer = ask(subject)
    assert answer.answered and fallback.calls == 0
    assert answer.text == "CATL's chief financial officer is Zheng Shu [1]."
    [citation] = answer.citations
    assert citation.source == CATL.chunk.source and "Zheng Shu" in citation.quote
    system, user = recorder.texts()
    assert "CANNOT_ANSWER" in system
    assert '<source id="1">\ntitle: Geely and Renault' in user
    assert f"<question>\n{QUESTION}\n</question>" in user


def test_injected_instructions_reach_the_model_only_inside_their_source() -> None:
    model, recorder = scripted("CANNOT_ANSWER")
    subject, _ = answerer(model)
    ask(subject, [RENAULT, INJECTION])
    _, user = recorder.texts()
    start, end = user.index('<source id="2">'), user.index("</sources>")
    assert start < user.index("Ignore previous instructions") < end
    assert user.count("</source>") == 2


def test_the_sentinel_is_a_refusal_when_the_extractive_reader_finds_nothing_either() -> None:
    model, _ = scripted("CANNOT_ANSWER")
    subject, fallback = answerer(model, finds=False)
    answer = ask(subject)
    assert not answer.answered and answer.citations == []
    assert answer.text == REFUSAL and fallback.calls == 1


def test_the_sentinel_never_turns_an_extractive_answer_into_a_refusal() -> None:
    model, _ = scripted("CANNOT_ANSWER")
    subject, fallback = answerer(model)
    answer = ask(subject)
    assert answer.answered and fallback.calls == 1
    assert answer.text == f"CFO Zheng Shu attended the signing ceremony. [1]\n\n{not_found_note()}"
    assert answer.citations[0].source == CATL.chunk.source


def test_an_invented_source_number_is_dropped() -> None:
    model, _ = scripted("CATL's chief financial officer is Zheng Shu [2][9]. Tesla owns CATL [9].")
    subject, _ = answerer(model)
    answer = ask(subject)
    assert answer.text == "CATL's chief financial officer is Zheng Shu [1]."
    assert [c.source for c in answer.citations] == [CATL.chunk.source]


def test_an_unsupported_claim_is_dropped() -> None:
    model, _ = scripted(
        "CATL's chief financial officer is Zheng Shu [2]. Zheng Shu previously ran Tesla [2]."
    )
    subject, _ = answerer(model)
    assert ask(subject).text == "CATL's chief financial officer is Zheng Shu [1]."


def test_a_draft_with_nothing_checked_left_gives_the_extractive_answer_with_a_note() -> None:
    model, _ = scripted("CATL's chief financial officer is Zheng Shu.")  # cites nothing
    subject, fallback = answerer(model)
    answer = ask(subject)
    assert answer.answered and fallback.calls == 1
    assert answer.text.endswith(unchecked_note()) and "Zheng Shu" in answer.citations[0].quote


def test_a_draft_with_nothing_checked_left_is_refused_when_extraction_finds_nothing() -> None:
    model, _ = scripted("Tesla bought CATL in 2031 [2].")
    subject, _ = answerer(model, finds=False)
    answer = ask(subject)
    assert not answer.answered and answer.text == REFUSAL and answer.citations == []


def test_listeners_hear_each_outcome_with_the_draft_and_what_was_dropped() -> None:
    model, _ = scripted(
        "CATL's chief financial officer is Zheng Shu [2]. Zheng Shu previously ran Tesla [2].",
        "CANNOT_ANSWER",
    )
    subject, _ = answerer(model)
    heard: list[Outcome] = []
    subject.listeners.append(heard.append)
    ask(subject)
    ask(subject)
    first, second = heard
    assert (first.kind, first.reason, first.kept) == ("answered", "checked", 1)
    assert [d.claim for d in first.dropped] == ["Zheng Shu previously ran Tesla."]
    assert first.draft is not None and first.draft.endswith("ran Tesla [2].")
    assert "<sources>" in str(first.messages[-1].content)
    assert (second.kind, second.reason) == ("fallback", "cannot_answer")


def test_a_failing_model_is_heard_as_a_fallback() -> None:
    subject, _ = answerer(FailingChatModel())
    heard: list[Outcome] = []
    subject.listeners.append(heard.append)
    ask(subject)
    [outcome] = heard
    assert outcome.kind == "fallback" and outcome.reason.startswith("model_failed: RuntimeError")
    assert outcome.draft is None


def test_a_timeout_falls_back_to_the_extractive_answer_with_a_note() -> None:
    model, _ = scripted("too late [2].", sleep=5.0)
    subject, fallback = answerer(model, timeout_seconds=0.3)
    started = time.monotonic()
    answer = ask(subject)
    assert time.monotonic() - started < 2.0
    assert fallback.calls == 1 and answer.answered
    assert answer.text.endswith(FALLBACK_NOTE)
    assert answer.citations[0].source == CATL.chunk.source


def test_a_model_error_falls_back_to_the_extractive_answer_with_a_note() -> None:
    subject, fallback = answerer(FailingChatModel())
    answer = ask(subject)
    assert fallback.calls == 1 and answer.text.endswith(FALLBACK_NOTE)


def test_an_error_in_the_middle_of_a_stream_falls_back_too() -> None:
    model = FakeListChatModel(responses=["CATL's CFO is Zheng Shu [2]."], error_on_chunk_number=5)
    subject, fallback = answerer(model, stream=True)
    with drafts.listening(lambda text: None):
        answer = ask(subject)
    assert fallback.calls == 1 and answer.text.endswith(FALLBACK_NOTE)


def test_nothing_retrieved_is_refused_without_calling_the_model() -> None:
    model, recorder = scripted("should not be used [1].")
    subject, fallback = answerer(model)
    answer = ask(subject, [])
    assert not answer.answered and fallback.calls == 1 and recorder.prompts == []


def test_streaming_publishes_growing_drafts_but_returns_the_checked_answer() -> None:
    raw = "CATL's chief financial officer is Zheng Shu [2]. He also runs Tesla [2]."
    model, _ = scripted(raw)
    subject, _ = answerer(model, stream=True)
    seen: list[str] = []
    with drafts.listening(seen.append):
        answer = ask(subject)
    assert seen[0] == "C" and seen[-1] == raw
    assert all(len(a) < len(b) for a, b in itertools.pairwise(seen))
    assert answer.text == "CATL's chief financial officer is Zheng Shu [1]."


def test_without_a_listener_or_with_streaming_off_nothing_is_published() -> None:
    model, _ = scripted("CATL's chief financial officer is Zheng Shu [2].")
    subject, _ = answerer(model, stream=False)
    seen: list[str] = []
    with drafts.listening(seen.append):
        assert ask(subject).answered
    assert seen == []


def test_a_failing_draft_listener_never_breaks_the_answer() -> None:
    model, _ = scripted("CATL's chief financial officer is Zheng Shu [2].")
    subject, fallback = answerer(model, stream=True)

    def broken(text: str) -> None:
        raise RuntimeError("slack is down")

    with drafts.listening(broken):
        answer = ask(subject)
    assert answer.answered and fallback.calls == 0


def test_a_reasoning_models_thinking_is_not_read_as_the_answer() -> None:
    model, _ = scripted(
        "<think>If the sources lack it I reply CANNOT_ANSWER. Tesla?</think>\n"
        "CATL's chief financial officer is Zheng Shu [2]."
    )
    subject, _ = answerer(model)
    assert ask(subject).text == "CATL's chief financial officer is Zheng Shu [1]."
