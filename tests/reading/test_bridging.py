"""A party the scene describes instead of naming ("The parts maker that Brisk Industries is
offering 21.25 dlrs a share for has a venture ...") is found by name in the sentence stating
the description, and the question is asked again of that name."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.bridge_parties import FIRM_LABELS, first_party, same
from retrieval.reading.bridging import answers_better, described_subject
from retrieval.service import AllianceService
from tests.reading.conftest import module_service


@pytest.mark.parametrize(
    ("text", "described"),
    [
        (
            "The parts maker that Brisk Industries is offering 21.25 dlrs a share for has "
            "a venture with a Japanese company. Who is the partner?",
            "The parts maker that Brisk Industries is offering 21.25 dlrs a share for",
        ),
        (
            "The company that sold a 40 pct stake in Dunmore Oil to Halden Bank is buying "
            "a shipping line. Which one?",
            "The company that sold a 40 pct stake in Dunmore Oil to Halden Bank",
        ),
        ("Which company that sold a stake in Dunmore Oil is buying a shipping line?", None),
        ("Harlow Corp has a venture with a Japanese company. Who is the partner?", None),
        ("How big is the penalty the tax bureau imposed on Halden Bank?", None),
        # a thing described, not a party: nothing to bridge to
        ("The stake that Brisk Industries bought in Harlow Corp was later sold. To whom?", None),
    ],
)
def test_a_subject_described_by_a_relative_clause_is_a_described_party(
    text: str, described: str | None
) -> None:
    span = described_subject(shared_pipeline().annotate([text])[0])
    assert (span.text if span is not None else None) == described


ARTICLES = [
    {
        "id": "harlow-offer",
        "title": "HARLOW GETS OFFER FROM BRISK INDUSTRIES",
        "date": "1987-04-09",
        "text": (
            "Harlow Corp said it received a 21.25 dlr a share offer, valued at about 80 mln "
            "dlrs, for all of its outstanding shares from Brisk Industries Inc.\n"
            "Harlow said its board would study the offer."
        ),
    },
    {
        "id": "harlow-venture",
        "title": "NAKAMURA AND HARLOW TO FORM BEARING VENTURE",
        "date": "1987-02-20",
        "text": (
            "Japan's Nakamura Seiko KK said it and Harlow Corp of the United States will form a "
            "joint venture to make engine bearings in Ohio.\n"
            "Nakamura Seiko will hold 55 pct of the venture and Harlow 45 pct."
        ),
    },
]

service = module_service(ARTICLES, "bridge")


def test_the_described_party_is_found_by_name_and_asked_of(service: AllianceService) -> None:
    answer = service.ask(
        "The parts maker that Brisk Industries is offering 21.25 dlrs a share for has its "
        "own venture with a Japanese company. Which Japanese company is its partner?"
    )
    assert "Harlow" in answer.text, answer.text
    assert "Nakamura" in answer.text, answer.text


@pytest.mark.parametrize(
    ("found", "name", "expected"),
    [("GE", "GEC", False), ("Harlow", "Harlow Corp", True), ("Harlow Corp", "Harlow", True)],
)
def test_a_name_is_the_same_only_written_whole_within_the_other(
    found: str, name: str, expected: bool
) -> None:
    assert same(found, name) is expected


class _Spelled:
    """An article that spells out no short forms (the one thing first_party asks of it)."""

    def spelled_out(self, name: str) -> str:
        return name


def test_a_regulator_named_beside_the_firm_is_not_the_described_party() -> None:
    doc = shared_pipeline().annotate(
        [
            "The Securities and Exchange Commission said Harlow Corp received a 21.25 dlr "
            "a share offer from Brisk Industries Inc."
        ]
    )[0]
    found = first_party(doc, _Spelled(), ["Brisk Industries"], FIRM_LABELS)  # type: ignore[arg-type]
    assert found == "Harlow Corp"


def _read(*articles: str, missing: int = 0) -> SimpleNamespace:
    """A reading's selection as answers_better sees it: the article of each finding (whose
    answer is never the described party, test_bridge_parties.py)."""
    findings = tuple(
        SimpleNamespace(
            article=SimpleNamespace(article_id=a, spelled_out=lambda name: name),
            answers=(SimpleNamespace(text="Nakamura Seiko"),),
        )
        for a in articles
    )
    return SimpleNamespace(findings=findings, missing=(None,) * missing)


@pytest.mark.parametrize(
    ("first", "second", "better"),
    [
        # every part answered: only fewer answers from the scene's article is better
        (_read("scene"), _read("party"), True),
        (_read("scene", "party"), _read("party", "party"), True),
        (_read("other"), _read("other"), False),  # the same kinds again
        (_read("scene"), _read("scene"), False),
        (_read("scene", "party"), _read("party"), False),  # a part lost
        # a part unanswered: more parts is better
        (_read(missing=1), _read("scene"), True),
        (_read("scene", missing=1), _read("party"), False),
    ],
)
def test_a_second_reading_is_taken_only_when_it_answers_better(
    first: SimpleNamespace, second: SimpleNamespace, better: bool
) -> None:
    stated = SimpleNamespace(
        article=SimpleNamespace(article_id="scene"), answers=(SimpleNamespace(text="Harlow"),)
    )
    assert answers_better(first, second, stated) is better  # type: ignore[arg-type]
