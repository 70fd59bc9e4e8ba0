"""The two pipelines under test, one phase per process (see benchmarks/run.py --worker).

- ``bot``: AllianceService with default settings: ingest, then search / ask.
- ``recipe``: the tutorial — RecursiveCharacterTextSplitter(1000, 200), Chroma
  ``from_documents`` / ``add_documents``, ``similarity_search(k=4)``; its "answer" is the top
  chunk's text (it has no answerer and never refuses).

Both read the same files through retrieval.ingest.documents (so they hold the same articles) and
embed with the same model: build_embedder(settings.embedder), the bot's default WordLlama.
Each phase returns a JSON-ready dict; nothing here prints. What a query phase measures, and in
which order (cold pass, warm passes, dev_news), is benchmarks/measure.py.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import chromadb
from chromadb.config import Settings as ChromaClientSettings
from langchain_chroma import Chroma
from langchain_core.documents import Document
from langchain_text_splitters import RecursiveCharacterTextSplitter

from benchmarks.measure import RECALL_K, WARM_UP_QUESTION, Pipeline, query_figures
from retrieval.evaluation import EvalQuestion, load_questions
from retrieval.index.embeddings import build_embedder
from retrieval.ingest.documents import load_files
from retrieval.models import Answer, Citation
from retrieval.service import AllianceService
from retrieval.settings import Settings, load_settings

RECIPE_CHUNK_SIZE = 1000
RECIPE_CHUNK_OVERLAP = 200
RECIPE_BATCH = 5000  # below Chroma's max batch (5,461); add_documents does not batch itself
RECIPE_COLLECTION = "recipe"
PIPELINES = ("bot", "recipe")
PHASES = ("ingest", "query")


@dataclass(frozen=True)
class WorkerSpec:
    """What one worker process does; round-trips through JSON on the command line."""

    pipeline: str
    phase: str
    data_dir: str
    paths: tuple[str, ...] = ()
    questions: str = ""
    queries: int = 200
    news_questions: str = ""  # dev_news, scored in the query phase when set

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> WorkerSpec:
        spec = cls(**{**raw, "paths": tuple(raw.get("paths", ()))})
        if spec.pipeline not in PIPELINES or spec.phase not in PHASES:
            raise ValueError(f"unknown pipeline/phase {spec.pipeline}/{spec.phase}")
        return spec


def run_phase(spec: WorkerSpec) -> dict[str, Any]:
    """Run one phase of one pipeline; the figures plus this process's peak RSS."""
    settings = load_settings(data_dir=Path(spec.data_dir))
    phases: dict[tuple[str, str], Callable[[WorkerSpec, Settings], dict[str, Any]]] = {
        ("bot", "ingest"): bot_ingest,
        ("bot", "query"): bot_query,
        ("recipe", "ingest"): recipe_ingest,
        ("recipe", "query"): recipe_query,
    }
    result = phases[(spec.pipeline, spec.phase)](spec, settings)
    result["peak_rss_mib"] = round(peak_rss_mib(), 1)
    return result


def peak_rss_mib() -> float:
    """High-water resident set of this process (VmHWM: the current image only, not the
    parent's pages a fork copied), in MiB; ru_maxrss where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rate(count: float, seconds: float) -> float:
    return round(count / seconds, 1) if seconds > 0 else 0.0


# -- the bot ----------------------------------------------------------------------------


def bot_ingest(spec: WorkerSpec, settings: Settings) -> dict[str, Any]:
    service = AllianceService.from_settings(settings)
    started = time.perf_counter()
    report = service.ingest([Path(path) for path in spec.paths])
    ingested = time.perf_counter()
    # The BM25 index is built lazily by the first query and cached on disk; the corpus is
    # not searchable before, so its build counts as ingest (and is shown on its own too).
    service.searcher.lexical_index()
    seconds = time.perf_counter() - started
    service.close()
    articles = len(report.added) + len(report.updated)
    return {
        "embedder": service.embedder.signature,
        "articles": articles,
        "chunks": report.chunks_written,
        "skipped": len(report.skipped),
        "seconds": round(seconds, 3),
        "index_build_s": round(seconds - (ingested - started), 3),
        "articles_per_s": rate(articles, seconds),
        "chunks_per_s": rate(report.chunks_written, seconds),
    }


def bot_query(spec: WorkerSpec, settings: Settings) -> dict[str, Any]:
    started = time.perf_counter()
    service = AllianceService.from_settings(settings)
    questions, news = spec_questions(spec)
    service.ask(WARM_UP_QUESTION)  # opens Chroma, loads the BM25 cache and the NLP model
    service.warm_up()  # and the registry's company identity, as a serving worker does at start
    load_s = time.perf_counter() - started

    def sources_at_k(query: str) -> list[str]:
        return [hit.chunk.source for hit in service.search(query, top_k=RECALL_K)]

    pipeline = Pipeline(retrieve=service.search, answer=service.ask, sources_at_k=sources_at_k)
    figures = query_figures(questions, pipeline, queries=spec.queries, news=news)
    service.close()
    return {"embedder": service.embedder.signature, "load_s": round(load_s, 3), **figures}


def spec_questions(spec: WorkerSpec) -> tuple[list[EvalQuestion], list[EvalQuestion]]:
    """The timed questions, and the dev_news questions (none unless the spec names them)."""
    news = load_questions(Path(spec.news_questions)) if spec.news_questions else []
    return load_questions(Path(spec.questions)), news


# -- the tutorial recipe ------------------------------------------------------------------


def recipe_client(data_dir: str) -> Any:
    """The recipe's own embedded Chroma, in its own data dir."""
    path = Path(data_dir) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    settings = ChromaClientSettings(anonymized_telemetry=False)
    return chromadb.PersistentClient(path=str(path), settings=settings)


def recipe_documents(paths: Sequence[str]) -> list[Document]:
    """The articles the bot would store, as a loader would hand them over: title + body."""
    articles, _ = load_files([Path(path) for path in paths])
    return [
        Document(
            page_content=f"{article.title}\n\n{article.text}", metadata={"source": article.source}
        )
        for article in articles
    ]


def recipe_ingest(spec: WorkerSpec, settings: Settings) -> dict[str, Any]:
    embedder = build_embedder(settings.embedder)
    client = recipe_client(spec.data_dir)
    started = time.perf_counter()
    documents = recipe_documents(spec.paths)
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=RECIPE_CHUNK_SIZE, chunk_overlap=RECIPE_CHUNK_OVERLAP
    )
    chunks = splitter.split_documents(documents)
    store = Chroma.from_documents(
        chunks[:RECIPE_BATCH], embedder, client=client, collection_name=RECIPE_COLLECTION
    )
    for start in range(RECIPE_BATCH, len(chunks), RECIPE_BATCH):
        store.add_documents(chunks[start : start + RECIPE_BATCH])
    seconds = time.perf_counter() - started
    return {
        "embedder": embedder.signature,
        "articles": len(documents),
        "chunks": len(chunks),
        "seconds": round(seconds, 3),
        "articles_per_s": rate(len(documents), seconds),
        "chunks_per_s": rate(len(chunks), seconds),
    }


def recipe_query(spec: WorkerSpec, settings: Settings) -> dict[str, Any]:
    started = time.perf_counter()
    embedder = build_embedder(settings.embedder)
    store = Chroma(
        client=recipe_client(spec.data_dir),
        collection_name=RECIPE_COLLECTION,
        embedding_function=embedder,
        create_collection_if_not_exists=False,
    )
    questions, news = spec_questions(spec)
    store.similarity_search(WARM_UP_QUESTION, k=RECALL_K)  # loads the index
    load_s = time.perf_counter() - started

    def retrieve(query: str) -> list[Document]:
        return store.similarity_search(query, k=RECALL_K)

    def answer(query: str) -> Answer:
        return recipe_answer(query, retrieve(query))

    def sources_at_k(query: str) -> list[str]:
        return [str(doc.metadata.get("source", "")) for doc in retrieve(query)]

    pipeline = Pipeline(retrieve=retrieve, answer=answer, sources_at_k=sources_at_k)
    figures = query_figures(questions, pipeline, queries=spec.queries, news=news)
    return {"embedder": embedder.signature, "load_s": round(load_s, 3), **figures}


def recipe_answer(question: str, found: Sequence[Document]) -> Answer:
    """The recipe's answer: the top chunk verbatim, cited; it never refuses."""
    if not found:
        return Answer(question=question, text="", answered=False)
    top = found[0]
    source = str(top.metadata.get("source", ""))
    citation = Citation(number=1, source=source, title=source, quote=top.page_content, score=0.0)
    return Answer(question=question, text=top.page_content, answered=True, citations=[citation])
