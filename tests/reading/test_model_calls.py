"""Server-friendly model calls: the real ChatOpenAI client against a local OpenAI-protocol
server that counts what it was sent, when, how many at once, and who hung up on it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage

from retrieval.reading.chat_models import build_chat_model
from retrieval.reading.model_calls import CallGate, ModelTimeout, Reply, generate
from retrieval.settings import load_settings
from tests.fake_openai import FakeOpenAI
from tests.fake_openai import Reply as Scripted

MESSAGES = [HumanMessage(content="Who is CATL's chief financial officer?")]


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as running:
        yield running


def model_for(server: FakeOpenAI, **options: object) -> BaseChatModel:
    settings = load_settings(
        llm="openai:local-model", llm_base_url=server.base_url, llm_options=options
    )
    return build_chat_model(settings)


def settled(server: FakeOpenAI, condition: Callable[[FakeOpenAI], bool]) -> bool:
    """Poll until `condition` holds (the server sees a hang-up a moment after the client)."""
    deadline = time.monotonic() + 5
    while not condition(server):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_a_timed_out_request_is_cut_off_and_never_retried(server: FakeOpenAI) -> None:
    server.script(Scripted("far too late", delay=30), Scripted("a retry would get this"))
    model = model_for(server)
    started = time.monotonic()
    with pytest.raises(ModelTimeout):
        generate(model, MESSAGES, timeout=1.0, retries=3)
    deadline = started + 1.0
    assert settled(server, lambda s: s.disconnects == 1)
    time.sleep(1.5)  # long enough for any late retry to arrive
    assert len(server.requests) == 1 and server.request_times[0] < deadline
    assert server.pending() == 1  # the second reply was never asked for


def test_a_retry_starts_only_while_the_deadline_leaves_time(server: FakeOpenAI) -> None:
    # An immediate 500 leaves time: retried. The retry is slow: cut at the deadline.
    server.script(Scripted("boom", status=500), Scripted("slow", delay=30))
    model = model_for(server)
    started = time.monotonic()
    with pytest.raises(ModelTimeout):
        generate(model, MESSAGES, timeout=2.0, retries=3)
    assert settled(server, lambda s: s.disconnects == 1)
    time.sleep(1.0)
    assert len(server.requests) == 2
    assert all(at < started + 2.0 for at in server.request_times)


def test_an_error_near_the_deadline_is_not_retried(server: FakeOpenAI) -> None:
    server.script(Scripted("boom", status=500, delay=1.3), Scripted("not asked for"))
    model = model_for(server)
    with pytest.raises(Exception, match="boom"):
        generate(model, MESSAGES, timeout=2.0, retries=3)
    time.sleep(1.0)
    assert len(server.requests) == 1


def test_a_bad_request_is_not_retried(server: FakeOpenAI) -> None:
    server.script(Scripted("bad model name", status=400), Scripted("not asked for"))
    with pytest.raises(Exception, match="bad model name"):
        generate(model_for(server), MESSAGES, timeout=5.0, retries=3)
    assert len(server.requests) == 1


def test_an_openai_compatible_server_is_sent_max_tokens_too(server: FakeOpenAI) -> None:
    server.script(Scripted("Zheng Shu [1]."))
    reply = generate(model_for(server, max_tokens=123), MESSAGES, timeout=5.0)
    assert isinstance(reply, Reply) and reply.text == "Zheng Shu [1]."
    [request] = server.requests
    # llama.cpp's server reads only max_tokens; langchain-openai sends max_completion_tokens.
    assert request["max_tokens"] == 123 and request["max_completion_tokens"] == 123
    assert request["stream"] is True  # so that a server stops when the call is abandoned


def test_concurrent_calls_are_capped_per_process(server: FakeOpenAI) -> None:
    server.script(*[Scripted(f"reply {n}", delay=0.3) for n in range(6)])
    model = model_for(server)
    gate = CallGate(2)
    texts: list[str] = []

    def call() -> None:
        texts.append(generate(model, MESSAGES, timeout=30.0, gate=gate).text)

    threads = [threading.Thread(target=call) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(texts) == [f"reply {n}" for n in range(6)]
    assert server.max_in_flight <= 2 and len(server.requests) == 6


def test_no_free_slot_before_the_deadline_is_a_timeout_without_a_request(
    server: FakeOpenAI,
) -> None:
    server.script(Scripted("slow", delay=3), Scripted("never sent"))
    model = model_for(server)
    gate = CallGate(1)
    busy = threading.Thread(target=lambda: generate(model, MESSAGES, timeout=10.0, gate=gate))
    busy.start()
    assert settled(server, lambda s: len(s.requests) == 1)
    with pytest.raises(ModelTimeout, match="slots"):
        generate(model, MESSAGES, timeout=0.5, gate=gate)
    busy.join()
    assert len(server.requests) == 1
