"""Shared fixtures: every test's state lives under its own tmp_path.

(Owned by the core; bot tests add their own fixtures in their modules or bot_harness.py.)
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from retrieval.service import AllianceService
from retrieval.settings import PROJECT_ROOT, Settings, load_settings

SEEDS = PROJECT_ROOT / "seeds"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point all stored state at tmp_path and drop any ALLIANCE_BOT_/SLACK_ settings.

    Nothing a test does may write into ./.alliance-bot or depend on the caller's shell.
    """
    for name in list(os.environ):
        if name.startswith(("ALLIANCE_BOT_", "SLACK_")):
            monkeypatch.delenv(name)
    data_dir = tmp_path / "alliance-data"
    monkeypatch.setenv("ALLIANCE_BOT_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture
def settings(isolated_data_dir: Path) -> Settings:
    return load_settings()


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of the seed articles (tests edit and delete files in it)."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def service(settings: Settings) -> Iterator[AllianceService]:
    built = AllianceService.from_settings(settings)
    try:
        yield built
    finally:
        built.close()


@pytest.fixture
def seeded_service(service: AllianceService) -> AllianceService:
    report = service.ingest([SEEDS])
    assert len(report.added) == 5, report
    return service
