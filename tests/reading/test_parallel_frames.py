"""A list's members lined up one a sentence, each in the frame of the line's members."""

from __future__ import annotations

from dataclasses import replace

from retrieval.index.embeddings import HashingEmbeddings
from retrieval.reading.asking import understand
from retrieval.reading.evidence import Weights
from retrieval.reading.found import Finding, Reading
from retrieval.reading.kinds import Kind
from retrieval.reading.parallel_frames import with_parallel_members
from tests.reading.test_findings import evidence_of, parse

QUOTED = [
    "Economist Ann Berg of Osko Securities said the budget must balance tax cuts and "
    "lower borrowing.",
    'Lars Lund of Tarn Brokers and Co said "a budget of tax cuts is a budget for an '
    'early election."',
    "The chancellor will present his budget on Tuesday.",
    "Eva Holm of Fjell Bank said interest rates would fall after the budget.",
]
SPEAKERS = [
    "Osko Bank said the budget would cut taxes.",
    "Tarn Bank said the pound would rise.",
]


def members(question: str, texts: list[str], names: list[str]) -> list[str]:
    """The members a line quoting the article's first sentence, naming `names`, lists."""
    asked = understand(question, parse=lambda t: parse([t])[0])
    article = evidence_of("a", texts)
    part = replace(asked.parts[0], kind=Kind.ORG)
    finding = Finding(part, article, article.sentences[0], (), 1.0)
    reading = Reading(Weights(lambda _: 1.0), parse, HashingEmbeddings(dimension=8))
    lines = with_parallel_members([(finding, names, texts[0])], part, asked, reading)
    return lines[0][1]


def test_the_next_sentence_in_the_same_frame_names_one_more_member() -> None:
    # the run stops at the sentence about the chancellor: the later bank is not in it
    found = members(
        "Which brokers' economists are quoted on the budget?", QUOTED, ["Osko Securities"]
    )
    assert found == ["Osko Securities", "Tarn Brokers and Co"]


def test_speakers_alone_share_no_frame_worth_a_list() -> None:
    # any firm can be the subject of "said": two in a row list nothing
    found = members("Which banks commented on the budget?", SPEAKERS, ["Osko Bank"])
    assert found == ["Osko Bank"]


def test_an_object_in_the_same_frame_is_a_member_only_under_the_same_doer() -> None:
    texts = ["Corvex Corp bought Halden Inc in March.", "Rival Brix Ltd bought Lumo Corp in April."]
    assert members("Which companies did Corvex buy?", texts, ["Halden Inc"]) == ["Halden Inc"]
    texts = ["Corvex Corp bought Halden Inc in March.", "Corvex Corp bought Lumo Corp in April."]
    found = members("Which companies did Corvex buy?", texts, ["Halden Inc"])
    assert found == ["Halden Inc", "Lumo Corp"]


def test_a_common_nouns_of_is_not_a_named_speakers() -> None:
    texts = [QUOTED[0], "An official of the Bank of Tarn said taxes would rise."]
    found = members(
        "Which brokers' economists are quoted on the budget?", texts, ["Osko Securities"]
    )
    assert found == ["Osko Securities"]
