"""An answer shown only to the user who asked (``/alliance-ask``, ``/alliance-summary``),
with a "Share to channel" button when it is an answer."""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_bolt import Respond
from slack_sdk import WebClient

from bot.slack.delivery import Privately, Refused, deliver
from bot.slack.deps import BotDeps
from bot.slack.layout import layout_answer
from retrieval.models import Answer

logger = logging.getLogger(__name__)


def show_privately(
    produce: Callable[[], Answer],
    *,
    what: str,
    respond: Respond,
    client: WebClient,
    user_id: str,
    deps: BotDeps,
    share_action: str,
    title_of: Callable[[Answer], str],
    error_text: Callable[[Exception], str],
) -> Answer | None:
    """The answer `produce` makes, remembered for feedback and shown only to `user_id`;
    None (after telling the user, or logging a refused delivery) when that failed."""
    try:
        answer = produce()
        ref = deps.stores.feedback.remember(answer)
    except Exception as error:
        logger.exception("%s failed for %s", what, user_id)
        respond(text=error_text(error), response_type="ephemeral", replace_original=False)
        return None
    layout = layout_answer(
        answer,
        ref=ref,
        share_action=share_action if answer.answered else None,
        title=title_of(answer),
    )
    try:
        deliver(layout, Privately(respond, client, user_id))
    except Refused as refused:
        logger.error("%s for %s was refused: %s", what, user_id, refused.code)
        return None
    return answer
