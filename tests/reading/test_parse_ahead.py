"""Sentences parsed ahead, in one call with others, are those the reading parses anyway:
the same answer, the same sentences parsed, in fewer calls."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from spacy.tokens import Doc

from retrieval.models import Answer
from retrieval.nlp.annotations import AnnotationCache
from retrieval.nlp.pipeline import Pipeline
from retrieval.reading import findings, listing
from retrieval.reading.extractive import ExtractiveAnswerer
from retrieval.service import AllianceService
from tests.reading.conftest import module_service
from tests.reading.test_described_parties import ARTICLES as DESCRIBED
from tests.reading.test_list_lines import ARTICLES as LISTED

SYNDICATE = [
    {
        "id": f"corvex-syndicate-{n}",
        "title": f"BANKS JOIN CORVEX SYNDICATE {n}",
        "date": f"1987-06-1{n}",
        "text": (
            f"Lindqvist Bank AB and Mellor Trust Co joined the Corvex bond underwriting "
            f"syndicate, the {n}th such move, banking sources said.\n"
            f"Banque Aveyron SA and Osterby Bank AB also joined the Corvex underwriting "
            f"syndicate as co-managers.\n"
            f"The Corvex syndicate now holds banks from Sweden, Britain and France.\n"
            f"Trading in Stockholm was quiet on Monday, dealers said.\n"
            f"The chief economist expects growth of two pct this year."
        ),
    }
    for n in (4, 5)
]

service = module_service([*DESCRIBED, *LISTED, *SYNDICATE], "parse-ahead")


class _Recording(Pipeline):
    """The full pipeline, noting the texts of each call."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[list[str]] = []

    def annotate(self, texts: Sequence[str], *, batch_size: int = 64) -> list[Doc]:
        self.calls.append(list(texts))
        return super().annotate(texts, batch_size=batch_size)


def _read(service: AllianceService, question: str) -> tuple[Answer, list[list[str]]]:
    """The extractive answer with a parse cache of its own (nothing parsed before), and
    the texts each parse call was given."""
    recording = _Recording()
    settings = service.settings
    reader = ExtractiveAnswerer(
        embedder=service.embedder,
        settings=settings.answer,
        sentences_of=service.catalog.sentences_of,
        annotations=AnnotationCache(None, pipeline=recording),
        search=lambda query: service.searcher.search(query, top_k=settings.retrieval.candidates),
    )
    hits = service.searcher.with_whole_articles(
        service.searcher.search(question), articles=settings.answer.expand_articles
    )
    answer = reader.answer(question, hits, idf=service.searcher.lexical_index().idf)
    return answer, recording.calls


@pytest.mark.parametrize(
    "question",
    [
        # a list: each article's best lines compared, parsed ahead for every article at once
        "Which banks joined the Corvex underwriting syndicate?",
        # a stake bought by a firm described: the sentences naming it parsed with the part's
        "How big a holding is Finland's state-owned miner taking in the Spanish copper tube maker?",
    ],
)
def test_parsing_ahead_parses_the_same_sentences_in_fewer_calls(
    service: AllianceService, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ahead, batched = _read(service, question)
    with monkeypatch.context() as unbatched:
        unbatched.setattr(listing, "parse_ahead", lambda *_: None)
        unbatched.setattr(findings, "parsed_next", lambda *_: [])
        one_by_one, calls = _read(service, question)
    assert ahead.text == one_by_one.text
    assert ahead.citations == one_by_one.citations
    assert ahead.answered, ahead.text
    # nothing parsed that the reading would not parse, nothing it parses left out ...
    assert sorted(t for call in batched for t in call) == sorted(t for call in calls for t in call)
    # ... in fewer calls
    assert len(batched) < len(calls)
