"""The agent DM: suggested prompts drawn from the registry, and thread titles.

When someone opens the app's Messages tab (``app_home_opened`` with tab "messages") the
prompts are set for the whole DM (``assistant.threads.setSuggestedPrompts`` without a
thread); a new agent thread (``assistant_thread_started``) gets them for that thread. They
come from what the registry holds: the companies with the most alliances, the newest
alliance, the joint ventures. The Home tab is bot.slack.home.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.blocks import truncate
from bot.slack.deps import BotDeps
from bot.slack.home import agreed_when, company_counts, publish_home
from bot.slack.interactions import object_of
from retrieval.models import Alliance

logger = logging.getLogger(__name__)

MAX_PROMPTS = 4
MAX_PROMPT_TITLE = 40
MAX_THREAD_TITLE = 60
PROMPTS_TITLE = "Ask about the alliances in the news, for example:"
DEFAULT_PROMPTS = [
    ("Summarize all alliances", "Summarize all alliances"),
    ("Every joint venture", "List every joint venture"),
    ("Battery alliances", "Which alliances involve batteries?"),
    ("How to ask", "What can you answer, and where do your answers come from?"),
]


def register_agent_listeners(app: App, deps: BotDeps) -> None:
    @app.event("assistant_thread_started")
    def on_thread_started(ack: Ack, event: dict[str, Any], client: WebClient) -> None:
        ack()
        thread = object_of(event, "assistant_thread")
        channel, thread_ts = thread.get("channel_id"), thread.get("thread_ts")
        if isinstance(channel, str) and isinstance(thread_ts, str):
            deps.runner.submit(
                lambda: offer_prompts(client, deps, channel=channel, thread_ts=thread_ts),
                name=f"prompts {channel}/{thread_ts}",
            )

    @app.event("app_home_opened")
    def on_app_home_opened(ack: Ack, event: dict[str, Any], client: WebClient) -> None:
        ack()
        user, channel, tab = event.get("user"), event.get("channel"), event.get("tab")
        if tab == "messages" and isinstance(channel, str):
            deps.runner.submit(
                lambda: offer_prompts(client, deps, channel=channel, thread_ts=None),
                name=f"prompts {channel}",
            )
        elif tab == "home" and isinstance(user, str):
            deps.runner.submit(lambda: publish_home(client, deps, user), name=f"home {user}")


def offer_prompts(client: WebClient, deps: BotDeps, *, channel: str, thread_ts: str | None) -> None:
    try:
        prompts = suggested_prompts(deps.assistant.alliances())
    except Exception:
        logger.exception("reading the registry for suggested prompts failed")
        prompts = suggested_prompts([])
    try:
        client.assistant_threads_setSuggestedPrompts(
            channel_id=channel, thread_ts=thread_ts, title=PROMPTS_TITLE, prompts=prompts
        )
    except SlackApiError as error:
        logger.warning("suggested prompts refused: %s", error.response.get("error"))


def suggested_prompts(alliances: Sequence[Alliance]) -> list[dict[str, str]]:
    """Up to four prompts: the busiest companies, the newest alliance, joint ventures."""
    counts = company_counts(alliances)
    found: list[tuple[str, str]] = [
        (f"{company}'s partners", f"Which companies has {company} partnered with?")
        for company, _ in counts.most_common(2)
    ]
    if alliances:
        newest = max(alliances, key=agreed_when)
        pair = " and ".join(newest.party_names[:2])
        found.append((f"Newest: {pair}", f"What did {pair} agree?"))
    prompts: dict[str, str] = {}
    for title, message in [*found, *DEFAULT_PROMPTS]:
        prompts.setdefault(message, truncate(title, MAX_PROMPT_TITLE))
    return [{"title": t, "message": m} for m, t in list(prompts.items())[:MAX_PROMPTS]]


def title_thread(client: WebClient, *, channel: str, thread_ts: str, question: str) -> None:
    """Name an agent thread after its first question; a refusal costs nothing."""
    if not question:
        return
    try:
        client.assistant_threads_setTitle(
            channel_id=channel, thread_ts=thread_ts, title=truncate(question, MAX_THREAD_TITLE)
        )
    except SlackApiError as error:
        logger.info("thread title refused: %s", error.response.get("error"))
