"""Parsed sentences kept in SQLite come back as the docs that were parsed."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc

from retrieval.nlp import annotations
from retrieval.nlp.annotations import EXCLUDE, AnnotationCache, serialized
from retrieval.nlp.pipeline import Pipeline, shared_pipeline

SENTENCES = [
    "Procter and Gamble Co said it formed a joint venture with Mintax of Turkey.",
    "The venture, owned 60 pct by P and G, will make detergents in Istanbul.",
    "Mintax will pay 12 mln dlrs for its 40 pct stake, the company said on Friday.",
]


class _NoParsing(Pipeline):
    def annotate(self, texts: Sequence[str], *, batch_size: int = 64) -> list[Doc]:
        raise AssertionError(f"parsed again: {texts!r}")


def _reading(doc: Doc) -> list[tuple[str, str, str, str, int]]:
    return [(t.text, t.tag_, t.dep_, t.lemma_, t.head.i) for t in doc]


def test_a_second_cache_reads_every_kept_doc_back_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "nlp.sqlite3"
    first = AnnotationCache(path)
    parsed = first.docs(SENTENCES)
    first.close()
    # A fresh cache has nothing in memory: all three come from one batch read of the file.
    # A fresh cache whose parser must not run: every doc has to come from the file.
    second = AnnotationCache(path, pipeline=_NoParsing())
    loaded = second.docs(SENTENCES)
    second.close()
    assert [_reading(doc) for doc in loaded] == [_reading(doc) for doc in parsed]
    assert [[(e.text, e.label_) for e in doc.ents] for doc in loaded] == [
        [(e.text, e.label_) for e in doc.ents] for doc in parsed
    ]
    assert [doc.text for doc in loaded] == SENTENCES


def test_a_batch_is_kept_as_each_doc_serializes_itself() -> None:
    # One msgpack writer for the batch (not one per doc) writes the very bytes spaCy does.
    docs = shared_pipeline().annotate(SENTENCES)
    assert serialized(docs) == [doc.to_bytes(exclude=EXCLUDE) for doc in docs]
    assert serialized(docs[::-1]) == [doc.to_bytes(exclude=EXCLUDE) for doc in docs[::-1]]


def test_a_thread_makes_its_msgpack_codecs_once_and_reads_after_a_failed_read(
    tmp_path: Path,
) -> None:
    # making a reader or writer looks srsly's registry up: once a thread, not once a batch
    assert annotations._packer() is annotations._packer()
    assert annotations._unpacker() is annotations._unpacker()
    others: list[object] = []
    worker = threading.Thread(target=lambda: others.append(annotations._unpacker()))
    worker.start()
    worker.join()
    assert others[0] is not annotations._unpacker()  # never shared across threads
    # a read that fails mid-message leaves no half message for the next read
    path = tmp_path / "nlp.sqlite3"
    AnnotationCache(path).docs(SENTENCES)
    annotations._unpacker().feed(b"\x93\x01")  # a three-item array cut after one item
    with contextlib.suppress(Exception):
        AnnotationCache(path, pipeline=_NoParsing()).docs(SENTENCES[:1])
    loaded = AnnotationCache(path, pipeline=_NoParsing()).docs(SENTENCES)
    assert [doc.text for doc in loaded] == SENTENCES
