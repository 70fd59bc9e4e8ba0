"""The alliance registry: every article's alliance records, in SQLite in the data dir.

Ingest calls `article_stored` / `article_removed` (the Ingester's article hooks) before it
marks an article stored or deleted in the catalog, so the registry never lags the catalog
after a crash: a half-done article is redone by the next ingest. `sync` covers the rest:
articles stored before the registry existed, or extracted by an older version of the rules,
are re-extracted from the catalog's chunks.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from retrieval.database import Database, Row
from retrieval.index.catalog import Catalog
from retrieval.models import Alliance, Article, PersonMention
from retrieval.registry.extraction import AllianceExtractor, ArticleExtraction
from retrieval.registry.extraction_pool import ExtractionPool, Key, key_of
from retrieval.registry.identity import CompanyIdentity
from retrieval.registry.people import same_person

logger = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS extracted (
    article_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, version TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alliances (
    alliance_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS alliances_by_article ON alliances(article_id);
CREATE TABLE IF NOT EXISTS people (
    article_id TEXT NOT NULL, name TEXT NOT NULL, organization TEXT, record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS people_by_article ON people(article_id);
CREATE INDEX IF NOT EXISTS people_by_organization ON people(organization);
"""


class AllianceRegistry:
    """Thread-safe store of alliance records; one connection, one lock (like the catalog)."""

    def __init__(self, path: Path, *, extractor: AllianceExtractor) -> None:
        self.path = path
        self.extractor = extractor
        self._db = Database(path, schema=SCHEMA)
        self._cache: tuple[int, list[Alliance]] | None = None
        self._pool = ExtractionPool(extractor)
        self._deferred: dict[Key, Article] = {}

    def close(self) -> None:
        self._pool.close()
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group changes: other connections see all of them at commit, or none. Articles
        the extraction worker still has are waited for before the commit."""
        with self._db.transaction():
            yield
            self._write_deferred()

    # -- the Ingester's article hooks ------------------------------------------------------
    def articles_coming(self, articles: Sequence[Article]) -> None:
        """Start extracting a batch that `article_stored` will be called for."""
        self._pool.prepare(articles)

    def article_stored(self, article: Article) -> None:
        """Extract `article` and replace whatever the registry held for it. An article the
        worker is extracting is written when its result is in (at the latest when the
        transaction ends), so ingest never waits for the worker batch by batch."""
        if self._pool.expects(article):
            self._deferred[key_of(article)] = article
            for key in [*self._pool.poll(), key_of(article)]:
                ready = self._deferred.get(key)
                if ready is not None and self._pool.has(key):
                    del self._deferred[key]
                    self._write(ready, self._pool.take(ready))
            return
        self._write(article, self._pool.take(article))

    def _write_deferred(self) -> None:
        deferred, self._deferred = self._deferred, {}
        for article in deferred.values():
            self._write(article, self._pool.take(article))

    def _write(self, article: Article, extraction: ArticleExtraction) -> None:
        with self._db.transaction():
            self._forget(article.article_id)
            self._db.write_many(
                "INSERT OR REPLACE INTO alliances VALUES (?, ?, ?)",
                [(a.alliance_id, a.article_id, a.model_dump_json()) for a in extraction.alliances],
            )
            self._db.write_many(
                "INSERT INTO people VALUES (?, ?, ?, ?)",
                [
                    (article.article_id, p.name, p.organization, p.model_dump_json())
                    for p in extraction.people
                ],
            )
            self._db.write(
                "INSERT OR REPLACE INTO extracted VALUES (?, ?, ?)",
                (article.article_id, article.content_hash, self.extractor.version),
            )

    def article_removed(self, article_id: str) -> None:
        self._deferred = {k: a for k, a in self._deferred.items() if k[0] != article_id}
        with self._db.transaction():
            self._forget(article_id)

    def _forget(self, article_id: str) -> None:
        for table in ("alliances", "people", "extracted"):
            self._db.write(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))

    # -- keeping up with the catalog -------------------------------------------------------
    def sync(self, catalog: Catalog) -> int:
        """Re-extract stale or missing articles, drop vanished ones; returns how many changed."""
        stored = {row[0]: row for row in catalog.stored_articles()}
        extracted = {
            str(r[0]): (str(r[1]), str(r[2]))
            for r in self._all("SELECT article_id, content_hash, version FROM extracted")
        }
        version = self.extractor.version
        stale = [
            article_id
            for article_id, row in stored.items()
            if extracted.get(article_id) != (row[2], version)
        ]
        # One transaction: readers see the old registry until the whole catch-up is done.
        with self._db.transaction():
            for article_id in set(extracted) - set(stored):
                self.article_removed(article_id)
            for start in range(0, len(stale), 500):
                batch = stale[start : start + 500]
                texts = catalog.article_texts(batch)
                articles = [_article(stored[i], texts.get(i, "")) for i in batch]
                self.articles_coming(articles)
                for article in articles:
                    self.article_stored(article)
            self._write_deferred()
        changed = len(stale) + len(set(extracted) - set(stored))
        if changed:
            logger.info("alliance registry: %d article(s) re-extracted or removed", changed)
        return changed

    # -- reading -------------------------------------------------------------------------
    def alliances(self) -> list[Alliance]:
        """Every record, parties under their company's name across the corpus
        (retrieval.registry.identity), oldest first; cached until the registry changes."""
        generation = self._generation()
        if self._cache is not None and self._cache[0] == generation:
            return self._cache[1]
        rows = self._all("SELECT record FROM alliances ORDER BY article_id, alliance_id")
        records = [Alliance.model_validate_json(str(row[0])) for row in rows]
        # One company under one name across articles ("AMC", "American Motors Corp").
        records = CompanyIdentity(records).canonicalize(records)
        records.sort(key=lambda a: (a.date.value if a.date else "~", a.source))
        self._cache = (generation, records)
        return records

    def people_of(self, organization: str) -> list[PersonMention]:
        rows = self._all("SELECT record FROM people WHERE organization = ?", (organization,))
        return [PersonMention.model_validate_json(str(row[0])) for row in rows]

    def with_person_aliases(self, alliance: Alliance) -> Alliance:
        """The record with every participant's other names, from all articles."""
        people = []
        for participant in alliance.people:
            if participant.organization is None:
                people.append(participant)
                continue
            mention = PersonMention(
                name=participant.name,
                title=participant.title,
                organization=participant.organization,
                evidence=participant.evidence,
            )
            others = {
                other.name
                for other in self.people_of(participant.organization)
                if other.name != participant.name and same_person(mention, other)
            }
            people.append(participant.model_copy(update={"aliases": sorted(others)}))
        return alliance.model_copy(update={"people": people})

    def _generation(self) -> int:
        # SQLite's data_version changes when another connection commits; total_changes when
        # this one does: together they tell whether the cache is stale.
        row = self._all("PRAGMA data_version")
        return int(row[0][0]) * 1_000_000_007 + self._db.changes()

    def _all(self, query: str, params: Sequence[object] = ()) -> list[Row]:
        return self._db.all(query, params)


def _article(row: tuple[str, str, str, str, str | None, str | None], text: str) -> Article:
    article_id, source, content_hash, title, date, url = row
    return Article(
        article_id=article_id,
        source=source,
        title=title,
        text=text,
        date=date,
        url=url,
        content_hash=content_hash,
    )
