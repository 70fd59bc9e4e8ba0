"""Article -> Chunks: sentence-aware splitting with the title carried along.

Chunk ids are derived from the article id, position and text, so re-ingesting the same
article yields the same ids (idempotent) while any edit yields new ones.
"""

from __future__ import annotations

import hashlib

from langchain_text_splitters import RecursiveCharacterTextSplitter, TextSplitter

from retrieval.models import Article, Chunk
from retrieval.settings import ChunkingSettings

# Paragraphs first, then sentence ends, then clauses; a chunk boundary inside a sentence is
# the last resort. Lookbehinds keep the punctuation with the sentence it ends.
SEPARATORS = [r"\n\s*\n", r"\n", r"(?<=[.!?。])\s+", r"(?<=[;:])\s+", r"(?<=,)\s+", r"\s+", ""]


def make_splitter(settings: ChunkingSettings) -> RecursiveCharacterTextSplitter:
    """The splitter used for every article."""
    return RecursiveCharacterTextSplitter(
        chunk_size=settings.chunk_size,
        chunk_overlap=settings.chunk_overlap,
        separators=SEPARATORS,
        is_separator_regex=True,
        # Kept separators are re-attached as matched; dropped ones would be re-joined as
        # the literal regex pattern.
        keep_separator="end",
        strip_whitespace=True,
    )


def chunk_article(article: Article, splitter: TextSplitter) -> list[Chunk]:
    """Split one article; an article whose body is empty still yields its title as a chunk."""
    pieces = [piece for piece in splitter.split_text(article.text) if piece.strip()]
    if not pieces:
        pieces = [article.title]
    return [
        Chunk(
            chunk_id=chunk_id_for(article.article_id, position, piece),
            article_id=article.article_id,
            source=article.source,
            title=article.title,
            date=article.date,
            url=article.url,
            position=position,
            text=piece,
        )
        for position, piece in enumerate(pieces)
    ]


def chunk_id_for(article_id: str, position: int, text: str) -> str:
    digest = hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    return f"{article_id}-{position:04d}-{digest}"
