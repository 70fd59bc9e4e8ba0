"""Registry answers through the model: the matching records become numbered sources.

The registry answers relationship and aggregate questions with one templated line per
alliance. With a model configured, the model writes that answer instead, from:
- sources: one per article the listing cites, holding the evidence sentences of its
  records (the article's own words: the sentence naming the agreement, the date, the
  parties, the areas, the people), which the citation checks hold the draft to;
- records: the listing's lines, renumbered to those sources, so the model knows which
  alliances matched (they are our summary, not citable text).
Only the registry's public surface is used: its listing (an `Answer`) and its `Alliance`
records; a citation whose record cannot be found still gives its quoted sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.models import Alliance, Answer, Citation
from retrieval.sources import Source

# Evidence sentences are short: more articles fit in the prompt than whole passages do.
# A listing citing more articles is given as it is (the model would drop some of them).
MAX_RECORD_SOURCES = 12
_MARKER = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True)
class RecordSources:
    sources: list[Source]
    records: list[str]  # the listing's lines, markers renumbered to the sources


def record_sources(listed: Answer, alliances: Sequence[Alliance]) -> RecordSources:
    """The listing's articles as numbered sources of evidence, and its lines renumbered."""
    article_of = {c.number: _article_key(c) for c in listed.citations}
    numbers: dict[str, int] = {}
    evidence: dict[str, list[str]] = {}
    first: dict[str, Citation] = {}
    for citation in listed.citations:
        key = article_of[citation.number]
        numbers.setdefault(key, len(numbers) + 1)
        first.setdefault(key, citation)
        sentences = evidence.setdefault(key, [])
        for sentence in _evidence(citation, alliances):
            if sentence not in sentences:
                sentences.append(sentence)
    sources = [
        Source(
            number=numbers[key],
            article_id=key,
            source=first[key].source,
            title=first[key].title,
            date=first[key].date,
            url=first[key].url,
            text="\n".join(evidence[key]),
        )
        for key in numbers
    ]

    def renumber(match: re.Match[str]) -> str:
        key = article_of.get(int(match.group(1)))
        return f"[{numbers[key]}]" if key is not None else ""

    lines = [_dedupe_markers(_MARKER.sub(renumber, line)) for line in listed.text.splitlines()]
    return RecordSources(sources=sources, records=[line for line in lines if line.strip()])


def _evidence(citation: Citation, alliances: Sequence[Alliance]) -> list[str]:
    """The evidence sentences of the record(s) a citation stands for; its quote if none."""
    records = [
        a
        for a in alliances
        if a.source == citation.source and a.kind_evidence and a.kind_evidence in citation.quote
    ]
    if not records:
        return [citation.quote]
    sentences: list[str] = []
    for record in records:
        sentences.append(record.kind_evidence)
        if record.date is not None:
            sentences.append(record.date.evidence)
        sentences += [party.evidence for party in record.parties]
        sentences += [area.evidence for area in record.areas]
        sentences += [person.evidence for person in record.people]
    return [s for s in dict.fromkeys(sentences) if s.strip()]


def _article_key(citation: Citation) -> str:
    return citation.source


def _dedupe_markers(line: str) -> str:
    """ "[1][1][2]" -> "[1][2]" (two records of one article now share a number)."""

    def merge(match: re.Match[str]) -> str:
        found = list(dict.fromkeys(_MARKER.findall(match.group(0))))
        return "".join(f"[{n}]" for n in found)

    return re.sub(r"(?:\[\d+\])+", merge, line)
