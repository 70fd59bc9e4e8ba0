"""Hybrid retrieval: BM25 and dense rankings fused, then diversified per article."""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from pathlib import Path

from retrieval.errors import DataDirUnwritable
from retrieval.index.catalog import Catalog
from retrieval.index.embeddings import MatrixEmbeddings
from retrieval.index.lexical import Bm25Index, load_cached, save_cached
from retrieval.index.store import VectorStore
from retrieval.memory import release_freed_memory
from retrieval.models import SearchHit
from retrieval.settings import RetrievalSettings

logger = logging.getLogger(__name__)


class LexicalIndexHolder:
    """Keeps the BM25 index in step with the catalog, rebuilding only when it changed."""

    def __init__(self, catalog: Catalog, *, cache_path: Path) -> None:
        self._catalog = catalog
        self._cache_path = cache_path
        self._lock = threading.Lock()
        self._index: Bm25Index | None = None
        self._generation = -1

    def current(self) -> Bm25Index:
        generation = self._catalog.generation()
        with self._lock:
            if self._index is None or generation != self._generation:
                replaced = self._index is not None
                # Drop the old generation first: the new one then reuses its memory instead
                # of adding to it (a one-time +33 MB at 2,230 articles otherwise, measured).
                self._index = None
                self._index = load_cached(self._cache_path, generation=generation)
                if self._index is None:
                    self._index = self._rebuild(generation)
                self._generation = generation
                if replaced:  # the old index is garbage now; a long-lived worker keeps going
                    release_freed_memory()
            return self._index

    def prebuild(self, catalog: Catalog) -> None:
        """Build and cache the index for `catalog`'s (not yet committed) generation, so
        that readers switching to it load the cache instead of rebuilding on a question."""
        self._rebuild(catalog.generation(), catalog=catalog)

    def _rebuild(self, generation: int, *, catalog: Catalog | None = None) -> Bm25Index:
        source = catalog or self._catalog
        index = Bm25Index.build(
            (chunk.chunk_id, chunk.article_id, chunk.indexed_text())
            for chunk in source.iter_chunks()
        )
        try:
            save_cached(self._cache_path, index, generation=generation)
        except OSError as error:
            # The cache only saves a rebuild next time; answering must not fail over it
            # (nor print a traceback: a read-only data dir is a normal way to run `ask`).
            logger.warning("could not write the BM25 cache %s: %s", self._cache_path, error)
        return index


def reciprocal_rank_fusion(
    rankings: list[tuple[list[str], float]], *, k: int
) -> list[tuple[str, float]]:
    """Weighted RRF: sum of weight / (k + rank) over the rankings an id appears in."""
    fused: dict[str, float] = defaultdict(float)
    for ranking, weight in rankings:
        for rank, item in enumerate(ranking, start=1):
            fused[item] += weight / (k + rank)
    return sorted(fused.items(), key=lambda pair: (-pair[1], pair[0]))


def convex_fusion(rankings: list[tuple[list[tuple[str, float]], float]]) -> list[tuple[str, float]]:
    """Weighted sum of scores min-max normalised within each ranking.

    Unlike RRF it keeps how far ahead the leader is: a rare company name that BM25 alone
    finds (score 20 against 15) is not outvoted by a dense list that agrees with the
    runners-up. Measured at 22,000 articles (benchmarks/fusion.py): recall@4 1.00 against
    0.86 for RRF 1:1.
    """
    total_weight = sum(weight for _, weight in rankings) or 1.0
    fused: dict[str, float] = defaultdict(float)
    for ranking, weight in rankings:
        if not ranking:
            continue
        top, bottom = ranking[0][1], ranking[-1][1]
        span = (top - bottom) or 1.0
        for item, score in ranking:
            fused[item] += weight / total_weight * (score - bottom) / span
    return sorted(fused.items(), key=lambda pair: (-pair[1], pair[0]))


def diversify(
    ranked: list[tuple[str, float]], *, article_of: dict[str, str], per_article: int, limit: int
) -> list[tuple[str, float]]:
    """Keep ranking order but at most `per_article` chunks from any one article."""
    taken: dict[str, int] = defaultdict(int)
    kept: list[tuple[str, float]] = []
    for chunk_id, score in ranked:
        article = article_of.get(chunk_id)
        if article is None or taken[article] >= per_article:
            continue
        taken[article] += 1
        kept.append((chunk_id, score))
        if len(kept) == limit:
            break
    return kept


class HybridSearcher:
    """BM25 + dense search over the catalog's chunks."""

    def __init__(
        self,
        *,
        catalog: Catalog,
        vectors: VectorStore,
        embedder: MatrixEmbeddings,
        lexical: LexicalIndexHolder,
        settings: RetrievalSettings,
    ) -> None:
        self._catalog = catalog
        self._vectors = vectors
        self._embedder = embedder
        self._lexical = lexical
        self._settings = settings
        self._warned_read_only = False

    def with_whole_articles(self, hits: list[SearchHit], *, articles: int) -> list[SearchHit]:
        """Add the other passages of the best `articles` articles after the hits.

        The passage that answers is often next to the one that matched best; articles are
        short, so reading the few best ones whole is cheap and lifts answer recall.
        """
        best = list(dict.fromkeys(hit.chunk.article_id for hit in hits))[:articles]
        have = {hit.chunk.chunk_id for hit in hits}
        best_score: dict[str, float] = {}
        for hit in hits:
            best_score.setdefault(hit.chunk.article_id, hit.score)
        extra = [
            SearchHit(chunk=chunk, score=best_score[chunk.article_id])
            for chunk in self._catalog.chunks_of_articles(best)
            if chunk.chunk_id not in have
        ]
        return hits + extra

    def prebuild_lexical_index(self, catalog: Catalog) -> None:
        self._lexical.prebuild(catalog)

    def lexical_index(self) -> Bm25Index:
        return self._lexical.current()

    def _dense(self, query: str, *, limit: int) -> list[tuple[str, float]]:
        """The dense ranking; none when the embedded store cannot be opened (a read-only
        data dir: Chroma refuses to open it at all), so questions still get BM25 answers."""
        try:
            return self._vectors.query(self._embedder.embed_query(query), limit=limit)
        except DataDirUnwritable as error:
            if not self._warned_read_only:
                self._warned_read_only = True
                logger.warning(
                    "the vector index cannot be opened (%s); answering from the stored "
                    "text alone (BM25)",
                    error.__cause__ or error,
                )
            return []

    def search(self, query: str, *, top_k: int | None = None) -> list[SearchHit]:
        settings = self._settings
        limit = top_k or settings.top_k
        lexical = self._lexical.current().search(query, limit=settings.candidates)
        dense = self._dense(query, limit=settings.candidates)
        weighted = [(lexical, settings.lexical_weight), (dense, settings.dense_weight)]
        if settings.fusion == "rrf":
            fused = reciprocal_rank_fusion(
                [([item for item, _ in ranking], weight) for ranking, weight in weighted],
                k=settings.rrf_k,
            )
        else:
            fused = convex_fusion(weighted)
        chunks = self._catalog.chunks_by_id([chunk_id for chunk_id, _ in fused])
        article_of = {chunk_id: chunk.article_id for chunk_id, chunk in chunks.items()}
        kept = diversify(
            fused, article_of=article_of, per_article=settings.per_article, limit=limit
        )
        return [SearchHit(chunk=chunks[chunk_id], score=score) for chunk_id, score in kept]
