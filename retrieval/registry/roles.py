"""What part each titled person in a sentence played: signed, witnessed, attended, spoke.

"Under the witness of A, ..., and B, C, ..., and D signed the agreement": the first
enumeration after the witness cue (up to its item joined by "and") are the witnesses; the
people left are the signatories when the sentence says "signed", else attendees. A sentence
that is nothing but "Name, Title of Org" is the signature line of a quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.models import ParticipantPart
from retrieval.registry.people import PersonSpan

_WITNESS = re.compile(
    r"\b(?:under the witness of|witnessed by|in the presence of|witness(?:es)? (?:were|was|"
    r"included))\b",
    re.IGNORECASE,
)
_SIGNED = re.compile(r"\bsign(?:ed|s)?\b(?! ceremony)", re.IGNORECASE)
_ATTENDED = re.compile(r"\battend(?:ed|s|ing)?\b|\bwere present\b|\bpresent at\b", re.IGNORECASE)
_SPOKE = re.compile(r"\b(?:said|says|told|added|stated|noted|explained)\b", re.IGNORECASE)


def assign_parts(
    sentence: str, spans: Sequence[PersonSpan]
) -> list[tuple[PersonSpan, ParticipantPart]]:
    if not spans:
        return []
    if len(spans) == 1 and len(sentence) - (spans[0].end - spans[0].start) <= 3:
        return [(spans[0], "quoted")]  # a quote's signature line
    witness = _WITNESS.search(sentence)
    witnesses = _witnesses(spans, witness.start()) if witness else []
    rest = [span for span in spans if span not in witnesses]
    if _ATTENDED.search(sentence):
        others: ParticipantPart | None = "attendee"
    elif _SIGNED.search(sentence):
        others = "signatory"
    elif _SPOKE.search(sentence):
        others = "quoted"
    else:
        others = None
    parts: list[tuple[PersonSpan, ParticipantPart]] = [(s, "witness") for s in witnesses]
    if others is not None:
        parts += [(span, others) for span in rest]
    return sorted(parts, key=lambda item: item[0].start)


def _witnesses(spans: Sequence[PersonSpan], cue: int) -> list[PersonSpan]:
    after = [span for span in spans if span.start > cue]
    group: list[PersonSpan] = []
    for span in after:
        group.append(span)
        if span.after_and:
            break  # "A, ..., and B": the "and" item closes the enumeration
    return group
