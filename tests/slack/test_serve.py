"""`alliance-bot serve` as a new user runs it: the default embedded store, the real pipeline.

The gunicorn master must not open the store (or start any native threads) before it forks:
a worker forked from a process holding an embedded Chroma client hangs for good. Each worker
builds its own service after the fork, so the server answers every time it starts.
"""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path

from tests.bot_harness import CHANNEL, envelope, http_post, mention, sign
from tests.fake_slack import FakeSlack
from tests.fake_socket_mode import SocketSlack
from tests.serve_process import BIN, ServeProcess, bot_env, thread_count

RUNS = 5
QUESTION = "Who replaced Cheng Li at Alibaba?"
SOURCE_TITLE = "Alibaba can advance in 2023"


def url_verification(port: int, challenge: str) -> str:
    body = json.dumps({"token": "t", "challenge": challenge, "type": "url_verification"}).encode()
    headers = {"Content-Type": "application/json", **sign(body)}
    reply = http_post(port, "/slack/events", body, headers)
    assert reply.status == 200, reply
    return reply.body


def test_serve_with_the_embedded_store_answers_five_times_in_a_row(tmp_path: Path) -> None:
    with FakeSlack() as slack:
        env = bot_env(tmp_path / "data", slack)  # no ALLIANCE_BOT_CHROMA_URL: embedded store
        for run in range(RUNS):
            log = tmp_path / f"serve-{run}.log"
            with ServeProcess(env, log) as served:
                # The master forks workers: it must hold no native threads (Chroma's runtime).
                assert thread_count(served.pid) == 1
                assert f"run-{run}" in url_verification(served.port, f"run-{run}")
                ts = f"1700000100.{run:06d}"
                assert served.deliver(mention(QUESTION, ts=ts), f"EvServe{run}") == 200
                slack.wait_for("chat.postMessage", run + 1, timeout=60)
            assert served.stop() == 0, served.log()
            assert "Traceback" not in served.log()
        posts = [call.params for call in slack.calls_to("chat.postMessage")]
        assert [post["thread_ts"] for post in posts] == [f"1700000100.{r:06d}" for r in range(RUNS)]
        for post in posts:
            assert post["channel"] == CHANNEL
            assert "Wu Zeming" in post["text"] and "[1]" in post["text"]
            assert SOURCE_TITLE in json.dumps(post["blocks"], ensure_ascii=False)
        assert "ingested 5 seed articles" in (tmp_path / "serve-0.log").read_text()


def test_serve_in_socket_mode_with_the_embedded_store_answers(tmp_path: Path) -> None:
    with SocketSlack() as slack:
        env = bot_env(tmp_path / "data", slack) | {"SLACK_APP_TOKEN": "xapp-1-test"}
        del env["SLACK_SIGNING_SECRET"]  # Socket Mode needs none
        log = tmp_path / "socket.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [str(BIN / "alliance-bot"), "serve"], env=env, stdout=out, stderr=out
            )
        try:
            slack.wait_connected(timeout=120)
            body = envelope(mention(QUESTION, ts="1700000200.000001"), event_id="EvSocket")
            acked = slack.push_event(body)
            [post] = slack.wait_for("chat.postMessage", timeout=60)
            assert acked in slack.acks
            assert post.params["thread_ts"] == "1700000200.000001"
            assert "Wu Zeming" in post.params["text"] and "[1]" in post.params["text"]
        finally:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        assert "Traceback" not in log.read_text(errors="replace")
