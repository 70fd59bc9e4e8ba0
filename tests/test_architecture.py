"""The layering rule and the public surface, checked on the source itself."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from retrieval.settings import PROJECT_ROOT

FORBIDDEN_IN_CORE = ("bot", "slack_bolt", "slack_sdk")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", sorted((PROJECT_ROOT / "retrieval").glob("*.py")), ids=str)
def test_retrieval_never_imports_the_slack_edge(path: Path) -> None:
    bad = {m for m in imported_modules(path) if m.split(".")[0] in FORBIDDEN_IN_CORE}
    assert not bad, f"{path.name} imports {bad}"


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
