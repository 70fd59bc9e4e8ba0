"""A stalled Chroma server (a real `chroma run` paused with SIGSTOP) cannot block answers.

chromadb's HTTP client waits forever by default. With the connect/read timeouts the user
gets "the article store is unreachable" while the server is still paused, and after SIGCONT
the next question is answered without a restart.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.slack.messages import STORE_UNAVAILABLE
from retrieval.index.store import StoreUnavailable
from retrieval.service import AllianceService
from retrieval.settings import load_settings
from tests.bot_harness import BotHarness, mention
from tests.conftest import SEEDS
from tests.fake_slack import wait_until
from tests.index.test_chroma_server import ChromaProcess

QUESTION = "Who replaced Cheng Li at Alibaba?"


class Paused:
    """SIGSTOP the server for the `with` block; SIGCONT on the way out, whatever happens."""

    def __init__(self, server: ChromaProcess) -> None:
        assert server.process is not None
        self.pid = server.process.pid

    def __enter__(self) -> Paused:
        os.kill(self.pid, signal.SIGSTOP)
        return self

    def __exit__(self, *exc: object) -> None:
        os.kill(self.pid, signal.SIGCONT)


@pytest.fixture
def chroma(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ChromaProcess]:
    server = ChromaProcess(tmp_path / "chroma-db")
    server.start()
    monkeypatch.setenv("ALLIANCE_BOT_CHROMA_URL", server.url)
    monkeypatch.setenv("ALLIANCE_BOT_CHROMA__READ_TIMEOUT_SECONDS", "2")
    monkeypatch.setenv("ALLIANCE_BOT_CHROMA__CONNECT_TIMEOUT_SECONDS", "2")
    try:
        yield server
    finally:
        server.stop()


def test_a_question_during_a_stall_gets_the_unreachable_reply_then_works_again(
    chroma: ChromaProcess, tmp_path: Path
) -> None:
    service = AllianceService.from_settings(load_settings())
    try:
        service.ingest([SEEDS])
        with BotHarness(tmp_path / "bot", assistant=service) as bot:
            with Paused(chroma):
                assert bot.event(mention(QUESTION, ts="1.000001"), event_id="E1").status == 200
                # Answered while the server is still paused: the timeout, not SIGCONT, ends it.
                wait_until(bot.answers, timeout=60, what="the reply during the stall")
                [stalled] = bot.answers()
                assert stalled["text"] == STORE_UNAVAILABLE
                assert stalled["thread_ts"] == "1.000001"
            bot.event(mention(QUESTION, ts="2.000001"), event_id="E2")
            bot.settle()
            after = bot.answers()[1]
            assert "Wu Zeming" in after["text"] and "[1]" in after["text"]
    finally:
        service.close()


def test_a_service_built_during_a_stall_fails_fast_and_recovers(chroma: ChromaProcess) -> None:
    seeded = AllianceService.from_settings(load_settings())
    seeded.ingest([SEEDS])
    seeded.close()
    with Paused(chroma):
        # A worker starting now: its client cannot even be built; it must not hang.
        service = AllianceService.from_settings(load_settings())
        with pytest.raises(StoreUnavailable, match="not reachable"):
            service.ask(QUESTION)
    try:
        answer = service.ask(QUESTION)
        assert answer.answered and "Wu Zeming" in answer.text
    finally:
        service.close()
