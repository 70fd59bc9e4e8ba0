"""Shared fixtures. Every test gets its own data dir, so none writes into ./.alliance-bot.

NOTE: reconstructed by the Slack-bot engineer after accidentally overwriting the original
(written concurrently by another engineer); fixtures rebuilt from what test_pipeline.py uses.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from retrieval.settings import PROJECT_ROOT, Settings, load_settings

if TYPE_CHECKING:
    from retrieval.service import AllianceService

SEEDS = PROJECT_ROOT / "seeds"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data_dir = tmp_path / "alliance-data"
    monkeypatch.setenv("ALLIANCE_BOT_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture
def settings(isolated_data_dir: Path) -> Settings:
    return load_settings()


@pytest.fixture
def service(settings: Settings) -> Iterator[AllianceService]:
    # Imported here so that tests not needing the full pipeline load without it.
    from retrieval.service import AllianceService

    built = AllianceService.from_settings(settings)
    try:
        yield built
    finally:
        built.close()


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    return copy
