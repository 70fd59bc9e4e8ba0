"""Precision and recall of the alliance registry's rule extractor on hand-labelled Reuters.

    /tmp/venv/bin/python benchmarks/registry_quality.py [--corpus PATH] [--show]

The 50 labelled articles are listed in tests/data/reuters_alliance_labels.jsonl (ids and
labels only; how they were sampled and labelled is in tests/data/README.md). The texts are
read from ../shared/corpus/reuters21578.jsonl through the ingest loader, so the extractor
sees exactly what ingest gives it.

Matching rules:
- A gold record has two parties, each a list of acceptable names (e.g. ["Federated
  Department Stores", "Federated"]; for the sale of a unit the seller or the unit), and a
  list of acceptable types.
- Names are compared after normalising: lower case, punctuation (hyphens too) dropped,
  legal and group suffixes (Inc, Corp, Co, Ltd, PLC, Group, Holdings ...) dropped. Two
  names match when one normalised word sequence starts the other ("tempo" matches "tempo
  enterprises"). An extracted party matches through its canonical name or any alias.
- An extracted record matches a gold record of the same article when its two parties match
  the two gold parties (in either order). "pair" scores stop there; "pair+type" also needs
  the extracted type to be one of the gold types.
- Matching is one-to-one (greedy, in label order). Precision = matched extracted records /
  all extracted records; recall = matched gold records / all gold records. Articles labelled
  with no alliance count only through false positives.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.ingest.documents import load_file  # noqa: E402
from retrieval.models import Alliance  # noqa: E402
from retrieval.registry.companies import SUFFIXES  # noqa: E402 - after the path fix above
from retrieval.registry.extraction import RuleExtractor  # noqa: E402

LABELS = ROOT / "tests" / "data" / "reuters_alliance_labels.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl"


def normalise(name: str) -> list[str]:
    words = re.sub(r"[^\w\s]", " ", name.lower()).split()
    while len(words) > 1 and (words[-1] in SUFFIXES or words[-1] in {"and", "&"}):
        words.pop()
    return words


def names_match(a: str, b: str) -> bool:
    x, y = normalise(a), normalise(b)
    shorter, longer = (x, y) if len(x) <= len(y) else (y, x)
    return bool(shorter) and longer[: len(shorter)] == shorter


def party_matches(alternatives: list[str], names: list[str]) -> bool:
    return any(names_match(a, n) for a in alternatives for n in names)


def record_matches(gold: dict[str, Any], alliance: Alliance, *, typed: bool) -> bool:
    if len(alliance.parties) != 2:
        return False
    first, second = ([p.name, *p.aliases] for p in alliance.parties)
    left, right = gold["parties"]
    pair = (party_matches(left, first) and party_matches(right, second)) or (
        party_matches(left, second) and party_matches(right, first)
    )
    return pair and (not typed or alliance.kind in gold["types"])


def score(
    labels: list[dict[str, Any]], extracted: dict[str, list[Alliance]], *, typed: bool
) -> tuple[int, int, int]:
    """(matched, extracted, gold) counts over all labelled articles."""
    matched = total_extracted = total_gold = 0
    for label in labels:
        found = list(extracted.get(label["id"], []))
        total_extracted += len(found)
        total_gold += len(label["alliances"])
        for gold in label["alliances"]:
            hit = next((a for a in found if record_matches(gold, a, typed=typed)), None)
            if hit is not None:
                found.remove(hit)
                matched += 1
    return matched, total_extracted, total_gold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--show", action="store_true", help="print each article's records")
    args = parser.parse_args()
    labels = [json.loads(line) for line in LABELS.read_text().splitlines() if line.strip()]
    wanted = {label["id"] for label in labels}
    articles, _ = load_file(args.corpus)
    by_id = {
        a.source.rsplit("#", 1)[-1]: a for a in articles if a.source.rsplit("#", 1)[-1] in wanted
    }
    extractor = RuleExtractor()
    extracted = {rid: extractor.extract(article).alliances for rid, article in by_id.items()}
    if args.show:
        for label in labels:
            found = [(a.party_names, a.kind) for a in extracted.get(label["id"], [])]
            gold = [([p[0] for p in g["parties"]], g["types"]) for g in label["alliances"]]
            print(f"{label['id']}\n  gold: {gold}\n  got:  {found}")
    print(f"articles {len(labels)} (found in corpus: {len(by_id)})")
    for typed in (False, True):
        matched, total_extracted, total_gold = score(labels, extracted, typed=typed)
        precision = matched / total_extracted if total_extracted else 1.0
        recall = matched / total_gold if total_gold else 1.0
        name = "pair+type" if typed else "pair     "
        print(
            f"{name}  precision {precision:.2f} ({matched}/{total_extracted})  "
            f"recall {recall:.2f} ({matched}/{total_gold})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
