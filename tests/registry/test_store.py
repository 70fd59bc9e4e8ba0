"""The registry follows the catalog: built at ingest, rebuilt on change, emptied on delete."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from retrieval.index.catalog import join_chunks
from retrieval.models import Alliance
from retrieval.service import AllianceService
from retrieval.settings import load_settings


@pytest.fixture
def store_mode() -> str:
    # The registry lives in SQLite next to the catalog; which Chroma holds the vectors does
    # not matter here, so these tests run once, on the embedded store.
    return "embedded"


def pairs(alliances: list[Alliance]) -> set[frozenset[str]]:
    return {frozenset(a.party_names) for a in alliances}


def test_ingest_builds_the_registry_and_a_changed_article_is_re_extracted(
    service: AllianceService, seeds_copy: Path
) -> None:
    service.ingest([seeds_copy])
    assert len(service.alliances()) == 4
    [gac] = service.alliances("GAC")
    assert gac.date is not None and gac.date.value == "--12-23"

    [path] = seeds_copy.glob("001_*.txt")
    path.write_text(path.read_text().replace("ON December 23", "On November 2"))
    report = service.ingest([seeds_copy])
    assert len(report.updated) == 1 and report.unchanged == 4
    [gac] = service.alliances("GAC")
    assert gac.date is not None and gac.date.value == "--11-02"
    assert len(service.alliances()) == 4


def test_a_deleted_article_takes_its_alliances_with_it(
    service: AllianceService, seeds_copy: Path
) -> None:
    service.ingest([seeds_copy])
    [path] = seeds_copy.glob("003_*.txt")
    path.unlink()
    report = service.ingest([seeds_copy])
    assert len(report.removed) == 1
    assert service.alliances("CATL") == []
    assert frozenset({"BAIC", "CATL"}) not in pairs(service.alliances())
    answer = service.ask("Which alliances involve batteries?")
    assert "BAIC – CATL" not in answer.text


def test_a_data_dir_from_before_the_registry_catches_up_from_the_catalog(
    service: AllianceService, seeds_copy: Path, isolated_data_dir: Path
) -> None:
    service.ingest([seeds_copy])
    before = {a.alliance_id: a for a in service.alliances()}
    service.close()
    for table in ("alliances", "people", "extracted"):
        with sqlite3.connect(next(isolated_data_dir.glob("alliances-*.sqlite3"))) as db:
            db.execute(f"DELETE FROM {table}")

    reopened = AllianceService.from_settings(load_settings())
    try:
        after = {a.alliance_id: a for a in reopened.alliances()}
    finally:
        reopened.close()
    # Rebuilt from the stored chunks: the same records, quoting the same sentences.
    assert after.keys() == before.keys()
    for alliance_id, alliance in before.items():
        assert after[alliance_id].kind_evidence == alliance.kind_evidence
        assert after[alliance_id].areas == alliance.areas


def test_chunks_join_back_without_their_overlap() -> None:
    text = "First sentence here. Second sentence follows. Third one ends it."
    chunks = [text[:45], text[21:]]  # the splitter's overlap: "Second sentence follows."
    assert join_chunks(chunks) == text
    assert join_chunks(["One paragraph.", "Another one."]) == "One paragraph.\n\nAnother one."
