"""A data dir that cannot be written: the CLI keeps the real cause, names the folder and what
to do, never prints a traceback, never leaves the status "running"; `ask` and `status` work
read-only from what is stored. The folders are really read-only (tests/read_only.py)."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from retrieval.ingest.status import read_status
from tests.conftest import SEEDS
from tests.read_only import run_on_a_full_disk, run_read_only
from tests.serve_process import BIN

QUESTION = "Who is CATL's chief financial officer?"


def cli_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ALLIANCE_BOT_", "SLACK_"))}
    return env | {"ALLIANCE_BOT_DATA_DIR": str(data_dir)}


def cli(*argv: str) -> list[str]:
    return [str(BIN / "alliance-bot"), *argv]


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with the seeds ingested (writable), shared by the tests below."""
    data_dir = tmp_path_factory.mktemp("read-only") / "data"
    subprocess.run(cli("ingest", str(SEEDS)), env=cli_env(data_dir), check=True, timeout=120)
    return data_dir


def assert_clear_failure(result: subprocess.CompletedProcess[str], folder: Path) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert f"cannot write to the data folder {folder}" in result.stderr
    assert "ALLIANCE_BOT_DATA_DIR" in result.stderr


def read_only_run(folder: Path, data_dir: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return run_read_only(folder, cli(*argv), env=cli_env(data_dir))


def assert_reads_work(folder: Path, data_dir: Path, *, last_ingest: str) -> None:
    status = read_only_run(folder, data_dir, "status")
    # `status` exits 1 when the last ingest failed: that is its report, not a crash.
    assert status.returncode == (0 if last_ingest == "complete" else 1), status
    assert status.stderr == ""
    assert "articles stored   5" in status.stdout and last_ingest in status.stdout
    asked = read_only_run(folder, data_dir, "ask", "--json", QUESTION)
    assert asked.returncode == 0, asked.stderr
    assert "Traceback" not in asked.stderr
    answer = json.loads(asked.stdout)
    assert answer["answered"] and "Zheng Shu" in answer["answer"] and answer["citations"]


def test_a_read_only_data_dir_refuses_ingest_clearly_and_still_answers(stored: Path) -> None:
    before = read_status(stored)
    result = read_only_run(stored, stored, "ingest", str(SEEDS))
    assert_clear_failure(result, stored)
    assert "Read-only file system" in result.stderr or "Permission denied" in result.stderr
    assert read_status(stored) == before  # not "running", not rewritten
    assert_reads_work(stored, stored, last_ingest="complete")


def test_a_read_only_chroma_folder_keeps_chromas_own_error(stored: Path) -> None:
    """The issue's case: the folder takes the status file, Chroma's database refuses."""
    result = read_only_run(stored / "chroma", stored, "ingest", str(SEEDS))
    assert_clear_failure(result, stored)
    assert "attempt to write a readonly database" in result.stderr
    status = read_status(stored)
    assert status.state == "failed" and "readonly database" in status.detail
    assert_reads_work(stored / "chroma", stored, last_ingest="failed")
    # Writable again: the next ingest works, and the status says so.
    subprocess.run(cli("ingest", str(SEEDS)), env=cli_env(stored), check=True, timeout=120)
    assert read_status(stored).state == "complete"


@pytest.mark.parametrize("command", [("status",), ("ask", QUESTION)])
def test_a_read_only_empty_data_dir(tmp_path: Path, command: Sequence[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = read_only_run(empty, empty, *command)
    assert "Traceback" not in result.stderr
    if command[0] == "status":
        assert result.returncode == 0 and "articles stored   0" in result.stdout
    else:  # the seeds cannot be ingested there: say so
        assert_clear_failure(result, empty)


def test_serve_refuses_a_read_only_data_dir_before_forking(stored: Path) -> None:
    env = cli_env(stored) | {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s"}
    result = run_read_only(stored, cli("serve", "--port", "9"), env=env)
    assert_clear_failure(result, stored)
    assert "Booting worker" not in result.stderr


@pytest.mark.skipif(os.geteuid() != 0, reason="a private tmpfs mount needs root")
def test_a_full_disk_is_named_as_such_and_questions_still_work(
    stored: Path, tmp_path: Path
) -> None:
    mountpoint = tmp_path / "full"
    mountpoint.mkdir()
    article = tmp_path / "new-article.txt"
    article.write_text("Geely and Renault\n\n" + "Geely and Renault agreed to cooperate. " * 3000)
    env = cli_env(mountpoint)
    script = cli("ingest", str(article))
    result = run_on_a_full_disk(stored, mountpoint, script, env=env, spare_kib=16)
    assert_clear_failure(result, mountpoint)
    assert "free some disk space" in result.stderr
    assert "full" in result.stderr.lower() or "No space left" in result.stderr
    asked = run_on_a_full_disk(stored, mountpoint, cli("ask", QUESTION), env=env, spare_kib=16)
    assert asked.returncode == 0 and "Zheng Shu" in asked.stdout, asked.stderr
