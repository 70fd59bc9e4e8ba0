"""Security: no unsigned HTTP serving, admin-only admin work, no secrets in logs, no mrkdwn
injection through article titles, summaries or user input."""

from __future__ import annotations

import ast
import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk.socket_mode.request import SocketModeRequest

from bot.cli.main import main
from bot.slack.app import create_app
from bot.slack.audit import FileAuditLog
from bot.slack.blocks import FEEDBACK_DOWN, FEEDBACK_UP, SHARE_SUMMARY
from bot.slack.deps import BotStores
from bot.slack.messages import NOT_ADMIN
from bot.slack.reingest import REINGEST_COMMAND
from bot.slack.settings import SlackSettings, SlackSettingsError, load_slack_settings
from retrieval.settings import PROJECT_ROOT
from tests.bot_harness import (
    ADMIN,
    BOT_TOKEN,
    SIGNING_SECRET,
    USER,
    BotHarness,
    envelope,
    mention,
    sign,
)
from tests.conftest import REDIS_PASSWORD
from tests.fake_slack import FakeSlack
from tests.fakes import FakeAssistant, TrackingRunner, answer_for, citation
from tests.slack.test_socket_mode import RecordingSocketClient

ROOT = PROJECT_ROOT
BIN = Path(sys.executable).parent
APP_TOKEN = "xapp-1-A0TEST-secret-app-token-7f3c"
LOGGERS = ("", "slack_bolt", "slack_sdk", "urllib3", "bot", "retrieval", "redis", "httpx")


# -- HTTP mode needs a signing secret ---------------------------------------------------------


def test_serve_refuses_http_mode_without_a_signing_secret(tmp_path: Path) -> None:
    env = {**os.environ, "SLACK_BOT_TOKEN": BOT_TOKEN, "ALLIANCE_BOT_DATA_DIR": str(tmp_path)}
    for name in ("SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"):
        env.pop(name, None)
    done = subprocess.run(
        [str(BIN / "alliance-bot"), "serve", "--host", "127.0.0.1", "--port", "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "SLACK_SIGNING_SECRET is required in HTTP mode" in done.stderr
    assert "Traceback" not in done.stderr and BOT_TOKEN not in done.stderr + done.stdout
    assert "Listening at" not in done.stderr + done.stdout


def test_serve_refuses_several_workers_on_the_embedded_store(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
    assert main(["serve", "--workers", "2", "--port", "0"]) == 2
    assert "needs a Chroma server (set ALLIANCE_BOT_CHROMA_URL)" in capsys.readouterr().err


# -- the admin allow-list guards every admin path ----------------------------------------------


def manifest_commands() -> list[str]:
    manifest = (ROOT / "config" / "slack_manifest.yaml").read_text(encoding="utf-8")
    return re.findall(r"^\s*- command: (/\S+)", manifest, flags=re.MULTILINE)


@pytest.fixture
def bot(tmp_path: Path) -> Iterator[BotHarness]:
    with BotHarness(tmp_path / "bot") as harness:
        yield harness


def test_no_slash_command_lets_a_non_admin_reingest(bot: BotHarness) -> None:
    commands = manifest_commands()
    assert REINGEST_COMMAND in commands and len(commands) >= 3
    for command in commands:
        reply = bot.command(command, "everything", user_id=USER)
        assert reply.status == 200, command
    bot.settle()
    assert bot.assistant.ingests == 0
    assert bot.command(REINGEST_COMMAND, user_id=USER).text == NOT_ADMIN
    entries = FileAuditLog(bot.data_dir / "audit.log").entries()
    assert {(e["user_id"], e["outcome"]) for e in entries} == {(USER, "denied")}


@pytest.mark.parametrize(
    "action_id",
    [FEEDBACK_UP, FEEDBACK_DOWN, SHARE_SUMMARY, "reingest", "alliance-reingest", "admin"],
)
def test_no_button_lets_a_non_admin_reingest(bot: BotHarness, action_id: str) -> None:
    assert bot.click(action_id, "0123456789abcdef", user_id=USER).status == 200
    bot.settle()
    assert bot.assistant.ingests == 0
    assert bot.slack.calls_to("chat.postMessage") == []


def test_an_admin_is_still_allowed(bot: BotHarness) -> None:
    assert "Re-ingest started" in bot.command(REINGEST_COMMAND, user_id=ADMIN).text
    bot.settle()
    assert bot.assistant.ingests == 1


def calls_in(path: Path, names: set[str]) -> list[str]:
    """Functions of `path` that call any of `names` (as f(...) or x.f(...))."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.FunctionDef):
            continue
        for call in ast.walk(node):
            if isinstance(call, ast.Call):
                func = call.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in names:
                    found.append(node.name)
    return found


def test_admin_work_is_reachable_only_through_the_admin_check() -> None:
    """Audit by source: Slack code starts an ingest in one place, behind start_reingest."""
    names = {"ingest", "run_reingest", "ingest_in_child_process"}
    callers = {
        path.name: calls_in(path, names)
        for path in sorted((ROOT / "bot").rglob("*.py"))
        # The command line is for operators; ingest_child is the program the job runs.
        if "cli" not in path.relative_to(ROOT / "bot").parts[:-1] and path.name != "ingest_child.py"
    }
    callers = {name: found for name, found in callers.items() if found}
    assert callers == {"reingest.py": ["start_reingest", "run_reingest"]}
    source = (ROOT / "bot" / "slack" / "reingest.py").read_text(encoding="utf-8")
    check = source.index("if user_id not in deps.admin_user_ids")
    assert check < source.index("deps.runner.submit(")


# -- secrets never reach logs -------------------------------------------------------------------


def secrets_in(text: str) -> list[str]:
    return [s for s in (BOT_TOKEN, SIGNING_SECRET, APP_TOKEN, REDIS_PASSWORD) if s in text]


def everything_logged(caplog: pytest.LogCaptureFixture) -> str:
    parts = [caplog.text]
    for record in caplog.records:
        parts += [record.getMessage(), repr(record.args), record.exc_text or ""]
        parts.append(repr(record.__dict__))
    return "\n".join(parts)


@pytest.fixture
def debug_everything(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    levels = {name: logging.getLogger(name).level for name in LOGGERS}
    for name in LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    try:
        yield caplog
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def run_http_traffic(bot: BotHarness) -> None:
    """Successes and failures: answers, a 429, an assistant error, a bad signature, commands."""
    bot.slack.fail_next("chat.postMessage", times=1, status=429, retry_after=1)
    bot.event(mention("Who did Geely partner with?", ts="1.000001"), event_id="Ev1")
    bot.settle()
    bot.assistant.error = RuntimeError("boom")
    bot.event(mention("And Volvo?", ts="1.000002"), event_id="Ev2")
    bot.command("/alliance-summary", "Geely")
    bot.settle()
    bot.assistant.error = None
    body = json.dumps(envelope(mention(), event_id="Ev3")).encode()
    forged = sign(body, secret="not-the-secret")
    assert bot.post(body, content_type="application/json", headers=forged, signed=False).status
    bot.slack.error_next("chat.postMessage", "invalid_auth")
    bot.event(mention("Third?", ts="1.000004"), event_id="Ev4")
    bot.command(REINGEST_COMMAND, user_id=USER)
    bot.command(REINGEST_COMMAND, user_id=ADMIN)
    bot.click(FEEDBACK_UP, "0123456789abcdef")
    bot.settle()
    assert bot.slack.calls_to("chat.postMessage", ok_only=False)


def run_socket_mode_traffic(tmp_path: Path, slack: FakeSlack) -> None:
    settings = SlackSettings(
        bot_token=BOT_TOKEN, app_token=APP_TOKEN, slack_api_url=slack.api_url, data_dir=tmp_path
    )
    runner = TrackingRunner()
    app = create_app(slack=settings, assistant=FakeAssistant(), runner=runner)
    handler = SocketModeHandler(app, app_token=APP_TOKEN)  # builds, never connects
    try:
        request = SocketModeRequest(
            type="events_api", envelope_id="e1", payload=envelope(mention(), event_id="EvS")
        )
        handler.handle(RecordingSocketClient(), request)  # type: ignore[arg-type]
        runner.wait_idle()
    finally:
        handler.close()  # type: ignore[no-untyped-call]
        runner.shutdown()


def run_settings_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    redis_url = f"http://:{REDIS_PASSWORD}@127.0.0.1:1/0"  # wrong scheme, with a password
    bad_envs = [
        {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": "xoxb-" + APP_TOKEN},
        {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET},
        {"SLACK_BOT_TOKEN": BOT_TOKEN, "ALLIANCE_BOT_ADMIN_USER_IDS": "not json"},
        {"SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_APP_TOKEN": APP_TOKEN},
    ]
    bad_envs[1]["ALLIANCE_BOT_REDIS_URL"] = redis_url
    for env in bad_envs:
        with monkeypatch.context() as scoped:
            for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"):
                scoped.delenv(name, raising=False)
            for name, value in env.items():
                scoped.setenv(name, value)
            with pytest.raises(SlackSettingsError) as raised:
                load_slack_settings()
            logging.getLogger("bot.test").error("settings: %s", raised.value)
            assert main(["serve", "--port", "0"]) == 2


def test_no_secret_reaches_any_log_or_output(
    tmp_path: Path,
    redis_url: str,
    debug_everything: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    slack = load_slack_settings(
        bot_token=BOT_TOKEN,
        signing_secret=SIGNING_SECRET,
        data_dir=tmp_path / "bot",
        redis_url=redis_url,
    )
    with BotHarness(tmp_path / "bot", stores=BotStores.from_settings(slack)) as bot:
        run_http_traffic(bot)
        run_socket_mode_traffic(tmp_path / "socket", bot.slack)
    run_settings_errors(monkeypatch)
    out, err = capfd.readouterr()
    logged = everything_logged(debug_everything)
    assert "Sending a request" in logged  # slack_sdk's DEBUG lines were captured...
    assert "invalid_auth" in logged and "answering failed" in logged
    assert secrets_in(logged) == []  # ...without the token (its header is redacted)
    assert secrets_in(out + err) == []


# -- mrkdwn injection ---------------------------------------------------------------------------

INJECTIONS = ("<!channel>", "<!here>", "<@U0VICTIM>", "<https://evil.example|", "javascript:")


def test_summary_titles_sources_and_topic_are_escaped(tmp_path: Path) -> None:
    evil = citation(
        1,
        title="<!channel> Deal <https://evil.example|here> & more",
        quote="<@U0VICTIM> see <!here>",
        source="<!here>.txt",
        url=None,
    )
    answer = answer_for("<!channel> Geely", text="<!here> Geely <@U0VICTIM> [1].", citations=[evil])
    assistant = FakeAssistant()
    assistant.summarize = lambda topic=None: answer  # type: ignore[method-assign]
    with BotHarness(tmp_path / "bot", assistant=assistant) as bot:
        bot.command("/alliance-summary", "<!channel> Geely")
        bot.settle()
        [summary] = bot.slack.calls_to("respond")
        ref = json.dumps(summary.params["blocks"])
        bot.click(SHARE_SUMMARY, re.findall(r'"value": "([0-9a-f]{16})"', ref)[0], ephemeral=True)
        bot.settle()
        [shared] = bot.answers()
    for posted in (summary.params, shared):
        mrkdwn_parts = [json.dumps(b) for b in posted["blocks"] if b.get("type") != "header"] + [
            posted["text"]
        ]
        rendered = "\n".join(mrkdwn_parts)
        for injected in INJECTIONS:
            assert injected not in rendered, (injected, rendered)
        assert "&lt;!channel&gt; Deal" in rendered and "&amp; more" in rendered
        # The header is plain_text, which Slack never parses for mentions or links.
        [header] = [b for b in posted["blocks"] if b.get("type") == "header"]
        assert header["text"]["type"] == "plain_text"
