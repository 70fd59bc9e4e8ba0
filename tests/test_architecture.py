"""The layering rule and the public surface, checked on the source itself."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from retrieval.settings import PROJECT_ROOT

FORBIDDEN_IN_CORE = ("bot", "slack_bolt", "slack_sdk")

# ARCHITECTURE.md: each wing of retrieval/ may import the kernel and the wings listed here,
# never a wing above it; only the service (service.py and the builders of its parts,
# service_parts.py) sees them all.
WINGS_BELOW: dict[str, set[str]] = {
    "nlp": set(),
    "index": {"nlp"},
    "ingest": {"nlp", "index"},
    "registry": {"nlp", "index"},
    "reading": {"nlp", "index", "registry"},
}
KERNEL_MAY_IMPORT_WINGS = {"service", "service_parts"}
# bot/: the command line may start the Slack app (`serve`); Slack never needs argv, and
# what both share needs neither.
BOT_EDGES_BELOW: dict[str, set[str]] = {"cli": {"slack"}, "slack": set(), "": set()}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _sources(package: str) -> list[Path]:
    return sorted((PROJECT_ROOT / package).rglob("*.py"))


def _wing(path: Path, package: str) -> str:
    """The wing a module sits in ("" for the package's top level)."""
    parts = path.relative_to(PROJECT_ROOT / package).parts
    return parts[0] if len(parts) > 1 else ""


def _imported_wings(path: Path, package: str) -> set[str]:
    wings = set()
    for module in imported_modules(path):
        parts = module.split(".")
        if parts[0] == package and len(parts) > 2:
            wings.add(parts[1])
    return wings


@pytest.mark.parametrize("path", _sources("retrieval"), ids=str)
def test_retrieval_never_imports_the_slack_edge(path: Path) -> None:
    bad = {m for m in imported_modules(path) if m.split(".")[0] in FORBIDDEN_IN_CORE}
    assert not bad, f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", _sources("retrieval"), ids=str)
def test_retrieval_wings_import_only_below(path: Path) -> None:
    wing = _wing(path, "retrieval")
    used = _imported_wings(path, "retrieval") - {wing}
    if wing == "":
        allowed = set(WINGS_BELOW) if path.stem in KERNEL_MAY_IMPORT_WINGS else set()
    else:
        allowed = WINGS_BELOW[wing]
    assert used <= allowed, f"{path} imports wings {sorted(used - allowed)}"


@pytest.mark.parametrize("path", _sources("bot"), ids=str)
def test_bot_edges_import_only_below(path: Path) -> None:
    wing = _wing(path, "bot")
    used = _imported_wings(path, "bot") - {wing}
    assert used <= BOT_EDGES_BELOW[wing], f"{path} imports {sorted(used)}"


def test_every_wing_is_known() -> None:
    on_disk = {
        p.name for p in (PROJECT_ROOT / "retrieval").iterdir() if (p / "__init__.py").exists()
    }
    assert on_disk <= set(WINGS_BELOW), on_disk - set(WINGS_BELOW)


def test_public_imports_are_pinned() -> None:
    from retrieval.models import Answer, Article, Chunk, Citation, IngestReport, Turn
    from retrieval.ports import Assistant
    from retrieval.service import AllianceService
    from retrieval.settings import Settings, load_settings

    assert {cls.__name__ for cls in (Answer, Article, Chunk, Citation, IngestReport, Turn)} == {
        "Answer",
        "Article",
        "Chunk",
        "Citation",
        "IngestReport",
        "Turn",
    }
    assert callable(load_settings) and Settings and Assistant and AllianceService


def test_records_forbid_unknown_fields() -> None:
    from pydantic import ValidationError

    from retrieval.models import Citation

    with pytest.raises(ValidationError):
        Citation(number=1, source="s", title="t", quote="q", score=1.0, invented=True)  # type: ignore[call-arg]
