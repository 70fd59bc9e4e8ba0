"""An amount answers only for what the question says it measures (measured_ties.py): the
subject of a verb of change, the thing a sum is spent developing, a sum's kind after "in"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from retrieval.index.embeddings import build_embedder
from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.measured_ties import measured_kin, measures_the_asked
from retrieval.reading.normalize import normalize_question
from retrieval.reading.spans import candidates
from retrieval.settings import EmbedderSettings

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def _parse(text: str) -> Doc:
    return shared_pipeline().annotate([text])[0]


def _measured(question: str) -> tuple[str, ...]:
    measured = understand(normalize_question(question), parse=_parse).parts[0].measured
    return tuple(lemma for lemma, _ in measured)


def answers(question: str, sentence: str) -> list[str]:
    """The sentence's candidates for the question's first part that measure what it asks."""
    text = normalize_question(question)
    part = understand(text, parse=_parse).parts[0]
    doc = _parse(sentence)
    nouns = [t for t in doc if t.pos_ == "NOUN"]
    words = {t.lemma_.lower() for t in nouns} | {t.lower_ for t in nouns}
    kin = measured_kin(part.measured, words, build_embedder(EmbedderSettings()))
    found = candidates(doc, part, asked_names=understand(text, parse=_parse).names, question=text)
    return [c.text for c in found if measures_the_asked(doc[c.start : c.end], part.measured, kin)]


@pytest.mark.parametrize(
    ("question", "measured"),
    [
        ("By how much did Corvex's exports fall in May?", ("export",)),
        ("How much did Halden's insurance premiums grow in 1986?", ("premium",)),
        ("How much did Corvex spend developing its new turbine?", ("turbine",)),
        ("How much does Halden owe its banks in overdue payments?", ("payment",)),
        # no noun said to be measured: a price paid, a sum in cash, a firm's own change,
        # a change done to an object
        ("How much will Corvex pay for Halden?", ()),
        ("How much will Corvex pay in cash for Halden?", ()),
        ("How much did Corvex fall on Monday?", ()),
        ("By how much did Corvex cut its costs?", ()),
        # the asked noun, fronted, is no kind of sum after "in" (however it is parsed)
        ("How much bullion does the fund sit on, in tonnes and ounces?", ()),
        # a measure's own noun says only that an amount is asked
        ("How far has Corvex's headcount shrunk since April?", ()),
    ],
)
def test_what_the_question_says_its_amount_measures(
    question: str, measured: tuple[str, ...]
) -> None:
    assert _measured(question) == measured


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # another noun's change, the asked one only in a clause hung on it
        (
            "By how much did Corvex's exports fall in May?",
            "Production at Corvex dropped 2.1 pct in May, reflecting a decline in exports.",
        ),
        # a loss is no growth of premiums
        (
            "How much did Halden's insurance premiums grow in 1986?",
            "Halden said its insurance unit had a 40 mln dlr loss in 1986.",
        ),
        # money spent developing another thing
        (
            "How much did Corvex spend developing its new turbine?",
            "Corvex spent four years and 30 mln dlrs developing its newest diesel engine.",
        ),
        # a sum of another kind
        (
            "How much does Halden owe its banks in overdue payments?",
            "Halden owes its banks about 300 mln dlrs in loans.",
        ),
        # the opposite measure, near in the embeddings (WordNet antonym)
        (
            "By how much did Corvex's exports fall in May?",
            "Corvex's imports fell 5 pct in May.",
        ),
    ],
)
def test_an_amount_of_something_else_is_no_answer(question: str, sentence: str) -> None:
    assert answers(question, sentence) == []


@pytest.mark.parametrize(
    ("question", "sentence", "answer"),
    [
        (
            "By how much did Corvex's exports fall in May?",
            "Corvex's exports fell 4.5 pct in May.",
            "4.5 pct",
        ),
        # the noun of a change, a relative clause's noun, a raising verb's subject
        (
            "By how much did Corvex's exports fall in May?",
            "Corvex reported a 4.5 pct fall in exports in May.",
            "4.5 pct",
        ),
        (
            "By how much did Corvex's exports fall in May?",
            "Corvex's exports, which fell 4.5 pct in May, were hit by the strong yen.",
            "4.5 pct",
        ),
        (
            "By how much did Corvex's exports fall in May?",
            "Corvex's exports are expected to fall 4.5 pct in May.",
            "4.5 pct",
        ),
        # a noun of one sense by the embeddings ("stock" for "shares"), one result line
        (
            "How much did Corvex's shares fall on Monday?",
            "Corvex stock fell 6 pct on Monday.",
            "6 pct",
        ),
        (
            "How much did Halden's sales grow in 1986?",
            "Halden's revenues rose 8 pct in 1986.",
            "8 pct",
        ),
        (
            "How much did Corvex spend developing its new turbine?",
            "Corvex said it spent 30 mln dlrs developing the turbine.",
            "30 mln dlrs",
        ),
        (
            "How much does Halden owe its banks in overdue payments?",
            "Halden owes its banks 30 mln dlrs in overdue payments.",
            "30 mln dlrs",
        ),
        # a pronoun subject: what it stands for is not read, so the clause is not judged
        (
            "How much did Corvex's shares fall on Monday?",
            "Shares in Corvex were hit on Monday. They fell 6 pct.",
            "6 pct",
        ),
        # a firm's name moving on a market stands for its stock
        (
            "How much did Corvex's shares fall on Monday?",
            "Corvex fell 6 pct to 30 dlrs in Tokyo trading on Monday.",
            "6 pct",
        ),
        # a sum paid for a stake answers "invest in": "in" is the verb's argument here
        (
            "How much did Corvex invest in shares of Halden?",
            "Corvex paid 50 mln dlrs for a stake in Halden.",
            "50 mln dlrs",
        ),
        # nothing said to be measured: the bare statement of a sum answers
        (
            "How much will Corvex pay for Halden?",
            "The company said it will pay 5 mln dlrs for Halden.",
            "5 mln dlrs",
        ),
    ],
)
def test_an_amount_of_the_asked_noun_answers(question: str, sentence: str, answer: str) -> None:
    assert answer in answers(question, sentence)


def test_the_opposite_measure_in_another_clause_is_no_answer() -> None:
    found = answers(
        "By how much did Corvex's exports fall in May?",
        "Corvex's exports fell 5 pct in May while imports rose 3 pct.",
    )
    assert "5 pct" in found
    assert "3 pct" not in found


def test_a_pronoun_with_an_object_is_judged_by_the_object() -> None:
    # "it posted a loss": the amount is the loss's, and a loss is no growth of premiums
    assert (
        answers("How much did Halden's premiums grow in 1986?", "It posted a 40 mln dlr loss.")
        == []
    )


def _amount(doc: Doc, text: str) -> Span:
    start = next(t.i for t in doc if doc[t.i :].text.startswith(text))
    return doc[start : start + len(text.split())]


def test_each_measured_noun_needs_its_own_kin() -> None:
    # "trade" is near "exports" only: it may not stand for "premiums" too
    measured = (("export", "exports"), ("premium", "premiums"))
    doc = _parse("Trade fell 5 pct in May.")
    kin = measured_kin(measured, {"trade"}, build_embedder(EmbedderSettings()))
    assert "trade" in kin["export"]
    assert "trade" not in kin["premium"]
    assert not measures_the_asked(_amount(doc, "5 pct"), measured, kin)
    assert measures_the_asked(_amount(doc, "5 pct"), measured[:1], kin)
