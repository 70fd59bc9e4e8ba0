"""Ingest keeps the registry's full parses in the reader's parse store, under the text the
reader parses: the reader finds them there and does not parse those sentences again."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest
from spacy.tokens import Doc

from retrieval.database import Database
from retrieval.models import Article
from retrieval.nlp.annotations import AnnotationCache, serialized
from retrieval.nlp.pipeline import Pipeline, shared_pipeline
from retrieval.registry.extraction import RuleExtractor
from retrieval.service import AllianceService

DEAL = "Procter and Gamble Co said it formed a joint venture with Mintax of Turkey."
# The registry parses this without its stock symbol: not the text the reader parses.
SYMBOL = "Gelco Corp <GEC> agreed to buy Acme Inc for 40 mln dlrs."
# No deal word: parsed by neither.
PLAIN = "Shares of both companies rose on Friday."


class _NoParsing(Pipeline):
    def annotate(self, texts: Sequence[str], *, batch_size: int = 64) -> list[Doc]:
        raise AssertionError(f"parsed again: {texts!r}")


class _OtherVersion(AnnotationCache):
    @property
    def _version(self) -> str:
        return "another-nlp-version"


def _article(text: str) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(
        article_id=digest[:16], source="test.txt", title="Company news", text=text,
        content_hash=digest,
    )  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("nlp") / "nlp.sqlite3"
    RuleExtractor(path).extract(_article(f"{DEAL} {SYMBOL} {PLAIN}"))
    return path


def test_the_reader_reads_a_deal_sentence_parsed_at_ingest_without_parsing_it(
    store: Path,
) -> None:
    cache = AnnotationCache(store, pipeline=_NoParsing())
    [kept] = cache.docs([DEAL])
    cache.close()
    assert serialized([kept]) == serialized(shared_pipeline().annotate([DEAL]))


def test_a_sentence_the_registry_parsed_as_another_text_is_not_kept(store: Path) -> None:
    for text in (SYMBOL, PLAIN):
        with pytest.raises(AssertionError, match="parsed again"):
            AnnotationCache(store, pipeline=_NoParsing()).docs([text])


def test_parses_kept_by_another_nlp_version_are_not_read(store: Path) -> None:
    with pytest.raises(AssertionError, match="parsed again"):
        _OtherVersion(store, pipeline=_NoParsing()).docs([DEAL])


def test_without_a_store_the_extractor_keeps_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("a parse store was opened")

    monkeypatch.setattr(AnnotationCache, "__init__", refuse)
    assert RuleExtractor().extract(_article(DEAL)).alliances


@pytest.fixture
def store_mode() -> str:
    return "embedded"  # the parse store is SQLite in the data dir: Chroma does not matter


GAC = (
    "{} GAC Group and SAIC Group signed a strategic cooperation framework agreement,"
    " creating a new situation for the cooperation and development of the domestic"
    " automobile industry."
)


def test_ingest_keeps_the_parses_and_a_changed_sentence_is_kept_anew(
    service: AllianceService, seeds_copy: Path, isolated_data_dir: Path
) -> None:
    service.ingest([seeds_copy])
    store = next(isolated_data_dir.glob("nlp-*.sqlite3"))
    first = GAC.format("ON December 23,")
    [kept] = AnnotationCache(store, pipeline=_NoParsing()).docs([first])
    assert serialized([kept]) == serialized(shared_pipeline().annotate([first]))

    [path] = seeds_copy.glob("001_*.txt")
    path.write_text(path.read_text().replace("ON December 23", "On November 2"))
    service.ingest([seeds_copy])
    changed = GAC.format("On November 2,")
    [kept] = AnnotationCache(store, pipeline=_NoParsing()).docs([changed])
    assert [e.text for e in kept.ents if e.label_ == "DATE"] == ["November 2"]


def test_parses_ingest_cannot_keep_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    cache = AnnotationCache(tmp_path / "nlp.sqlite3")
    doc = shared_pipeline().annotate([DEAL])[0]

    def locked(*_: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Database, "write_many", locked)
    cache.keep([(DEAL, doc)])  # a cache: ingest goes on
    assert "1 parses not kept: database is locked" in caplog.text
