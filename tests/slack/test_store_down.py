"""The Chroma server is down: every Slack path says so plainly, logs why, and recovers."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.slack.audit import FileAuditLog
from bot.slack.messages import ANSWER_ERROR, STORE_UNAVAILABLE
from retrieval.index.store import StoreUnavailable
from retrieval.locking import WriterBusy
from retrieval.service import AllianceService
from retrieval.settings import load_settings
from tests.bot_harness import ADMIN, BotHarness, mention
from tests.conftest import SEEDS
from tests.fakes import FakeAssistant
from tests.index.test_chroma_server import ChromaProcess

DOWN = StoreUnavailable("Chroma server at http://127.0.0.1:9 is not reachable: refused")


@pytest.fixture
def down_bot(tmp_path: Path) -> Iterator[BotHarness]:
    with BotHarness(tmp_path / "bot", assistant=FakeAssistant(error=DOWN)) as bot:
        yield bot


def logged_tracebacks(caplog: pytest.LogCaptureFixture, text: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.exc_info and text in r.getMessage()]


def test_a_question_gets_the_store_is_unreachable_reply_and_a_logged_traceback(
    down_bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        assert down_bot.event(mention()).status == 200
        down_bot.settle()
    [posted] = down_bot.answers()
    assert posted["thread_ts"] == "1700000000.000100"
    assert posted["text"] == STORE_UNAVAILABLE
    assert "unreachable right now" in posted["text"] and "try again in a minute" in posted["text"]
    assert "something went wrong" not in posted["text"]
    assert "127.0.0.1:9" not in json.dumps(posted)  # internals stay in the logs
    [record] = logged_tracebacks(caplog, "answering failed")
    assert record.exc_info and record.exc_info[0] is StoreUnavailable


def test_other_failures_keep_the_generic_apology(tmp_path: Path) -> None:
    with BotHarness(tmp_path / "b", assistant=FakeAssistant(error=KeyError("bug"))) as bot:
        bot.event(mention())
        bot.settle()
        assert bot.answers()[0]["text"] == ANSWER_ERROR


def test_a_summary_gets_the_store_is_unreachable_reply(
    down_bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        assert down_bot.command("/alliance-summary", "Geely").status == 200
        down_bot.settle()
    [reply] = down_bot.slack.calls_to("respond")
    assert reply.params["text"] == STORE_UNAVAILABLE
    assert reply.params["response_type"] == "ephemeral"
    assert logged_tracebacks(caplog, "summary of 'Geely' failed")


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (DOWN, "article store is unreachable right now"),
        (WriterBusy("another ingest is already writing"), "another ingest"),
    ],
)
def test_a_reingest_that_cannot_run_says_why_and_frees_the_lock(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, error: Exception, expected: str
) -> None:
    with (
        caplog.at_level(logging.ERROR),
        BotHarness(tmp_path / "b", assistant=FakeAssistant(error=error)) as bot,
    ):
        assert "Re-ingest started" in bot.command("/alliance-reingest", user_id=ADMIN).text
        bot.settle()
        dm = bot.answers()[-1]  # after the progress DM
        assert dm["channel"] == ADMIN and expected in dm["text"]
        assert "try again" in dm["text"].lower()
        entries = FileAuditLog(bot.data_dir / "audit.log").entries()
        assert [e["outcome"] for e in entries] == ["started", "failed"]
        assert bot.stores.reingest_lock.try_acquire()
    assert logged_tracebacks(caplog, "re-ingest requested by")


def test_the_real_service_answers_again_once_the_server_is_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chroma = ChromaProcess(tmp_path / "chroma-db")
    chroma.start()
    monkeypatch.setenv("ALLIANCE_BOT_CHROMA_URL", chroma.url)
    service = AllianceService.from_settings(load_settings())
    try:
        service.ingest([SEEDS])
        with BotHarness(tmp_path / "bot", assistant=service) as bot:
            chroma.stop()
            bot.event(mention("Who replaced Cheng Li at Alibaba?", ts="1.000001"), event_id="E1")
            bot.settle()
            assert bot.answers()[0]["text"] == STORE_UNAVAILABLE
            chroma.start()  # same port, same data: no bot restart
            bot.event(mention("Who replaced Cheng Li at Alibaba?", ts="2.000001"), event_id="E2")
            bot.settle()
            second = bot.answers()[1]
            assert "Wu Zeming" in second["text"] and "[1]" in second["text"]
    finally:
        chroma.stop()
        service.close()
