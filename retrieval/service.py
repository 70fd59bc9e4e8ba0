"""AllianceService: the one object the edges (CLI, Slack) talk to.

It owns the catalog, vector store, lexical index, searcher and answerer, built from
settings at the edge (never at import time) and implements `retrieval.ports.Assistant`.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from retrieval.answer import ExtractiveAnswerer
from retrieval.catalog import Catalog
from retrieval.chunking import make_splitter
from retrieval.embeddings import MatrixEmbeddings, build_embedder
from retrieval.ingest import Ingester
from retrieval.locking import WriterLock
from retrieval.models import Answer, IngestReport, SearchHit, Turn
from retrieval.ports import PassageAnswerer, ProgressCallback
from retrieval.search import HybridSearcher, LexicalIndexHolder
from retrieval.settings import Settings
from retrieval.store import VectorStore, build_client


@dataclass
class AllianceService:
    settings: Settings
    catalog: Catalog
    vectors: VectorStore
    embedder: MatrixEmbeddings
    searcher: HybridSearcher
    answerer: PassageAnswerer

    @classmethod
    def from_settings(cls, settings: Settings, *, client: Any | None = None) -> AllianceService:
        """Build everything; `client` lets tests pass an in-memory Chroma client."""
        data_dir = Path(settings.data_dir)
        embedder = build_embedder(settings.embedder)
        catalog = Catalog(data_dir / f"catalog-{settings.chroma.collection}.sqlite3")
        vectors = VectorStore(
            (lambda: client) if client is not None else (lambda: build_client(settings)),
            settings=settings,
            embedder=embedder,
        )
        lexical = LexicalIndexHolder(
            catalog, cache_path=data_dir / f"bm25-{settings.chroma.collection}.pickle"
        )
        searcher = HybridSearcher(
            catalog=catalog,
            vectors=vectors,
            embedder=embedder,
            lexical=lexical,
            settings=settings.retrieval,
        )
        answerer = ExtractiveAnswerer(embedder=embedder, settings=settings.answer)
        return cls(settings, catalog, vectors, embedder, searcher, answerer)

    def close(self) -> None:
        self.catalog.close()

    def is_empty(self) -> bool:
        return self.catalog.count_articles() == 0

    def ingest(
        self,
        paths: Sequence[Path] | None = None,
        *,
        progress: ProgressCallback | None = None,
        show_bar: bool = False,
    ) -> IngestReport:
        targets = list(paths) if paths else [Path(self.settings.seeds_dir)]
        with WriterLock(Path(self.settings.data_dir)):
            ingester = Ingester(
                catalog=self.catalog,
                vectors=self.vectors,
                embedder=self.embedder,
                splitter=make_splitter(self.settings.chunking),
                progress=progress,
                show_bar=show_bar,
            )
            return ingester.run(targets)

    def search(self, query: str, *, top_k: int | None = None) -> list[SearchHit]:
        return self.searcher.search(query, top_k=top_k)

    def ask(self, question: str, *, history: Sequence[Turn] = ()) -> Answer:
        started = time.perf_counter()
        query = standalone_query(question, history)
        hits = self.searcher.search(query)
        hits = self.searcher.with_whole_articles(
            hits, articles=self.settings.answer.expand_articles
        )
        searched = time.perf_counter()
        index = self.searcher.lexical_index()
        answer = self.answerer.answer(query, hits, idf=index.idf)
        finished = time.perf_counter()
        timings = {
            "retrieval": round((searched - started) * 1000, 2),
            "answer": round((finished - searched) * 1000, 2),
            "total": round((finished - started) * 1000, 2),
        }
        return answer.model_copy(update={"question": question, "timings_ms": timings})

    def summarize(self, topic: str | None = None) -> Answer:
        subject = topic.strip() if topic and topic.strip() else None
        question = (
            f"Which companies has {subject} partnered with, and in what?"
            if subject
            else "Which companies signed partnerships or cooperation agreements?"
        )
        return self.ask(question)


def standalone_query(question: str, history: Sequence[Turn]) -> str:
    """A follow-up like "and when?" borrows the names of the previous user turn."""
    previous = [turn.text for turn in history if turn.role == "user"]
    if not previous or len(question.split()) > 12:
        return question
    return f"{question} ({previous[-1]})"
