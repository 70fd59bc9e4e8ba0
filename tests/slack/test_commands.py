"""Slash commands and button clicks over real HTTP, against the fake Slack Web API."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.slack.audit import FileAuditLog
from tests.bot_harness import ADMIN, CHANNEL, USER, BotHarness, mention
from tests.fake_slack import wait_until
from tests.fakes import FakeAssistant


@pytest.fixture
def bot(tmp_path: Path) -> Iterator[BotHarness]:
    with BotHarness(tmp_path / "bot-data") as harness:
        yield harness


def button_value(blocks: list[dict[str, object]], action_id: str) -> str:
    for block in blocks:
        for element in block.get("elements", []):  # type: ignore[attr-defined]
            if element.get("action_id") == action_id:
                return str(element["value"])
    raise AssertionError(f"no {action_id} button in {blocks}")


def feedback_ref(blocks: list[dict[str, object]]) -> str:
    """The answer reference in the feedback_buttons of a posted answer."""
    for block in blocks:
        for element in block.get("elements", []):  # type: ignore[attr-defined]
            if element.get("type") == "feedback_buttons":
                return str(element["positive_button"]["value"]).removeprefix("up:")
    raise AssertionError(f"no feedback_buttons in {blocks}")


def audit_entries(bot: BotHarness) -> list[dict[str, object]]:
    return FileAuditLog(bot.data_dir / "audit.log").entries()


def test_help_is_an_ephemeral_reply(bot: BotHarness) -> None:
    reply = bot.command("/alliance-help")
    assert reply.status == 200
    assert "/alliance-summary" in reply.text


def test_summary_is_ephemeral_and_the_share_button_posts_it(bot: BotHarness) -> None:
    reply = bot.command("/alliance-summary", "Geely", response_url=bot.slack.response_url("sum"))
    assert reply.status == 200 and "Working" in reply.text
    bot.settle()
    assert bot.assistant.topics == ["Geely"]
    [summary] = bot.slack.calls_to("respond")
    assert summary.path == "/respond/sum"
    assert summary.params["response_type"] == "ephemeral"
    assert "Alliance summary: Geely" in json.dumps(summary.params["blocks"])
    assert bot.answers() == []  # nothing public yet

    ref = button_value(summary.params["blocks"], "share_summary")
    click = bot.click(
        "share_summary",
        ref,
        user_id=USER,
        ephemeral=True,
        response_url=bot.slack.response_url("share"),
    )
    assert click.status == 200
    bot.settle()
    [shared] = bot.answers()
    assert shared["channel"] == CHANNEL and "thread_ts" not in shared
    blocks = json.dumps(shared["blocks"])
    assert "Shared by <@U0ASKER>" in blocks and "Geely allied with Volvo [1]." in blocks
    assert "share_summary" not in blocks
    [done] = [call for call in bot.slack.calls_to("respond") if call.path == "/respond/share"]
    assert done.params["replace_original"] is True


def test_summary_without_topic_summarises_everything(bot: BotHarness) -> None:
    bot.command("/alliance-summary", "")
    bot.settle()
    assert bot.assistant.topics == [None]


def test_share_when_the_bot_is_not_in_the_channel_explains_how_to_invite(bot: BotHarness) -> None:
    bot.command("/alliance-summary", "Geely")
    bot.settle()
    ref = button_value(bot.slack.calls_to("respond")[0].params["blocks"], "share_summary")
    bot.slack.error_next("chat.postMessage", "not_in_channel")
    bot.click("share_summary", ref, ephemeral=True, response_url=bot.slack.response_url("share"))
    bot.settle()
    [told] = [call for call in bot.slack.calls_to("respond") if call.path == "/respond/share"]
    assert "/invite" in told.params["text"]


def test_reingest_is_refused_for_a_non_admin_and_audited(bot: BotHarness) -> None:
    reply = bot.command("/alliance-reingest", user_id=USER)
    assert reply.status == 200
    assert "only AllianceBot admins" in reply.text
    bot.settle()
    assert bot.assistant.ingests == 0
    [entry] = audit_entries(bot)
    assert entry["user_id"] == USER and entry["action"] == "reingest"
    assert entry["outcome"] == "denied" and entry["allowed"] is False
    assert str(entry["at"]).startswith("20")


def test_reingest_by_an_admin_reports_progress_and_summary_and_runs_one_at_a_time(
    tmp_path: Path,
) -> None:
    assistant = FakeAssistant()
    assistant.ingest_gate = threading.Event()
    with BotHarness(tmp_path / "d", assistant=assistant) as bot:
        first = bot.command("/alliance-reingest", user_id=ADMIN)
        assert "Re-ingest started" in first.text
        wait_until(lambda: assistant.ingests == 1, what="the ingest to start")
        second = bot.command("/alliance-reingest", user_id=ADMIN)
        assert "already running" in second.text
        assistant.ingest_gate.set()
        bot.settle()
        dms = bot.answers()
        assert [dm["channel"] for dm in dms] == [ADMIN, ADMIN]
        assert "reading 10 files" in dms[0]["text"]
        report = dms[1]["text"]
        for expected in (
            "Added: 1",
            "seeds/new.txt",
            "Updated: 1",
            "Removed: 1",
            "Unchanged: 7",
            "Skipped: 1",
            "seeds/broken.pdf: no extractable text",
        ):
            assert expected in report
        assert [e["outcome"] for e in audit_entries(bot)] == ["started", "busy", "finished"]
        # The lock is free again.
        assert "Re-ingest started" in bot.command("/alliance-reingest", user_id=ADMIN).text


def test_a_failing_reingest_is_reported_and_releases_the_lock(tmp_path: Path) -> None:
    assistant = FakeAssistant(error=OSError("disk full"))
    with BotHarness(tmp_path / "d", assistant=assistant) as bot:
        bot.command("/alliance-reingest", user_id=ADMIN)
        bot.settle()
        assert "Re-ingest failed (OSError)" in bot.answers()[-1]["text"]
        assert audit_entries(bot)[-1]["outcome"] == "failed"
        assert bot.stores.reingest_lock.try_acquire()


def test_a_click_on_the_buttons_of_an_older_answer_is_stored_and_thanked(
    bot: BotHarness,
) -> None:
    # Answers posted before feedback_buttons carry feedback_up/feedback_down buttons.
    bot.event(mention("Who did Geely partner with?"))
    bot.settle()
    ref = feedback_ref(bot.answers()[0]["blocks"])
    assert (
        bot.click("feedback_down", ref, user_id="U0VOTER", thread_ts="1700000000.000100").status
        == 200
    )
    bot.settle()
    [vote] = bot.stores.feedback.votes()
    assert (vote.ref, vote.user_id, vote.vote) == (ref, "U0VOTER", "down")
    assert vote.question == "Who did Geely partner with?"
    assert "Volvo" in vote.answer and vote.voted_at > 0
    [thanks] = bot.slack.calls_to("respond")
    assert (
        thanks.params["text"].startswith("Thanks") and thanks.params["response_type"] == "ephemeral"
    )
    assert thanks.params["thread_ts"] == "1700000000.000100"  # in the answer's thread
    # A change of mind replaces the vote instead of adding one.
    bot.click("feedback_up", ref, user_id="U0VOTER", thread_ts="1700000000.000100")
    bot.settle()
    assert [v.vote for v in bot.stores.feedback.votes()] == ["up"]


def test_a_forged_feedback_reference_is_ignored(bot: BotHarness) -> None:
    assert bot.click("feedback_up", "'; DROP TABLE votes; --").status == 200
    bot.settle()
    assert bot.stores.feedback.votes() == []
