"""AllianceService: the one object the edges (CLI, Slack) talk to.

It owns the catalog, vector store, lexical index, searcher, answerer and alliance registry,
built from settings at the edge (never at import time) and implements
`retrieval.ports.Assistant`. `ask` sends relationship and aggregate questions to the
registry (complete, one cited line per alliance) and everything else to the passages.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from retrieval.index.casing import recase
from retrieval.index.catalog import Catalog
from retrieval.index.embeddings import MatrixEmbeddings, build_embedder
from retrieval.index.search import HybridSearcher, LexicalIndexHolder
from retrieval.index.store import VectorStore, build_client
from retrieval.ingest.chunking import make_splitter
from retrieval.ingest.pipeline import Ingester
from retrieval.ingest.status import (
    IngestStatus,
    mark_failed,
    mark_finished,
    mark_running,
    read_status,
)
from retrieval.locking import WriterBusy, WriterLock
from retrieval.models import Alliance, Answer, IngestReport, SearchHit, Turn
from retrieval.ports import PassageAnswerer, ProgressCallback
from retrieval.reading.chat_models import build_chat_model
from retrieval.reading.extractive import ExtractiveAnswerer
from retrieval.reading.followups import Condenser, standalone_query
from retrieval.reading.llm_answer import with_language_model
from retrieval.registry.answer import RegistryAnswerer, combine
from retrieval.registry.extraction import AllianceExtractor
from retrieval.registry.llm_extraction import build_extractor
from retrieval.registry.store import AllianceRegistry
from retrieval.settings import Settings


@dataclass
class AllianceService:
    settings: Settings
    catalog: Catalog
    vectors: VectorStore
    embedder: MatrixEmbeddings
    searcher: HybridSearcher
    answerer: PassageAnswerer
    registry: AllianceRegistry
    # Follow-up -> standalone query: the LLM condenser when a model is configured.
    condense: Condenser = standalone_query
    registry_answerer: RegistryAnswerer = field(init=False)
    _registry_synced: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self.registry_answerer = RegistryAnswerer(self.registry)

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        client: Any | None = None,
        extractor: AllianceExtractor | None = None,
    ) -> AllianceService:
        """Build everything; `client` lets tests pass an in-memory Chroma client, and
        `extractor` replaces the rule-based alliance extractor (e.g. an LLM-backed one)."""
        data_dir = Path(settings.data_dir)
        embedder = build_embedder(settings.embedder)
        # Before anything is opened: a missing LLM extra or key fails start-up cleanly.
        answerer, condense = with_language_model(
            settings, ExtractiveAnswerer(embedder=embedder, settings=settings.answer)
        )
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
        if extractor is None:
            wants_model = settings.registry.extractor == "llm"
            extractor = build_extractor(
                settings.registry,
                model=build_chat_model(settings) if wants_model else None,
                model_name=settings.llm or "",
            )
        registry = AllianceRegistry(
            data_dir / f"alliances-{settings.chroma.collection}.sqlite3", extractor=extractor
        )
        return cls(
            settings, catalog, vectors, embedder, searcher, answerer, registry, condense=condense
        )

    def close(self) -> None:
        self.catalog.close()
        self.registry.close()

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
        data_dir = Path(self.settings.data_dir)
        with WriterLock(data_dir):
            started = mark_running(data_dir)
            try:
                report = self._ingest_atomically(targets, progress=progress, show_bar=show_bar)
            except BaseException as error:
                mark_failed(data_dir, started, error)
                raise
            mark_finished(data_dir, started, report)
            return report

    def _ingest_atomically(
        self, targets: list[Path], *, progress: ProgressCallback | None, show_bar: bool
    ) -> IngestReport:
        # Own connections for the writer: its long transaction stays invisible to this
        # service's readers (other threads answering questions) until it commits.
        catalog = Catalog(self.catalog.path)
        registry = AllianceRegistry(self.registry.path, extractor=self.registry.extractor)
        try:
            ingester = Ingester(
                catalog=catalog,
                vectors=self.vectors,
                embedder=self.embedder,
                splitter=make_splitter(self.settings.chunking),
                progress=progress,
                show_bar=show_bar,
                hooks=[registry],
                before_commit=self.searcher.prebuild_lexical_index,
            )
            report = ingester.run(targets)
            registry.sync(catalog)
            self._registry_synced = True
            return report
        finally:
            catalog.close()
            registry.close()

    def ingest_status(self) -> IngestStatus:
        return read_status(Path(self.settings.data_dir))

    def search(self, query: str, *, top_k: int | None = None) -> list[SearchHit]:
        return self.searcher.search(query, top_k=top_k)

    def ask(self, question: str, *, history: Sequence[Turn] = ()) -> Answer:
        started = time.perf_counter()
        # Names typed in lower case ("catl") get the capitals the articles give them.
        query = recase(self.condense(question, history), self.searcher.lexical_index().names)
        routed = self._registry().route(query)
        if routed.answer is not None:
            total = round((time.perf_counter() - started) * 1000, 2)
            timings = {"registry": total, "total": total}
            return routed.answer.model_copy(update={"question": question, "timings_ms": timings})
        answer = self._passage_answer(query, started)
        if routed.partial and answer.answered:
            listed = self.registry_answerer.compose(question, routed.partial, query=routed.query)
            answer = combine(listed, answer).model_copy(update={"timings_ms": answer.timings_ms})
        # The answer is to what the user asked, not to our rewrite of it.
        return answer.model_copy(update={"question": question})

    def _passage_answer(self, query: str, started: float) -> Answer:
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
        return answer.model_copy(update={"timings_ms": timings})

    def alliances(self, company: str | None = None) -> list[Alliance]:
        """Registry records (with people's other names), all or those of one company."""
        registry = self._registry()
        return [self.registry.with_person_aliases(a) for a in registry.alliances_of(company)]

    def summarize(self, topic: str | None = None) -> Answer:
        """From the registry when it knows the company or topic; else from the passages."""
        summary = self._registry().summary(topic)
        if summary is not None:
            return summary
        subject = topic.strip() if topic and topic.strip() else None
        question = (
            f"Which companies has {subject} partnered with, and in what?"
            if subject
            else "Which companies signed partnerships or cooperation agreements?"
        )
        return self.ask(question)

    def _registry(self) -> RegistryAnswerer:
        """The registry answerer, after one catch-up per process with the catalog (articles
        stored before the registry existed, or extracted by older rules)."""
        if not self._registry_synced:
            try:
                with WriterLock(Path(self.settings.data_dir)):
                    self.registry.sync(self.catalog)
            except WriterBusy:
                pass  # an ingest is running; it syncs the registry when it finishes
            self._registry_synced = True
        return self.registry_answerer
