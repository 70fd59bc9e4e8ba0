"""Scoring alliance records against hand labels, as ../shared/REGISTRY_LABELLING.md says.

- Names are compared after lower-casing and dropping corporate suffixes, punctuation and
  "&". A party matches when the words agree, when one name's words contain the other's
  (as a run of whole words), by initials ("STM"), or through a listed alias — never by a
  generic first word alone ("General", "American", "First", "Bank").
- A record matches a label of its article when two of its parties match two different
  parties of the label. Matching is one to one, in label order, except that the pairs of a
  consortium label (three or more parties) may all match it.
- pair + type: the record's type (its kind mapped to the label types) is the label's type
  or one of its `alt_types`. pair + date, over dated labels only: the record's date is the
  label's date or one of its `alt_dates`, exactly (a day where the label has a month is
  wrong).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from retrieval.models import AgreementKind, Alliance

LABEL_TYPES = (
    "joint venture",
    "partnership/alliance",
    "agreement (supply/licence/cooperation)",
    "MoU/letter of intent",
    "merger/acquisition",
)
TYPE_OF_KIND: dict[AgreementKind, str] = {
    "joint venture": "joint venture",
    "partnership": "partnership/alliance",
    "strategic cooperation agreement": "partnership/alliance",
    "framework agreement": "partnership/alliance",
    "cooperation agreement": "agreement (supply/licence/cooperation)",
    "supply agreement": "agreement (supply/licence/cooperation)",
    "licensing agreement": "agreement (supply/licence/cooperation)",
    "memorandum of understanding": "MoU/letter of intent",
    "acquisition": "merger/acquisition",
    "merger": "merger/acquisition",
    "investment": "merger/acquisition",
}
SUFFIXES = frozenset(
    "inc incorporated corp corporation co cos company ltd limited group plc ag sa nv".split()
)
# Words that may open many unrelated names: never enough for a match on their own.
GENERIC = frozenset(
    """
    general american first bank national united international british the new
    federal royal standard continental pacific western eastern northern southern
    """.split()
)


@dataclass(frozen=True)
class Gold:
    parties: tuple[tuple[str, ...], ...]  # each party: its name, then its listed aliases
    type: str
    alt_types: tuple[str, ...] = ()
    date: str | None = None
    alt_dates: tuple[str, ...] = ()
    background: bool = False
    borderline: bool = False


@dataclass(frozen=True)
class Labelled:
    id: str
    corpus: str
    alliances: tuple[Gold, ...]


def load_labels(path: Path) -> list[Labelled]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [_labelled(row) for row in rows]


def _labelled(row: Mapping[str, Any]) -> Labelled:
    golds = []
    for item in row["alliances"]:
        aliases: Mapping[str, list[str]] = item.get("aliases") or {}
        golds.append(
            Gold(
                parties=tuple((p, *aliases.get(p, [])) for p in item["parties"]),
                type=item["type"],
                alt_types=tuple(item.get("alt_types") or ()),
                date=item.get("date"),
                alt_dates=tuple(item.get("alt_dates") or ()),
                background=bool(item.get("background")),
                borderline=bool(item.get("borderline")),
            )
        )
    return Labelled(id=row["id"], corpus=row.get("corpus", ""), alliances=tuple(golds))


# Types of the older Reuters labels (tests/data/reuters_alliance_labels.jsonl).
_OLD_TYPES = {
    "acquisition": "merger/acquisition",
    "merger": "merger/acquisition",
    "investment": "merger/acquisition",
    "joint venture": "joint venture",
    "licensing agreement": "agreement (supply/licence/cooperation)",
    "supply agreement": "agreement (supply/licence/cooperation)",
    "partnership": "partnership/alliance",
}


def load_old_reuters_labels(path: Path) -> list[Labelled]:
    """The 50 older Reuters labels (parties as lists of names, `types`), in this shape."""
    found = []
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        golds = []
        for item in row["alliances"]:
            types = list(dict.fromkeys(_OLD_TYPES[t] for t in item["types"]))
            golds.append(
                Gold(
                    parties=tuple(tuple(names) for names in item["parties"]),
                    type=types[0],
                    alt_types=tuple(types[1:]),
                )
            )
        found.append(Labelled(id=row["id"], corpus="reuters21578.jsonl", alliances=tuple(golds)))
    return found


# -- names -----------------------------------------------------------------------------------
def words_of(name: str) -> tuple[str, ...]:
    words = re.sub(r"[^\w\s]", " ", name.lower().replace("&", " ")).split()
    kept = [w for w in words if w not in SUFFIXES]
    return tuple(kept or words)


def names_match(a: str, b: str) -> bool:
    x, y = words_of(a), words_of(b)
    if not x or not y:
        return False
    if x == y:
        return True
    shorter, longer = (x, y) if len(x) <= len(y) else (y, x)
    if len(shorter) == 1 and shorter[0] in GENERIC:
        return False
    if _contains(longer, shorter):
        return True
    return _initials(shorter, longer) or _initials(longer, shorter)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def _initials(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """ "STM" for "SGS Thomson Microelectronics"; connectors may be skipped."""
    if len(short) != 1 or len(short[0]) < 2 or len(full) < 2:
        return False
    letters = "".join(w[0] for w in full)
    content = "".join(w[0] for w in full if w not in {"and", "of", "de", "the"})
    return short[0] in (letters, content)


def party_matches(gold_names: Sequence[str], names: Sequence[str]) -> bool:
    return any(names_match(g, n) for g in gold_names for n in names)


def record_names(alliance: Alliance) -> list[list[str]]:
    return [[p.name, *p.aliases, *p.units] for p in alliance.parties]


def pair_matches(gold: Gold, alliance: Alliance) -> bool:
    """Two of the record's parties match two different parties of the label."""
    names = record_names(alliance)
    hits = [
        {j for j, gold_names in enumerate(gold.parties) if party_matches(gold_names, ours)}
        for ours in names
    ]
    return any(
        a != b
        for i, first in enumerate(hits)
        for second in hits[i + 1 :]
        for a in first
        for b in second
    )


def type_matches(gold: Gold, alliance: Alliance) -> bool:
    return TYPE_OF_KIND.get(alliance.kind) in (gold.type, *gold.alt_types)


def date_matches(gold: Gold, alliance: Alliance) -> bool:
    value = alliance.date.value if alliance.date is not None else None
    return value is not None and value in (gold.date, *gold.alt_dates)


# -- counting --------------------------------------------------------------------------------
@dataclass
class Counts:
    records: int = 0
    matched_records: int = 0
    labels: int = 0
    matched_labels: int = 0
    typed_records: int = 0
    typed_labels: int = 0
    dated_labels: int = 0
    dated_matched: int = 0  # dated labels that a record matched by pair
    dated_right: int = 0  # ... and with the right date
    dated_records: int = 0  # matched records that carry a date
    dated_records_right: int = 0
    news: list[int] = field(default_factory=lambda: [0, 0])  # matched, all
    background: list[int] = field(default_factory=lambda: [0, 0])

    def add(self, other: Counts) -> None:
        for name, value in vars(other).items():
            if isinstance(value, list):
                mine = getattr(self, name)
                mine[0] += value[0]
                mine[1] += value[1]
            else:
                setattr(self, name, getattr(self, name) + value)


def score_article(golds: Sequence[Gold], records: Sequence[Alliance]) -> Counts:
    counts = Counts(records=len(records), labels=len(golds))
    taken: dict[int, int] = {}  # record index -> label index
    for j, gold in enumerate(golds):
        free = [
            i
            for i, record in enumerate(records)
            if (i not in taken or (len(gold.parties) > 2 and taken[i] == j))
        ]
        hits = [i for i in free if pair_matches(gold, records[i])]
        if len(gold.parties) <= 2:
            # Prefer the record that also has the right type and date.
            hits.sort(
                key=lambda i: (
                    not type_matches(gold, records[i]),
                    not date_matches(gold, records[i]),
                )
            )
            hits = hits[:1]
        for i in hits:
            taken[i] = j
        _count_label(counts, gold, [records[i] for i in hits])
    counts.matched_records = len(taken)
    counts.typed_records = sum(1 for i, j in taken.items() if type_matches(golds[j], records[i]))
    for i, j in taken.items():
        if records[i].date is not None:
            counts.dated_records += 1
            counts.dated_records_right += date_matches(golds[j], records[i])
    return counts


def _count_label(counts: Counts, gold: Gold, hits: Sequence[Alliance]) -> None:
    found = bool(hits)
    counts.matched_labels += found
    counts.typed_labels += any(type_matches(gold, r) for r in hits)
    bucket = counts.background if gold.background else counts.news
    bucket[0] += found
    bucket[1] += 1
    if gold.date is not None:
        counts.dated_labels += 1
        counts.dated_matched += found
        counts.dated_right += any(date_matches(gold, r) for r in hits)


def score(labels: Iterable[Labelled], extracted: Mapping[str, Sequence[Alliance]]) -> Counts:
    total = Counts()
    for label in labels:
        total.add(score_article(label.alliances, extracted.get(label.id, [])))
    return total


def without_borderline(
    labels: Iterable[Labelled], extracted: Mapping[str, Sequence[Alliance]]
) -> dict[str, list[Alliance]]:
    """Records that match only a borderline label are dropped (neither right nor wrong)."""
    kept: dict[str, list[Alliance]] = {}
    for label in labels:
        border = [g for g in label.alliances if g.borderline]
        kept[label.id] = [
            r for r in extracted.get(label.id, []) if not any(pair_matches(g, r) for g in border)
        ]
    return kept


def strip_borderline(labels: Iterable[Labelled]) -> list[Labelled]:
    return [
        Labelled(label.id, label.corpus, tuple(g for g in label.alliances if not g.borderline))
        for label in labels
    ]


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f} ({part}/{whole})" if whole else "-"


def report(counts: Counts) -> list[str]:
    c = counts
    pair = f"precision {ratio(c.matched_records, c.records)}"
    typed = f"precision {ratio(c.typed_records, c.records)}"
    dated = f"precision {ratio(c.dated_records_right, c.dated_records)}"
    right = ratio(c.dated_right, c.dated_matched)
    return [
        f"pair        {pair}  recall {ratio(c.matched_labels, c.labels)}",
        f"pair+type   {typed}  recall {ratio(c.typed_labels, c.labels)}",
        f"pair+date   {dated}  recall {ratio(c.dated_right, c.dated_labels)}"
        f"  (right date on matched dated labels {right})",
        f"recall      news {ratio(*c.news)}  background {ratio(*c.background)}",
    ]
