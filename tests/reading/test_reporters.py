"""Who reports an act is no answer to who does it when the report names others doing it;
a possessive inside a question's name parts owner and owned; a slip in a long word of a
name does not make the article's name another party. Invented sentences."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.relations import contradicts
from tests.reading.test_asking import ask
from tests.reading.test_spans import answers, part_of

QUESTION = "Which company is buying Tobin Corp's Celeron oil and gas unit?"


def test_a_reporter_of_others_buying_is_not_the_buyer() -> None:
    # "seven companies" brings in new firms: Mercer only reports them
    sentence = "Mercer Corp said about seven companies are interested in buying Celeron."
    assert "Mercer Corp" not in answers(QUESTION, sentence)
    sentence = "Mercer Corp said several banks plan to buy Celeron."
    assert "Mercer Corp" not in answers(QUESTION, sentence)


def test_a_reporter_whose_report_may_be_about_itself_stays() -> None:
    # "it" and "the company" may be Mercer itself
    for subject in ("it is", "the company is"):
        sentence = f"Mercer Corp said {subject} interested in buying Celeron."
        assert "Mercer Corp" in answers(QUESTION, sentence)


def test_a_possessive_inside_a_name_parts_owner_and_owned() -> None:
    # the NER takes "Goodyear's Celeron" for one name
    names = ask("Which firm will acquire Goodyear's Celeron pipeline unit?").names
    assert names == ("Goodyear", "Celeron")


def test_a_slip_in_a_long_word_of_the_asked_name_is_no_other_party() -> None:
    part, _, _ = part_of("What stake is Sanwa Bank buying in Banco Portugues de Investimento?")
    doc = shared_pipeline().annotate(
        ["Sanwa Bank Ltd has agreed to buy a two pct stake in Banco Portugues de Investmento Sarl."]
    )[0]
    assert not contradicts(doc, part)
    other = shared_pipeline().annotate(
        ["Sanwa Bank Ltd has agreed to buy a two pct stake in Banco Comercial de Lisboa Sarl."]
    )[0]
    assert contradicts(other, part)
