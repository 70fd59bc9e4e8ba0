"""The production HTTP path: ``bot.slack.server.run_http`` (gunicorn) in a subprocess."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from retrieval.settings import PROJECT_ROOT
from tests.bot_harness import SIGNING_SECRET, http_get, http_post, sign
from tests.fake_slack import wait_until

ROOT = PROJECT_ROOT

SERVER_SCRIPT = """
import sys
from bot.slack.app import create_app
from bot.slack.server import run_http
from bot.slack.settings import load_slack_settings
from tests.fakes import FakeAssistant

def build():
    return create_app(slack=load_slack_settings(), assistant=FakeAssistant())

app = build() if sys.argv[2] == "app" else build
run_http(app, port=int(sys.argv[1]), host="127.0.0.1", workers=1)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(params=["app", "factory"])
def gunicorn_port(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[int]:
    port = free_port()
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "ALLIANCE_BOT_SLACK_API_URL": "http://127.0.0.1:9/api/",  # never called here
        "ALLIANCE_BOT_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("SLACK_APP_TOKEN", None)
    process = subprocess.Popen(
        [sys.executable, "-c", SERVER_SCRIPT, str(port), request.param],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until(lambda: _healthy(port, process), timeout=15, what="gunicorn to serve /healthz")
        yield port
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            output, _ = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
        assert b"gunicorn" in output.lower() or b"Booting worker" in output, output


def _healthy(port: int, process: subprocess.Popen[bytes]) -> bool:
    if process.poll() is not None:
        raise AssertionError(f"server exited: {process.stdout.read() if process.stdout else ''!r}")
    try:
        return http_get(port, "/healthz").status == 200
    except OSError:
        return False


def test_run_http_serves_healthz_and_a_signed_url_verification(gunicorn_port: int) -> None:
    health = http_get(gunicorn_port, "/healthz")
    assert (health.status, health.body) == (200, "ok")
    body = json.dumps({"token": "t", "challenge": "from-gunicorn", "type": "url_verification"})
    headers = {"Content-Type": "application/json", **sign(body.encode())}
    reply = http_post(gunicorn_port, "/slack/events", body.encode(), headers)
    assert reply.status == 200 and "from-gunicorn" in reply.body
    unsigned = http_post(
        gunicorn_port, "/slack/events", body.encode(), {"Content-Type": "application/json"}
    )
    assert unsigned.status == 401
    malformed = b'{"type": '
    bad = http_post(
        gunicorn_port,
        "/slack/events",
        malformed,
        {"Content-Type": "application/json", **sign(malformed)},
    )
    assert bad.status == 400


def test_run_http_refuses_an_app_without_signing_secret(tmp_path: Path) -> None:
    from bot.slack.app import create_app
    from bot.slack.server import run_http
    from bot.slack.settings import SlackSettings
    from tests.fakes import FakeAssistant

    settings = SlackSettings(bot_token="xoxb-x", app_token="xapp-x", data_dir=tmp_path)
    app = create_app(slack=settings, assistant=FakeAssistant())
    with pytest.raises(ValueError, match="SLACK_SIGNING_SECRET"):
        run_http(app, port=free_port(), host="127.0.0.1")
