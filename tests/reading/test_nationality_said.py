"""A people asked of the answer ("which Mexican companies") is said of it in its sentence,
or the sentence says nothing of that people; and a list's names, like a single answer,
are those the article says are of it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.nationality_said import said_of
from tests.reading.conftest import ask_one

if TYPE_CHECKING:
    from spacy.tokens import Span


def _name(sentence: str, name: str) -> Span:
    """The one-word name as a span of the parsed sentence."""
    doc = shared_pipeline().annotate([sentence])[0]
    start = next(t.i for t in doc if t.text == name)
    return doc[start : start + 1]


@pytest.mark.parametrize(
    ("sentence", "name", "demonym", "said"),
    [
        # the people said of the name, of the noun beside it, or of its conjunct's noun
        ("The Mexican oil company Petromex signed the accord.", "Petromex", "mexican", True),
        ("The accord was signed by Petromex of Mexico.", "Petromex", "mexican", True),
        ("Mexico's Petromex signed the accord.", "Petromex", "mexican", True),
        ("It signed with Mexican banks Banorte and Bancomex.", "Bancomex", "mexican", True),
        # the sentence says it of something else: a firm it does not name
        (
            "Ortega said the line would be repaired by Texaco and a Mexican firm.",
            "Ortega",
            "mexican",
            False,
        ),
        ("Halden Inc signed an accord with Mexican authorities.", "Halden", "mexican", False),
        # a sentence silent on the people leaves the name to the article-wide check; a
        # country named as a place says no one's nationality
        ("Petromex signed the accord.", "Petromex", "mexican", True),
        (
            "Petromex will build the new refinery near Monterrey, Mexico, officials said.",
            "Petromex",
            "mexican",
            True,
        ),
        # the participle seating a firm says where it is from
        (
            "Petromex, based in Mexico City, will build a refinery for the Mexican state.",
            "Petromex",
            "mexican",
            True,
        ),
        # a name that is the copula's predicate is its subject: what describes one
        # describes the other, however the parse hangs a clause on the subject
        ("The Mexican partner in the venture is Petromex.", "Petromex", "mexican", True),
        (
            "Another Mexican firm hoping to win the contract is Monterrey start-up Petromex.",
            "Petromex",
            "mexican",
            True,
        ),
        (
            "The Mexican firm Corvex said the German partner is Halden.",
            "Halden",
            "mexican",
            False,
        ),
        # a region's people is rarely said of a firm: not checked here
        ("Halden and the European Commission signed.", "Halden", "european", True),
    ],
)
def test_the_asked_people_is_said_of_the_name(
    sentence: str, name: str, demonym: str, said: bool
) -> None:
    assert said_of(_name(sentence, name), (demonym,)) is said


def test_a_firm_beside_another_people_is_no_answer(tmp_path: Path) -> None:
    # the sentence says "Indian" of two concerns it does not name, not of Rivet Films
    text = (
        "Actor Jon Carver is to make a film about a diamond heist in India. The actor's own "
        "production company, Rivet Films, is working in partnership with two Indian "
        "film-making concerns to bring the picture to the screen. Shooting will start in "
        "Mumbai in the spring."
    )
    answer = ask_one(
        "CARVER TO SHOOT HEIST FILM IN INDIA",
        text,
        "Which Indian outfit is Jon Carver's production house teaming with on his picture?",
        tmp_path,
    )
    assert "Rivet" not in answer.text.splitlines()[0], answer.text


def test_a_list_names_no_firm_the_article_leaves_unnamed(tmp_path: Path) -> None:
    # the article tells of "a Mexican and an Argentine firm", naming neither: the names
    # around it (the minister, the bank lending) are of no asked people
    text = (
        "Ortega said yesterday the Lagos pipeline would be repaired with the help of "
        "Halden Oil Inc and a Mexican and an Argentine firm. Deputy minister Luis Alvite "
        "said Ecuador would have to import crude oil until the line was repaired. He added "
        "the Caracas-based Andean Lending Corp had granted a loan of 11 mln dlrs towards "
        "repairing the pipeline."
    )
    answer = ask_one(
        "ECUADOR PIPELINE TO BE REPAIRED",
        text,
        "Which Mexican companies are helping Halden Oil repair the Lagos pipeline?",
        tmp_path,
    )
    assert not answer.answered, answer.text
