"""Fixtures shared by the reader's tests that drive a whole service."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.service import AllianceService
from retrieval.settings import load_settings
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def seeded_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data dir with the seeds ingested (extractive settings), shared by a module."""
    data_dir = tmp_path_factory.mktemp("seeded")
    service = AllianceService.from_settings(load_settings(data_dir=data_dir, llm=None))
    try:
        service.ingest([SEEDS])
    finally:
        service.close()
    return data_dir
