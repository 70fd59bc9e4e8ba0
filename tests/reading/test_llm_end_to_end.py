"""The LLM path end to end: the real langchain-openai client against a local server speaking
the OpenAI chat-completions protocol, on the seeds, through `alliance-bot ask --json` and
through the Slack handler (real Bolt app, fake Slack API)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import bot.slack.streaming
from bot.cli.main import main
from retrieval.reading.llm_answer import FALLBACK_NOTE, unchecked_note
from retrieval.service import AllianceService
from retrieval.settings import load_settings
from tests.bot_harness import CHANNEL, USER, BotHarness, mention
from tests.fake_openai import FakeOpenAI, Reply, source_number

QUESTION = "Who is CATL's chief financial officer?"
BAIC_TITLE = "BAIC GROUP and CATL established in-depth cooperation"
BAIC_SOURCE = "003_12dc8710fa54c8a9.txt"
TIMEOUT = 1.5
GOOD = "CATL's chief financial officer is Zheng Shu [1]."


def cite(template: str) -> Callable[[str], str]:
    """Reply content citing, as {n}, the number the prompt gave the BAIC/CATL article."""
    return lambda prompt: template.format(n=source_number(prompt, BAIC_TITLE))


@dataclass(frozen=True)
class Scenario:
    replies: tuple[Reply, ...]
    answered: bool
    text: str | None = None  # exact answer text, when it is checked exactly
    note: str | None = None  # the note appended to the extractive fallback's answer
    requests: int = 1  # model requests expected (the client retries a 500 once)


SCENARIOS = {
    "good": Scenario(
        (
            Reply(
                cite(
                    "CATL's chief financial officer is Zheng Shu [{n}]. He attended the "
                    "signing ceremony with BAIC GROUP [{n}]."
                )
            ),
        ),
        answered=True,
        text=GOOD[:-1] + ". He attended the signing ceremony with BAIC GROUP [1].",
    ),
    "invented-number": Scenario(
        (
            Reply(
                cite(
                    "CATL's chief financial officer is Zheng Shu [{n}][9]. "
                    "CATL was founded in 2011 [9]."
                )
            ),
        ),
        answered=True,
        text=GOOD,
    ),
    # Nothing checked is left, but the extractive reader answers: its answer, noted.
    "no-citations": Scenario(
        (Reply("CATL's chief financial officer is Zheng Shu."),),
        answered=True,
        note=unchecked_note(),
    ),
    "unsupported-claim": Scenario(
        (
            Reply(
                cite(
                    "CATL's chief financial officer is Zheng Shu [{n}]. CATL also agreed to "
                    "buy a stake in Renault [{n}]."
                )
            ),
        ),
        answered=True,
        text=GOOD,
    ),
    "server-error": Scenario(
        (Reply("boom", status=500), Reply("boom", status=500)),
        answered=True,
        note=FALLBACK_NOTE,
        requests=2,
    ),
    "too-slow": Scenario(
        (Reply(cite("late [{n}]."), delay=TIMEOUT + 3),), answered=True, note=FALLBACK_NOTE
    ),
}


@pytest.fixture
def model_server(seeded_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    """A fresh server per test: a request abandoned by a timed-out test cannot leak over."""
    with FakeOpenAI() as server:
        monkeypatch.setenv("ALLIANCE_BOT_DATA_DIR", str(seeded_dir))
        monkeypatch.setenv("ALLIANCE_BOT_LLM", "openai:some-model")
        monkeypatch.setenv("ALLIANCE_BOT_LLM_BASE_URL", server.base_url)
        monkeypatch.setenv("ALLIANCE_BOT_LLM_OPTIONS__TIMEOUT_SECONDS", str(TIMEOUT))
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        yield server


@pytest.fixture
def llm_service(model_server: FakeOpenAI) -> Iterator[AllianceService]:
    service = AllianceService.from_settings(load_settings())
    try:
        yield service
    finally:
        service.close()


def wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    """Poll `condition` (the server notices a hang-up a moment after the client)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def check(scenario: Scenario, *, answered: bool, text: str, sources: list[str]) -> None:
    assert answered is scenario.answered, text
    if scenario.text is not None:
        assert text == scenario.text
    if scenario.note is None:
        assert not text.rstrip().endswith(".)"), text
    else:
        assert text.endswith(scenario.note)
    if scenario.answered:
        assert sources and all(source.endswith(BAIC_SOURCE) for source in sources[:1]), sources
    else:
        assert sources == [] and text.startswith("I couldn't find an answer")


@pytest.mark.parametrize("name", SCENARIOS)
def test_ask_json_through_the_cli(
    name: str, model_server: FakeOpenAI, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = SCENARIOS[name]
    model_server.script(*scenario.replies)
    assert main(["ask", "--json", QUESTION]) == 0
    payload = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    check(
        scenario,
        answered=payload["answered"],
        text=payload["answer"],
        sources=[c["source"] for c in payload["citations"]],
    )
    assert len(model_server.requests) == scenario.requests
    # A slow model's request is cut off at the deadline: the server stops working on it.
    assert wait_for(lambda: model_server.disconnects == (name == "too-slow"))
    if scenario.answered and not scenario.note:
        assert "Zheng Shu" in payload["citations"][0]["quote"]


@pytest.mark.parametrize("name", SCENARIOS)
def test_mention_through_the_slack_handler(
    name: str, llm_service: AllianceService, model_server: FakeOpenAI, tmp_path: Path
) -> None:
    scenario = SCENARIOS[name]
    model_server.script(*scenario.replies)
    with BotHarness(tmp_path / "bot", assistant=llm_service) as harness:
        assert harness.event(mention(QUESTION)).status == 200
        harness.settle()
        [call] = harness.slack.calls_to("chat.postMessage")
    blocks = call.params["blocks"]
    sources = _source_lines(blocks)
    check(scenario, answered=bool(sources), text=_answer_text(blocks), sources=sources)
    assert call.params["thread_ts"] == "1700000000.000100"
    assert harness.slack.calls_to("chat.update") == []  # streaming is off by default


def test_a_streamed_answer_is_streamed_natively_then_replaced_by_the_checked_one(
    model_server: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALLIANCE_BOT_LLM_OPTIONS__STREAM", "true")
    monkeypatch.setattr(bot.slack.streaming, "BUFFER_CHARS", 8)  # several appendStream calls
    raw = "CATL's chief financial officer is Zheng Shu [{n}]. He also chairs Renault [{n}]."
    model_server.script(Reply(cite(raw), chunk_chars=4, chunk_delay=0.02))
    service = AllianceService.from_settings(load_settings())
    try:
        with BotHarness(tmp_path / "bot", assistant=service) as harness:
            harness.event(mention(QUESTION))
            harness.settle()
            slack = harness.slack
            [start] = slack.calls_to("chat.startStream")
            appends = slack.calls_to("chat.appendStream")
            [stop] = slack.calls_to("chat.stopStream")
            [final] = slack.calls_to("chat.update")
            assert slack.calls_to("chat.postMessage") == [] and slack.refused() == []
    finally:
        service.close()
    assert model_server.requests[0]["stream"] is True
    # In the question's thread, to the asker (Slack requires the recipient in channels).
    assert start.params["thread_ts"] == "1700000000.000100"
    assert (start.params["recipient_user_id"], start.params["recipient_team_id"]) == (
        USER,
        "T0TEST",
    )
    chunks = [c for call in (start, *appends, stop) for c in call.params["chunks"]]
    streamed = "".join(c["text"] for c in chunks if c["type"] == "markdown_text")
    drafted = raw.format(n=source_number(model_server.prompts()[0], BAIC_TITLE))
    assert len(appends) >= 2 and streamed and drafted.startswith(streamed)
    tasks = [(c["id"], c["status"]) for c in chunks if c["type"] == "task_update"]
    assert tasks == [
        ("search", "complete"),
        ("draft", "in_progress"),
        ("draft", "complete"),
        ("verify", "in_progress"),
        ("verify", "complete"),
    ]
    # The draft's unsupported second sentence is gone: the final message is the checked one.
    assert final.params["ts"] == stop.params["ts"] == appends[0].params["ts"]
    assert final.params["text"] == GOOD
    assert _source_lines(final.params["blocks"])[0].endswith(BAIC_SOURCE)


def test_a_thread_follow_up_is_condensed_by_the_model_before_retrieval(
    llm_service: AllianceService, model_server: FakeOpenAI, tmp_path: Path
) -> None:
    model_server.script(
        Reply("Standalone question: Who is CATL's chief financial officer?"),
        Reply(cite("CATL's chief financial officer is Zheng Shu [{n}].")),
    )
    root = "1700000000.000100"
    with BotHarness(tmp_path / "bot", assistant=llm_service) as harness:
        harness.slack.set_replies(CHANNEL, root, _thread(root))
        harness.event(mention("and who is their CFO?", ts="1700000002.000100", thread_ts=root))
        harness.settle()
        [call] = harness.slack.calls_to("chat.postMessage")
    condense_prompt, answer_prompt = model_server.prompts()
    assert "<user>Did BAIC GROUP sign with CATL?</user>" in condense_prompt
    assert "<latest_message>\nand who is their CFO?\n</latest_message>" in condense_prompt
    assert f"<question>\n{QUESTION}\n</question>" in answer_prompt
    assert call.params["text"] == GOOD


def _thread(root: str) -> list[dict[str, Any]]:
    return [
        {
            "type": "message",
            "user": USER,
            "ts": root,
            "text": "<@UBOT> Did BAIC GROUP sign with CATL?",
        },
        {
            "type": "message",
            "user": "UBOT",
            "bot_id": "BBOT",
            "ts": "1700000001.000200",
            "text": "BAIC GROUP and CATL signed a strategic cooperation agreement [1].",
        },
    ]


def _answer_text(blocks: list[dict[str, Any]]) -> str:
    """The answer as the reader sees it: the section texts, unescaped."""
    text = "\n".join(b["text"]["text"] for b in blocks if b["type"] == "section")
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def _source_lines(blocks: list[dict[str, Any]]) -> list[str]:
    """The first line of each source element: "[n] title — date — source"."""
    elements = [e["text"] for b in blocks if b["type"] == "context" for e in b["elements"]]
    if "*Sources*" not in elements:
        return []
    return [e.split("\n")[0] for e in elements[elements.index("*Sources*") + 1 :]]
