"""The reader on our own question sets (tests/data/reader_questions): facts, gold cited and
unanswerable refused, pooled over the held-out sets and over the tuning sets, per type.

    ALLIANCE_BOT_DATA_DIR=DIR python benchmarks/reader_sets.py [--out scores.jsonl] [SET ...]

DIR must hold the full store (seeds + BBC + Reuters, `alliance-bot ingest`). SET names a
file stem (`tuning_AT`); without one every set is scored. `--out` writes one JSON line a
question (set, scores, answer text, cited sources) for comparing two versions; a held-out
set's lines carry no answer text, since held-out questions are only scored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.evaluation import (  # noqa: E402 - after the path fix above
    QuestionScore,
    load_questions,
    score_question,
    summarize,
)
from retrieval.service import AllianceService  # noqa: E402
from retrieval.settings import load_settings  # noqa: E402

SETS = ROOT / "tests" / "data" / "reader_questions"


def score_set(
    service: AllianceService, path: Path
) -> list[tuple[QuestionScore, dict[str, object]]]:
    """Every question of one set, with what the answer said (for --out)."""
    rows = []
    for question in load_questions(path):
        answer = service.ask(question.question)
        hits = service.search(question.question, top_k=4)
        score = score_question(question, answer, retrieved_sources=[h.chunk.source for h in hits])
        cited = [c.source for c in answer.citations]
        shown: dict[str, object] = {"text": answer.text, "cited": cited}
        rows.append((score, shown))
    return rows


def line(name: str, scores: Sequence[QuestionScore]) -> str:
    summary = summarize(scores, k=4)
    answerable = sum(s.answerable for s in scores)
    unanswerable = len(scores) - answerable
    facts, cited = (
        (f"{summary.fact_accuracy:.3f}", f"{summary.citation_recall:.3f}")
        if answerable
        else ("-", "-")
    )
    refused = f"{summary.unanswerable_refused:.3f}" if unanswerable else "-"
    return f"{name:<22} {answerable:>4} + {unanswerable:<4} {facts:>5}  {cited:>5}  {refused:>7}"


def print_table(by_set: dict[str, list[QuestionScore]]) -> None:
    print(f"{'group':<22} {'questions':<11} facts  cited  refused")
    for split in ("heldout", "tuning"):
        pooled = [s for name, scores in by_set.items() if name.startswith(split) for s in scores]
        if not pooled:
            continue
        print(line(f"{split} (pooled)", pooled))
        for kind in sorted({s.type for s in pooled}):
            print(line(f"  {kind}", [s for s in pooled if s.type == kind]))
    for name, scores in by_set.items():
        if name.startswith("tuning"):
            print(line(name, scores))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", help="file stems (default: every set)")
    parser.add_argument("--out", type=Path, help="write per-question JSON lines here")
    args = parser.parse_args()
    paths = sorted(SETS.glob("*.jsonl"))
    if args.sets:
        paths = [p for p in paths if p.stem in args.sets]
    service = AllianceService.from_settings(load_settings())
    by_set: dict[str, list[QuestionScore]] = {}
    records: list[dict[str, object]] = []
    for path in paths:
        rows = score_set(service, path)
        by_set[path.stem] = [score for score, _ in rows]
        for score, shown in rows:
            record = {"set": path.stem, **score.model_dump()}
            if not path.stem.startswith("heldout"):
                record.update(shown)
            records.append(record)
    if args.out:
        with args.out.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(record) + "\n" for record in records)
    print_table(by_set)
    return 0


if __name__ == "__main__":
    sys.exit(main())
