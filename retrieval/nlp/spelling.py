"""Typing slips: how far apart two spellings are (one edit, one swap of neighbours).

A name or word in a question may be typed with a slip ("acquisiton", "Nokai"); the reader
and the registry accept one slip in a word of five letters or more and two in ten or more.
"""

from __future__ import annotations


def close_spelling(a: str, b: str) -> bool:
    """One slip (an edit or a swap) in a word of five letters or more, two in ten or more."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    shortest = min(len(a), len(b))
    allowed = 2 if shortest >= 10 else 1 if shortest >= 5 else 0
    if allowed == 0 or abs(len(a) - len(b)) > allowed:
        return False
    # one slip is checked in one pass (this runs for every word of an article); two need
    # the whole alignment
    return one_slip(a, b) if allowed == 1 else spelling_distance(a, b) <= allowed


def one_slip(a: str, b: str) -> bool:
    """Are two different strings one edit or one swap of neighbours apart (`spelling_distance`
    1)? After their common start, the rests must agree past one letter of either, or past a
    swapped pair."""
    start = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    rest_a, rest_b = a[start:], b[start:]
    if rest_a[1:] == rest_b[1:] or rest_a[1:] == rest_b or rest_a == rest_b[1:]:
        return True
    return len(rest_a) >= 2 and rest_a[:2] == rest_b[1::-1] and rest_a[2:] == rest_b[2:]


def spelling_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]
