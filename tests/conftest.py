"""Shared fixtures: every test's state lives under its own tmp_path.

(Owned by the core; bot tests add their own fixtures in their modules or bot_harness.py.)
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from retrieval.service import AllianceService
from retrieval.settings import PROJECT_ROOT, Settings, load_settings
from tests.redis_server import RedisServer

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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# A loaded machine (four test workers, each starting servers) can take a while to start
# one: waiting longer costs nothing when it comes up sooner.
HEARTBEAT_SECONDS = 120.0


def wait_for_heartbeat(
    url: str, *, seconds: float = HEARTBEAT_SECONDS, process: subprocess.Popen[bytes] | None = None
) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"chroma server for {url} exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"chroma server at {url} did not come up within {seconds}s")


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `chroma run` server (shipped in the chromadb wheel) on 127.0.0.1."""
    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    path = tmp_path_factory.mktemp("chroma-server")
    log = (path / "server.log").open("wb")
    process = subprocess.Popen(
        [
            str(chroma),
            "run",
            "--path",
            str(path / "db"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_heartbeat(url, process=process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


@pytest.fixture(params=["embedded", "server"])
def store_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every pipeline test runs against the embedded store and against a Chroma server."""
    if request.param == "server":
        monkeypatch.setenv("ALLIANCE_BOT_CHROMA_URL", request.getfixturevalue("chroma_server"))
        # One server serves the whole session: each test gets its own collection.
        monkeypatch.setenv("ALLIANCE_BOT_CHROMA__COLLECTION", f"test-{uuid.uuid4().hex[:12]}")
    return str(request.param)


@pytest.fixture
def settings(isolated_data_dir: Path, store_mode: str) -> Settings:
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


REDIS_PASSWORD = "redis-pw-Zq8r3X"  # tests check that it never reaches a log


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A real redis-server on 127.0.0.1 (fails, never skips, when redis-server is missing)."""
    server = RedisServer(tmp_path_factory.mktemp("redis"), password=REDIS_PASSWORD).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The session Redis, emptied for this test."""
    client = redis_server.client()
    try:
        client.flushall()
    finally:
        client.close()
    return redis_server.url
