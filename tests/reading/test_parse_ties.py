"""A part of a several-part question whose sentence's answer the parse does not tie to the
asked act and what it is asked of is answered by a read sentence whose answer is
(`reading.parse_ties`), with hits standing in for retrieval and made-up articles."""

from __future__ import annotations

from typing import cast

from spacy.tokens import Doc

from retrieval.index.embeddings import build_embedder
from retrieval.models import Answer, SearchHit
from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import Part, understand
from retrieval.reading.evidence import ArticleEvidence, Sentence
from retrieval.reading.extractive import ExtractiveAnswerer
from retrieval.reading.found import Finding
from retrieval.reading.parse_ties import (
    acts_through_a_complement,
    asked_act,
    asked_things,
    is_tied,
)
from retrieval.reading.spans import Candidate
from retrieval.settings import load_settings
from tests.reading.test_party_search import hit

# the plant order's worth is the first sentence's figure; the asked share's, the second's
ORDER = (
    "Norvale AG said it and Tessin AG have won an order from the city of Lindau for a power "
    "plant which company sources said was worth about 600 mln marks.\n"
    "A Norvale statement said its share of the order alone was worth 250 mln marks.\n"
    "Norvale shares rose two marks on the news."
)
CHAIR = "Norvale chairman Otto Brenner said the company expects more orders from Bavaria."
QUESTION = (
    "Norvale: how much was its own share of the Lindau power plant order worth, and who is "
    "the chairman of Norvale?"
)


def ask(question: str, *hits: SearchHit) -> Answer:
    settings = load_settings()
    reader = ExtractiveAnswerer(
        embedder=build_embedder(settings.embedder), settings=settings.answer
    )
    return reader.answer(question, hits, idf=lambda term: 9.0 if "\x00" in term else 1.0)


def test_the_part_is_answered_by_the_figure_tied_to_its_act_and_thing() -> None:
    answer = ask(QUESTION, hit("order", ORDER), hit("chair", CHAIR))
    first = answer.text.splitlines()[0]
    assert "250 mln marks" in first and "Otto Brenner" in first, answer.text
    assert "600 mln" not in first, answer.text


def test_one_part_is_left_to_the_ranking() -> None:
    one = "Norvale: how much was its own share of the Lindau power plant order worth?"
    plain = ask(one, hit("order", ORDER))
    # the rule does not run on one part: the ranking's first sentence answers
    assert "600 mln marks" in plain.text.splitlines()[0], plain.text


def things(question: str) -> frozenset[str]:
    doc = shared_pipeline().annotate([question])[0]
    part = understand(question, parse=lambda text: shared_pipeline().annotate([text])[0]).parts[0]
    return asked_things(doc, part)


def test_the_things_an_act_is_asked_of_are_its_arguments_not_the_asked_phrase() -> None:
    assert things("Which bank led the Corvex bond issue?") == {"issue"}
    assert "share" in things("How much was its own share of the plant order worth?")


def test_a_noun_pointing_back_is_no_thing() -> None:
    # "that company": another part's answer, which a sentence names by its name
    assert things("Who chairs that company?") == frozenset()


# A read sentence tying a figure to the asked act and a synonym of the asked thing that
# another party owns ("whose part"), that a negation denies, or to a word of the thing that
# names a kind of another noun ("share price"), is no better answer.
PROBES = {
    "another's": "The order was shared with Tessin, whose part is worth 350 mln marks.",
    "another's by name": "A Tessin statement said Tessin's share of the order was worth 350 mln.",
    "denied": "Norvale said its share of the order was not worth 350 mln marks, as reported.",
    "another sense": "Norvale said its share price was worth 350 mln marks in the order book.",
}
FIRST = (
    "Norvale AG said it and Tessin AG have won an order from the city of Lindau for a power "
    "plant which company sources said was worth about 600 mln marks.\n"
)


def test_another_partys_thing_or_a_denied_act_does_not_answer() -> None:
    for name, text in PROBES.items():
        answer = ask(QUESTION, hit("order", FIRST + text), hit("chair", CHAIR))
        assert "350 mln" not in answer.text.splitlines()[0], (name, answer.text)


def parsed(text: str) -> Doc:
    return shared_pipeline().annotate([text])[0]


def part_of(question: str) -> Part:
    return understand(question, parse=parsed).parts[0]


def test_a_copula_question_or_a_verb_framing_another_gives_no_act_to_tie_to() -> None:
    # "what is the price": the noun is asked, no act; "need approving": the act is the
    # complement's, which the part does not give as its verb
    assert asked_act(part_of("What is the strike price in the Corvex warrants?")) == frozenset()
    framed = "By when does the Corvex accord need approving?"
    assert acts_through_a_complement(parsed(framed), part_of(framed))
    plain = "How much was its share of the Corvex order worth?"
    assert not acts_through_a_complement(parsed(plain), part_of(plain))


def answer_at(part: Part, doc: Doc, text: str) -> Finding:
    start = next(t.i for t in doc if doc[t.i :].text.startswith(text))
    end = start + len(parsed(text))
    candidate = Candidate(text, start, end, 1.0)
    return Finding(part, cast("ArticleEvidence", None), cast("Sentence", None), (candidate,), 1.0)


def test_the_sayer_of_the_act_is_not_its_argument() -> None:
    part = part_of("Which bank did Corvex Corp sue over the loans, and why?")
    doc = parsed("The ministry said that Corvex Corp sued Halden Bank over the loans.")
    things = asked_things(parsed(part.text), part)
    assert is_tied(answer_at(part, doc, "Halden Bank"), doc, things)
    assert not is_tied(answer_at(part, doc, "The ministry"), doc, things)
