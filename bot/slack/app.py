"""``create_app``: the Bolt App with every listener; nothing happens at import time.

- No ``auth.test`` at creation (FACTS.md): an ``authorize`` function calls it on the first
  request and caches the result (bot user id and bot id, for ignoring our own messages).
- ``process_before_response=True``: Slack gets its 200 when a listener returns; listeners
  only ack, check and claim, and the slow work goes to our own bounded pool (bot.slack.runner).
- The Web API client retries 429s after ``Retry-After`` (RateLimitErrorRetryHandler).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from slack_bolt import App
from slack_bolt.authorization import AuthorizeResult
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.ingest_process import IngestJob
from bot.slack.actions import register_action_listeners
from bot.slack.agent import register_agent_listeners
from bot.slack.answer_jobs import JobRecovery
from bot.slack.ask import register_ask_listeners
from bot.slack.commands import register_command_listeners
from bot.slack.deps import BotStores, build_deps
from bot.slack.handlers import register_catch_all, register_question_listeners
from bot.slack.home import register_home_listeners
from bot.slack.reingest import register_reingest_listener
from bot.slack.runner import Runner
from bot.slack.settings import SlackSettings
from bot.slack.shortcuts import register_shortcut_listeners
from bot.slack.sources import register_sources_listener
from bot.slack.votes import register_vote_listeners
from retrieval.ports import Assistant

logger = logging.getLogger(__name__)

RATE_LIMIT_RETRIES = 2


def build_web_client(slack: SlackSettings) -> WebClient:
    """The Web API client: our base URL (with its trailing '/') and 429 retries."""
    client = WebClient(token=slack.bot_token.get_secret_value())
    if slack.slack_api_url:
        client.base_url = slack.slack_api_url
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES))
    return client


def build_authorize(client: WebClient) -> Callable[..., AuthorizeResult]:
    """An authorize function that calls auth.test once, on first use, then reuses it."""
    lock = threading.Lock()
    cached: list[AuthorizeResult] = []

    # Bolt passes arguments by name; these two are all a single-workspace bot needs.
    def authorize(enterprise_id: str | None, team_id: str | None) -> AuthorizeResult:
        with lock:
            if not cached:
                response = client.auth_test()
                cached.append(
                    AuthorizeResult.from_auth_test_response(
                        bot_token=client.token, auth_test_response=response
                    )
                )
                logger.info("authorized as bot user %s", cached[0].bot_user_id)
            return cached[0]

    return authorize


def create_app(
    *,
    slack: SlackSettings,
    assistant: Assistant,
    client: WebClient | None = None,
    stores: BotStores | None = None,
    runner: Runner | None = None,
    ingest: IngestJob | None = None,
    recover: bool = False,
) -> App:
    """The AllianceBot Bolt App. `client`, `stores` and `runner` default from `slack`;
    `ingest` (what /alliance-reingest runs) defaults to `assistant.ingest`. With `recover`
    (server workers), questions left by stopped workers are taken over and answered."""
    web = client or build_web_client(slack)
    deps = build_deps(slack=slack, assistant=assistant, stores=stores, runner=runner, ingest=ingest)
    secret = slack.signing_secret.get_secret_value() if slack.signing_secret else ""
    app = App(
        name="alliance-bot",
        # The App's client is only a template (Bolt copies base_url and retry handlers into
        # a per-request client); the token comes from `authorize`.
        client=_template_of(web),
        authorize=build_authorize(web),
        signing_secret=secret,
        # Socket Mode needs no signature; HTTP mode refuses to serve without one (server.py).
        request_verification_enabled=bool(secret),
        process_before_response=True,
    )
    register_question_listeners(app, deps)
    register_command_listeners(app, deps)
    register_reingest_listener(app, deps)
    register_action_listeners(app, deps)
    # The AI-app surface (issue 14): agent DM, /alliance-ask, the message shortcut, App
    # Home, feedback with reasons, "Show all sources".
    register_agent_listeners(app, deps)
    register_ask_listeners(app, deps)
    register_shortcut_listeners(app, deps)
    register_home_listeners(app, deps)
    register_vote_listeners(app, deps)
    register_sources_listener(app, deps)
    register_catch_all(app)  # last: Bolt runs the first listener that matches
    if recover:
        JobRecovery(deps=deps, client=web).start()
    return app


def _template_of(client: WebClient) -> WebClient:
    # Without a token here Bolt does not warn that `authorize` overrides it.
    return WebClient(
        base_url=client.base_url,
        timeout=client.timeout,
        proxy=client.proxy,
        headers=client.headers,
        retry_handlers=list(client.retry_handlers),
    )
