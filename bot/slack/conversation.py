"""Pure rules about Slack messages: which to answer, the question they ask, thread history.

No Slack client here, so every rule is table-tested without a server.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from retrieval.models import Turn

Event = Mapping[str, Any]

# Plain user messages; everything else (message_changed, message_deleted, channel_join,
# bot_message, ...) is Slack bookkeeping or another bot and never gets an answer.
ANSWERABLE_SUBTYPES = frozenset({None, "thread_broadcast", "file_share"})
MARKUP = re.compile(r"<([^<>]*)>")
QUESTION_WORDS = frozenset(
    [
        "who", "what", "when", "where", "which", "why", "how", "does", "do", "did", "is",
        "are", "was", "were", "can", "could", "has", "have", "had", "will", "would", "should",
        "list", "tell", "show", "summarize", "summarise", "explain",
    ]
)  # fmt: skip
MAX_HISTORY_TURNS = 20


def is_ignorable(event: Event) -> bool:
    """True for bots (ours or others), edits/deletes and other non-user subtypes."""
    if event.get("bot_id") or event.get("bot_profile") or event.get("hidden"):
        return True
    return event.get("subtype") not in ANSWERABLE_SUBTYPES or not event.get("user")


def thread_root(event: Event) -> str:
    """The ``thread_ts`` to reply under: the event's thread, else the message itself."""
    return str(event.get("thread_ts") or event["ts"])


def is_thread_reply(event: Event) -> bool:
    thread_ts = event.get("thread_ts")
    return bool(thread_ts) and thread_ts != event.get("ts")


def mentions(text: str, user_id: str | None) -> bool:
    """True when `text` holds ``<@user_id>`` (or ``<@user_id|name>``)."""
    return bool(user_id) and (f"<@{user_id}>" in text or f"<@{user_id}|" in text)


def plain_text(text: str, *, bot_user_id: str | None = None) -> str:
    """Slack markup to plain text: drop our mention, unwrap links, users, channels; unescape."""

    def replace(match: re.Match[str]) -> str:
        target, _, label = match.group(1).partition("|")
        if target.startswith("@"):
            return "" if target[1:] == bot_user_id else "@" + (label or target[1:])
        if target.startswith("#"):
            return "#" + (label or target[1:])
        if target.startswith("!"):
            return label or "@" + target[1:].split("^")[0]
        return label or target

    unwrapped = MARKUP.sub(replace, text)
    unescaped = unwrapped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    collapsed = " ".join(unescaped.replace("\u2060", "").split())
    return collapsed.lstrip(" ,:;-–—").strip()


def looks_like_question(text: str) -> bool:
    """Heuristic for auto-answer channels: a question mark, or a question/command word first."""
    words = plain_text(text).lower().split()
    return "?" in text or (bool(words) and words[0].strip(",:") in QUESTION_WORDS)


def should_answer_message(
    event: Event,
    *,
    bot_user_id: str | None,
    auto_answer_channels: Iterable[str],
    in_bot_thread: Callable[[], bool],
) -> bool:
    """Whether a ``message`` event is a question for us.

    DMs always; a message mentioning us (it also arrives as ``app_mention``: one job record);
    a reply in a thread we answered; a question in an auto-answer channel.
    `in_bot_thread` is called only for thread replies (it reads the thread store).
    """
    if is_ignorable(event):
        return False
    text = str(event.get("text") or "")
    if event.get("channel_type") == "im" or mentions(text, bot_user_id):
        return True
    if is_thread_reply(event):
        return in_bot_thread()
    return event.get("channel") in set(auto_answer_channels) and looks_like_question(text)


def ts_key(ts: str) -> tuple[int, int]:
    """Slack timestamps ordered exactly (a float loses the last microsecond digits)."""
    seconds, _, micros = ts.partition(".")
    try:
        return int(seconds), int((micros or "0").ljust(6, "0")[:6])
    except ValueError:
        return (0, 0)


def history_from_replies(
    messages: Iterable[Event],
    *,
    before_ts: str,
    bot_user_id: str | None,
    bot_id: str | None,
    max_turns: int = MAX_HISTORY_TURNS,
) -> list[Turn]:
    """Earlier turns of a thread (oldest first) from ``conversations.replies`` messages.

    Our own messages become assistant turns, people's become user turns; other bots,
    bookkeeping subtypes and anything at or after `before_ts` are left out.
    """
    turns: list[Turn] = []
    limit = ts_key(before_ts)
    for message in messages:
        if ts_key(str(message.get("ts", "0"))) >= limit:
            continue
        ours = bool(bot_user_id) and message.get("user") == bot_user_id
        ours = ours or (bool(bot_id) and message.get("bot_id") == bot_id)
        if not ours and is_ignorable(message):
            continue
        text = plain_text(str(message.get("text") or ""), bot_user_id=bot_user_id)
        if text:
            turns.append(Turn(role="assistant" if ours else "user", text=text))
    return turns[-max_turns:]
