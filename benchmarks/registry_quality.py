"""Precision and recall of the alliance registry's extractor on the hand labels.

    python benchmarks/registry_quality.py                  # rules, held-out and all labels
    python benchmarks/registry_quality.py --show dev       # per-article output (dev only)
    python benchmarks/registry_quality.py --llm openai:MODEL --llm-base-url http://HOST:PORT/v1

Labels: tests/data/registry_labels/{dev,heldout}.jsonl (../shared/REGISTRY_LABELLING.md;
sampling and split in tests/data/README.md), heldout2.jsonl ... heldout8.jsonl (a second to
eighth held-out set, drawn apart; only scored, and not part of "all")
and, as extra dev data, the dev_extra sets and the 50 older Reuters labels
(tests/data/reuters_alliance_labels.jsonl, converted). Texts are read through the ingest
loader from ../shared/corpus and seeds/, so the extractor sees what ingest gives it.
Scoring: benchmarks/registry_scoring.py. Held-out per-article output is never printed: the
held-out labels are only scored.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.registry_scoring import (  # noqa: E402 - after the path fix above
    Labelled,
    load_labels,
    load_old_reuters_labels,
    report,
    score,
    strip_borderline,
    without_borderline,
)
from retrieval.ingest.documents import load_file  # noqa: E402
from retrieval.models import Alliance, Article  # noqa: E402
from retrieval.registry.extraction import (  # noqa: E402
    AllianceExtractor,
    RuleExtractor,
    extract_all,
)

LABELS = ROOT / "tests" / "data" / "registry_labels"
OLD_LABELS = ROOT / "tests" / "data" / "reuters_alliance_labels.jsonl"
CORPUS_DIR = ROOT.parent / "shared" / "corpus"


def load_articles(labels: Iterable[Labelled], corpus_dir: Path) -> dict[str, Article]:
    """The labelled articles by label id: corpus records by `id`, seeds by file stem."""
    wanted: dict[str, set[str]] = {}
    for label in labels:
        wanted.setdefault(label.corpus, set()).add(label.id)
    found: dict[str, Article] = {}
    for corpus, ids in wanted.items():
        if corpus == "seeds":
            for stem in ids:
                [article], _ = load_file(ROOT / "seeds" / f"{stem}.txt")
                found[stem] = article
            continue
        articles, _ = load_file(corpus_dir / corpus)
        for article in articles:
            record_id = article.source.rsplit("#", 1)[-1]
            if record_id in ids:
                found[record_id] = article
    return found


def build_extractor(args: argparse.Namespace) -> AllianceExtractor:
    """The rules, or (with --llm) what ALLIANCE_BOT_REGISTRY__EXTRACTOR=llm builds: the
    model, with the rules for articles whose model call fails."""
    if not args.llm:
        return RuleExtractor()
    from retrieval.reading.chat_models import build_chat_model  # noqa: PLC0415
    from retrieval.registry.llm_extraction import build_extractor as build  # noqa: PLC0415
    from retrieval.settings import load_settings  # noqa: PLC0415

    settings = load_settings(
        llm=args.llm, llm_base_url=args.llm_base_url, registry={"extractor": "llm"}
    )
    return build(settings.registry, model=build_chat_model(settings), model_name=args.llm)


def show(labels: Sequence[Labelled], extracted: dict[str, list[Alliance]]) -> None:
    for label in labels:
        print(label.id)
        for gold in label.alliances:
            names = " | ".join(p[0] for p in gold.parties)
            flags = " BG" * gold.background + " BORDER" * gold.borderline
            print(f"  gold: {names}  [{gold.type}] {gold.date or ''}{flags}")
        for record in extracted.get(label.id, []):
            date = record.date.value if record.date else ""
            print(f"  got:  {' | '.join(record.party_names)}  [{record.kind}] {date}")


# The dev label sets: --show key -> (name printed, file under LABELS).
DEV_SETS = {
    "dev": ("dev", "dev.jsonl"),
    "extra": ("dev extra", "dev_extra.jsonl"),
    **{f"extra{n}": (f"dev extra {n}", f"dev_extra{n}.jsonl") for n in range(2, 56)},
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus-dir", type=Path, default=CORPUS_DIR)
    parser.add_argument(
        "--show",
        choices=[*DEV_SETS, "old"],
        help="print per-article records",
    )
    parser.add_argument("--llm", help="provider:model: score the LLM extractor instead")
    parser.add_argument("--llm-base-url", help="OpenAI-compatible server for --llm")
    args = parser.parse_args()
    sets = {
        "held-out": load_labels(LABELS / "heldout.jsonl"),
        "held-out 2": load_labels(LABELS / "heldout2.jsonl"),
        "held-out 3": load_labels(LABELS / "heldout3.jsonl"),
        "held-out 4": load_labels(LABELS / "heldout4.jsonl"),
        "held-out 5": load_labels(LABELS / "heldout5.jsonl"),
        "held-out 6": load_labels(LABELS / "heldout6.jsonl"),
        "held-out 7": load_labels(LABELS / "heldout7.jsonl"),
        "held-out 8": load_labels(LABELS / "heldout8.jsonl"),
        **{name: load_labels(LABELS / file) for name, file in DEV_SETS.values()},
        "old reuters 50": load_old_reuters_labels(OLD_LABELS),
    }
    everything = [label for labels in sets.values() for label in labels]
    articles = load_articles(everything, args.corpus_dir)
    extractor = build_extractor(args)
    started = time.perf_counter()
    ids = list(articles)
    extractions = extract_all(extractor, [articles[rid] for rid in ids])
    extracted = {rid: e.alliances for rid, e in zip(ids, extractions, strict=True)}
    seconds = time.perf_counter() - started
    print(f"extractor {extractor.version}: {len(articles)} articles in {seconds:.1f} s")
    if args.show:
        name = DEV_SETS[args.show][0] if args.show in DEV_SETS else "old reuters 50"
        show(sets[name], extracted)
    sets["all (held-out + dev)"] = sets["held-out"] + sets["dev"]
    for name, labels in sets.items():
        golds = sum(len(label.alliances) for label in labels)
        print(f"\n== {name}: {len(labels)} articles, {golds} labels")
        for line in report(score(labels, extracted)):
            print(f"  {line}")
        if any(g.borderline for label in labels for g in label.alliances):
            kept = without_borderline(labels, extracted)
            print("  -- borderline labels left out (neither found nor missed):")
            for line in report(score(strip_borderline(labels), kept))[:2]:
                print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
