"""The verb a question part asks about, when the tagger takes it for a noun: after an
inverted auxiliary and a name of several words ("did Norfolk Southern offer" read as "the
Norfolk Southern offer"). Questions written for these tests."""

from __future__ import annotations

import pytest

from retrieval.reading.kinds import Kind
from tests.reading.test_asking import ask


@pytest.mark.parametrize(
    ("question", "verb", "subject"),
    [
        ("What did Norfolk Southern offer for Halden Corp?", "offer", "Norfolk Southern"),
        ("What will Tobin Group supply to Halden?", "supply", "Tobin Group"),
        ("What did Kessel Holdings pledge to Halden?", "pledge", "Kessel Holdings"),
        ("Who did Orvane Bank name as chairman?", "name", "Orvane Bank"),
    ],
)
def test_the_word_after_an_inverted_subject_is_the_verb(
    question: str, verb: str, subject: str
) -> None:
    (part,) = ask(question).parts
    assert part.predicate == verb
    assert (verb, "subj", subject) in part.arguments


def test_a_light_verb_after_the_subject_asks_nothing() -> None:
    # "have" says nothing of what is asked; "make" does
    assert ask("What stake does Vardeau Corp have in Halden?").parts[0].predicate is None
    assert ask("What does Halden Corp make?").parts[0].predicate == "make"


def test_a_word_after_the_subject_that_is_no_verb_is_no_predicate() -> None:
    # an adverb, or a noun the next word's compound: not the verb
    assert ask("What did Halden Corp then do?").parts[0].predicate is None
    assert ask("What did Halden Corp stock trade at?").parts[0].predicate != "stock"
    assert ask("How much did Halden Corp debt increase?").parts[0].predicate != "debt"


@pytest.mark.parametrize(
    ("question", "verb", "subjects"),
    [
        (
            "How much are Halden Corp and Osko Ltd investing in the venture?",
            "invest",
            {"Halden Corp", "Osko Ltd"},
        ),
        ("What stake is Vardeau Bank buying in Halden?", "buy", {"Vardeau Bank"}),
        ("What is Corvex spending on the new plant?", "spend", {"Corvex"}),
    ],
)
def test_a_participle_after_an_inverted_be_and_its_subject_is_the_verb(
    question: str, verb: str, subjects: set[str]
) -> None:
    # the tagger may read "investing" as a noun the names modify
    part = ask(question).parts[0]
    assert part.predicate == verb
    assert {name for head, role, name in part.arguments if role == "subj"} == subjects
    assert verb in {head for head, _, _ in part.arguments}


def test_a_participle_after_a_possessive_is_a_noun() -> None:
    # "GAF's holding" is a holding, not a verb of GAF's
    part = ask("How big is Vardeau's holding in Halden?").parts[0]
    assert part.predicate != "hold"


def test_a_participle_after_an_inverted_be_is_no_noun_asked_about() -> None:
    # "offering" is the verb, not a thing whose name is asked
    part = ask("What is Corvex offering per Halden share?").parts[0]
    assert (part.kind, part.focus, part.predicate) == (Kind.MONEY, None, "offer")
    # after a possessive it is a noun
    assert ask("What is Corvex's offering?").parts[0].focus == "offering"


@pytest.mark.parametrize(
    ("question", "adjective"),
    [
        ("When is the next payment from Halden Corp due?", "due"),
        ("When will the Vardeau plant be ready?", "ready"),
        ("When will the new plant be ready?", "ready"),
    ],
)
def test_with_no_verb_but_be_the_predicate_adjective_is_asked(
    question: str, adjective: str
) -> None:
    # "is due in June" answers it: the adjective is what the clause says
    assert ask(question).parts[0].predicate == adjective


def test_a_verbless_question_after_a_statement_asks_with_its_own_adjective() -> None:
    # the statement before it sets the scene; "how many ... are outstanding" asks of the
    # shares outstanding, not of the suspending
    asked = ask(
        "Corvex has suspended its preferred dividend. "
        "How many of those preferred shares are outstanding?"
    )
    assert asked.parts[0].predicate == "outstanding"


def test_an_adjective_how_asks_the_degree_of_is_no_predicate() -> None:
    assert ask("How big is the Halden Corp pension fund?").parts[0].predicate is None


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        # what is said is a plan to sell: the selling is asked (question_clauses.complement_asked)
        ("How much does the Halden Gazette say Orvane Bank plans to sell?", "sell"),
        ("When did the Halden Gazette say Orvane Bank sold its stake?", "sell"),
    ],
)
def test_an_asked_verb_of_saying_gives_way_to_what_is_said(question: str, verb: str) -> None:
    # the saying only names a source: the question asks of the said clause
    assert ask(question).parts[0].predicate == verb


def test_a_saying_not_asked_with_or_with_no_clause_stays_the_verb() -> None:
    assert ask("What profit did Halden Corp report?").parts[0].predicate == "report"
    assert ask("What is Osko called now that Halden owns it?").parts[0].predicate != "own"
