"""Ingest guards: an oversized article is skipped with a reason naming the setting, and a
path that does not exist makes `alliance-bot ingest` fail instead of reporting success."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli.main import main
from retrieval.service import AllianceService
from retrieval.settings import load_settings

FILLER = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20 + "\n\n"


def write_big_article(path: Path, chars: int) -> Path:
    path.write_text("A filler article\n\n" + FILLER * (chars // len(FILLER) + 1))
    return path


@pytest.mark.parametrize("store_mode", ["embedded"], indirect=True)
def test_an_article_over_the_size_limit_is_skipped_and_what_was_stored_stays(
    service: AllianceService, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    write_big_article(folder / "big.txt", 50_000)
    small = {"id": "small", "title": "Geely and Volvo", "text": "Geely partnered with Volvo."}
    huge = {"id": "huge", "title": "Filler", "text": FILLER * 3_000}  # ~3.4 MB of text
    (folder / "feed.jsonl").write_text(json.dumps(small) + "\n" + json.dumps(huge) + "\n")
    first = service.ingest([folder])
    # The default limit (1 MB of text) takes the 50 KB article and skips the 3.4 MB one.
    assert sorted(first.added) == ["big.txt", "feed.jsonl#small"]
    [skip] = first.skipped
    assert skip.source == "feed.jsonl#huge"
    assert "over the limit of 1,000,000" in skip.reason
    assert "ALLIANCE_BOT_INGEST__MAX_ARTICLE_CHARS" in skip.reason

    # A lower limit: the stored version of an article now too big is kept, and reported.
    strict = AllianceService.from_settings(
        load_settings(ingest={"max_article_chars": 10_000}, chroma_url=None)
    )
    try:
        write_big_article(folder / "big.txt", 60_000)  # changed, and over 10,000
        second = strict.ingest([folder])
        assert second.added == second.updated == second.removed == []
        assert {s.source for s in second.skipped} == {"big.txt", "feed.jsonl#huge"}
        assert strict.catalog.count_articles() == 2
        # Skipped files are read again next time (the limit may have been raised).
        assert len(strict.ingest([folder]).skipped) == 2
    finally:
        strict.close()
    assert len(service.ingest([folder]).updated) == 1  # default limit: big.txt is taken


def test_the_size_limit_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings().ingest.max_article_chars == 1_000_000
    monkeypatch.setenv("ALLIANCE_BOT_INGEST__MAX_ARTICLE_CHARS", "5000")
    assert load_settings().ingest.max_article_chars == 5000


def test_ingest_of_a_path_that_does_not_exist_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-folder"
    assert main(["ingest", str(missing)]) == 1
    captured = capsys.readouterr()
    assert f"no such file or folder: {missing}" in captured.err
    assert captured.out == ""
    # Nothing was ingested, not even the rest of the command line.
    assert main(["ingest", str(missing), str(Path(__file__))]) == 1
    assert main(["status"]) == 0
    assert "articles stored   0" in capsys.readouterr().out
