"""Pure citation checking: a model's draft in, only the claims its sources support out.

Steps: split the draft into claims (sentences) with their ``[n]`` markers; forget numbers
that were never given; keep a claim only when the text of the sources it cites supports
it; renumber the surviving sources 1..k in order of first use and quote, for each, the
sentence that best supports what it is cited for.

Unsupported claims are dropped, not marked: a marked claim still puts invented text in front
of readers who skim, and the bot's promise is that every sentence shown is in a source.
Uncited sentences are dropped too, unless they are connective text ("In short:").
The draft is split into claims in `claims`; whether a text supports a claim is measured in
`support`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from retrieval.models import Citation
from retrieval.reading.claims import Claim, split_claims
from retrieval.reading.prompt import says_cannot_answer
from retrieval.reading.support import SUPPORT_THRESHOLD, Idf, best_quote, is_connective, support
from retrieval.sources import Source

MAX_QUOTES_PER_SOURCE = 2


@dataclass(frozen=True)
class Dropped:
    claim: str
    reason: str  # "uncited", "unsupported" (by the sources it cites)


@dataclass(frozen=True)
class Checked:
    """The verified answer text and its citations, plus what was removed and why."""

    text: str
    citations: list[Citation]
    dropped: list[Dropped] = field(default_factory=list)
    invented: list[int] = field(default_factory=list)  # cited numbers no source had
    cannot_answer: bool = False
    kept: int = 0  # sentences of the draft that made it into `text`

    @property
    def answered(self) -> bool:
        return not self.cannot_answer and bool(self.citations)


def check_answer(
    draft: str,
    sources: Sequence[Source],
    *,
    idf: Idf,
    threshold: float = SUPPORT_THRESHOLD,
) -> Checked:
    """Verify a model's draft against the sources it was given (see the module docstring)."""
    if says_cannot_answer(draft):
        return Checked(text="", citations=[], cannot_answer=True)
    by_number = {source.number: source for source in sources}
    kept: list[tuple[Claim, list[int]]] = []
    dropped: list[Dropped] = []
    invented: list[int] = []
    for claim in split_claims(draft):
        invented += [n for n in claim.cited if n not in by_number and n not in invented]
        given = [by_number[n] for n in claim.cited if n in by_number]
        if not given:
            if is_connective(claim.text):
                kept.append((claim, []))
            else:
                dropped.append(Dropped(claim.text, "uncited"))
            continue
        backing = _backing_sources(claim.text, given, idf=idf, threshold=threshold)
        if backing:
            kept.append((claim, backing))
        else:
            dropped.append(Dropped(claim.text, "unsupported"))
    while kept and not kept[-1][1]:
        kept.pop()  # connective text that leads into nothing ("Here is what I found:")
    if not kept:
        return Checked(text="", citations=[], dropped=dropped, invented=invented)
    text, citations = _render(kept, by_number, idf=idf)
    return Checked(
        text=text, citations=citations, dropped=dropped, invented=invented, kept=len(kept)
    )


def _backing_sources(claim: str, given: list[Source], *, idf: Idf, threshold: float) -> list[int]:
    """Numbers of the cited sources that back the claim; [] when together they do not.

    A claim may combine two sources; a cited source that neither supports the claim alone
    nor adds a word the others lack is not credited (it would be a citation to nothing).
    """
    union = "\n".join(source.full_text for source in given)
    if support(claim, union, idf=idf) < threshold:
        return []
    if len(given) == 1:
        return [given[0].number]
    backing = []
    for source in given:
        others = "\n".join(other.full_text for other in given if other is not source)
        alone = support(claim, source.full_text, idf=idf)
        if alone >= threshold or support(claim, others, idf=idf) < threshold:
            backing.append(source.number)
    return backing


def _render(
    kept: list[tuple[Claim, list[int]]], by_number: dict[int, Source], *, idf: Idf
) -> tuple[str, list[Citation]]:
    """Answer text with dense [n] in order of first use, and one Citation per number."""
    dense: dict[int, int] = {}
    quotes: dict[int, list[str]] = {}
    scores: dict[int, float] = {}
    lines: dict[int, list[str]] = {}
    for claim, numbers in kept:
        for number in numbers:
            dense.setdefault(number, len(dense) + 1)
            quote, score = best_quote(claim.text, by_number[number], idf=idf)
            if quote not in quotes.setdefault(number, []):
                quotes[number].append(quote)
            scores[number] = max(scores.get(number, 0.0), score)
        markers = "".join(f"[{n}]" for n in sorted(dense[number] for number in numbers))
        lines.setdefault(claim.line, []).append(_with_markers(claim.text, markers))
    text = "\n".join(" ".join(sentences) for sentences in lines.values())
    citations = [
        by_number[number].citation(
            number=dense[number],
            quote=" ".join(quotes[number][:MAX_QUOTES_PER_SOURCE]),
            score=scores[number],
        )
        for number in dense
    ]
    return text, citations


def _with_markers(text: str, markers: str) -> str:
    """``Geely signed an MoU [1].``: markers go before the sentence's closing punctuation."""
    if not markers:
        return text
    body = text.rstrip(".!?;:")
    return f"{body} {markers}{text[len(body) :]}"
