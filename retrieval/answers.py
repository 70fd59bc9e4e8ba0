"""Joining two answers into one: the second's [n] markers renumbered after the first's."""

from __future__ import annotations

import re

from retrieval.models import Answer, Citation

_MARKER = re.compile(r"\[(\d+)\]")
# A line that is only a quote and its markers: “...” [2][3]
_QUOTE_LINE = re.compile(r"^“(?P<quote>.+)”(?: \[\d+\])+$")


def appended(first: Answer, second: Answer, *, label: str = "") -> Answer:
    """`first`, then `second` on a new line (after `label`). The second's citations are
    numbered on from the first's, but a quote the first already cites (or one holding it)
    keeps that number and is not quoted again. It answers only if both do."""
    citations = list(first.citations)
    renumbered: dict[int, int] = {}
    for citation in second.citations:
        cited = _citing(citation, citations)
        if cited is None:
            cited = len(citations) + 1
            citations.append(citation.model_copy(update={"number": cited}))
        renumbered[citation.number] = cited
    text = _MARKER.sub(lambda m: f"[{renumbered.get(int(m.group(1)), m.group(1))}]", second.text)
    lines = [line for line in text.split("\n") if not _quoted_in(line, first.text)]
    joined = f"{first.text}\n{label}" + "\n".join(lines) if lines else first.text
    answered = first.answered and second.answered  # a part left unanswered is no answer
    return first.model_copy(update={"text": joined, "citations": citations, "answered": answered})


def _citing(citation: Citation, citations: list[Citation]) -> int | None:
    """The number of a citation of the same article whose quote holds this one."""
    for other in citations:
        if other.source == citation.source and citation.quote in other.quote:
            return other.number
    return None


def _quoted_in(line: str, text: str) -> bool:
    match = _QUOTE_LINE.match(line)
    return match is not None and match.group("quote") in text
