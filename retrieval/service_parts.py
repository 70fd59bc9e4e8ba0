"""The parts AllianceService is built from, each from settings at the edge.

One builder a part, so `AllianceService.from_settings` reads as the list of what a service
holds. Nothing here runs at import time; every builder takes what it needs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from retrieval.index.catalog import Catalog
from retrieval.index.embeddings import MatrixEmbeddings
from retrieval.index.search import HybridSearcher, LexicalIndexHolder
from retrieval.index.store import VectorStore, build_client
from retrieval.nlp.annotations import AnnotationCache
from retrieval.reading.chat_models import build_chat_model
from retrieval.reading.evidence import SentenceSource
from retrieval.reading.extractive import ExtractiveAnswerer
from retrieval.reading.party_search import Search
from retrieval.reading.readers import Readers, with_language_model
from retrieval.registry.extraction import AllianceExtractor
from retrieval.registry.llm_extraction import build_extractor
from retrieval.registry.store import AllianceRegistry
from retrieval.settings import Settings


def catalog_path(settings: Settings) -> Path:
    """The catalog of `settings`' collection (one catalog per collection and data dir)."""
    return Path(settings.data_dir) / f"catalog-{settings.chroma.collection}.sqlite3"


def annotations_path(settings: Settings) -> Path:
    """The parse store of `settings`' collection (the reader's; ingest writes to it too)."""
    return Path(settings.data_dir) / f"nlp-{settings.chroma.collection}.sqlite3"


def annotations_of(settings: Settings) -> AnnotationCache:
    """The parse cache (it opens its file on first use)."""
    return AnnotationCache(annotations_path(settings))


def build_vectors(
    settings: Settings, *, client: Any | None, embedder: MatrixEmbeddings, owner: str | None
) -> VectorStore:
    """The Chroma store; `client` (tests: in-memory) replaces the one settings name.
    A server gets its own writing connection, so long writes do not block readers."""
    return VectorStore(
        (lambda: client) if client is not None else (lambda: build_client(settings)),
        settings=settings,
        embedder=embedder,
        owner=owner,
        connect_writer=(
            (lambda: build_client(settings, writing=True))
            if client is None and settings.chroma_url is not None
            else None
        ),
    )


def build_searcher(
    settings: Settings, *, catalog: Catalog, vectors: VectorStore, embedder: MatrixEmbeddings
) -> HybridSearcher:
    """Hybrid search over the catalog's lexical index (cached on disk) and the vectors."""
    lexical = LexicalIndexHolder(
        catalog,
        cache_path=Path(settings.data_dir) / f"bm25-{settings.chroma.collection}.pickle",
    )
    return HybridSearcher(
        catalog=catalog,
        vectors=vectors,
        embedder=embedder,
        lexical=lexical,
        settings=settings.retrieval,
    )


def build_readers(
    settings: Settings,
    *,
    embedder: MatrixEmbeddings,
    annotations: AnnotationCache,
    sentences_of: SentenceSource,
    search: Search,
) -> Readers:
    """The extractive reader, wrapped by the language model when one is configured (a
    missing LLM extra or key fails here: build this before anything is opened)."""
    reader = ExtractiveAnswerer(
        embedder=embedder,
        settings=settings.answer,
        sentences_of=sentences_of,
        annotations=annotations,
        search=search,
    )
    return with_language_model(settings, reader)


def build_registry(settings: Settings, extractor: AllianceExtractor | None) -> AllianceRegistry:
    """The alliance registry; the rule extractor unless settings ask for the model's
    (a missing LLM extra or key fails here, at start-up) or a test passes its own."""
    if extractor is None:
        wants_model = settings.registry.extractor == "llm"
        extractor = build_extractor(
            settings.registry,
            model=build_chat_model(settings) if wants_model else None,
            model_name=settings.llm or "",
            annotations=annotations_path(settings),
        )
    path = Path(settings.data_dir) / f"alliances-{settings.chroma.collection}.sqlite3"
    return AllianceRegistry(path, extractor=extractor)
