"""Ingest: paths -> articles -> chunks -> vectors + catalog, idempotently.

- A file whose bytes did not change is skipped without parsing, unless the loader changed
  (`LOADER_VERSION`).
- An article whose content hash did not change is skipped; a changed one has all its old
  chunks replaced; an article gone from its file, or a file gone from an ingested folder,
  is removed.
- A file that fails to load keeps whatever was stored from it before: bad input never
  deletes good data.
- Article hooks (the alliance registry) hear of every stored or removed article before the
  catalog row that marks the change is written.
- Atomic: the whole run is one catalog transaction (and one per hook). Readers keep the old
  index until the commit; new chunks get new ids, so Chroma can take them early without
  anyone seeing them, and the chunks they supersede are deleted only after the commit. A
  run killed halfway leaves the old index serving; the chunks it had added are collected
  as orphans by the next run.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from langchain_text_splitters import TextSplitter
from tqdm import tqdm

from retrieval.index.catalog import Catalog
from retrieval.index.embeddings import MatrixEmbeddings
from retrieval.index.store import VectorStore
from retrieval.ingest.chunking import chunk_article
from retrieval.ingest.documents import discover_files, load_file
from retrieval.ingest.jsonl_records import may_hide_a_record
from retrieval.ingest.segment import is_current, resegment, segment
from retrieval.models import Article, Chunk, IngestReport, SkippedInput
from retrieval.ports import ProgressCallback

# Bump when loading or cleaning gives a file's articles other text (a new cleaning rule):
# every file is read again on the next ingest, and the articles whose text changed are
# replaced; the others stay, their content hash unchanged.
LOADER_VERSION = "2"

WRITE_BATCH_CHUNKS = 2048


class ArticleHook(Protocol):
    """Derived data kept per article (e.g. the alliance registry)."""

    def transaction(self) -> AbstractContextManager[None]: ...

    def articles_coming(self, articles: Sequence[Article]) -> None:
        """A batch is about to be stored: derived work may start on it early."""
        ...

    def article_stored(self, article: Article) -> None: ...

    def article_removed(self, article_id: str) -> None: ...


@dataclass
class PendingArticle:
    article: Article
    file_path: str
    chunks: list[Chunk]
    sentences: list[str]


@dataclass
class Ingester:
    """One ingest run; `run` may be called once."""

    catalog: Catalog
    vectors: VectorStore
    embedder: MatrixEmbeddings
    splitter: TextSplitter
    progress: ProgressCallback | None = None
    show_bar: bool = False
    hooks: Sequence[ArticleHook] = ()
    # Longer articles are skipped (None: no limit); see IngestSettings.max_article_chars.
    max_article_chars: int | None = None
    # Called inside the transaction once everything is written (e.g. to build the BM25
    # cache for the new generation before readers switch to it).
    before_commit: Callable[[Catalog], None] | None = None
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[SkippedInput] = field(default_factory=list)
    unchanged: int = 0
    chunks_written: int = 0
    _pending: list[PendingArticle] = field(default_factory=list)
    _pending_files: list[tuple[str, str, str]] = field(default_factory=list)
    _superseded: list[str] = field(default_factory=list)

    def run(self, paths: Sequence[Path]) -> IngestReport:
        started = time.perf_counter()
        files, missing = discover_files(paths)
        self.skipped.extend(missing)
        roots = {str(path.resolve()) for path in paths if path.is_dir()}
        self._drop_vectors(self.vectors.all_ids() - self.catalog.all_chunk_ids())
        with ExitStack() as transactions:
            transactions.enter_context(self.catalog.transaction())
            if not is_current(self.catalog):
                resegment(self.catalog)  # made by other sentence rules: redo the old ones
            for hook in self.hooks:
                transactions.enter_context(hook.transaction())
            self._ingest_files(files, roots)
            if self.added or self.updated or self.removed:
                self.catalog.bump_generation()
                if self.before_commit is not None:
                    self.before_commit(self.catalog)
        self._drop_vectors(set(self._superseded) - self.catalog.all_chunk_ids())
        return IngestReport(
            added=self.added,
            updated=self.updated,
            removed=self.removed,
            unchanged=self.unchanged,
            skipped=self.skipped,
            chunks_written=self.chunks_written,
            seconds=round(time.perf_counter() - started, 3),
        )

    def _ingest_files(self, files: Sequence[Path], roots: set[str]) -> None:
        bar = tqdm(files, desc="ingest", unit="file", disable=not self.show_bar or len(files) < 2)
        for number, path in enumerate(bar, start=1):
            self._ingest_file(path, root=self._root_of(path, roots))
            self._report_progress(number, len(files))
        self._flush()
        for root in sorted(roots):
            self._remove_vanished_files(root, present={str(p.resolve()) for p in files})

    def _drop_vectors(self, chunk_ids: set[str]) -> None:
        """Delete vectors no committed catalog row refers to (superseded, or orphans)."""
        if chunk_ids:
            self.vectors.delete_ids(sorted(chunk_ids))

    @staticmethod
    def _root_of(path: Path, roots: set[str]) -> str:
        resolved = path.resolve()
        for root in roots:
            if resolved.is_relative_to(root):
                return root
        return str(resolved)

    def _report_progress(self, done: int, total: int) -> None:
        step = max(total // 10, 1)
        if self.progress is not None and (done % step == 0 or done == total):
            self.progress(
                f"{done}/{total} files read, {len(self.added)} new, {len(self.updated)} updated"
            )

    def _ingest_file(self, path: Path, *, root: str) -> None:
        key = str(path.resolve())
        fingerprint = hashlib.sha256(LOADER_VERSION.encode() + path.read_bytes()).hexdigest()
        if self.catalog.file_fingerprint(key) == fingerprint:
            self.unchanged += len(self.catalog.articles_of_file(key))
            return
        articles, problems = load_file(path)
        self.skipped.extend(problems)
        stored = self.catalog.articles_of_file(key)
        if not articles:
            return  # keep what was stored; the skip reason says why
        oversized = self._oversized(articles)
        for article in articles:
            if article.article_id not in oversized:
                self._queue(article, file_path=key)
        if not any(may_hide_a_record(problem) for problem in problems):
            # A broken line might be the very article we would otherwise delete; only a
            # file whose every line was identified proves an article is gone.
            present = {article.article_id for article in articles}
            for article_id, source in stored.items():
                if article_id not in present:
                    self._delete(article_id, source)
        if not oversized:  # else read the file again next time: the limit may be raised
            self._pending_files.append((key, root, fingerprint))

    def _oversized(self, articles: Sequence[Article]) -> set[str]:
        """Ids of the articles over the size limit, each reported as skipped. What was
        stored from them before stays: too big now is no proof the article is gone."""
        limit = self.max_article_chars
        if limit is None:
            return set()
        too_big = [article for article in articles if len(article.text) > limit]
        for article in too_big:
            reason = (
                f"article text is {len(article.text):,} characters, over the limit of "
                f"{limit:,} (raise ALLIANCE_BOT_INGEST__MAX_ARTICLE_CHARS to ingest it)"
            )
            self.skipped.append(SkippedInput(source=article.source, reason=reason))
        return {article.article_id for article in too_big}

    def _queue(self, article: Article, *, file_path: str) -> None:
        if self.catalog.article_hash(article.article_id) == article.content_hash:
            self.unchanged += 1
            return
        chunks = chunk_article(article, self.splitter)
        self._pending.append(PendingArticle(article, file_path, chunks, segment(article.text)))
        if sum(len(item.chunks) for item in self._pending) >= WRITE_BATCH_CHUNKS:
            self._flush()

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        for hook in self.hooks:
            hook.articles_coming([item.article for item in pending])
        chunks = [chunk for item in pending for chunk in item.chunks]
        if chunks:
            vectors = self.embedder.embed_matrix([chunk.indexed_text() for chunk in chunks])
            self.vectors.add(chunks, vectors.tolist())
        for item in pending:
            # The catalog row is written last: it is what marks the article as stored.
            exists = self.catalog.article_hash(item.article.article_id) is not None
            self._superseded.extend(self.catalog.chunk_ids_of(item.article.article_id))
            for hook in self.hooks:
                hook.article_stored(item.article)
            self.catalog.put_article(
                item.article, file_path=item.file_path, chunks=item.chunks, sentences=item.sentences
            )
            (self.updated if exists else self.added).append(item.article.source)
            self.chunks_written += len(item.chunks)
        files, self._pending_files = self._pending_files, []
        for key, root, fingerprint in files:
            self.catalog.record_file(path=key, root=root, fingerprint=fingerprint)

    def _delete(self, article_id: str, source: str) -> None:
        self._superseded.extend(self.catalog.chunk_ids_of(article_id))
        for hook in self.hooks:
            hook.article_removed(article_id)
        self.catalog.delete_article(article_id)
        self.removed.append(source)

    def _remove_vanished_files(self, root: str, *, present: set[str]) -> None:
        for file_path in self.catalog.files_under(root):
            if file_path in present:
                continue
            for article_id, source in self.catalog.articles_of_file(file_path).items():
                self._delete(article_id, source)
            self.catalog.forget_file(file_path)
