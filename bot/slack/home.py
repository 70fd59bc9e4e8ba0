"""The App Home tab: what the store holds, the newest alliances, summaries, and (admins) re-ingest.

Published with ``views.publish`` when the user opens the Home tab. "Summarize <company>" sends
the cited summary to the user's DM with the app; "Re-ingest" goes through the very same
permission check, lock and audit as ``/alliance-reingest`` (bot.slack.reingest), so the
button is only a shortcut: a forged click by a non-admin is refused and audited.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.blocks import (
    Block,
    button,
    context,
    escape_mrkdwn,
    header,
    plain,
    safe_url,
    section,
    truncate,
)
from bot.slack.delivery import InThread, Refused, deliver
from bot.slack.deps import BotDeps
from bot.slack.interactions import action_value, user_id_of
from bot.slack.layout import layout_answer, notice_layout
from bot.slack.messages import summary_error_text
from bot.slack.reingest import start_reingest
from retrieval.models import Alliance, StoreOverview
from retrieval.registry.event_dates import display_date

logger = logging.getLogger(__name__)

SUMMARIZE_ACTION = re.compile(r"^home_summarize_\d+$")
REINGEST_ACTION = "home_reingest"
NEWEST_SHOWN = 5
SUMMARY_BUTTONS = 5
OUTCOMES = {
    "never": "no ingest has run yet",
    "running": "running now",
    "complete": "complete",
    "failed": "failed",
    "interrupted": "interrupted before it finished (the previous index is still serving)",
}


def register_home_listeners(app: App, deps: BotDeps) -> None:
    @app.action(SUMMARIZE_ACTION)
    def on_summarize(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        company = action_value(body)[:200]
        user_id = user_id_of(body)
        if not user_id:
            return
        deps.runner.submit(
            lambda: summarize_to_dm(client, deps, user_id=user_id, company=company),
            name=f"home summary {company!r}",
        )

    @app.action(REINGEST_ACTION)
    def on_reingest(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        user_id = user_id_of(body)
        if not user_id:
            return
        reply = start_reingest(user_id=user_id, client=client, deps=deps)
        deps.runner.submit(lambda: _dm(client, user_id, reply), name="home reingest reply")


def publish_home(client: WebClient, deps: BotDeps, user_id: str) -> None:
    try:
        view = home_view(
            deps.assistant.overview(),
            deps.assistant.alliances(),
            is_admin=user_id in deps.admin_user_ids,
        )
        client.views_publish(user_id=user_id, view=view)
    except SlackApiError as error:
        logger.warning("publishing the Home tab refused: %s", error.response.get("error"))
    except Exception:
        logger.exception("building the Home tab for %s failed", user_id)


def summarize_to_dm(client: WebClient, deps: BotDeps, *, user_id: str, company: str) -> None:
    try:
        answer = deps.assistant.summarize(company or None)
        ref = deps.stores.feedback.remember(answer)
        title = f"Alliance summary: {company}" if company else "Alliance summary"
        layout = layout_answer(answer, ref=ref, title=title)
    except Exception as error:
        logger.exception("summary of %r for the Home tab failed", company)
        layout = notice_layout(summary_error_text(error))
    try:
        deliver(layout, InThread(client, user_id))
    except Refused as refused:
        logger.error("could not DM the summary to %s: %s", user_id, refused.code)


def _dm(client: WebClient, user_id: str, text: str) -> None:
    try:
        deliver(notice_layout(text), InThread(client, user_id))
    except Refused as refused:
        logger.error("could not DM %s: %s", user_id, refused.code)


def home_view(
    overview: StoreOverview, alliances: Sequence[Alliance], *, is_admin: bool
) -> dict[str, Any]:
    """The Home tab (pure): facts, newest alliances, summary buttons, admin controls."""
    blocks: list[Block] = [
        header("AllianceBot"),
        section(
            f"Cited answers about corporate alliances from *{overview.articles:,} news "
            "articles*. Mention me in a channel, DM me, or use `/alliance-ask`."
        ),
        context(f"Last ingest: {ingest_line(overview)}"),
        {"type": "divider"},
        section(newest_text(alliances)),
    ]
    companies = [name for name, _ in company_counts(alliances).most_common(SUMMARY_BUTTONS)]
    if companies:
        blocks.append(section("*Summaries* (sent to you in our DM)"))
        buttons = [
            button(
                action_id=f"home_summarize_{n}", text=truncate(f"Summarize {name}", 75), value=name
            )
            for n, name in enumerate(companies)
        ]
        blocks.append({"type": "actions", "block_id": "home_summaries", "elements": buttons})
    if is_admin:
        reingest = button(
            action_id=REINGEST_ACTION,
            text="Re-ingest the articles",
            value="reingest",
            style="danger",
        )
        reingest["confirm"] = {
            "title": plain("Re-ingest?"),
            "text": plain("Reload every article. Answers keep working meanwhile."),
            "confirm": plain("Re-ingest"),
            "deny": plain("Cancel"),
        }
        blocks += [
            {"type": "divider"},
            section("*Admin*"),
            {"type": "actions", "block_id": "home_admin", "elements": [reingest]},
        ]
    return {"type": "home", "blocks": blocks}


def ingest_line(overview: StoreOverview) -> str:
    outcome = OUTCOMES.get(overview.ingest_state, escape_mrkdwn(overview.ingest_state))
    when = overview.ingest_finished_at or overview.ingest_started_at
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(when)) if when else ""
    detail = escape_mrkdwn(truncate(overview.ingest_detail, 300))
    parts = [part for part in (stamp, outcome, detail) if part]
    return " — ".join(parts)


def newest_text(alliances: Sequence[Alliance]) -> str:
    if not alliances:
        return "*Newest alliances*\nThe registry is empty: no alliance has been found yet."
    newest = sorted(alliances, key=agreed_when, reverse=True)[:NEWEST_SHOWN]
    return "*Newest alliances*\n" + "\n".join(_alliance_line(a) for a in newest)


def _alliance_line(alliance: Alliance) -> str:
    parties = escape_mrkdwn(truncate(" – ".join(alliance.party_names), 150))
    when = display_date(alliance.date) if alliance.date else alliance.article_date or ""
    title = escape_mrkdwn(truncate(alliance.title, 120))
    url = safe_url(alliance.url)
    source = f"<{url}|{title}>" if url else title
    what = escape_mrkdwn(truncate(alliance.label, 80)) + (
        f" ({escape_mrkdwn(when)})" if when else ""
    )
    return f"• *{parties}*: {what} — {source}"


def agreed_when(alliance: Alliance) -> str:
    """When it was agreed, sortable (the article's date when the year is not known)."""
    value = alliance.date.value if alliance.date else ""
    return value if value[:4].isdigit() else alliance.article_date or ""


def company_counts(alliances: Sequence[Alliance]) -> Counter[str]:
    return Counter(name for alliance in alliances for name in set(alliance.party_names))
