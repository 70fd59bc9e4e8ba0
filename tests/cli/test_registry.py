"""`alliance-bot alliances | summary | graph` end to end (a real store in tmp_path)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli.main import main
from retrieval.models import Alliance

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_alliances_lists_records_as_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["alliances", "--json"]) == 0  # a fresh store gets the seeds first
    records = [
        Alliance.model_validate_json(line) for line in capsys.readouterr().out.split("\n") if line
    ]
    assert {frozenset(r.party_names) for r in records} == {
        frozenset(pair)
        for pair in (("Alibaba", "Geely"), ("GAC", "SAIC"), ("Geely", "Renault"), ("BAIC", "CATL"))
    }
    assert main(["alliances", "GAC Group"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("GAC – SAIC · strategic cooperation framework agreement")
    assert "signatory: Feng Xingya — General Manager, GAC" in text
    assert "witness: Chen Hong — Chairman, SAIC" in text


def test_people_carry_their_other_names_across_articles(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["alliances", "Alibaba"]) == 0
    assert "Zhang Yong (also Daniel Zhang) — Chairman and CEO, Alibaba" in capsys.readouterr().out


def test_summary_json_has_the_ask_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", "Geely", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert main(["ask", "--json", "Who is the chairman of Geely Holding Group?"]) == 0
    asked = json.loads(capsys.readouterr().out)
    assert summary.keys() == asked.keys()
    assert summary["citations"][0].keys() == asked["citations"][0].keys()
    assert summary["answered"] and summary["question"] == "Geely"
    assert "with Alibaba" in summary["answer"] and "with Renault" in summary["answer"]
    assert all(c["quote"] for c in summary["citations"])


def test_graph_writes_a_png(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pictures" / "geely.png"
    assert main(["graph", "Geely", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(PNG_MAGIC)
    assert "2 alliances" in capsys.readouterr().out


def test_an_unknown_company_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["alliances", "Toyota"]) == 1
    assert "no alliances of 'Toyota'" in capsys.readouterr().err
