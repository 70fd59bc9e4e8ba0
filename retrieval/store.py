"""The one place that builds the Chroma client and opens the chunk collection.

Embedded `PersistentClient` under the data dir by default, `HttpClient` when a server URL
is configured. The collection is created in cosine space and records which embedder built
it; opening it with another embedder is refused rather than silently mixing vector spaces.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.config import Settings as ChromaClientSettings
from langchain_chroma import Chroma
from langchain_core.documents import Document

from retrieval.embeddings import MatrixEmbeddings
from retrieval.models import Chunk
from retrieval.settings import Settings

EMBEDDER_KEY = "alliance_bot_embedder"
DIMENSION_KEY = "alliance_bot_dimension"


class StoreError(RuntimeError):
    """The vector store cannot be used as configured; the message says what to do."""


class EmbedderMismatch(StoreError):
    """The collection was built by a different embedder."""


def build_client(settings: Settings) -> Any:
    """Embedded client in the data dir, or an HTTP client for a Chroma server."""
    client_settings = ChromaClientSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url is None:
        path = Path(settings.data_dir) / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=client_settings)
    url = urlparse(settings.chroma_url)
    try:
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1",
            port=url.port or (443 if url.scheme == "https" else 80),
            ssl=url.scheme == "https",
            settings=client_settings,
        )
    except Exception as error:  # chromadb raises plain Exception/ValueError when unreachable
        raise StoreError(
            f"Chroma server at {settings.chroma_url} is not reachable: {error}"
        ) from error


class VectorStore:
    """Chunk vectors in one Chroma collection, through langchain-chroma."""

    def __init__(self, client: Any, *, settings: Settings, embedder: MatrixEmbeddings) -> None:
        self._embedder = embedder
        self._collection = self._open_collection(client, settings)
        self.max_batch = int(client.get_max_batch_size())
        self._chroma = Chroma(
            client=client,
            collection_name=settings.chroma.collection,
            embedding_function=embedder,
            create_collection_if_not_exists=False,
        )

    def _open_collection(self, client: Any, settings: Settings) -> Any:
        hnsw = {
            "space": "cosine",
            "ef_construction": settings.chroma.hnsw_ef_construction,
            "ef_search": settings.chroma.hnsw_ef_search,
            "max_neighbors": settings.chroma.hnsw_m,
        }
        metadata = {
            EMBEDDER_KEY: self._embedder.signature,
            DIMENSION_KEY: self._embedder.dimension,
        }
        collection = client.get_or_create_collection(
            name=settings.chroma.collection,
            metadata=metadata,
            configuration={"hnsw": hnsw},
            embedding_function=None,
        )
        recorded = (collection.metadata or {}).get(EMBEDDER_KEY)
        if recorded != self._embedder.signature:
            raise EmbedderMismatch(
                f"collection {settings.chroma.collection!r} was built with embedder "
                f"{recorded!r}, but {self._embedder.signature!r} is configured: re-ingest "
                "into a fresh data dir (or collection), or switch the embedder back"
            )
        return collection

    def count(self) -> int:
        return int(self._collection.count())

    def add(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]]) -> None:
        """Upsert chunks with precomputed vectors, in batches Chroma accepts."""
        for start in range(0, len(chunks), self.max_batch):
            batch = chunks[start : start + self.max_batch]
            self._collection.upsert(
                ids=[chunk.chunk_id for chunk in batch],
                embeddings=[list(vector) for vector in vectors[start : start + self.max_batch]],
                documents=[chunk.indexed_text() for chunk in batch],
                metadatas=[chunk_metadata(chunk) for chunk in batch],
            )

    def delete_article(self, article_id: str) -> None:
        self._chroma.delete(where={"article_id": article_id})

    def query(self, vector: Sequence[float], *, limit: int) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) pairs, best first."""
        found: list[tuple[Document, float]] = (
            self._chroma.similarity_search_by_vector_with_relevance_scores(list(vector), k=limit)
        )
        # langchain-chroma returns the raw cosine distance here; similarity = 1 - distance.
        return [(str(doc.id), 1.0 - float(distance)) for doc, distance in found if doc.id]


def chunk_metadata(chunk: Chunk) -> dict[str, str | int]:
    """Chroma metadata (no None values allowed there)."""
    metadata: dict[str, str | int] = {
        "article_id": chunk.article_id,
        "source": chunk.source,
        "title": chunk.title,
        "position": chunk.position,
    }
    if chunk.date:
        metadata["date"] = chunk.date
    if chunk.url:
        metadata["url"] = chunk.url
    return metadata
