"""The alliance picture for ``/alliance-summary``: rendered, then sent to the caller by DM.

The summary itself is ephemeral (only the caller sees it until they share it), so the
picture goes to the caller's DM with the bot rather than into the channel. The upload is
``files_upload_v2`` (files.getUploadURLExternal, the upload POST, files.completeUploadExternal).
A failed picture never fails the summary: it is logged and skipped.
"""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from retrieval.models import Alliance
from retrieval.ports import Assistant

logger = logging.getLogger(__name__)

FILENAME = "alliances.png"


def send_alliance_picture(
    *, topic: str | None, user_id: str, client: WebClient, assistant: Assistant
) -> str | None:
    """Upload the network and timeline of `topic`'s alliances; returns the file id or None."""
    alliances = assistant.alliances(topic)
    if not alliances:
        return None
    title = f"Alliances of {topic}" if topic else "Alliances in the registry"
    # matplotlib is imported only when a picture is drawn (slow import, unused by answers).
    from bot.graph import render_png  # noqa: PLC0415

    png = render_png(alliances, title=title, focus=_shared_party(alliances) if topic else None)
    try:
        opened = client.conversations_open(users=user_id)
        channel = str(opened["channel"]["id"])
        response = client.files_upload_v2(
            channel=channel,
            file=png,
            filename=FILENAME,
            title=title,
            alt_txt=_alt_text(alliances),
            initial_comment=f"{title}: who partnered with whom, and when.",
        )
    except SlackApiError:
        logger.exception("could not send the alliance picture to %s", user_id)
        return None
    file = response.get("file") or {}
    return str(file.get("id")) if isinstance(file, dict) and file.get("id") else None


def _shared_party(alliances: list[Alliance]) -> str | None:
    first = alliances[0].party_names
    return next((name for name in first if all(name in a.party_names for a in alliances)), None)


def _alt_text(alliances: list[Alliance]) -> str:
    pairs = "; ".join(" and ".join(a.party_names) for a in alliances[:20])
    return f"Alliance network and timeline: {pairs}"[:1000]
