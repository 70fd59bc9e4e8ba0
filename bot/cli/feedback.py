"""`alliance-bot feedback`: the latest 👍/👎 votes on Slack answers, with their reasons."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bot.slack.feedback import FeedbackStore, StoredVote
from bot.slack.votes import REASONS
from retrieval.service import AllianceService

SHOWN_CHARS = 160


def add_feedback_command(commands: Any) -> None:
    """Add the sub-command to the CLI's sub-parsers (argparse's private type)."""
    feedback = commands.add_parser("feedback", help="recent votes on Slack answers, with reasons")
    feedback.add_argument("--limit", type=int, default=20, help="how many votes (newest first)")
    feedback.add_argument("--json", action="store_true", help="one JSON object per line")


def run_feedback(service: AllianceService, args: argparse.Namespace) -> int:
    path = Path(service.settings.data_dir) / "feedback.sqlite3"
    if not path.exists():
        print("no feedback yet (no feedback.sqlite3 in the data dir)", file=sys.stderr)
        return 0
    votes = FeedbackStore(path).recent(max(1, args.limit))
    if not votes:
        print("no feedback yet", file=sys.stderr)
    for vote in votes:
        print(json.dumps(asdict(vote), ensure_ascii=False) if args.json else vote_text(vote))
    return 0


def vote_text(vote: StoredVote) -> str:
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(vote.voted_at))
    mark = "👍" if vote.vote == "up" else "👎"
    why = ", ".join(REASONS.get(reason, reason).lower() for reason in vote.reasons)
    comment = f" “{vote.comment}”" if vote.comment else ""
    head = f"{when}  {mark} {vote.vote:<4}  {vote.user_id}" + (f"  {why}" if why else "") + comment
    return f"{head}\n    Q: {_short(vote.question)}\n    A: {_short(vote.answer)}"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"
