"""A short form asked ("DWC") is read as the full name its article writes ("Dorrance
Weller Cos Inc") in every check of a sentence, not only in the answer's tie: a negated,
modal or reversed-role sentence about the full name answers the short form no more than
it answers the full name typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reading.conftest import ask_one

TITLE = "DORRANCE WELLER <DWC> TO RELOCATE OFFICES"
HEAD = (
    "Dorrance Weller Cos Inc said it was relocating its headquarters to a new tower on "
    "Fenwick Ave. "
)
UNSAID = {
    "negated": "Dorrance Weller said it had not signed a lease with <Marlowe and Pike>.",
    "negated past": "Dorrance Weller said it did not sign a lease with <Marlowe and Pike>.",
    "modal": "Dorrance Weller said it may sign a lease with <Marlowe and Pike>.",
}
# The landlord names the tenant: answered for either form alike.
LEASED = (
    "<Marlowe and Pike> said it signed a lease with Dorrance Weller for space in its own tower."
)


@pytest.mark.parametrize("asked", ["DWC", "Dorrance Weller"])
@pytest.mark.parametrize("said", sorted(UNSAID))
def test_an_unsaid_lease_answers_neither_form(asked: str, said: str, tmp_path: Path) -> None:
    question = f"Who is the landlord of {asked} on Fenwick Ave.?"
    answer = ask_one(TITLE, HEAD + UNSAID[said], question, tmp_path)
    assert not answer.answered, answer.text


def test_the_short_form_is_read_as_the_full_name_typed(tmp_path: Path) -> None:
    question = "Who is the landlord of {} on Fenwick Ave.?"
    (tmp_path / "short").mkdir()
    (tmp_path / "full").mkdir()
    short = ask_one(TITLE, HEAD + LEASED, question.format("DWC"), tmp_path / "short")
    full = ask_one(TITLE, HEAD + LEASED, question.format("Dorrance Weller"), tmp_path / "full")
    assert (short.answered, short.text) == (full.answered, full.text)


def test_a_firm_sharing_one_word_of_the_full_name_is_not_it(tmp_path: Path) -> None:
    text = HEAD + "Weller Industries said it signed a lease with <Marlowe and Pike>."
    answer = ask_one(TITLE, text, "Who is the landlord of DWC on Fenwick Ave.?", tmp_path)
    assert not answer.answered or "Weller Industries" not in answer.text, answer.text


def test_the_full_name_written_with_two_of_its_words_ties(tmp_path: Path) -> None:
    text = HEAD + "Dorrance Weller signed a lease with <Marlowe and Pike> on Fenwick Ave."
    answer = ask_one(TITLE, text, "Who is the landlord of DWC on Fenwick Ave.?", tmp_path)
    assert answer.answered and answer.text.startswith("Marlowe and Pike"), answer.text
