"""``/alliance-summary`` sends the alliance picture through files_upload_v2, by DM."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from matplotlib.image import imread

from retrieval.ingest.documents import load_file
from retrieval.models import Alliance
from retrieval.registry.extraction import RuleExtractor
from retrieval.settings import PROJECT_ROOT
from tests.bot_harness import USER, BotHarness
from tests.fakes import FakeAssistant

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def seed_alliances() -> list[Alliance]:
    extractor = RuleExtractor()
    paths = sorted((PROJECT_ROOT / "seeds").glob("*.txt"))
    return [a for path in paths for a in extractor.extract(load_file(path)[0][0]).alliances]


def test_the_summary_comes_with_its_picture_in_a_dm(
    tmp_path: Path, seed_alliances: list[Alliance]
) -> None:
    assistant = FakeAssistant()
    assistant.registry = seed_alliances
    with BotHarness(tmp_path / "bot", assistant=assistant) as bot:
        bot.command("/alliance-summary", "Geely", response_url=bot.slack.response_url("sum"))
        bot.settle()
        [summary] = bot.slack.calls_to("respond")
        assert summary.params["response_type"] == "ephemeral"
        # files_upload_v2: get an upload URL, POST the bytes there, complete the upload.
        [opened] = bot.slack.calls_to("conversations.open")
        [asked] = bot.slack.calls_to("files.getUploadURLExternal")
        [upload] = bot.slack.calls_to("upload")
        [completed] = bot.slack.calls_to("files.completeUploadExternal")
        methods = [call.method for call in bot.slack.calls]
        assert methods.index("respond") < methods.index("conversations.open")
        assert opened.params["users"] == USER
        png = bot.slack.uploads[upload.params["file_id"]]
        assert png.startswith(PNG_MAGIC)
        assert imread(io.BytesIO(png), format="png").shape[1] >= 1000
        assert asked.params["filename"] == "alliances.png"
        assert int(asked.params["length"]) == len(png)
        assert completed.params["channel_id"] == "D" + USER[1:]
        [file] = json.loads(completed.params["files"])
        assert file == {"id": upload.params["file_id"], "title": "Alliances of Geely"}
        assert "Alliances of Geely" in completed.params["initial_comment"]


def test_no_picture_when_the_registry_knows_nothing_of_the_topic(tmp_path: Path) -> None:
    with BotHarness(tmp_path / "bot", assistant=FakeAssistant()) as bot:
        bot.command("/alliance-summary", "Toyota")
        bot.settle()
        assert len(bot.slack.calls_to("respond")) == 1
        assert not [c for c in bot.slack.calls if c.method.startswith("files.")]


def test_a_failed_upload_leaves_the_summary_alone(
    tmp_path: Path, seed_alliances: list[Alliance]
) -> None:
    assistant = FakeAssistant()
    assistant.registry = seed_alliances
    with BotHarness(tmp_path / "bot", assistant=assistant) as bot:
        bot.slack.error_next("files.getUploadURLExternal", "not_allowed_token_type")
        bot.command("/alliance-summary", "")
        bot.settle()
        [summary] = bot.slack.calls_to("respond")
        assert "Geely allied with Volvo" in json.dumps(summary.params["blocks"])
        assert bot.slack.calls_to("upload") == []
