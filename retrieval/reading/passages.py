"""The passage ranked first for a part the reader found no answer in: pointed at for the
user to check, and, in an answer that states the question's other parts, taken as that
part's answer when it covers the part closely, as a descriptive part's sentence is.

A part asking for a typed answer (a sum, a place) is answered by a candidate of that type
tied to what is asked; when none is tied, a sentence that uses nearly all the part's words
and names, and holds something of the type, still states it in the article's own words
("R&D spending rising 37% to 705m rupees" for "how much did it spend on research and
development"); a reason's sentence is its answer ("Staley's investment in Simsa no longer
fit its overall corporate strategy" for "why did Staley sell"). Only beside other answers:
alone it would answer questions the articles leave open.
"""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.reading.asking import Part
from retrieval.reading.found import Finding, Parse, Scored
from retrieval.reading.kinds import ENTITY_LABELS

# The relevance (evidence.relevance, less the article's rank) a part's first sentence must
# reach to answer it as a passage: on the tuning sets, three in four such sentences state
# the asked fact.
PASSAGE_ANSWER = 0.7


def nearest_findings(
    parts: Sequence[Part], ranked: Sequence[list[Scored]], missing: Sequence[Part]
) -> tuple[Finding, ...]:
    """For each missing part, its sentence ranked first, as a finding with no answer."""
    return tuple(
        Finding(part, ranking[0][2], ranking[0][1], (), ranking[0][0])
        for part, ranking in zip(parts, ranked, strict=True)
        if part in missing and ranking
    )


def answered_by_passage(
    parts: Sequence[Part],
    chosen: Sequence[Finding],
    nearest: Sequence[Finding],
    parse: Parse,
) -> tuple[list[Finding], list[Part], tuple[Finding, ...]]:
    """The findings with the close passages of an answer's missing parts added (in part
    order), the parts still missing, and the passages only pointed at."""
    taken = [
        f for f in nearest if chosen and f.score >= PASSAGE_ANSWER and _holds_the_kind(f, parse)
    ]
    findings = sorted([*chosen, *taken], key=lambda f: parts.index(f.part))
    answered = {id(f.part) for f in findings}
    missing = [p for p in parts if id(p) not in answered]
    return findings, missing, tuple(f for f in nearest if f not in taken)


def _holds_the_kind(finding: Finding, parse: Parse) -> bool:
    """A passage can state a typed answer only when it holds something of the type (a sum
    for "how much", a place for "where"), though tied to nothing asked: "paying cash and
    notes" states no price."""
    labels = ENTITY_LABELS.get(finding.part.kind)
    if labels is None:
        return True  # a description, a reason: the sentence itself
    return any(e.label_ in labels for e in parse([finding.sentence.text])[0].ents)
