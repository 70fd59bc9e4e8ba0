"""A party the scene introduces by an indefinite noun phrase ("a valve maker") and the
question refers back to with a demonstrative ("that company") is the bridge: found by name
in the sentence stating the scene, and the question asked of that name, not answered from
the scene's own sentence."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.anaphora import referred_back
from retrieval.reading.bridge_parties import FIRM_LABELS, in_role
from retrieval.service import AllianceService
from tests.reading.conftest import module_service


@pytest.mark.parametrize(
    ("text", "scene", "anaphor"),
    [
        (
            "Brisk Industries just completed its tender for a valve maker. What share will "
            "that company hold of its Dutch venture?",
            "Brisk Industries just completed its tender for a valve maker.",
            "that company",
        ),
        (
            "Acme Corp agreed to buy a chip maker from Gamma Holdings. How much did this "
            "company earn in 1986?",
            "Acme Corp agreed to buy a chip maker from Gamma Holdings.",
            "this company",
        ),
        # one sentence: the question's own "that" is no reference back
        ("Who owns the plant that Halden Bank sold to a brewer?", None, None),
        # the demonstrative's noun is of another kind than the indefinite's
        ("Halden Bank sold a bottling plant. Who chairs that bank?", None, None),
        # a definite noun phrase introduces no new referent
        ("Halden Bank sold the plant. Who runs that plant now?", None, None),
        # the same noun for a thing, not a firm: the scene's own story tells of it
        ("Halden Bank sold a bottling plant last year. Who runs that plant now?", None, None),
        ("Acme Corp signed a supply deal with Beta Inc. What is that deal worth?", None, None),
        ("Acme Corp bought a stake in Beta Inc. How big is that stake?", None, None),
        ("Acme Corp posted a loss a year ago. How much will it earn this year?", None, None),
        # a predicate or an apposition describes a firm already named
        ("Acme Corp is a chip maker. How much did this company earn in 1986?", None, None),
        ("Acme Corp became a chip maker. How much did this company earn?", None, None),
        (
            "Acme Corp, a maker of valves, bought Beta Inc. How much did that company earn?",
            None,
            None,
        ),
        # under a modal or a negation no firm need exist
        ("Acme Corp may buy a chip maker. How much did this company earn in 1986?", None, None),
        ("Acme Corp may seek to buy a chip maker. How much did this company earn?", None, None),
        ("Acme Corp did not buy a chip maker. How much did this company earn?", None, None),
    ],
)
def test_a_demonstrative_refers_back_to_an_indefinite_of_the_scene(
    text: str, scene: str | None, anaphor: str | None
) -> None:
    back = referred_back(shared_pipeline().annotate([text])[0])
    assert (back.scene.text.strip() if back else None) == scene
    assert (back.anaphor.text if back else None) == anaphor


class _Spelled:
    """An article that spells out no short forms (the one thing in_role asks of it)."""

    def spelled_out(self, name: str) -> str:
        return name


def test_the_party_is_the_firm_where_the_scene_puts_its_noun_phrase() -> None:
    scene, stating = shared_pipeline().annotate(
        [
            "Brisk Industries just completed its tender for a valve maker.",
            "Brisk Industries said its Hollis Acquisition Corp unit completed its tender for "
            "Harlow Corp.",
        ]
    )
    role = next(t for t in scene if t.text == "maker")
    named = in_role(stating, role, _Spelled(), ["Brisk Industries"], FIRM_LABELS)  # type: ignore[arg-type]
    assert named is not None and named.rstrip(".") == "Harlow Corp"


ARTICLES = [
    {
        "id": "brisk-tender",
        "title": "BRISK COMPLETES HARLOW TENDER",
        "date": "1987-06-09",
        "text": (
            "Brisk Industries Inc said its Hollis Acquisition Corp unit completed its tender "
            "for Harlow Corp.\n"
            "Brisk said the shares tendered represent about 97 pct of Harlow's common stock."
        ),
    },
    {
        "id": "harlow-venture",
        "title": "NAKAMURA AND HARLOW TO FORM BEARING VENTURE",
        "date": "1987-02-20",
        "text": (
            "Japan's Nakamura Seiko KK said it and Harlow Corp of the United States will form a "
            "joint venture to make engine bearings in Ohio.\n"
            "The venture will be owned 55 pct by Harlow and 45 pct by Nakamura Seiko."
        ),
    },
]

service = module_service(ARTICLES, "anaphora")


def test_the_question_is_asked_of_the_party_it_refers_back_to(service: AllianceService) -> None:
    answer = service.ask(
        "Brisk Industries just completed its tender for a bearings maker. What share will "
        "that company own of the engine bearing venture it set up with a Japanese firm?"
    )
    assert "55 pct" in answer.text, answer.text
    assert "97 pct" not in answer.text.split("“")[0], answer.text


DESCRIBED = [
    {
        "id": "harlow-offer",
        "title": "BRISK INDUSTRIES TO BUY HARLOW",
        "date": "1987-04-09",
        "text": (
            "Brisk Industries Inc said it agreed to buy Harlow Corp for 21.25 dlrs a share, "
            "or about 80 mln dlrs.\n"
            "Harlow said Brisk already owns 9 pct of its shares."
        ),
    },
    {
        "id": "harlow-venture",
        "title": "NAKAMURA AND HARLOW TO FORM BEARING VENTURE",
        "date": "1987-02-20",
        "text": (
            "Japan's Nakamura Seiko KK said it and Harlow Corp of the United States will form a "
            "joint venture to make engine bearings in Ohio.\n"
            "The bearing venture will be owned 55 pct by Harlow and 45 pct by Nakamura Seiko."
        ),
    },
]

described = module_service(DESCRIBED, "described")


def test_a_described_party_is_asked_of_even_when_the_description_article_answers(
    described: AllianceService,
) -> None:
    # the description's article has a share too (Brisk's 9 pct of Harlow): it answers the
    # description, not what the question asks of the party; the party is the firm where
    # the clause's pronoun stands ("that Brisk agreed to buy": "agreed to buy Harlow Corp")
    answer = described.ask(
        "The parts maker that Brisk Industries agreed to buy has a bearing venture with a "
        "Japanese company. What share of the venture does it own?"
    )
    assert "55 pct" in answer.text.split("“")[0], answer.text
    assert "9 pct" not in answer.text.split("“")[0], answer.text
