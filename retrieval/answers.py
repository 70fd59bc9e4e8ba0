"""Joining two answers into one: the second's [n] markers renumbered after the first's."""

from __future__ import annotations

import re

from retrieval.models import Answer

_MARKER = re.compile(r"\[(\d+)\]")


def appended(first: Answer, second: Answer, *, label: str = "") -> Answer:
    """`first`, then `second` on a new line (after `label`), each quote keeping its own
    citation: the second's markers and citation numbers move past the first's."""
    offset = len(first.citations)

    def shift(match: re.Match[str]) -> str:
        return f"[{int(match.group(1)) + offset}]"

    text = f"{first.text}\n{label}{_MARKER.sub(shift, second.text)}"
    moved = [c.model_copy(update={"number": c.number + offset}) for c in second.citations]
    return first.model_copy(update={"text": text, "citations": [*first.citations, *moved]})
