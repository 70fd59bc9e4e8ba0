"""A short form asked ("DWC") and the full name an article writes for it ("Dorrance
Weller Cos Inc") name one party: the full name in a sentence ties an answer to the asked
party as the short form would."""

from __future__ import annotations

from pathlib import Path

from tests.reading.conftest import ask_one

TITLE = "DORRANCE WELLER <DWC> TO RELOCATE OFFICES"
TEXT = (
    "Dorrance Weller Cos Inc said it was relocating its headquarters to a new tower on "
    "Fenwick Ave. and signed a lease with <Marlowe and Pike>. "
    "The firm said the move would take place later this year."
)


def test_a_ticker_asked_is_the_full_name_the_sentence_writes(tmp_path: Path) -> None:
    answer = ask_one(TITLE, TEXT, "Who is the landlord of DWC on Fenwick Ave.?", tmp_path)
    assert answer.answered and answer.text.startswith("Marlowe and Pike"), answer.text


def test_the_full_name_typed_is_answered_alike(tmp_path: Path) -> None:
    question = "Who is the landlord of Dorrance Weller on Fenwick Ave.?"
    answer = ask_one(TITLE, TEXT, question, tmp_path)
    assert answer.answered and answer.text.startswith("Marlowe and Pike"), answer.text
