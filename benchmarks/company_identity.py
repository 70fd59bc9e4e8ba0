"""How long the registry takes to build its company identity (one company, many names).

    python benchmarks/company_identity.py              # names harvested from ../shared/corpus
    python benchmarks/company_identity.py --repeat 5   # best of 5

The first registry listing after start builds `retrieval.registry.identity.CompanyIdentity`
over every stored record. This builds it over a realistic name list of full-store size:
the organisation names the corpus writes (capitalised runs ending in a legal form, "Chrysler
Corp"), their first words ("Chrysler") and the short forms articles define (tickers
"<CHR>", bracketed "(AMC)"), paired into records as the registry would hold them. Prints
the number of names and the build time; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.models import Alliance, Party  # noqa: E402 - after the path fix above
from retrieval.nlp.names import defined_short_forms  # noqa: E402
from retrieval.registry.identity import CompanyIdentity  # noqa: E402

CORPUS_DIR = ROOT.parent / "shared" / "corpus"
_FORMS = r"(?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|Group|Holdings|Corporation|Company)"
# "American Motors Corp", "Wagner and Brown Inc": up to five capitalised words + a form.
_COMPANY = re.compile(rf"\b((?:[A-Z][\w&'-]*\s+(?:(?:and|of|&)\s+)?){{1,5}}{_FORMS})\b")


def harvested_names(corpus_dir: Path) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(name, aliases) for every organisation name the corpus writes, in order."""
    for path in sorted(corpus_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                text = str(json.loads(line).get("text", ""))
                for short, full in defined_short_forms(text):
                    yield full, (short,)
                for match in _COMPANY.finditer(text):
                    name = " ".join(match.group(1).split())
                    yield name, ()
                    yield name.split()[0], ()  # "Chrysler" for "Chrysler Corp"


def records(names: list[tuple[str, tuple[str, ...]]]) -> list[Alliance]:
    """Consecutive names paired into records (the identity only reads the parties)."""
    found = []
    for index in range(0, len(names) - 1, 2):
        (first, aliases), (second, _) = names[index], names[index + 1]
        found.append(
            Alliance(
                parties=[
                    Party(name=first, aliases=list(aliases), evidence="e"),
                    Party(name=second, evidence="e"),
                ],
                kind="acquisition",
                label="acquisition",
                kind_evidence="e",
                alliance_id=str(index),
                article_id=str(index),
                source="bench",
                title="bench",
                extractor="rules",
            )
        )
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus-dir", type=Path, default=CORPUS_DIR)
    parser.add_argument("--repeat", type=int, default=3, help="builds timed (best kept)")
    args = parser.parse_args()
    seen: dict[str, tuple[str, ...]] = {}
    for name, aliases in harvested_names(args.corpus_dir):
        seen.setdefault(name, aliases)
    built = records(list(seen.items()))
    timings = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        identity = CompanyIdentity(built)
        timings.append(time.perf_counter() - started)
    companies = len({identity.canonical(name) for name in seen})
    print(f"names {len(seen)} in {len(built)} records -> {companies} companies")
    print(f"company identity built in {min(timings):.3f} s (best of {args.repeat})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
