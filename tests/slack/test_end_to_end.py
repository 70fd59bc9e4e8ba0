"""The whole product path: signed Slack event -> real Bolt app -> real pipeline on the seeds."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval.service import AllianceService
from tests.bot_harness import CHANNEL, BotHarness, mention


def test_a_mention_is_answered_from_the_seeds_with_the_right_citation(
    seeded_service: AllianceService, tmp_path: Path
) -> None:
    with BotHarness(tmp_path / "bot", assistant=seeded_service) as bot:
        assert bot.event(mention("Who is CATL's chief financial officer?")).status == 200
        bot.settle()
        [call] = bot.slack.calls_to("chat.postMessage")
        assert call.params["channel"] == CHANNEL
        assert call.params["thread_ts"] == "1700000000.000100"
        blocks = json.dumps(call.params["blocks"], ensure_ascii=False)
        assert "Zheng Shu" in blocks
        assert "BAIC GROUP and CATL established in-depth cooperation" in blocks
        assert "[1]" in call.params["text"]


def test_an_unanswerable_mention_gets_a_refusal_without_sources(
    seeded_service: AllianceService, tmp_path: Path
) -> None:
    with BotHarness(tmp_path / "bot", assistant=seeded_service) as bot:
        bot.event(mention("What will Ford and Volkswagen build together?"))
        bot.settle()
        [call] = bot.slack.calls_to("chat.postMessage")
        blocks = json.dumps(call.params["blocks"], ensure_ascii=False)
        assert "Ford" in blocks and "Sources" not in blocks
