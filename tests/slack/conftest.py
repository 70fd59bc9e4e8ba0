"""The Bolt app over the fake Slack with a scripted assistant; a module that needs other
registry records overrides `assistant`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bot_harness import BotHarness
from tests.fakes import FakeAssistant


@pytest.fixture
def assistant() -> FakeAssistant:
    return FakeAssistant()


@pytest.fixture
def bot(tmp_path: Path, assistant: FakeAssistant) -> Iterator[BotHarness]:
    with BotHarness(tmp_path / "bot-data", assistant=assistant) as harness:
        yield harness
