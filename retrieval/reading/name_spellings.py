"""How one name is written otherwise in an article: the pure string tests of matching.py.

A name may follow an apposition ("Robert Bruce, Reliance Group Holdings Inc"), be cut short
("Natl" for "National"), stand inside a longer capitalised run, or carry a person's middle
initial that the question leaves out.
"""

from __future__ import annotations

import re

from retrieval.nlp.names import name_key, pieces


def after_apposition(full: str) -> str:
    """The name after the last comma, unless only a legal form follows it: "Robert Bruce,
    Reliance Group Holdings Inc <REL>" defines REL as the firm, not the man; "Sociedad
    Iberica de Molturacion, S.A." is one name."""
    head, _, last = full.rpartition(", ")
    return last if head and name_key(last) else full


def cut_short(typed: list[str], written: list[str]) -> bool:
    """Each typed word is the written one or a contraction of it, and at least one of each
    kind: a contraction keeps the word's first letter and then some of its letters in
    order ("st" State, "natl" National, "pac" Pacific)."""
    whole = sum(t == w for t, w in zip(typed, written, strict=True))
    cut = all(t == w or _contraction(t, w) for t, w in zip(typed, written, strict=True))
    return cut and 0 < whole < len(typed)


def _contraction(short: str, word: str) -> bool:
    if len(short) < 2 or len(short) >= len(word) or short[0] != word[0]:
        return False
    letters = iter(word)
    return all(char in letters for char in short)


def brief(name: str) -> bool:
    """A short form: at most two pieces and six letters ("ABB", "P&G", "Amex")."""
    found = pieces(name)
    return len(found) <= 2 and len("".join(found)) <= 6


def windows(run: str) -> list[str]:
    """Every stretch of up to five words of a run ("The Cloud and Hewlett Packard" holds
    "Hewlett Packard")."""
    words = run.split()
    return [
        " ".join(words[start : start + size])
        for start in range(len(words))
        for size in range(1, min(len(words) - start, 5) + 1)
    ]


# "Steven A. Peters": a person's middle initial, written or left out at will.
_MIDDLE_INITIAL = re.compile(r"\b([A-Z][a-z]+) [A-Z]\.(?= [A-Z][a-z])")


def without_middle_initials(text: str) -> str:
    return _MIDDLE_INITIAL.sub(r"\1", text)
