"""The one place that builds the Chroma client and opens the chunk collection.

Embedded `PersistentClient` under the data dir by default, `HttpClient` when a server URL
is configured. The collection is created in cosine space and records which embedder built
it; opening it with another embedder is refused rather than silently mixing vector spaces.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
import httpx
from chromadb.config import Settings as ChromaClientSettings
from langchain_chroma import Chroma

# Re-exported (explicitly, for mypy): callers import them from here; they live in
# retrieval.errors so that the Slack edge can catch them without importing chromadb.
from retrieval.errors import CollectionOwned as CollectionOwned  # noqa: PLC0414
from retrieval.errors import DataDirUnwritable as DataDirUnwritable  # noqa: PLC0414
from retrieval.errors import EmbedderMismatch as EmbedderMismatch  # noqa: PLC0414
from retrieval.errors import StoreError as StoreError  # noqa: PLC0414
from retrieval.errors import StoreUnavailable as StoreUnavailable  # noqa: PLC0414
from retrieval.errors import is_unwritable, unwritable
from retrieval.index.embeddings import MatrixEmbeddings
from retrieval.models import Chunk
from retrieval.settings import Settings

SERVER_WRITE_BATCH = 500
EMBEDDER_KEY = "alliance_bot_embedder"
DIMENSION_KEY = "alliance_bot_dimension"
OWNER_KEY = "alliance_bot_catalog"  # the catalog (data dir) whose chunks the collection holds

logger = logging.getLogger(__name__)


def build_client(settings: Settings, *, writing: bool = False) -> Any:
    """Embedded client in the data dir, or an HTTP client for a Chroma server: bounded by
    the read timeout, or by the write timeout for the client that ingests (`writing`)."""
    client_settings = ChromaClientSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url is None:
        path = Path(settings.data_dir) / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=client_settings)
    url = urlparse(settings.chroma_url)
    chroma = settings.chroma
    wait = chroma.write_timeout_seconds if writing else chroma.read_timeout_seconds
    timeout = httpx.Timeout(wait, connect=chroma.connect_timeout_seconds)
    with server_errors(settings.chroma_url):
        # chromadb's client talks to the server while it is built, without a timeout: a
        # stalled server is caught here first, within the bound.
        httpx.get(f"{settings.chroma_url}/api/v2/heartbeat", timeout=timeout).raise_for_status()
    try:
        client = chromadb.HttpClient(
            host=url.hostname or "127.0.0.1",
            port=url.port or (443 if url.scheme == "https" else 80),
            ssl=url.scheme == "https",
            settings=client_settings,
        )
    except ValueError as error:  # chromadb's "Could not connect to a Chroma server"
        raise StoreUnavailable(
            f"Chroma server at {settings.chroma_url} is not reachable: {error}"
        ) from error
    with_timeout(client, timeout)
    return client


def with_timeout(client: Any, timeout: httpx.Timeout) -> None:
    """Give chromadb's HTTP session (built with ``timeout=None``) our connect/read bounds.

    chromadb 1.5 offers no setting for it; its server API object keeps an ``httpx.Client``.
    If a chromadb upgrade moves it, refuse to run without timeouts rather than hang later.
    """
    session = getattr(getattr(client, "_server", None), "_session", None)
    if not isinstance(session, httpx.Client):
        raise StoreError(
            "cannot set timeouts on chromadb's HTTP client (its internals changed); "
            "pin chromadb==1.5.9 or update retrieval/index/store.py"
        )
    session.timeout = timeout


@contextmanager
def server_errors(where: str) -> Iterator[None]:
    """Turn transport failures (timeouts included) into StoreUnavailable, naming the server."""
    try:
        yield
    except httpx.TransportError as error:
        detail = str(error) or type(error).__name__  # a timeout's message is often empty
        raise StoreUnavailable(f"Chroma server at {where} is not reachable: {detail}") from error
    except httpx.HTTPStatusError as error:
        raise StoreUnavailable(f"Chroma server at {where} answered {error}") from error


class VectorStore:
    """Chunk vectors in one Chroma collection, through langchain-chroma.

    The collection is opened lazily and re-tried on use, so a process started while the
    Chroma server was down recovers, without a restart, once the server is back. With a
    server, writes (ingest) go through their own client (`connect_writer`) with the longer
    write timeout: under load a batch write can wait seconds on the server's index, which a
    question must not.
    """

    def __init__(
        self,
        connect: Callable[[], Any],
        *,
        settings: Settings,
        embedder: MatrixEmbeddings,
        owner: str | None = None,
        connect_writer: Callable[[], Any] | None = None,
    ) -> None:
        self._connect = connect
        self._connect_writer = connect_writer or connect
        self._settings = settings
        self._embedder = embedder
        self._owner = owner
        self._where = settings.chroma_url or str(Path(settings.data_dir) / "chroma")
        self._lock = threading.Lock()
        self._handles: dict[bool, tuple[Any, Chroma, int]] = {}  # by "for writing"
        self._unwritable: DataDirUnwritable | None = None
        try:
            self._open()
        except StoreUnavailable as error:
            logger.warning("%s; will retry on first use", error)
        except DataDirUnwritable as error:
            # A read-only data dir: questions fall back to BM25, an ingest reports it.
            logger.debug("%s", error)

    def _open(self, *, writing: bool = False) -> tuple[Any, Chroma, int]:
        writing = writing and self._connect_writer is not self._connect
        with self._lock:
            if writing not in self._handles:
                with server_errors(self._where), self._data_dir_errors(opening=True):
                    client = (self._connect_writer if writing else self._connect)()
                    collection = self._open_collection(client)
                    chroma = Chroma(
                        client=client,
                        collection_name=self._settings.chroma.collection,
                        embedding_function=self._embedder,
                        create_collection_if_not_exists=False,
                    )
                    batch = int(client.get_max_batch_size())
                    if self._settings.chroma_url is not None:
                        # Measured: ~0.3 s per 500 upserted chunks against an idle `chroma
                        # run`; Chroma's maximum batch (5,461) took 5 s.
                        batch = min(batch, SERVER_WRITE_BATCH)
                    self._handles[writing] = (collection, chroma, batch)
            return self._handles[writing]

    @contextmanager
    def _data_dir_errors(self, *, opening: bool = False) -> Iterator[None]:
        """The embedded store in a data dir that refuses writes (read-only: Chroma cannot
        even open it, "attempt to write a readonly database"; full: "database or disk is
        full") -> DataDirUnwritable, naming the folder. (A Chroma server's own disk is the
        server's business: its errors pass through.)

        A failed open is remembered: chromadb keeps the half-opened client, and a second
        attempt in the same process fails with an unrelated AttributeError."""
        if opening and self._unwritable is not None:
            raise self._unwritable
        try:
            yield
        except StoreError:
            raise
        except Exception as error:
            if self._settings.chroma_url is not None or not is_unwritable(error):
                raise
            refused = unwritable(Path(self._settings.data_dir), error)
            if opening:
                self._unwritable = refused
            raise refused from error

    def _open_collection(self, client: Any) -> Any:
        chroma_settings = self._settings.chroma
        hnsw = {
            "space": "cosine",
            "ef_construction": chroma_settings.hnsw_ef_construction,
            "ef_search": chroma_settings.hnsw_ef_search,
            "max_neighbors": chroma_settings.hnsw_m,
        }
        metadata: dict[str, str | int] = {
            EMBEDDER_KEY: self._embedder.signature,
            DIMENSION_KEY: self._embedder.dimension,
        }
        if self._owner is not None:
            metadata[OWNER_KEY] = self._owner
        collection = client.get_or_create_collection(
            name=chroma_settings.collection,
            metadata=metadata,
            configuration={"hnsw": hnsw},
            embedding_function=None,
        )
        recorded = (collection.metadata or {}).get(EMBEDDER_KEY)
        if recorded != self._embedder.signature:
            raise EmbedderMismatch(
                f"collection {chroma_settings.collection!r} was built with embedder "
                f"{recorded!r}, but {self._embedder.signature!r} is configured: re-ingest "
                "into a fresh data dir (or collection), or switch the embedder back"
            )
        self._check_owner(collection)
        return collection

    def _check_owner(self, collection: Any) -> None:
        """One catalog per collection: another data dir's catalog would take this one's
        vectors for orphans and delete them (measured: a second data dir's first ingest
        dropped 2 of the first's 24 vectors). A collection from before owners were recorded
        is claimed by the first catalog that opens it."""
        existing = dict(collection.metadata or {})
        recorded = existing.get(OWNER_KEY)
        if self._owner is None or recorded == self._owner:
            return
        if recorded is None:
            collection.modify(metadata={**existing, OWNER_KEY: self._owner})
            return
        raise CollectionOwned(
            f"collection {self._settings.chroma.collection!r} on {self._where} belongs to "
            f"another AllianceBot data dir (catalog {recorded}), not to "
            f"{self._settings.data_dir} (catalog {self._owner}); each data dir needs its own "
            "collection: set ALLIANCE_BOT_CHROMA__COLLECTION to another name (or point "
            "ALLIANCE_BOT_DATA_DIR at the data dir that built it)"
        )

    def count(self) -> int:
        collection, _, _ = self._open()
        with server_errors(self._where), self._data_dir_errors():
            return int(collection.count())

    def add(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]]) -> None:
        """Upsert chunks with precomputed vectors, in batches Chroma accepts."""
        collection, _, max_batch = self._open(writing=True)
        for start in range(0, len(chunks), max_batch):
            batch = chunks[start : start + max_batch]
            with server_errors(self._where), self._data_dir_errors():
                collection.upsert(
                    ids=[chunk.chunk_id for chunk in batch],
                    embeddings=[list(vector) for vector in vectors[start : start + max_batch]],
                    documents=[chunk.indexed_text() for chunk in batch],
                    metadatas=[chunk_metadata(chunk) for chunk in batch],
                )

    def all_ids(self) -> set[str]:
        """Every chunk id in the collection (ids only; paged to respect batch limits)."""
        collection, _, max_batch = self._open(writing=True)  # ingest reads them
        ids: set[str] = set()
        offset = 0
        while True:
            with server_errors(self._where), self._data_dir_errors():
                page = collection.get(include=[], limit=max_batch, offset=offset)["ids"]
            ids.update(str(i) for i in page)
            if len(page) < max_batch:
                return ids
            offset += len(page)

    def delete_ids(self, chunk_ids: Sequence[str]) -> None:
        """Drop vectors by id (ingest removes superseded chunks only after its commit)."""
        _, chroma, max_batch = self._open(writing=True)
        for start in range(0, len(chunk_ids), max_batch):
            with server_errors(self._where), self._data_dir_errors():
                chroma.delete(ids=list(chunk_ids[start : start + max_batch]))

    def query(self, vector: Sequence[float], *, limit: int) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) pairs, best first."""
        collection, _, _ = self._open()
        # Ids and distances only: the catalog has the texts, and fetching documents and
        # metadata too cost 4.1 ms against 0.8 ms at 22,000 articles (benchmarks/run.py).
        with server_errors(self._where), self._data_dir_errors():
            found = collection.query(
                query_embeddings=[list(vector)], n_results=limit, include=["distances"]
            )
        ids, distances = found["ids"][0], found["distances"][0]
        return [(str(i), 1.0 - float(d)) for i, d in zip(ids, distances, strict=True)]


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
