"""Numbered sources: the retrieved passages grouped per article, as a language model sees them.

One number per article (like the extractive answer's one [n] per article): passages of the
same article read as one text in article order, so a claim may rest on two of its passages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.models import Chunk, Citation, SearchHit

# Prompt budget: ~6 articles of ~1,000 tokens keeps a small local model's context (8k) free
# for the instructions and the answer; the best-ranked passages are kept first.
MAX_SOURCES = 6
MAX_SOURCE_CHARS = 4000


@dataclass(frozen=True)
class Source:
    """Article `number` as given to the model: its metadata and the passages shown."""

    number: int
    article_id: str
    source: str
    title: str
    date: str | None
    url: str | None
    text: str

    @property
    def full_text(self) -> str:
        """What a claim citing this source may rest on: the headline and the passages."""
        return f"{self.title}\n\n{self.text}"

    def citation(self, *, number: int, quote: str, score: float) -> Citation:
        return Citation(
            number=number,
            source=self.source,
            title=self.title,
            date=self.date,
            url=self.url,
            quote=quote,
            score=round(score, 4),
        )


def number_sources(
    hits: Sequence[SearchHit],
    *,
    max_sources: int = MAX_SOURCES,
    max_chars: int = MAX_SOURCE_CHARS,
) -> list[Source]:
    """Sources 1..k in order of each article's best hit, passages within in article order."""
    chunks_of: dict[str, list[Chunk]] = {}
    for hit in hits:
        article_id = hit.chunk.article_id
        if article_id not in chunks_of:
            if len(chunks_of) >= max_sources:
                continue
            chunks_of[article_id] = []
        if all(chunk.chunk_id != hit.chunk.chunk_id for chunk in chunks_of[article_id]):
            chunks_of[article_id].append(hit.chunk)
    return [
        _source(number, _within_budget(chunks, max_chars))
        for number, chunks in enumerate(chunks_of.values(), start=1)
    ]


def _within_budget(ranked: list[Chunk], max_chars: int) -> list[Chunk]:
    """The best-ranked passages that fit in `max_chars` (always at least one)."""
    kept: list[Chunk] = []
    used = 0
    for chunk in ranked:
        if kept and used + len(chunk.text) > max_chars:
            continue
        kept.append(chunk)
        used += len(chunk.text)
    return sorted(kept, key=lambda chunk: chunk.position)


def _source(number: int, chunks: list[Chunk]) -> Source:
    first = chunks[0]
    return Source(
        number=number,
        article_id=first.article_id,
        source=first.source,
        title=first.title,
        date=first.date,
        url=first.url,
        text="\n\n".join(chunk.text for chunk in chunks),
    )
