"""A sentence that gives the asked party only as an indefinite description."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import Part, understand
from retrieval.reading.normalize import normalize_question
from retrieval.reading.spans import Candidate
from retrieval.reading.unnamed import (
    leaves_out,
    leaves_unnamed,
    names_another,
    names_the_focus,
    ties_focus_to_predicate,
    withholds_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


def parsed(question: str, sentence: str) -> tuple[Doc, Part]:
    asked = understand(
        normalize_question(question), parse=lambda t: shared_pipeline().annotate([t])[0]
    )
    return shared_pipeline().annotate([sentence])[0], asked.parts[0]


def unnamed(question: str, sentence: str) -> bool:
    return leaves_unnamed(*parsed(question, sentence))


BUYER = "Which investment group is buying Halden Lines?"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Corvex said it will sell Halden Lines to an investment group.", True),
        ("Corvex will sell to an investment group two units, Halden Lines and Osko.", True),
        ("Halden Lines will be sold to an unnamed group, Corvex said.", True),
        ("Corvex said it will sell Halden Lines to another investment group.", True),
        # a place or a party coordinated with it names nobody
        ("Halden Lines will be sold to a Dutch group and Corvex will leave shipping.", True),
        # the description is of a name, or holds one
        ("Corvex will sell Halden Lines to Osko Partners, an investment group.", False),
        ("Corvex will sell Halden Lines to a group led by Osko Partners.", False),
        ("Corvex will sell Halden Lines to the investment group.", False),
        ("Osko Partners is an investment group based in Oslo.", False),
        # a clause on the noun withholds its name, whatever names the sentence holds
        (
            "Corvex will sell Halden Lines to a group it did not name to seek Federal "
            "Trade Commission approval.",
            True,
        ),
        ("Corvex will sell Halden Lines to the group, which it declined to identify.", True),
        # the asked noun as a modifier of another
        ("Corvex formed a group-wide plan to sell Halden Lines.", False),
    ],
)
def test_an_indefinite_description_leaves_the_party_unnamed(sentence: str, expected: bool) -> None:
    assert unnamed(BUYER, sentence) is expected


def test_a_name_part_is_introduced_before_it_is_named() -> None:
    # "formed a joint venture" comes before "the venture is called ..."
    question = "What is the Corvex-Halden joint venture called?"
    assert not unnamed(question, "Corvex and Halden formed a joint venture in Oslo.")


def test_only_a_party_noun_leaves_a_party_unnamed() -> None:
    # "whose merger": an indefinite merger says nothing of who merged
    question = "Which bank's merger with Corvex produced the gain?"
    sentence = "The gain came on the exchange of Halden Bank shares under a merger."
    assert not unnamed(question, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Corvex said it received an option from three principal shareholders.", True),
        ("Corvex said it received options from several shareholders.", True),
        ("Corvex said it received an option from its shareholders.", False),
        ("Corvex received an option from three shareholders, Osko Partners among them.", False),
    ],
)
def test_a_counted_or_vague_plural_leaves_the_parties_unnamed(
    sentence: str, expected: bool
) -> None:
    assert unnamed("Which three Halden shareholders gave Corvex the option?", sentence) is expected


DEALERS = "Which three Canadian investment dealers approached Corvex with merger proposals?"


SOLD = "Which company sold Corvex the patent?"


def test_a_denied_disclosure_of_the_names_withholds_them() -> None:
    doc, part = parsed(DEALERS, "Smit declined to identify the names of the three dealers.")
    assert withholds_name(doc, part)
    doc, part = parsed(DEALERS, "Smit identified the three dealers.")
    assert not withholds_name(doc, part)


@pytest.mark.parametrize(
    ("question", "sentence", "withheld"),
    [
        # an adjective of not making known says the name is withheld
        (SOLD, "It said the patent was acquired from an unnamed company.", True),
        (SOLD, "It said the patent was acquired from an unidentified company.", True),
        (SOLD, "It said the patent was acquired from a British company.", False),
    ],
)
def test_an_unnamed_party_is_withheld(question: str, sentence: str, withheld: bool) -> None:
    assert withholds_name(*parsed(question, sentence)) is withheld


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # the seller's slot of a purchase restates who sold, and the buyer's of a sale
        (SOLD, "It said the patent was acquired from a company in Ohio."),
        ("Which company bought the Corvex patent?", "Corvex sold the patent to a company."),
    ],
)
def test_the_other_side_of_a_sale_restates_the_question(question: str, sentence: str) -> None:
    assert ties_focus_to_predicate(*parsed(question, sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Smit would not name the three dealers that approached Corvex.", True),
        ("Smit said three dealers in Canada had been busy.", False),
    ],
)
def test_a_clause_on_the_asked_noun_with_its_predicate_restates_the_question(
    sentence: str, expected: bool
) -> None:
    assert ties_focus_to_predicate(*parsed(DEALERS, sentence)) is expected


def _answer(doc: Doc, text: str) -> Candidate:
    start = next(t.i for t in doc if doc[t.i :].text.startswith(text))
    return Candidate(text, start, start + len(text.split()), 0.0)


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("Foreign dealers such as Halden Securities are growing.", "Halden Securities", True),
        ("Halden Securities, a dealer in Toronto, grew.", "Halden Securities", True),
        # a copula equates the asked noun with the names, each of a list
        ("Dealers on the issue are Halden, the lead, and Corvex Ltd.", "Corvex Ltd", True),
        ("Dealers on the issue are Halden, the lead, and Corvex Ltd.", "Halden", True),
        # a name elsewhere in the sentence is not the asked noun's
        ("Smit said foreign dealers such as Halden are growing.", "Smit", False),
    ],
)
def test_an_answer_names_the_asked_noun_only_in_its_phrase(
    sentence: str, name: str, expected: bool
) -> None:
    doc, part = parsed(DEALERS, sentence)
    assert names_the_focus(doc, part, [_answer(doc, name)]) is expected


SELLER = "Which company sold Medvane the patent on its therapy?"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # only the question's firm, and its product: the seller is left out
        ("Medvane Inc said it acquired a patent covering the Medvane Therapy.", True),
        ("Medvane Inc said it acquired a patent from Halden Labs.", False),
        # a name the NER gives another kind may still describe the party
        ("Medvane was sold the patent by the Shanghai police.", False),
        # a place alone is where something is, no party
        ("Medvane Inc said it acquired a patent registered in Tennesse.", True),
    ],
)
def test_a_sentence_naming_only_the_question_s_parties_leaves_the_party_out(
    sentence: str, expected: bool
) -> None:
    doc, part = parsed(SELLER, sentence)
    assert leaves_out(doc, part, ["Medvane"]) is expected
    assert names_another(doc, ["Medvane"]) is not expected


def test_only_a_party_part_is_left_out() -> None:
    # "which sector": the sentence names what it asks without a proper name
    question = "Which sector is Medvane targeting?"
    doc, part = parsed(question, "Medvane has targeted financial services as a sector.")
    assert not leaves_out(doc, part, ["Medvane"])


def test_a_noun_of_the_asked_meaning_stands_for_the_asked_noun() -> None:
    question = "Which Norwegian company agreed to buy the alumina?"
    doc, part = parsed(question, "An unnamed Norwegian firm agreed to buy the alumina.")
    assert not leaves_unnamed(doc, part)
    assert leaves_unnamed(doc, part, frozenset({"firm"}))
    doc, part = parsed(question, "A Norwegian firm it did not name agreed to buy the alumina.")
    assert not withholds_name(doc, part)
    assert withholds_name(doc, part, frozenset({"firm"}))


def test_a_name_sharing_only_a_first_word_with_an_asked_one_is_another() -> None:
    doc = shared_pipeline().annotate(["Corvex bought the pipeline from First Boston Corp."])[0]
    assert names_another(doc, ["First Union", "Corvex"])
    assert not names_another(doc, ["First Boston", "Corvex"])
