"""Typed Slack settings, read from the environment (``SLACK_*`` and ``ALLIANCE_BOT_*``).

Slack's own variable names are kept as Slack documents them; our additions use the project's
``ALLIANCE_BOT_`` prefix. Every bad value stops start-up with a message naming the variable.
Secrets are ``SecretStr`` so that a repr or a log line never shows them.
Nothing is read at import time: call :func:`load_slack_settings`.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from pydantic_settings import SettingsError as PydanticSettingsError

from retrieval.settings import require_url

USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")
CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{2,}$")


class SlackSettingsError(ValueError):
    """Raised when Slack settings are invalid; the message names each bad variable."""


class SlackSettings(BaseSettings):
    """Everything the Slack edge needs. Socket Mode when an app token is set, else HTTP."""

    model_config = SettingsConfigDict(
        env_prefix="",
        case_sensitive=False,
        extra="ignore",
        populate_by_name=True,
        validate_default=True,
    )

    bot_token: SecretStr = Field(
        validation_alias="SLACK_BOT_TOKEN",
        description="Bot User OAuth token (xoxb-...), from OAuth & Permissions.",
    )
    signing_secret: SecretStr | None = Field(
        default=None,
        validation_alias="SLACK_SIGNING_SECRET",
        description="Signing secret from Basic Information; required in HTTP mode.",
    )
    app_token: SecretStr | None = Field(
        default=None,
        validation_alias="SLACK_APP_TOKEN",
        description="App-level token (xapp-...) with connections:write; set it for Socket Mode.",
    )
    slack_api_url: str | None = Field(
        default=None,
        validation_alias="ALLIANCE_BOT_SLACK_API_URL",
        description="Web API base URL (default https://slack.com/api/); for proxies and tests.",
    )
    admin_user_ids: list[str] = Field(
        default_factory=list,
        validation_alias="ALLIANCE_BOT_ADMIN_USER_IDS",
        description='JSON list of Slack user ids allowed to re-ingest, e.g. ["U012ABC"].',
    )
    auto_answer_channels: list[str] = Field(
        default_factory=list,
        validation_alias="ALLIANCE_BOT_AUTO_ANSWER_CHANNELS",
        description="JSON list of channel ids where questions are answered without a mention.",
    )
    data_dir: Path = Field(
        default=Path(".alliance-bot"),
        validation_alias="ALLIANCE_BOT_DATA_DIR",
        description="Folder for feedback, audit log, jobs and thread state (as retrieval).",
    )
    answer_threads: int = Field(
        default=8,
        ge=1,
        le=64,
        validation_alias="ALLIANCE_BOT_SLACK_ANSWER_THREADS",
        description="Background threads that answer questions after the 3-second ack.",
    )
    job_lease_seconds: float = Field(
        default=30.0,
        ge=2.0,
        le=3600.0,
        validation_alias="ALLIANCE_BOT_SLACK_JOB_LEASE_SECONDS",
        description="How long an accepted question stays with the worker that took it "
        "without a sign of life (renewed every third of it); then another worker answers it.",
    )
    redis_url: SecretStr | None = Field(
        default=None,
        validation_alias="ALLIANCE_BOT_REDIS_URL",
        description="redis:// or rediss:// URL of a Redis shared by every worker and host "
        "(jobs, re-ingest lock, thread memory); unset keeps them in SQLite in the data dir.",
    )

    @field_validator("bot_token")
    @classmethod
    def check_bot_token(cls, value: SecretStr) -> SecretStr:
        if not value.get_secret_value().startswith("xoxb-"):
            raise ValueError("must be a bot token starting with 'xoxb-'")
        return value

    @field_validator("signing_secret", "app_token", "redis_url", mode="before")
    @classmethod
    def empty_is_unset(cls, value: object) -> object:
        # An empty line in a .env file means "not set", not "the empty secret".
        return None if value == "" else value

    @field_validator("app_token")
    @classmethod
    def check_app_token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith("xapp-"):
            raise ValueError("must be an app-level token starting with 'xapp-'")
        return value

    @field_validator("slack_api_url", mode="before")
    @classmethod
    def check_api_url(cls, value: object) -> object:
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise ValueError("must be a URL string")
        parsed = urlparse(value)
        if parsed.scheme not in {"http", "https"} or not parsed.hostname:
            raise ValueError("must look like https://host/api/")
        # WebClient drops the path of a base URL without a trailing slash (FACTS.md).
        return value if value.endswith("/") else value + "/"

    @field_validator("redis_url")
    @classmethod
    def check_redis_url(cls, value: SecretStr | None) -> SecretStr | None:
        # A SecretStr because the URL may carry a password; errors never quote it.
        if value is not None:
            check_redis_url(value.get_secret_value())
        return value

    @field_validator("admin_user_ids")
    @classmethod
    def check_user_ids(cls, value: list[str]) -> list[str]:
        bad = [item for item in value if not USER_ID.match(item)]
        if bad:
            raise ValueError(f"not Slack user ids: {bad}")
        return value

    @field_validator("auto_answer_channels")
    @classmethod
    def check_channel_ids(cls, value: list[str]) -> list[str]:
        bad = [item for item in value if not CHANNEL_ID.match(item)]
        if bad:
            raise ValueError(f"not Slack channel ids: {bad}")
        return value

    @model_validator(mode="after")
    def http_mode_needs_secret(self) -> SlackSettings:
        if self.app_token is None and self.signing_secret is None:
            raise ValueError(
                "SLACK_SIGNING_SECRET is required in HTTP mode (set it, or set SLACK_APP_TOKEN "
                "for Socket Mode)"
            )
        return self

    @property
    def socket_mode(self) -> bool:
        """True when the bot should connect over Socket Mode instead of serving HTTP."""
        return self.app_token is not None


def check_redis_url(url: str) -> None:
    """Raise ValueError unless `url` is redis://[user:password@]host[:port][/db] (or rediss)."""
    parsed = require_url(
        url, schemes={"redis", "rediss"}, example="redis://[:password@]host:6379/0 (or rediss://)"
    )
    database = parsed.path.strip("/")
    if database and not database.isdigit():
        raise ValueError("the path must be a database number, e.g. /0")


def redacted_url(url: str) -> str:
    """`url` safe to log: any user name and password replaced by ``***``."""
    parsed = urlparse(url)
    if parsed.username is None and parsed.password is None:
        return url
    host = parsed.hostname or ""
    port = f":{parsed.port}" if parsed.port else ""
    return parsed._replace(netloc=f"***@{host}{port}").geturl()


def load_slack_settings(**overrides: object) -> SlackSettings:
    """Build Slack settings from the environment, or raise one readable SlackSettingsError."""
    try:
        return SlackSettings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        raise SlackSettingsError(describe_slack_error(error)) from error
    except PydanticSettingsError as error:
        # Raised before validation when a JSON list variable is not JSON.
        field = re.search(r'field "(\w+)"', str(error))
        name = ENV_NAMES.get(field.group(1), "?") if field else "?"
        raise SlackSettingsError(
            f'invalid Slack settings:\n  {name}: must be a JSON list, e.g. ["U012ABC"]'
        ) from error


def describe_slack_error(error: ValidationError) -> str:
    """One line per problem, named as the environment variable a user would set."""
    lines = ["invalid Slack settings:"]
    for problem in error.errors():
        loc = str(problem["loc"][0]) if problem["loc"] else ""
        name = ENV_NAMES.get(loc, loc.upper() or "configuration")
        message = str(problem["msg"]).removeprefix("Value error, ")
        # Never echo secrets; a "missing" error's input is every other value, secrets included.
        if name in SECRET_NAMES or problem["type"] == "missing" or not loc:
            lines.append(f"  {name}: {message}")
        else:
            lines.append(f"  {name}: {message} (got {problem.get('input')!r})")
    return "\n".join(lines)


ENV_NAMES = {
    name: str(field.validation_alias) for name, field in SlackSettings.model_fields.items()
}
SECRET_NAMES = {
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
    "ALLIANCE_BOT_REDIS_URL",  # may hold a password
}
