"""The shape of our own reader question sets (tests/data/reader_questions): every set loads
as evaluation questions and follows the conventions benchmarks/reader_sets.py and the
scorer rely on. Failures name sets and ids only, never a question's text: held-out sets
are only scored."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from retrieval.evaluation import EvalQuestion, load_questions

SETS = Path(__file__).parent / "data" / "reader_questions"
TYPES = {"factual", "paraphrase", "sloppy", "alias", "list", "multihop", "unanswerable"}
PATHS = sorted(SETS.glob("*.jsonl"))


def _letter(path: Path) -> str:
    split, letter = path.stem.split("_", 1)
    assert split in {"tuning", "heldout"}, path.name
    return letter


def test_there_are_tuning_and_held_out_sets() -> None:
    splits = Counter(path.stem.split("_", 1)[0] for path in PATHS)
    assert splits["tuning"] and splits["heldout"]


def test_every_set_records_its_articles() -> None:
    drawn = json.loads((SETS / "articles.json").read_text(encoding="utf-8"))
    assert [p.name for p in PATHS if not drawn.get(_letter(p))] == []


def test_question_ids_are_unique_and_name_their_set() -> None:
    ids = Counter(q.id for path in PATHS for q in load_questions(path))
    assert [i for i, n in ids.items() if n > 1] == []
    misnamed = [
        q.id
        for path in PATHS
        for q in load_questions(path)
        if not q.id.startswith(f"{_letter(path)}-")
    ]
    assert misnamed == []


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_a_set_s_questions_are_well_formed(path: Path) -> None:
    questions = load_questions(path)
    assert questions
    assert [q.id for q in questions if not _well_formed(q)] == []


def _well_formed(question: EvalQuestion) -> bool:
    """A known type; an unanswerable question has no gold and no facts (the scorer reads
    no gold as "a refusal is right"); an answerable one has gold source ids ("#reuters-88")
    and facts, each with at least one spelling."""
    if question.type not in TYPES or not question.question.strip():
        return False
    if question.type == "unanswerable":
        return not question.gold and not question.facts
    sources = all(g.startswith("#") and len(g) > 1 for g in question.gold)
    spelled = all(
        alternatives and all(a.strip() for a in alternatives) for alternatives in question.facts
    )
    return bool(question.gold and question.facts) and sources and spelled
