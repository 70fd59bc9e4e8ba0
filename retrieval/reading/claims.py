"""Claims: a model's draft split into sentences, each with the ``[n]`` markers it cites.

Markers may be written many ways ("[1]", "[1, 2]", "[1][2]", "[1-3]", "[source 2]"); a
marker that trails a sentence end ("... agreement. [1] Renault will ...") or stands alone
after it ("[2].") belongs to the sentence before. A claim's text has its markers removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from retrieval.text import split_sentences, words

# [1]  [1, 2]  [1][2]  [1-3]  [source 2]
_MARKER = re.compile(
    r"\[\s*(?:sources?\s*)?(\d{1,3}(?:\s*(?:,|;|-|–|and)\s*(?:sources?\s*)?\d{1,3})*)\s*\]",
    re.IGNORECASE,
)
_LEADING_MARKERS = re.compile(rf"^(?:\s*{_MARKER.pattern})+", re.IGNORECASE)
_MAX_RANGE = 10


@dataclass(frozen=True)
class Claim:
    """One sentence of the draft: its text without markers, the numbers it cites, its line."""

    text: str
    cited: tuple[int, ...]
    line: int


def marker_numbers(body: str) -> list[int]:
    """Numbers in a marker's body: "1, 2" -> [1, 2]; "1-3" -> [1, 2, 3]."""
    numbers: list[int] = []
    for part in re.split(r"\s*(?:,|;|and)\s*", body.lower()):
        digits = [int(d) for d in re.findall(r"\d+", part)]
        if len(digits) == 2 and 0 < digits[1] - digits[0] < _MAX_RANGE:
            numbers.extend(range(digits[0], digits[1] + 1))
        else:
            numbers.extend(digits)
    return numbers


def split_claims(draft: str) -> list[Claim]:
    """Sentences with their markers; markers that trail a sentence end join that sentence."""
    claims: list[Claim] = []
    for line_number, line in enumerate(draft.splitlines()):
        for raw in split_sentences(line):
            sentence = raw
            leading = _LEADING_MARKERS.match(sentence)
            if leading and claims and claims[-1].line == line_number and not claims[-1].cited:
                # "... agreement. [1] Renault will ..." - the [1] closes the sentence before.
                claims[-1] = replace(claims[-1], cited=_numbers_in(leading.group(0)))
                sentence = sentence[leading.end() :]
            text = _clean(_MARKER.sub(" ", sentence))
            cited = _numbers_in(sentence)
            if words(text):
                claims.append(Claim(text, cited, line_number))
            elif cited and claims:  # a lone "[2]." after a sentence (or on the next line)
                merged = tuple(dict.fromkeys(claims[-1].cited + cited))
                claims[-1] = replace(claims[-1], cited=merged)
    return claims


def _numbers_in(text: str) -> tuple[int, ...]:
    found = [n for match in _MARKER.finditer(text) for n in marker_numbers(match.group(1))]
    return tuple(dict.fromkeys(found))


def _clean(text: str) -> str:
    """Markers removed: collapse the spaces they leave and any space before punctuation."""
    return re.sub(r"\s+([.,;:!?])", r"\1", " ".join(text.split())).strip()
