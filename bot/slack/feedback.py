"""Answers the bot posted, and the 👍/👎 votes (with reasons) on them, in ``feedback.sqlite3``.

A button value holds only a short reference (Slack caps it at 2,000 characters, and an
ephemeral message is not echoed back in the click payload), so the answer itself is stored
here under that reference when it is posted.
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from bot.slack.storage import add_missing_columns, connect, init_db
from retrieval.models import Answer

Vote = Literal["up", "down"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    ref TEXT PRIMARY KEY, answer_json TEXT NOT NULL, created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS votes (
    ref TEXT NOT NULL, user_id TEXT NOT NULL, vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    question TEXT NOT NULL, answer TEXT NOT NULL, voted_at REAL NOT NULL,
    PRIMARY KEY (ref, user_id)
);
"""
# Added after the first release: files made before get them on open (nothing is lost).
REASON_COLUMNS = (
    ("reasons", "TEXT NOT NULL DEFAULT '[]'"),
    ("comment", "TEXT NOT NULL DEFAULT ''"),
)
VOTE_FIELDS = "ref, user_id, vote, question, answer, voted_at, reasons, comment"


@dataclass(frozen=True)
class StoredVote:
    """One user's latest vote on one answer."""

    ref: str
    user_id: str
    vote: Vote
    question: str
    answer: str
    voted_at: float
    reasons: tuple[str, ...] = ()
    comment: str = ""

    @classmethod
    def from_row(cls, row: tuple[object, ...]) -> StoredVote:
        ref, user_id, vote, question, answer, voted_at, reasons, comment = row
        return cls(
            ref=str(ref),
            user_id=str(user_id),
            vote="up" if vote == "up" else "down",
            question=str(question),
            answer=str(answer),
            voted_at=float(str(voted_at)),
            reasons=tuple(json.loads(str(reasons))),
            comment=str(comment),
        )


class FeedbackStore:
    """SQLite store of posted answers (by reference) and votes on them."""

    def __init__(self, path: Path) -> None:
        self._path = path
        init_db(path, SCHEMA)
        add_missing_columns(path, "votes", REASON_COLUMNS)

    def remember(self, answer: Answer) -> str:
        """Store an answer and return the short reference its buttons carry."""
        ref = secrets.token_hex(8)
        with connect(self._path) as conn:
            conn.execute(
                "INSERT INTO answers (ref, answer_json, created_at) VALUES (?, ?, ?)",
                (ref, answer.model_dump_json(), time.time()),
            )
        return ref

    def recall(self, ref: str) -> Answer | None:
        """The answer stored under `ref`, or None when unknown (e.g. a wiped data dir)."""
        with connect(self._path) as conn:
            row = conn.execute("SELECT answer_json FROM answers WHERE ref = ?", (ref,)).fetchone()
        return None if row is None else Answer.model_validate_json(row[0])

    def record_vote(
        self,
        *,
        ref: str,
        user_id: str,
        vote: Vote,
        reasons: tuple[str, ...] = (),
        comment: str = "",
    ) -> StoredVote:
        """Store (or change) `user_id`'s vote, with its reasons; the question and answer are
        copied alongside."""
        answer = self.recall(ref)
        stored = StoredVote(
            ref=ref,
            user_id=user_id,
            vote=vote,
            question=answer.question if answer else "",
            answer=answer.text if answer else "",
            voted_at=time.time(),
            reasons=reasons,
            comment=comment,
        )
        with connect(self._path) as conn:
            conn.execute(
                f"INSERT OR REPLACE INTO votes ({VOTE_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    ref,
                    user_id,
                    vote,
                    stored.question,
                    stored.answer,
                    stored.voted_at,
                    json.dumps(list(reasons)),
                    comment,
                ),
            )
        return stored

    def votes(self) -> list[StoredVote]:
        """All votes, oldest first (for reports and tests)."""
        with connect(self._path) as conn:
            rows = conn.execute(f"SELECT {VOTE_FIELDS} FROM votes ORDER BY voted_at").fetchall()
        return [StoredVote.from_row(row) for row in rows]

    def recent(self, limit: int = 20) -> list[StoredVote]:
        """The latest `limit` votes, newest first."""
        with connect(self._path) as conn:
            rows = conn.execute(
                f"SELECT {VOTE_FIELDS} FROM votes ORDER BY voted_at DESC LIMIT ?", (limit,)
            ).fetchall()
        return [StoredVote.from_row(row) for row in rows]
