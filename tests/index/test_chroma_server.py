"""Chroma server mode: a clear error while it is down, recovery without restart after."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli.main import main
from retrieval.index.store import StoreUnavailable
from retrieval.service import AllianceService
from retrieval.settings import load_settings
from tests.conftest import SEEDS, free_port, wait_for_heartbeat


class ChromaProcess:
    """A `chroma run` server that a test can stop and start again on the same port."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        chroma = Path(sys.executable).parent / "chroma"
        command = [str(chroma), "run", "--path", str(self.path), "--host", "127.0.0.1"]
        self.process = subprocess.Popen(
            [*command, "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_heartbeat(self.url, process=self.process)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def chroma(tmp_path: Path) -> Iterator[ChromaProcess]:
    server = ChromaProcess(tmp_path / "chroma-db")
    server.start()
    yield server
    server.stop()


def test_server_down_recovers_without_restart(
    chroma: ChromaProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALLIANCE_BOT_CHROMA_URL", chroma.url)
    service = AllianceService.from_settings(load_settings())
    service.ingest([SEEDS])
    assert service.ask("Who replaced Cheng Li at Alibaba?").answered
    chroma.stop()
    with pytest.raises(StoreUnavailable, match=chroma.url):
        service.ask("Who replaced Cheng Li at Alibaba?")
    chroma.start()
    answer = service.ask("Who replaced Cheng Li at Alibaba?")
    assert answer.answered and "Wu Zeming" in answer.text
    service.close()


def test_service_started_while_server_down_connects_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = ChromaProcess(tmp_path / "late-db")
    monkeypatch.setenv("ALLIANCE_BOT_CHROMA_URL", server.url)
    service = AllianceService.from_settings(load_settings())  # no server yet: no crash
    with pytest.raises(StoreUnavailable):
        service.ingest([SEEDS])
    assert service.catalog.count_articles() == 0  # nothing half-stored
    server.start()
    try:
        assert service.ingest([SEEDS]).added
        assert service.ask("Who is CATL's CFO?").answered
    finally:
        server.stop()
        service.close()


def test_cli_says_clearly_that_the_server_is_down(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    monkeypatch.setenv("ALLIANCE_BOT_CHROMA_URL", url)
    code = main(["ask", "Who is CATL's CFO?"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"Chroma server at {url} is not reachable" in err
    assert "Traceback" not in err
