"""Does an article mention a name the question uses, however it spells it?

A question says "P&G", "Coke", "HP" or "UK"; the article says "Procter and Gamble Co
<PG>", "Coca-Cola", "Hewlett-Packard", "U.K.". A name is found in an article when
- its words appear there (case, punctuation and legal forms ignored), or with one slip;
- it is a short form (initialism, clipping) of a name the article writes out, or the
  article's short form of it, or a short form the article defines (ticker, brackets);
- failing all those, the embedding model puts it very close to one of the article's
  names (world knowledge: "Coke" is "Coca-Cola").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from retrieval.index.embeddings import MatrixEmbeddings
from retrieval.nlp.names import (
    LEGAL_FORMS,
    abbreviates,
    close_spelling,
    defined_short_forms,
    name_key,
    pieces,
)

# Capitalised runs: the article's candidate names.
_RUN = re.compile(r"[A-Z][\w&'.-]*(?:\s+(?:(?:and|of|de|du|la|&)\s+)?[A-Z][\w&'.-]*)*")
# Cosine above which two names are taken as the same organisation (WordLlama: "Coke" /
# "Coca-Cola" 0.64-0.79, "HP" / "Hewlett-Packard" 0.74; unrelated companies below 0.2).
SAME_NAME_SIMILARITY = 0.6


@dataclass
class ArticleNames:
    """The names one article uses, for matching a question's names against."""

    text: str
    embedder: MatrixEmbeddings | None = None
    _vectors: np.ndarray | None = field(default=None, init=False, repr=False)

    @cached_property
    def words(self) -> set[str]:
        return set(pieces(self.text))

    @cached_property
    def runs(self) -> list[str]:
        found = {m.group(0).rstrip(".") for m in _RUN.finditer(self.text)}
        return sorted(run for run in found if len(run) > 1)

    @cached_property
    def short_forms(self) -> list[tuple[str, str]]:
        return defined_short_forms(self.text)

    def mentions(self, name: str) -> bool:
        return self.spells(name) or self.abbreviation_of(name) or self.resembles(name)

    def spells(self, name: str) -> bool:
        wanted = name_key(name).split()
        if not wanted:
            wanted = [p for p in pieces(name) if p]
        return bool(wanted) and all(self._has_word(word) for word in wanted)

    def abbreviation_of(self, name: str) -> bool:
        for short, full in self.short_forms:
            if name_key(name) in (name_key(short), name_key(full)):
                return True
        brief = len(pieces(name)) <= 2 and len("".join(pieces(name))) <= 6
        # "ABB" for the run "Asea Brown Boveri sets group structure": any stretch of a run
        # may be what the short form abbreviates.
        if brief and any(abbreviates(name, part) for run in self.runs for part in _windows(run)):
            return True
        short_runs = (run for run in self.runs if run.replace(".", "").isupper() and len(run) <= 8)
        return any(abbreviates(run, name) for run in short_runs)

    def resembles(self, name: str) -> bool:
        if self.embedder is None or not self.runs:
            return False
        if self._vectors is None:
            self._vectors = self.embedder.embed_matrix(self.runs)
        query = self.embedder.embed_matrix([name])[0]
        return bool((self._vectors @ query).max() >= SAME_NAME_SIMILARITY)

    def _has_word(self, word: str) -> bool:
        if word in self.words or word in LEGAL_FORMS:
            return True
        return len(word) >= 5 and any(close_spelling(word, own) for own in self.words)


def _windows(run: str) -> list[str]:
    """Every stretch of up to five words of a run ("The Cloud and Hewlett Packard" holds
    "Hewlett Packard")."""
    words = run.split()
    return [
        " ".join(words[start : start + size])
        for start in range(len(words))
        for size in range(1, min(len(words) - start, 5) + 1)
    ]
