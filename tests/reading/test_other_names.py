"""The asked party under an apposed name or a mistyped spelling is no answer about it."""

from __future__ import annotations

import pytest

from retrieval.reading.sentence_answers import MIN_TIE
from tests.reading.test_spans import candidates_of


def tied(question: str, sentence: str) -> list[str]:
    return [c.text for c in candidates_of(question, sentence) if c.tie >= MIN_TIE]


def test_a_name_apposed_to_the_asked_one_is_that_party() -> None:
    question = "Which banks are CORVAL's lenders in its 2 billion riyal debt rescheduling?"
    sentence = (
        "A draft accord was reached on the 2 billion riyal debt of one of the Kingdom's "
        "best known firms, <Saudi Gulf Development Corp>, CORVAL."
    )
    assert tied(question, sentence) == []


def test_a_lender_apposed_to_a_common_noun_still_answers() -> None:
    question = "Which bank is CORVAL's lead lender in its debt rescheduling?"
    sentence = "Gulf Investment Bank, CORVAL's lead lender, said the debt rescheduling was agreed."
    assert tied(question, sentence) == ["Gulf Investment Bank"]


def test_a_mistyped_asked_name_is_that_party() -> None:
    question = "Who is advising Corvex Systems on its bid for Lanpatch?"
    sentence = (
        "Corvex said its bid was for a total 40 mln dlrs through a cash tender offer for "
        "all, but not less than 51 pct of Lanptach outstanding common."
    )
    assert tied(question, sentence) == []


def test_a_name_spelt_otherwise_still_answers() -> None:
    question = "Who is advising Corvex Systems on its bid for Lanpatch?"
    sentence = "Corvex said Goldman Sachs is advising it on its bid for Lanpatch."
    assert tied(question, sentence) == ["Goldman Sachs"]


def test_a_name_opening_a_clause_is_no_apposition() -> None:
    # "..., the Halden Exchange said": the exchange says it; the seller is another firm
    question = "Who sold Corvex Securities its seat on the Halden Exchange?"
    sentence = (
        "Corvex acquired the exchange seat from Lanpatch Capital Inc, the Halden Exchange said."
    )
    assert tied(question, sentence) == ["Lanpatch Capital Inc"]


def test_a_list_item_holding_the_asked_name_is_another_firm() -> None:
    question = "Which companies are included in Corvex's purchase of Halden's bedding interests?"
    sentence = (
        "The acquisitions include <Brightwell Ltd> in the U.K., <Compagnie Continentale "
        "Halden> in France and <Compagnia Italiana Halden> in Italy."
    )
    assert "Brightwell Ltd" in tied(question, sentence)


def test_one_letter_for_another_spells_another_firm() -> None:
    question = "Which company is Lanpatch buying a stake in?"
    sentence = "Lanpatch said it is buying a 20 pct stake in Lanpitch for 40 mln dlrs."
    assert tied(question, sentence) == ["Lanpitch"]


def test_a_full_name_asked_is_the_apposed_one() -> None:
    question = "What is the full name of the firm known as CORVAL?"
    sentence = "A draft accord was reached on the debt of <Saudi Gulf Development Corp>, CORVAL."
    assert tied(question, sentence)[:1] == ["Saudi Gulf Development Corp"]


def test_a_list_the_parse_apposes_keeps_its_other_items() -> None:
    # the parse hangs "Halden" on "Corvex Corp" as an apposition, "Lanpatch Ltd" on it
    question = "Which companies will hold a third of the venture with Halden?"
    sentence = "Corvex Corp, Halden and Lanpatch Ltd will each hold a third of the venture."
    assert "Corvex Corp" in tied(question, sentence)


@pytest.mark.parametrize(
    ("question", "sentence", "kept"),
    [
        (
            "Which company will hold the rest of the venture with Halden?",
            "The venture will be owned equally by its two partners, Corvex Inc, Halden Corp.",
            ["Corvex Inc"],
        ),
        (
            "Who is Halden partnering with?",
            "The partners, Corvex Inc, Halden Corp, will each hold 50 pct.",
            ["Corvex Inc"],
        ),
        (
            "Which companies will Halden Corp join in the consortium?",
            "The consortium members, Corvex Inc, Halden Corp, Lanpatch Ltd, signed the accord.",
            ["Corvex Inc", "Lanpatch Ltd"],
        ),
    ],
)
def test_a_list_without_and_keeps_its_other_items(
    question: str, sentence: str, kept: list[str]
) -> None:
    # two full names side by side are a list, not one firm renamed: no short form among them
    answers = tied(question, sentence)
    assert all(name in answers for name in kept)


def test_a_short_form_apposed_to_the_asked_name_is_dropped() -> None:
    question = "Who is advising Halden Corp on the bid?"
    sentence = "Halden Corp, HC, said Morgan Stanley is advising it on the bid."
    answers = tied(question, sentence)
    assert "HC" not in answers
    assert "Morgan Stanley" in answers


@pytest.mark.parametrize(
    ("question", "sentence", "answer"),
    [
        (
            "Which company is Philips buying a stake in?",
            "Philips said it is buying a 20 pct stake in Phillips for 40 mln dlrs.",
            "Phillips",
        ),
        (
            "Which company did Thomson sell its unit to?",
            "Thomson said it sold the unit to Thompson for 40 mln dlrs.",
            "Thompson",
        ),
    ],
)
def test_a_letter_doubled_or_dropped_spells_another_firm(
    question: str, sentence: str, answer: str
) -> None:
    # only two neighbours swapped is read as a typo of the asked name
    assert answer in tied(question, sentence)
