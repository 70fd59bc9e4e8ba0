"""End to end on a real temporary Chroma: ingest -> ask through the CLI, re-ingest rules."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.cli.main import main
from retrieval.index.store import EmbedderMismatch
from retrieval.ingest import pipeline
from retrieval.ingest.documents import load_file
from retrieval.locking import WriterBusy, WriterLock
from retrieval.service import AllianceService
from retrieval.settings import load_settings
from tests.conftest import SEEDS


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_ask_on_empty_store_ingests_seeds_and_cites_them(
    capsys: pytest.CaptureFixture[str], store_mode: str
) -> None:
    code, out, err = run_cli(
        capsys,
        "ask",
        "--json",
        "Who is the president of SAIC Group?",
        "What will Ford and Volkswagen build together?",
    )
    assert code == 0, err
    assert "ingested 5 seed articles" in err
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["answered"] is True
    assert "Wang Xiaoqiu" in first["answer"]
    assert [c["source"] for c in first["citations"]] == ["001_2f798c6c0f03ddce.txt"]
    assert set(first["timings_ms"]) == {"retrieval", "answer", "total"}
    assert first["citations"][0]["quote"] in first["answer"]
    assert second["answered"] is False
    assert second["citations"] == []
    assert "Ford" in second["answer"] and "Volkswagen" in second["answer"]


def test_cli_ingest_reports_and_second_run_is_a_no_op(
    capsys: pytest.CaptureFixture[str], seeds_copy: Path, store_mode: str
) -> None:
    code, out, _ = run_cli(capsys, "ingest", str(seeds_copy))
    assert code == 0
    assert "5 added" in out
    code, out, _ = run_cli(capsys, "ingest", str(seeds_copy))
    assert code == 0
    assert "0 added, 0 updated, 0 removed, 5 unchanged" in out


def test_changed_file_replaces_its_chunks(service: AllianceService, seeds_copy: Path) -> None:
    service.ingest([seeds_copy])
    chunks_before = service.vectors.count()
    target = seeds_copy / "003_12dc8710fa54c8a9.txt"
    target.write_text(
        "BAIC and CATL sign battery deal\n\nOn March 13th, 2023 BAIC and CATL agreed that "
        "CATL will supply sodium-ion cells to BAIC from a new plant in Qingdao.\n",
        encoding="utf-8",
    )
    report = service.ingest([seeds_copy])
    assert report.updated == ["003_12dc8710fa54c8a9.txt"]
    assert report.unchanged == 4
    answer = service.ask("Where is the new plant that will make cells for BAIC?")
    assert answer.answered and "Qingdao" in answer.text
    # The old text is gone from both indexes, not merely outranked.
    assert not any("Zheng Shu" in hit.chunk.text for hit in service.search("Zheng Shu CFO"))
    assert service.vectors.count() < chunks_before


def test_a_new_loader_reads_every_file_again(
    service: AllianceService, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.ingest([seeds_copy])
    read: list[Path] = []

    def counting(path: Path) -> object:
        read.append(path)
        return load_file(path)

    monkeypatch.setattr(pipeline, "load_file", counting)
    assert service.ingest([seeds_copy]).unchanged == 5 and read == []
    # cleaning rules changed: the files are read again, their unchanged articles kept
    monkeypatch.setattr(pipeline, "LOADER_VERSION", pipeline.LOADER_VERSION + "-next")
    report = service.ingest([seeds_copy])
    assert len(read) == 5 and report.unchanged == 5 and report.updated == []


def test_file_removed_from_folder_is_removed_and_reported(
    service: AllianceService, seeds_copy: Path
) -> None:
    service.ingest([seeds_copy])
    (seeds_copy / "004_1ff6289c2dee9128.txt").unlink()
    report = service.ingest([seeds_copy])
    assert report.removed == ["004_1ff6289c2dee9128.txt"]
    assert service.catalog.count_articles() == 4
    assert all(h.chunk.source != "004_1ff6289c2dee9128.txt" for h in service.search("Wu Zeming"))


def test_bad_files_are_skipped_with_reasons_and_nothing_stored_is_lost(
    service: AllianceService, seeds_copy: Path, tmp_path: Path
) -> None:
    service.ingest([seeds_copy])
    stored = service.vectors.count()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02 not text \x00")
    (bad / "empty.md").write_text("   \n", encoding="utf-8")
    (bad / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me".encode("latin-1"))
    (bad / "truncated.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    (bad / "nobody.html").write_text("<html><head><title>x</title></head></html>")
    (bad / "broken.jsonl").write_text(
        '{"id": "1", "title": "Good one", "text": "Renault and Nissan extend their alliance."}\n'
        '{"id": "2", "title": "Broken", "text": \n',
        encoding="utf-8",
    )
    # A seed that went bad after ingest keeps its stored version.
    (seeds_copy / "000_1bfa03ad5d30758b.txt").write_bytes(b"\x00\x00\x00")
    report = service.ingest([seeds_copy, bad])
    reasons = {skip.source: skip.reason for skip in report.skipped}
    for name in ("binary.txt", "empty.md", "latin1.txt", "truncated.pdf", "nobody.html"):
        assert any(name in source for source in reasons), (name, reasons)
    assert any("broken.jsonl" in source for source in reasons)
    assert report.added == ["broken.jsonl#1"]
    assert service.vectors.count() > stored
    assert service.ask("Who is the chairman of Geely Holding Group?").answered


def test_a_different_embedder_is_refused(service: AllianceService, settings: object) -> None:
    service.ingest([SEEDS])
    other = load_settings(embedder={"kind": "hash", "dimension": 256})
    with pytest.raises(EmbedderMismatch, match="re-ingest"):
        AllianceService.from_settings(other)


def test_cli_reports_a_bad_setting_by_name(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALLIANCE_BOT_RETRIEVAL__TOP_K", "zero")
    code, _, err = run_cli(capsys, "ask", "anything")
    assert code == 2
    assert "ALLIANCE_BOT_RETRIEVAL__TOP_K" in err


def test_cli_eval_prints_the_table(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        json.dumps(
            {
                "id": "q1",
                "type": "factual",
                "question": "Who replaced Cheng Li at Alibaba?",
                "gold": ["1ff6289c"],
                "facts": [["Wu Zeming"]],
            }
        )
        + "\n"
        + json.dumps({"id": "q2", "question": "How many employees does CATL have?", "gold": []})
        + "\n",
        encoding="utf-8",
    )
    code, out, _ = run_cli(capsys, "eval", str(questions))
    assert code == 0
    assert "fact accuracy           1.000" in out
    assert "unanswerable refused    1.000" in out


def test_copy_of_seeds_elsewhere_is_recognised_as_unchanged(
    service: AllianceService, tmp_path: Path
) -> None:
    service.ingest([SEEDS])
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(SEEDS, elsewhere)
    report = service.ingest([elsewhere])
    assert report.added == [] and report.unchanged == 5


def test_jsonl_record_removed_from_file_is_removed_unless_a_line_is_unreadable(
    service: AllianceService, tmp_path: Path
) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": str(n), "title": f"Deal {n}", "text": f"Company {n} partners with firm {n}."}
        for n in range(3)
    ]
    headline_only = {"id": "h", "title": "HEADLINE", "text": "HEADLINE"}
    lines = [json.dumps(record) for record in [*records, headline_only]]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    service.ingest([feed])
    assert service.catalog.count_articles() == 3
    # Dropping record 2 while a broken line is present: record 2 might be that line.
    feed.write_text("\n".join([*lines[:2], "{broken", lines[3]]) + "\n", encoding="utf-8")
    report = service.ingest([feed])
    assert report.removed == []
    assert service.catalog.count_articles() == 3
    # Once every line is readable again, the missing record is really gone.
    feed.write_text("\n".join([*lines[:2], lines[3]]) + "\n", encoding="utf-8")
    report = service.ingest([feed])
    assert report.removed == ["feed.jsonl#2"]
    assert service.catalog.count_articles() == 2


def test_one_writer_at_a_time(service: AllianceService, isolated_data_dir: Path) -> None:
    with WriterLock(isolated_data_dir), pytest.raises(WriterBusy, match="another ingest"):
        service.ingest([SEEDS])
    assert service.ingest([SEEDS]).added  # the lock is free again


def test_progress_is_reported(service: AllianceService, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(12):
        (folder / f"{n:02d}.txt").write_text(
            f"Deal {n}\n\nCompany{n} and Partner{n} signed a supply agreement.", encoding="utf-8"
        )
    messages: list[str] = []
    service.ingest([folder], progress=messages.append)
    assert messages and messages[-1].startswith("12/12 files read")


def test_question_about_two_companies_needs_them_together(
    service: AllianceService, tmp_path: Path
) -> None:
    article = tmp_path / "autos.txt"
    article.write_text(
        "Carmakers report results\n\nFord said profits rose on strong truck sales. "
        "Separately, Volkswagen is considering building a car factory in India.",
        encoding="utf-8",
    )
    service.ingest([article])
    assert not service.ask("What will Ford and Volkswagen build together?").answered
    assert service.ask("What is Volkswagen considering building?").answered
