"""Feedback with reasons: feedback_buttons on answers, a 👎 modal, thank-yous in the thread,
and `alliance-bot feedback`. Real Bolt app over HTTP against the fake Slack."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.cli.main import main
from bot.slack.blocks import FEEDBACK_ACTION
from bot.slack.feedback import FeedbackStore
from bot.slack.messages import FEEDBACK_THANKS
from bot.slack.storage import connect
from bot.slack.votes import NEEDS_COMMENT, REASONS_VIEW
from tests.bot_harness import CHANNEL, BotHarness, mention
from tests.fakes import answer_for

ROOT = "1700000000.000100"
VOTER = "U0VOTER"


@pytest.fixture
def bot(tmp_path: Path) -> Iterator[BotHarness]:
    with BotHarness(tmp_path / "bot-data") as harness:
        yield harness


def answered_ref(bot: BotHarness) -> str:
    """Ask, and return the reference the answer's feedback_buttons carry."""
    bot.event(mention("Who did Geely partner with?"))
    bot.settle()
    [post] = bot.slack.calls_to("chat.postMessage")
    [block] = [b for b in post.params["blocks"] if b["type"] == "context_actions"]
    [element] = block["elements"]
    assert element["type"] == "feedback_buttons" and element["action_id"] == FEEDBACK_ACTION
    return str(element["negative_button"]["value"]).removeprefix("down:")


def vote(bot: BotHarness, value: str) -> None:
    response = bot.click(
        FEEDBACK_ACTION, value, user_id=VOTER, thread_ts=ROOT, action_type="feedback_buttons"
    )
    assert response.status == 200
    bot.settle()


def reasons(picked: list[str], comment: str | None) -> dict[str, Any]:
    return {
        "reasons": {
            "picked": {"type": "checkboxes", "selected_options": [{"value": v} for v in picked]}
        },
        "comment": {"text": {"type": "plain_text_input", "value": comment}},
    }


def test_thumbs_up_is_stored_and_thanked_privately_in_the_thread(bot: BotHarness) -> None:
    ref = answered_ref(bot)
    vote(bot, f"up:{ref}")
    [stored] = bot.stores.feedback.votes()
    assert (stored.ref, stored.user_id, stored.vote) == (ref, VOTER, "up")
    assert stored.question == "Who did Geely partner with?" and "Volvo" in stored.answer
    [thanks] = bot.slack.calls_to("respond")
    assert thanks.params["text"] == FEEDBACK_THANKS
    assert thanks.params["response_type"] == "ephemeral" and thanks.params["thread_ts"] == ROOT
    assert bot.slack.calls_to("views.open") == []


def test_thumbs_down_asks_why_and_stores_the_reasons_with_question_and_answer(
    bot: BotHarness,
) -> None:
    ref = answered_ref(bot)
    vote(bot, f"down:{ref}")
    assert [v.vote for v in bot.stores.feedback.votes()] == ["down"]  # closing loses nothing
    [opened] = bot.slack.calls_to("views.open")
    view = opened.params["view"]
    assert view["callback_id"] == REASONS_VIEW
    labels = json.dumps(view["blocks"])
    for label in ("Wrong company", "Missing alliance", "Outdated", "Bad citation", "Other"):
        assert label in labels
    submitted = bot.submit_view(
        REASONS_VIEW,
        reasons(["wrong_company", "outdated", "made_up"], "  It was Volvo Cars, in 2010. "),
        private_metadata=view["private_metadata"],
        user_id=VOTER,
    )
    assert submitted.status == 200 and submitted.body == ""  # the modal closes
    bot.settle()
    [stored] = bot.stores.feedback.votes()
    assert stored.reasons == ("wrong_company", "outdated")  # unknown values are dropped
    assert stored.comment == "It was Volvo Cars, in 2010."
    assert stored.question == "Who did Geely partner with?" and "Volvo" in stored.answer
    [thanks] = bot.slack.calls_to("chat.postEphemeral")
    sent = {k: thanks.params[k] for k in ("channel", "user", "text", "thread_ts")}
    assert sent == {"channel": CHANNEL, "user": VOTER, "text": FEEDBACK_THANKS, "thread_ts": ROOT}


def test_other_without_a_comment_asks_for_one(bot: BotHarness) -> None:
    ref = answered_ref(bot)
    vote(bot, f"down:{ref}")
    metadata = bot.slack.calls_to("views.open")[0].params["view"]["private_metadata"]
    reply = bot.submit_view(REASONS_VIEW, reasons(["other"], None), private_metadata=metadata)
    assert reply.status == 200
    assert reply.json() == {"response_action": "errors", "errors": {"comment": NEEDS_COMMENT}}
    bot.settle()
    assert [v.reasons for v in bot.stores.feedback.votes()] == [()]


@pytest.mark.parametrize("value", ["sideways:0123456789abcdef", "up:'; DROP TABLE votes", ""])
def test_a_malformed_vote_is_ignored(bot: BotHarness, value: str) -> None:
    vote(bot, value)
    assert bot.stores.feedback.votes() == []


def test_forged_modal_metadata_stores_nothing(bot: BotHarness) -> None:
    reply = bot.submit_view(REASONS_VIEW, reasons(["outdated"], "x"), private_metadata="{not json")
    assert reply.status == 200
    bot.settle()
    assert bot.stores.feedback.votes() == []


def test_a_feedback_file_from_before_reasons_is_upgraded_without_losing_votes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "feedback.sqlite3"
    with connect(path) as conn:
        conn.executescript(
            "CREATE TABLE answers (ref TEXT PRIMARY KEY, answer_json TEXT NOT NULL, "
            "created_at REAL NOT NULL);"
            "CREATE TABLE votes (ref TEXT NOT NULL, user_id TEXT NOT NULL, vote TEXT NOT NULL, "
            "question TEXT NOT NULL, answer TEXT NOT NULL, voted_at REAL NOT NULL, "
            "PRIMARY KEY (ref, user_id));"
            "INSERT INTO votes VALUES ('0123456789abcdef', 'U1', 'up', 'q', 'a', 1.0);"
        )
    store = FeedbackStore(path)
    [old] = store.votes()
    assert (old.vote, old.reasons, old.comment) == ("up", (), "")


def test_the_cli_prints_recent_votes_with_reasons(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = FeedbackStore(isolated_data_dir / "feedback.sqlite3")
    first = store.remember(answer_for("Who did Geely partner with?"))
    second = store.remember(answer_for("Which alliances involve batteries?"))
    store.record_vote(ref=first, user_id="U1", vote="up")
    store.record_vote(
        ref=second,
        user_id="U2",
        vote="down",
        reasons=("bad_citation", "other"),
        comment="source [1] is about Renault",
    )
    assert main(["feedback"]) == 0
    out = capsys.readouterr().out
    assert out.index("👎 down  U2  bad citation, other “source [1] is about Renault”") < out.index(
        "👍 up    U1"
    )  # newest first
    assert "Q: Which alliances involve batteries?" in out and "A: Geely partnered" in out
    assert main(["feedback", "--json", "--limit", "1"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["reasons"] == ["bad_citation", "other"]
