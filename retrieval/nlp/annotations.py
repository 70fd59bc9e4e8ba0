"""Parsed sentences, kept: spaCy runs once per distinct sentence, not once per question.

Parsing is the slow step (about 5,000 words/s here), far too slow for every sentence of
every article at ingest, so sentences are parsed when a question (or the registry) first
needs them and the result is stored in SQLite, keyed by the sentence's text and the NLP
version — a new spaCy, model or rule version simply misses and re-parses. The store is a
cache: if it cannot be written (a read-only data dir) parsing still works, just unkept.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from retrieval.database import Database
from retrieval.nlp.pipeline import Pipeline, nlp_version, shared_pipeline

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    key TEXT PRIMARY KEY, version TEXT NOT NULL, data BLOB NOT NULL
);
"""
MEMORY_ITEMS = 20_000
# Not needed after parsing; dropping them keeps a stored sentence near 4.6 KB (measured
# over the 13,259 deal sentences ingest keeps of the full store).
EXCLUDE = ["tensor", "user_data"]

logger = logging.getLogger(__name__)


# One msgpack reader and writer per thread, made on first use: making one looks srsly's
# decoders or encoders up in its registry (about 1 ms, which was ~7 ms of a new question
# that loads and keeps a few batches of sentences); neither may be shared across threads.
_CODECS = threading.local()


def _unpacker() -> Any:
    """A msgpack stream reader with srsly's decoders (numpy arrays): what
    `Doc.from_bytes` reads with, except that srsly looks its decoders up in its registry on
    every call (about two thirds of a stored sentence's load time), and this once a thread.
    Each use feeds one whole message and reads it back, so the stream is empty between
    uses; `_forget_unpacker` drops one a failed read may have left half-fed."""
    found = getattr(_CODECS, "unpacker", None)
    if found is None:
        from srsly.msgpack import Unpacker  # noqa: PLC0415 - loaded with spaCy

        found = _CODECS.unpacker = Unpacker(raw=False, use_list=True)
    return found


def _forget_unpacker() -> None:
    _CODECS.unpacker = None


def _packer() -> Any:
    """A msgpack writer with srsly's encoders: what `Doc.to_bytes` writes with, except that
    srsly looks its encoders up in its registry for every doc (four fifths of writing a
    parsed sentence), and this once a thread (each `pack` returns its bytes and resets)."""
    found = getattr(_CODECS, "packer", None)
    if found is None:
        from srsly.msgpack import Packer  # noqa: PLC0415 - loaded with spaCy

        found = _CODECS.packer = Packer(use_bin_type=True)
    return found


def serialized(docs: Sequence[Doc]) -> list[bytes]:
    """Each doc as `doc.to_bytes(exclude=EXCLUDE)` gives it, byte for byte."""
    packer = _packer()
    return [packer.pack(doc.to_dict(exclude=EXCLUDE)) for doc in docs]


def key_of(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()


class AnnotationCache:
    """Nothing is opened or loaded until the first parse (building one is free, and a
    process forked before that opens its own file)."""

    def __init__(self, path: Path | None, *, pipeline: Pipeline | None = None) -> None:
        self._path = path
        self._pipeline = pipeline or shared_pipeline()
        self._opened: tuple[int, Database | None] | None = None
        self._memory: OrderedDict[str, Doc] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def _db(self) -> Database | None:
        if self._opened is None or self._opened[0] != os.getpid():
            self._opened = (os.getpid(), _open(self._path))
        return self._opened[1]

    @property
    def _version(self) -> str:
        return nlp_version()

    def close(self) -> None:
        if self._opened is not None and self._opened[1] is not None:
            self._opened[1].close()
        self._opened = None

    def docs(self, texts: Sequence[str]) -> list[Doc]:
        """One parsed doc per text, in order."""
        keys = [key_of(text) for text in texts]
        found = self._recall(set(keys))
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in found))
        if missing:
            parsed = self._pipeline.annotate(missing)
            fresh = {key_of(t): doc for t, doc in zip(missing, parsed, strict=True)}
            self._keep(fresh)
            found.update(fresh)
        return [found[key] for key in keys]

    def doc(self, text: str) -> Doc:
        return self.docs([text])[0]

    def _recall(self, keys: set[str]) -> dict[str, Doc]:
        found: dict[str, Doc] = {}
        with self._lock:
            for key in keys:
                if key in self._memory:
                    self._memory.move_to_end(key)
                    found[key] = self._memory[key]
        rest = sorted(keys - found.keys())
        if rest and self._db is not None:
            found.update(self._load(rest))
        return found

    def _load(self, keys: list[str]) -> dict[str, Doc]:
        from spacy.tokens import Doc  # noqa: PLC0415

        db = self._db
        assert db is not None
        vocab = cast("Vocab", self._pipeline.vocab)
        loaded: dict[str, Doc] = {}
        for start in range(0, len(keys), 500):
            batch = keys[start : start + 500]
            unpacker = _unpacker()
            marks = ",".join("?" * len(batch))
            rows = db.all(
                f"SELECT key, data FROM docs WHERE version = ? AND key IN ({marks})",
                [self._version, *batch],
            )
            try:
                for key, data in rows:
                    unpacker.feed(bytes(data))
                    loaded[str(key)] = Doc(vocab).from_dict(unpacker.unpack())
            except BaseException:
                _forget_unpacker()  # it may hold the rest of a message it failed on
                raise
        self._remember(loaded)
        return loaded

    def keep(self, parses: Sequence[tuple[str, Doc]]) -> None:
        """Store docs made elsewhere (the registry's, at ingest) under their texts, as if
        they had been parsed here: each must be what `Pipeline.annotate` gives its text.
        Into the file only, in one transaction: ingest keeps thousands, which the
        process itself will not read again."""
        db = self._db
        if db is None or not parses:
            return
        try:
            with db.transaction():
                self._write(db, {key_of(text): doc for text, doc in parses})
        except sqlite3.Error as error:
            # a cache: losing it costs the reader speed, not answers; but say so, so that a
            # store left without the ingest's parses can be seen
            logger.warning("parse store: %d parses not kept: %s", len(parses), error)

    def _keep(self, fresh: dict[str, Doc]) -> None:
        self._remember(fresh)
        db = self._db
        if db is None:
            return
        # A cache: a read-only or full data dir only costs speed.
        with contextlib.suppress(sqlite3.Error):
            self._write(db, fresh)

    def _write(self, db: Database, docs: dict[str, Doc]) -> None:
        """`docs` by key, serialized, into the file under this NLP version."""
        data = serialized(list(docs.values()))
        rows = [(key, self._version, blob) for key, blob in zip(docs, data, strict=True)]
        db.write_many("INSERT OR REPLACE INTO docs VALUES (?, ?, ?)", rows)

    def _remember(self, docs: dict[str, Doc]) -> None:
        with self._lock:
            for key, doc in docs.items():
                self._memory[key] = doc
                self._memory.move_to_end(key)
            while len(self._memory) > MEMORY_ITEMS:
                self._memory.popitem(last=False)


def _open(path: Path | None) -> Database | None:
    if path is None:
        return None
    try:
        return Database(path, schema=SCHEMA)
    except (sqlite3.Error, OSError):
        return None  # read-only data dir: parse without keeping
