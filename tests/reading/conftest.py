"""Fixtures shared by the reader's tests that drive a whole service."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from retrieval.models import Answer, Chunk
from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.evidence import ArticleEvidence, Sentence
from retrieval.reading.matching import ArticleNames
from retrieval.reading.normalize import normalize_question
from retrieval.reading.spans import candidates
from retrieval.service import AllianceService
from retrieval.settings import load_settings
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def seeded_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data dir with the seeds ingested (extractive settings), shared by a module."""
    data_dir = tmp_path_factory.mktemp("seeded")
    service = AllianceService.from_settings(load_settings(data_dir=data_dir, llm=None))
    try:
        service.ingest([SEEDS])
    finally:
        service.close()
    return data_dir


@contextmanager
def ingested(articles: Sequence[dict[str, Any]], root: Path) -> Iterator[AllianceService]:
    """A service over its own store under `root`, with `articles` ingested (the default
    settings, as a newcomer runs them)."""
    corpus = root / "news.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in articles), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ALLIANCE_BOT_DATA_DIR", str(root / "data"))
        service = AllianceService.from_settings(load_settings())
    service.ingest([corpus])
    try:
        yield service
    finally:
        service.close()


def titled_articles(texts: dict[str, str], date: str = "1987-03-31") -> list[dict[str, Any]]:
    """Articles from titles and texts, one a title, ids in order."""
    return [
        {"id": f"a{n}", "title": title, "date": date, "text": text}
        for n, (title, text) in enumerate(texts.items())
    ]


def ask_one(title: str, text: str, question: str, root: Path) -> Answer:
    """The answer to `question` over a store holding one article."""
    with ingested(titled_articles({title: text}), root) as service:
        return service.ask(question)


def module_service(articles: Sequence[dict[str, Any]], name: str) -> Any:
    """A module-scoped `service` fixture over its own store of `articles`."""

    @pytest.fixture(scope="module")
    def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AllianceService]:
        with ingested(articles, tmp_path_factory.mktemp(name)) as built:
            yield built

    return service


def evidence_of(article_id: str, texts: list[str], rank: int = 0) -> ArticleEvidence:
    """An article's evidence as the reader gathers it: one chunk, one sentence per text."""
    chunk = Chunk(
        chunk_id=article_id,
        article_id=article_id,
        source=f"news#{article_id}",
        title="T",
        position=0,
        text=" ".join(texts),
    )
    sentences = [Sentence(article_id, i, text) for i, text in enumerate(texts)]
    return ArticleEvidence(chunk, rank, sentences, ArticleNames(" ".join(texts)))


def first_part_answers(question: str, sentence: str) -> list[str]:
    """The answers one sentence gives to the question's first part, best first."""
    text = normalize_question(question)
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    doc = shared_pipeline().annotate([sentence])[0]
    found = candidates(doc, asked.parts[0], asked_names=asked.names, question=text)
    return [c.text for c in found]
