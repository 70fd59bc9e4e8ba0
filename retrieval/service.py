"""AllianceService: the one object the edges (CLI, Slack) talk to.

It owns the catalog, vector store, lexical index, searcher, answerer and alliance registry,
built from settings at the edge (never at import time) and implements
`retrieval.ports.Assistant`. `ask` sends relationship and aggregate questions to the
registry (complete, one cited line per alliance) and everything else to the passages.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from retrieval.errors import StoreError, is_unwritable, unwritable
from retrieval.index.casing import recase
from retrieval.index.catalog import Catalog
from retrieval.index.embeddings import MatrixEmbeddings, build_embedder
from retrieval.index.search import HybridSearcher
from retrieval.index.short_names import with_short_names
from retrieval.index.store import VectorStore
from retrieval.ingest.chunking import make_splitter
from retrieval.ingest.pipeline import Ingester
from retrieval.ingest.segment import is_current, resegment
from retrieval.ingest.status import (
    IngestStatus,
    mark_failed,
    mark_finished,
    mark_running,
    read_status,
)
from retrieval.locking import WriterBusy, WriterLock
from retrieval.models import Alliance, Answer, IngestReport, SearchHit, StoreOverview, Turn
from retrieval.nlp import wordnet_files
from retrieval.nlp.annotations import AnnotationCache
from retrieval.ports import PassageAnswerer, ProgressCallback
from retrieval.reading.followups import Condenser, standalone_query
from retrieval.reading.normalize import normalize_question
from retrieval.reading.readers import ListingWriter, keep_listing
from retrieval.reading.routing import asks_the_registry
from retrieval.registry.answer import RegistryAnswerer, combine
from retrieval.registry.extraction import AllianceExtractor
from retrieval.registry.search_names import with_full_names
from retrieval.registry.store import AllianceRegistry
from retrieval.service_parts import (
    annotations_of,
    build_readers,
    build_registry,
    build_searcher,
    build_vectors,
    catalog_path,
)
from retrieval.settings import Settings

__all__ = ["AllianceService", "catalog_path"]


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
    # Registry listing -> answer: the model writes it when one is configured.
    write_listing: ListingWriter = keep_listing
    # Parsed sentences and questions, kept (question understanding routes to the registry).
    annotations: AnnotationCache = field(default_factory=lambda: AnnotationCache(None))
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
        embedder = build_embedder(settings.embedder)
        annotations = annotations_of(settings)
        # Before anything is opened: a missing LLM extra or key fails start-up cleanly.
        # The reader reads the catalog's sentences and the searcher, both built below.
        readers = build_readers(
            settings,
            embedder=embedder,
            annotations=annotations,
            sentences_of=lambda ids: catalog.sentences_of(ids),  # noqa: PLW0108 - built below
            # a party's article may rank below the first few: keep the whole candidate pool
            search=lambda query: searcher.search(query, top_k=settings.retrieval.candidates),
        )
        catalog = Catalog(catalog_path(settings))
        vectors = build_vectors(
            settings, client=client, embedder=embedder, owner=catalog.catalog_id()
        )
        searcher = build_searcher(settings, catalog=catalog, vectors=vectors, embedder=embedder)
        return cls(
            settings,
            catalog,
            vectors,
            embedder,
            searcher,
            readers.answerer,
            build_registry(settings, extractor),
            condense=readers.condense,
            write_listing=readers.listing,
            annotations=annotations,
        )

    def close(self) -> None:
        self.catalog.close()
        self.registry.close()
        self.annotations.close()

    def is_empty(self) -> bool:
        return self.catalog.count_articles() == 0

    def ingest(
        self,
        paths: Sequence[Path] | None = None,
        *,
        progress: ProgressCallback | None = None,
        show_bar: bool = False,
    ) -> IngestReport:
        """Ingest `paths` (default: the seeds). A data dir that refuses writes (read-only,
        no permission, full) raises DataDirUnwritable with the original error in it."""
        targets = list(paths) if paths else [Path(self.settings.seeds_dir)]
        data_dir = Path(self.settings.data_dir)
        try:
            with WriterLock(data_dir):
                started = mark_running(data_dir)
                try:
                    report = self._ingest_atomically(targets, progress=progress, show_bar=show_bar)
                except BaseException as error:
                    mark_failed(data_dir, started, error)
                    raise
                mark_finished(data_dir, started, report)
                return report
        except (OSError, sqlite3.Error, StoreError) as error:
            if isinstance(error, StoreError) or not is_unwritable(error):
                raise
            raise unwritable(data_dir, error) from error

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
                max_article_chars=self.settings.ingest.max_article_chars,
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

    def overview(self) -> StoreOverview:
        status = self.ingest_status()
        return StoreOverview(
            articles=self.catalog.count_articles(),
            ingest_state=status.state,
            ingest_started_at=status.started_at,
            ingest_finished_at=status.finished_at,
            ingest_detail=status.detail,
        )

    def search(self, query: str, *, top_k: int | None = None) -> list[SearchHit]:
        return self.searcher.search(query, top_k=top_k)

    def ask(self, question: str, *, history: Sequence[Turn] = ()) -> Answer:
        started = time.perf_counter()
        # Chat shorthand is written out first ("shr" is "share", not the "Shr" of earnings
        # tables); then names typed in lower case ("catl") get the articles' capitals.
        written_out = normalize_question(self.condense(question, history))
        lexical = self.searcher.lexical_index()
        query = recase(written_out, lexical.names, lexical.name_pairs, lexical.name_openers)
        about_alliances = asks_the_registry(query, parse=self.annotations.doc)
        routed = self._registry().route(query, listing=about_alliances)
        if routed.answer is not None:
            found = time.perf_counter()
            idf = self.searcher.lexical_index().idf
            answer = self.write_listing(query, routed.answer, self.registry.alliances(), idf=idf)
            timings = {
                "registry": round((found - started) * 1000, 2),
                "answer": round((time.perf_counter() - found) * 1000, 2),
                "total": round((time.perf_counter() - started) * 1000, 2),
            }
            return answer.model_copy(update={"question": question, "timings_ms": timings})
        answer = self._passage_answer(query, started)
        if routed.partial and answer.answered:
            listed = self.registry_answerer.compose(
                question, routed.partial, query=routed.query, off_topic=True
            )
            answer = combine(answer, listed).model_copy(update={"timings_ms": answer.timings_ms})
        # The answer is to what the user asked, not to our rewrite of it.
        return answer.model_copy(update={"question": question})

    def _passage_answer(self, query: str, started: float) -> Answer:
        # Short forms the articles write only in full ("NZ") are searched by the name too.
        searched_for = with_short_names(query, self.searcher.lexical_index().short_names)
        hits = self.searcher.search(with_full_names(searched_for, self._registry().index()))
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

    def warm_up(self) -> None:
        """Do now what the first question of a process would otherwise wait for: the
        lexical index, the NLP model and WordNet, the registry's catch-up and its company identity
        (about a second on 22,000 articles). A serving worker calls it once it starts."""
        self.searcher.lexical_index()
        self.annotations.doc("Warming up.")
        wordnet_files.load()
        self._registry()
        self.registry.alliances()

    def _registry(self) -> RegistryAnswerer:
        """The registry answerer, after one catch-up per process with the catalog (articles
        stored before the registry existed, or extracted by older rules, or segmented into
        sentences by older rules)."""
        if not self._registry_synced:
            try:
                with WriterLock(Path(self.settings.data_dir)):
                    if not is_current(self.catalog) or self.catalog.unsegmented_articles():
                        resegment(self.catalog)
                    self.registry.sync(self.catalog)
            except WriterBusy:
                pass  # an ingest is running; it catches up when it finishes
            except (OSError, sqlite3.OperationalError) as error:
                if not is_unwritable(error):
                    raise
                # A read-only data dir: answer from the registry and sentences as stored.
            self._registry_synced = True
        return self.registry_answerer
