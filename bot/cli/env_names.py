"""Warn about ``ALLIANCE_BOT_*`` variables that no setting reads (a typo is otherwise silent).

pydantic-settings ignores environment variables that match no field, so
``ALLIANCE_BOT_EMBEDER__KIND=hash`` would quietly leave the default embedder in place. The
edges call :func:`unknown_variable_warnings` at start and print what it finds, with the
closest valid name.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

from pydantic import BaseModel

from bot.slack.settings import ENV_NAMES as SLACK_ENV_NAMES
from retrieval.settings import CONFIG_FILE_ENV, Settings

PREFIX = "ALLIANCE_BOT_"
# Read by scripts, not by a settings model.
SCRIPT_VARIABLES = frozenset({"ALLIANCE_BOT_VENV"})


def known_variables() -> frozenset[str]:
    """Every ``ALLIANCE_BOT_*`` name some setting reads (nested groups as ``GROUP__KEY``)."""
    names = {CONFIG_FILE_ENV, *SCRIPT_VARIABLES}
    names.update(name for name in SLACK_ENV_NAMES.values() if name.startswith(PREFIX))
    for field_name, field in Settings.model_fields.items():
        top = PREFIX + field_name.upper()
        names.add(top)
        group = field.annotation
        if isinstance(group, type) and issubclass(group, BaseModel):
            names.update(f"{top}__{key.upper()}" for key in group.model_fields)
    return frozenset(names)


def unknown_variable_warnings(environ: Mapping[str, str]) -> list[str]:
    """One line per unknown ``ALLIANCE_BOT_*`` variable in `environ`, naming the closest
    valid one when there is a close one (values are never shown: they may be secrets)."""
    known = known_variables()
    return [_warning(name, known) for name in sorted(_ours(environ)) if name.upper() not in known]


def _ours(environ: Iterable[str]) -> Iterable[str]:
    return (name for name in environ if name.upper().startswith(PREFIX))


def _warning(name: str, known: frozenset[str]) -> str:
    # Compared without the prefix every name shares, which would make anything look close.
    suffixes = sorted(known_name.removeprefix(PREFIX) for known_name in known)
    close = difflib.get_close_matches(name.upper().removeprefix(PREFIX), suffixes, n=1, cutoff=0.6)
    hint = f"; did you mean {PREFIX}{close[0]}?" if close else "; see the settings in README.md"
    return f"warning: {name} is not a setting AllianceBot reads (ignored){hint}"
