"""Joining two answers into one: the second's [n] markers renumbered after the first's."""

from __future__ import annotations

import re

from retrieval.models import Answer

_MARKER = re.compile(r"\[(\d+)\]")
# A line that is only a quote and its markers: “...” [2][3]
_QUOTE_LINE = re.compile(r"^“(?P<quote>.+)”(?: \[\d+\])+$")


def appended(first: Answer, second: Answer, *, label: str = "") -> Answer:
    """`first`, then `second` on a new line (after `label`). The second's citations are
    numbered on from the first's, but a quote the first already cites keeps its number and
    is not quoted again. It answers only if both do."""
    citations = list(first.citations)
    number_of = {(c.source, c.quote): c.number for c in citations}
    renumbered: dict[int, int] = {}
    for citation in second.citations:
        key = (citation.source, citation.quote)
        if key not in number_of:
            number_of[key] = len(citations) + 1
            citations.append(citation.model_copy(update={"number": number_of[key]}))
        renumbered[citation.number] = number_of[key]
    text = _MARKER.sub(lambda m: f"[{renumbered.get(int(m.group(1)), m.group(1))}]", second.text)
    lines = [line for line in text.split("\n") if not _quoted_in(line, first.text)]
    joined = f"{first.text}\n{label}" + "\n".join(lines) if lines else first.text
    answered = first.answered and second.answered  # a part left unanswered is no answer
    return first.model_copy(update={"text": joined, "citations": citations, "answered": answered})


def _quoted_in(line: str, text: str) -> bool:
    match = _QUOTE_LINE.match(line)
    return match is not None and match.group("quote") in text
