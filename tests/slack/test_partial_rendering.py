"""An answer to part of a question, as Slack and the CLI show it: the found part with its
sources, and the fixed sentence naming what the articles do not state (partial_answers.py).
Through the real path: the reader on a store holding one article."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli.main import main
from retrieval.reading.compose import NOT_STATED
from retrieval.service import AllianceService
from tests.bot_harness import BotHarness, mention
from tests.reading.conftest import ingested
from tests.reading.partial_articles import ARTICLES

TITLE = "NORLAND FOODS TO PLACE SHARES WITH CARROW"

QUESTION = (
    "How many shares is Norland Foods selling to Carrow, and at what price will the buyer "
    "place them?"
)
NOT_SAID = f"{NOT_STATED} the amount of money asked for in"


@pytest.fixture
def service(tmp_path: Path) -> Iterator[AllianceService]:
    with ingested(ARTICLES, tmp_path) as service:
        yield service


def test_slack_shows_the_found_part_its_sources_and_what_is_not_stated(
    service: AllianceService, tmp_path: Path
) -> None:
    with BotHarness(tmp_path / "bot", assistant=service) as bot:
        bot.event(mention(QUESTION))
        bot.settle()
        [call] = bot.slack.calls_to("chat.postMessage")
        blocks = json.dumps(call.params["blocks"], ensure_ascii=False)
        assert "400,000" in blocks and NOT_SAID in blocks, blocks
        # an answer, if a partial one: its sources are listed as any answer's are
        assert "Sources" in blocks and TITLE in blocks, blocks


def test_the_cli_answers_in_part(
    service: AllianceService, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ALLIANCE_BOT_DATA_DIR", str(tmp_path / "data"))
        assert main(["ask", "--json", QUESTION]) == 0
        assert main(["ask", QUESTION]) == 0
    as_json, as_text = capsys.readouterr().out.split("\n", 1)
    answer = json.loads(as_json)
    assert answer["answered"] is True and NOT_SAID in answer["answer"]
    [cited] = answer["citations"]
    assert cited["title"] == TITLE
    assert "400,000" in as_text and NOT_SAID in as_text and "Sources:" in as_text
