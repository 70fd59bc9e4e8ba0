"""A part the reader cannot answer points at the passage ranked first for it, quoted and
cited, so the user can check it; the answer still says the part is not answered. Articles
written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.reading.conftest import ask_one

TEXT = (
    "Halden Corp said it completed the purchase of Osko Ltd from Vardeau Group, paying "
    "cash and notes. Osko, which makes industrial valves, employs 400 people at its plant "
    "in Tacoma, Wash. Vardeau said the sale ends its interest in valves."
)


def test_a_missing_part_quotes_its_nearest_passage(tmp_path: Path) -> None:
    answer = ask_one(
        "HALDEN BUYS OSKO",
        TEXT,
        "How many people does Osko employ, and how much did Halden pay Vardeau for Osko?",
        tmp_path,
    )
    assert not answer.answered
    lead, *rest = answer.text.splitlines()
    assert lead.startswith("400"), answer.text
    note = "Nearest passage for “how much did Halden pay Vardeau for Osko?”"
    [nearest] = [line for line in rest if line.startswith(note)]
    assert "paying cash and notes" in nearest and nearest.endswith("[1]"), answer.text


def test_a_passage_already_quoted_is_not_quoted_again(tmp_path: Path) -> None:
    answer = ask_one(
        "HALDEN BUYS OSKO",
        TEXT,
        "How many people does Osko employ, and how big is its Tacoma plant?",
        tmp_path,
    )
    assert answer.text.count("employs 400 people") == 1, answer.text
