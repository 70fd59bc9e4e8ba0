"""The article catalog: which files and articles are stored, and every chunk's text.

SQLite in the data dir. It is the bookkeeping behind idempotent ingest (file fingerprints,
article content hashes) and the text source for the BM25 index, which Chroma cannot
provide locally. Chroma holds the vectors; an article row is written last, so an ingest
that dies halfway leaves the article "not stored" and the next run redoes it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path

from retrieval.database import Database, Row
from retrieval.models import Article, Chunk

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, root TEXT NOT NULL, fingerprint TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY, source TEXT NOT NULL, file_path TEXT NOT NULL,
    content_hash TEXT NOT NULL, title TEXT NOT NULL, date TEXT, url TEXT
);
CREATE INDEX IF NOT EXISTS articles_by_file ON articles(file_path);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, position INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_by_article ON chunks(article_id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sentences (
    article_id TEXT NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);
"""
# Shorter common runs between two chunks are coincidence, not the splitter's overlap.
MIN_OVERLAP = 10
SENTENCE_VERSION_KEY = "sentence_version"

CHUNK_COLUMNS = "c.chunk_id, c.article_id, a.source, a.title, a.date, a.url, c.position, c.text"


class Catalog:
    """Thread-safe access to the catalog database (see retrieval.database)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = Database(path, schema=SCHEMA)

    def close(self) -> None:
        """Idempotent: closing twice is harmless (the CLI closes before serving, then again)."""
        self._db.close()

    def transaction(self) -> AbstractContextManager[None]:
        """Group changes: other connections see all of them at commit, or none."""
        return self._db.transaction()

    # -- files ---------------------------------------------------------------------------
    def file_fingerprint(self, path: str) -> str | None:
        row = self._one("SELECT fingerprint FROM files WHERE path = ?", (path,))
        return None if row is None else str(row[0])

    def record_file(self, *, path: str, root: str, fingerprint: str) -> None:
        self._write(
            "INSERT OR REPLACE INTO files(path, root, fingerprint) VALUES (?, ?, ?)",
            (path, root, fingerprint),
        )

    def files_under(self, root: str) -> list[str]:
        rows = self._all("SELECT path FROM files WHERE root = ?", (root,))
        return [str(row[0]) for row in rows]

    def forget_file(self, path: str) -> None:
        self._write("DELETE FROM files WHERE path = ?", (path,))

    # -- articles ------------------------------------------------------------------------
    def article_hash(self, article_id: str) -> str | None:
        row = self._one("SELECT content_hash FROM articles WHERE article_id = ?", (article_id,))
        return None if row is None else str(row[0])

    def articles_of_file(self, file_path: str) -> dict[str, str]:
        """article_id -> source for every stored article that came from this file."""
        rows = self._all(
            "SELECT article_id, source FROM articles WHERE file_path = ?", (file_path,)
        )
        return {str(row[0]): str(row[1]) for row in rows}

    def put_article(
        self,
        article: Article,
        *,
        file_path: str,
        chunks: Sequence[Chunk],
        sentences: Sequence[str] = (),
    ) -> None:
        """Replace an article, its chunks and its sentences, all or nothing."""
        with self._db.transaction():
            self._db.write("DELETE FROM chunks WHERE article_id = ?", (article.article_id,))
            self.put_sentences(article.article_id, sentences)
            self._db.write_many(
                "INSERT INTO chunks(chunk_id, article_id, position, text) VALUES (?,?,?,?)",
                [(c.chunk_id, c.article_id, c.position, c.text) for c in chunks],
            )
            self._db.write(
                "INSERT OR REPLACE INTO articles VALUES (?,?,?,?,?,?,?)",
                (
                    article.article_id,
                    article.source,
                    file_path,
                    article.content_hash,
                    article.title,
                    article.date,
                    article.url,
                ),
            )

    def delete_article(self, article_id: str) -> None:
        with self._db.transaction():
            self._db.write("DELETE FROM chunks WHERE article_id = ?", (article_id,))
            self._db.write("DELETE FROM sentences WHERE article_id = ?", (article_id,))
            self._db.write("DELETE FROM articles WHERE article_id = ?", (article_id,))

    def chunk_ids_of(self, article_id: str) -> list[str]:
        rows = self._all("SELECT chunk_id FROM chunks WHERE article_id = ?", (article_id,))
        return [str(row[0]) for row in rows]

    def all_chunk_ids(self) -> set[str]:
        return {str(row[0]) for row in self._all("SELECT chunk_id FROM chunks", ())}

    def stored_articles(self) -> list[tuple[str, str, str, str, str | None, str | None]]:
        """(article_id, source, content_hash, title, date, url) of every stored article."""
        rows = self._all(
            "SELECT article_id, source, content_hash, title, date, url FROM articles", ()
        )
        return [
            (str(r[0]), str(r[1]), str(r[2]), str(r[3]), _optional(r[4]), _optional(r[5]))
            for r in rows
        ]

    def count_articles(self) -> int:
        row = self._one("SELECT COUNT(*) FROM articles", ())
        return 0 if row is None else int(row[0])

    # -- chunks --------------------------------------------------------------------------
    def chunks_by_id(self, chunk_ids: Sequence[str]) -> dict[str, Chunk]:
        found: dict[str, Chunk] = {}
        for start in range(0, len(chunk_ids), 500):
            batch = list(chunk_ids[start : start + 500])
            marks = ",".join("?" * len(batch))
            query = (
                f"SELECT {CHUNK_COLUMNS} FROM chunks c JOIN articles a USING(article_id) "
                f"WHERE c.chunk_id IN ({marks})"
            )
            for row in self._all(query, batch):
                found[row[0]] = _chunk_from_row(row)
        return found

    def chunks_of_articles(self, article_ids: Sequence[str]) -> list[Chunk]:
        """All chunks of the given articles, in article then position order."""
        if not article_ids:
            return []
        marks = ",".join("?" * len(article_ids))
        query = (
            f"SELECT {CHUNK_COLUMNS} FROM chunks c JOIN articles a USING(article_id) "
            f"WHERE c.article_id IN ({marks}) ORDER BY c.article_id, c.position"
        )
        return [_chunk_from_row(row) for row in self._all(query, list(article_ids))]

    def iter_chunks(self) -> Iterator[Chunk]:
        """Every stored chunk in a stable order (the BM25 index is built from this)."""
        query = (
            f"SELECT {CHUNK_COLUMNS} FROM chunks c JOIN articles a USING(article_id) "
            "ORDER BY c.chunk_id"
        )
        for row in self._all(query, ()):
            yield _chunk_from_row(row)

    def article_texts(self, article_ids: Sequence[str]) -> dict[str, str]:
        """Each article's body, joined back from its overlapping chunks."""
        pieces: dict[str, list[str]] = {}
        for chunk in self.chunks_of_articles(article_ids):
            pieces.setdefault(chunk.article_id, []).append(chunk.text)
        return {article_id: join_chunks(texts) for article_id, texts in pieces.items()}

    # -- sentences -----------------------------------------------------------------------
    def put_sentences(self, article_id: str, sentences: Sequence[str]) -> None:
        with self._db.transaction():
            self._db.write("DELETE FROM sentences WHERE article_id = ?", (article_id,))
            self._db.write_many(
                "INSERT INTO sentences(article_id, position, text) VALUES (?,?,?)",
                [(article_id, position, text) for position, text in enumerate(sentences)],
            )

    def sentences_of(self, article_ids: Sequence[str]) -> dict[str, list[str]]:
        """article_id -> its body sentences in order (segmented at ingest)."""
        found: dict[str, list[str]] = {article_id: [] for article_id in article_ids}
        if not article_ids:
            return found
        marks = ",".join("?" * len(article_ids))
        rows = self._all(
            f"SELECT article_id, text FROM sentences WHERE article_id IN ({marks}) "
            "ORDER BY article_id, position",
            list(article_ids),
        )
        for article_id, text in rows:
            found[str(article_id)].append(str(text))
        return found

    def unsegmented_articles(self) -> list[str]:
        """Stored articles without sentences (stored before sentences were kept)."""
        rows = self._all(
            "SELECT article_id FROM articles WHERE article_id NOT IN "
            "(SELECT DISTINCT article_id FROM sentences)",
            (),
        )
        return [str(row[0]) for row in rows]

    # -- meta ----------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self._write("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    @property
    def read_only(self) -> bool:
        """True when the data dir could not be written: the catalog was opened read-only."""
        return self._db.read_only

    def catalog_id(self) -> str | None:
        """This catalog's identity, made on first use: the vectors' owner in Chroma (None
        for a read-only catalog made before identities were recorded)."""
        found = self.get_meta("catalog_id")
        if found is None and self.read_only:
            return None
        if found is None:
            # Two processes opening a new catalog at once agree on the first id written.
            self._write(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('catalog_id', ?)",
                (uuid.uuid4().hex,),
            )
            found = self.get_meta("catalog_id")
        return found

    def generation(self) -> int:
        """Bumped on every change, so derived indexes know when they are stale."""
        return int(self.get_meta("generation") or 0)

    def bump_generation(self) -> None:
        self.set_meta("generation", str(self.generation() + 1))

    # -- plumbing ------------------------------------------------------------------------
    def _one(self, query: str, params: Sequence[object]) -> Row | None:
        return self._db.one(query, params)

    def _all(self, query: str, params: Sequence[object]) -> list[Row]:
        return self._db.all(query, params)

    def _write(self, query: str, params: Sequence[object]) -> None:
        self._db.write(query, params)


def join_chunks(texts: Sequence[str]) -> str:
    """An article's text back from its overlapping chunks (in position order)."""
    joined = ""
    for text in texts:
        longest = min(len(joined), len(text))
        sizes = range(longest, MIN_OVERLAP - 1, -1)
        overlap = next((size for size in sizes if joined.endswith(text[:size])), 0)
        separator = "" if overlap or not joined else "\n\n"
        joined += separator + text[overlap:]
    return joined


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


def _chunk_from_row(row: Row) -> Chunk:
    chunk_id, article_id, source, title, date, url, position, text = row
    return Chunk(
        chunk_id=str(chunk_id),
        article_id=str(article_id),
        source=str(source),
        title=str(title),
        date=None if date is None else str(date),
        url=None if url is None else str(url),
        position=int(str(position)),
        text=str(text),
    )
