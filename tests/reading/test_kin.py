"""Nouns near the asked one in meaning count as it: "36 planes" for "how many aircraft"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from retrieval.index.embeddings import FloatMatrix, MatrixEmbeddings, normalize_rows
from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import AskedQuestion, understand
from retrieval.reading.kin import kin_as_persons, kin_by_derivation, kin_by_modifiers, kin_nouns
from retrieval.reading.normalize import normalize_question
from retrieval.reading.spans import candidates

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A scripted word space: aircraft and plane near each other, share far from both.
VECTORS = {"aircraft": [1.0, 0.2, 0.0], "plane": [0.9, 0.3, 0.1], "share": [0.0, 0.1, 1.0]}


class ScriptedEmbeddings(MatrixEmbeddings):
    def __init__(self) -> None:
        self.dimension = 3

    def embed_matrix(self, texts: list[str]) -> FloatMatrix:
        return normalize_rows(np.array([VECTORS.get(t, [0.0, 1.0, 0.0]) for t in texts]))


def test_near_nouns_are_kin() -> None:
    kin = kin_nouns("aircraft", ["plane", "share", "aircraft"], ScriptedEmbeddings())
    assert kin == frozenset({"plane"})


def test_a_count_of_a_kin_noun_answers() -> None:
    text = normalize_question("How many aircraft is Corvex getting from Halden?")
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    doc = shared_pipeline().annotate(["Corvex signed a deal to acquire 36 planes from Halden."])[0]

    def found(kin: frozenset[str]) -> list[str]:
        answers = candidates(doc, asked.parts[0], asked_names=asked.names, question=text, kin=kin)
        return [c.text for c in answers]

    assert found(frozenset()) == []
    assert found(frozenset({"plane"})) == ["36"]


def _by_modifiers(question: str, sentence: str) -> tuple[str, AskedQuestion, Doc, frozenset[str]]:
    """The question read, the sentence parsed, and the sentence's nouns kin by modifiers."""
    text = normalize_question(question)
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    doc = shared_pipeline().annotate([sentence])[0]
    return text, asked, doc, kin_by_modifiers(asked.parts[0].terms, [doc])


def test_a_noun_with_the_questions_modifiers_is_of_the_asked_kind() -> None:
    text, asked, doc, kin = _by_modifiers(
        "How many hearing-aid outlets does Corvex run in Halden stores?",
        "Corvex runs some 140 hearing aid centers and 12 repair centers in Halden stores.",
    )
    assert kin == frozenset({"center"})
    answers = candidates(doc, asked.parts[0], asked_names=asked.names, question=text, kin=kin)
    assert [c.text for c in answers][:1] == ["some 140"]


def test_people_counted_by_a_noun_derived_from_the_asked_verb() -> None:
    nouns = ["employee", "employment", "holder", "plant"]
    # "how many people does it employ": "226 employees"; the act is no person
    assert kin_by_derivation("people", "employ", nouns) == frozenset({"employee"})
    assert kin_by_derivation("worker", "employ", nouns) == frozenset({"employee"})
    # a count of things is not counted by people ("how many shares does it hold")
    assert kin_by_derivation("share", "hold", nouns) == frozenset()
    assert kin_by_derivation("people", None, nouns) == frozenset()


def test_people_are_counted_under_any_noun_for_a_person() -> None:
    nouns = ["member", "worker", "plant", "share"]
    # "how many people": "2,500 of its members", "300 workers"; no plants or shares
    assert kin_as_persons("people", nouns) == frozenset({"member", "worker"})
    assert kin_as_persons("plant", nouns) == frozenset()


def test_a_collective_noun_for_people_is_counted_by_its_members() -> None:
    nouns = ["member", "worker", "plant"]
    # "how many staff": a group of people written in the singular
    assert kin_as_persons("staff", nouns, "how many staff does Corvex have?") == {
        "member",
        "worker",
    }
    # ... not a group counted in the plural ("how many companies" counts firms)
    assert kin_as_persons("company", nouns, "how many companies bid?") == frozenset()


def test_a_count_of_a_synonym_of_the_asked_noun_answers() -> None:
    # WordNet puts "movie" in the main sense of "film": counting movies counts films
    text = normalize_question("How many films has Corvex lined up for Halden's player?")
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    sentence = "Corvex has announced an initial list of 12 movies for the Halden player."
    doc = shared_pipeline().annotate([sentence])[0]
    answers = candidates(doc, asked.parts[0], asked_names=asked.names, question=text)
    assert [c.text for c in answers] == ["12"]


def test_a_modifier_measured_by_a_number_names_no_kind() -> None:
    # "a year" in the question is a rate; "an 11-1/2-year contract" is a contract's length
    text, asked, doc, kin = _by_modifiers(
        "How many tons of steam coal a year will Corvex mine at Halden?",
        "Corvex was awarded an 11-1/2-year contract to run a steam coal mine at Halden.",
    )
    assert kin == frozenset({"mine"})
    assert candidates(doc, asked.parts[0], asked_names=asked.names, question=text, kin=kin) == []
