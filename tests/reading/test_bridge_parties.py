"""A party described by a relative clause may be a person as well as a firm ("The
chancellor whose forecasts ..."); a stating sentence names a possessive relative's party as
the genitive or the agent of a noun of the clause ("whose bid": "Kestrel's bid", "a bid by
Kestrel"); a first reading answering with the described party itself answered the
description, not the question."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.anaphora import referred_back
from retrieval.reading.bridge_parties import (
    FIRM_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    fronted_description,
    in_role,
    party_labels,
)
from retrieval.reading.bridging import _clause, answers_better, described_subject
from retrieval.reading.question_spelling import correct_spelling
from retrieval.service import AllianceService
from tests.reading.conftest import evidence_of, module_service


@pytest.mark.parametrize(
    ("noun", "labels"),
    [
        ("maker", FIRM_LABELS),
        ("company", FIRM_LABELS),
        ("investor", PERSON_LABELS),  # a person, or a firm investing
        ("chancellor", PERSON_LABELS),
        ("country", PLACE_LABELS),
        ("stake", frozenset()),
        ("plant", frozenset()),  # a person only in a rare sense
    ],
)
def test_a_noun_describes_a_party_named_by_the_labels_of_its_kind(
    noun: str, labels: frozenset[str]
) -> None:
    assert party_labels(noun) == labels


@pytest.mark.parametrize(
    ("text", "described"),
    [
        (
            "The investor whose group wants control of Halden Bank also sold a stake in "
            "Dunmore Oil. At what price?",
            "The investor whose group wants control of Halden Bank",
        ),
        # a thing described, not a party
        ("The stake whose sale Halden Bank announced was later resold. To whom?", None),
    ],
)
def test_a_person_described_by_a_relative_clause_is_a_described_party(
    text: str, described: str | None
) -> None:
    span = described_subject(shared_pipeline().annotate([text])[0])
    assert (span.text if span is not None else None) == described


@pytest.mark.parametrize(
    ("text", "described"),
    [
        (
            "In the country whose finance minister is Marta Olsen, which exchange rose?",
            "the country whose finance minister is Marta Olsen",
        ),
        # no comma closes the adjunct: where the clause ends is not known
        ("In the country whose minister is Marta Olsen which exchange rose?", None),
        # a thing's possessive relative
        ("In the plant whose output fell, which unit was closed?", None),
        # the phrase starts at its determiner, not at the adjunct's first word
        (
            "In 1987 the group whose offer was rejected, which bank advised it?",
            "the group whose offer was rejected",
        ),
        # the adjunct closed before the noun: the description is not in it
        ("In March, the company whose bid failed, said what?", None),
        # a second finite verb is the adjunct's own, not the relative clause's
        ("After the firm whose bid failed withdrew its offer, who bought Dunmore Oil?", None),
    ],
)
def test_a_fronted_adjunct_may_describe_a_party_by_a_possessive_relative(
    text: str, described: str | None
) -> None:
    found = fronted_description(shared_pipeline().annotate([text])[0])
    assert (found[0].text if found is not None else None) == described


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # "whose" is no word the index keeps, and "whole" is one slip away in the article
        (
            "The whole market rose on Friday.",
            "In the country whose minister resigned, which market rose?",
        ),
        ("Three banks bid for the stake.", "How big is the bank's holding there now?"),
    ],
)
def test_a_function_word_is_never_mended_as_a_spelling_slip(sentence: str, question: str) -> None:
    article = evidence_of("a", [sentence])
    assert correct_spelling(question, [article], known=lambda word: False) == question


class _Spelled:
    """An article that spells out no short forms (the one thing in_role asks of it)."""

    def spelled_out(self, name: str) -> str:
        return name


@pytest.mark.parametrize(
    "stating",
    [
        "Dunmore Oil is the subject of a 3.80 dlr a share bid by Kestrel Holdings Ltd.",
        "Ravel Corp said its offer tops Kestrel Holdings Ltd's bid for Dunmore Oil.",
    ],
)
def test_a_possessive_relatives_party_is_the_genitive_or_agent_of_a_clause_noun(
    stating: str,
) -> None:
    question, sentence = shared_pipeline().annotate(
        [
            "The group whose 3.80 dlr bid for Dunmore Oil was topped by Ravel Corp sold its "
            "mines. To whom?",
            stating,
        ]
    )
    # the clause as written, whatever the small parser hangs it on
    role = next(t for t in question if t.lower_ == "whose")
    clause = question[role.i : next(t.i for t in question if t.text == "sold")]
    named = ["Dunmore Oil", "Ravel Corp"]
    party = in_role(sentence, role, _Spelled(), named, FIRM_LABELS, clause=clause)  # type: ignore[arg-type]
    assert party is not None and party.rstrip(".") == "Kestrel Holdings Ltd"


def test_the_clause_not_the_noun_phrase_is_what_a_stating_sentence_states() -> None:
    doc = shared_pipeline().annotate(
        ["The miner that Kestrel Holdings agreed to buy sold its mines. To whom?"]
    )[0]
    described = described_subject(doc)
    assert described is not None
    assert _clause(described).text == "that Kestrel Holdings agreed to buy"


def test_a_verbs_passive_agent_is_not_a_possessor() -> None:
    # "rejected by Dunmore Oil": the agent of the verb (the rejecter), not of the offer
    question, sentence = shared_pipeline().annotate(
        [
            "The company whose takeover offer was rejected raised its bid. By how much?",
            "A takeover offer for Halden Mines was rejected by Dunmore Oil on Monday.",
        ]
    )
    role = next(t for t in question if t.lower_ == "whose")
    clause = question[role.i : next(t.i for t in question if t.text == "raised")]
    party = in_role(sentence, role, _Spelled(), [], FIRM_LABELS, clause=clause)  # type: ignore[arg-type]
    assert party is None


def _read(*answers: str, missing: int = 0) -> SimpleNamespace:
    """A reading's selection as answers_better sees it: each finding's article and answer."""
    findings = tuple(
        SimpleNamespace(
            article=SimpleNamespace(article_id="a", spelled_out=lambda name: name),
            answers=(SimpleNamespace(text=answer),),
        )
        for answer in answers
    )
    return SimpleNamespace(findings=findings, missing=(None,) * missing)


@pytest.mark.parametrize(
    ("first", "second", "better"),
    [
        # the first reading answered with the described party itself
        (_read("Kestrel Holdings"), _read("Gamma Mining"), True),
        (_read("Kestrel", "Ravel Corp"), _read("Gamma Mining"), True),
        (_read("Kestrel", missing=1), _read("Gamma Mining"), True),
        (_read("Kestrel"), _read(missing=1), False),  # the second answers nothing
        # answers of other parties: the scene rule decides (same article here: not better)
        (_read("Ravel Corp"), _read("Gamma Mining"), False),
    ],
)
def test_a_first_reading_answering_with_the_described_party_counts_for_nothing(
    first: SimpleNamespace, second: SimpleNamespace, better: bool
) -> None:
    stated = SimpleNamespace(
        article=SimpleNamespace(article_id="b"),
        answers=(SimpleNamespace(text="Kestrel Holdings"),),
    )
    assert answers_better(first, second, stated) is better  # type: ignore[arg-type]


ARTICLES = [
    {
        "id": "forecasts",
        "title": "INSTITUTE SAYS BUDGET FORECASTS TOO ROSY",
        "date": "2005-01-10",
        "text": (
            "Earlier this month, the Halden Institute said that Finance Minister Marta "
            "Olsen's forecasts for tax revenues were too rosy.\n"
            "The institute said borrowing would rise next year."
        ),
    },
    {
        "id": "lecture",
        "title": "CENTRAL BANKER TO GIVE OSLO LECTURE",
        "date": "2005-01-20",
        "text": (
            "Central banker Piet Jansen was invited by Marta Olsen to give a lecture in Oslo.\n"
            "Mr Jansen will speak about inflation."
        ),
    },
    {
        "id": "minister",
        "title": "FINANCE MINISTER URGES TRADE TALKS",
        "date": "2005-01-12",
        "text": (
            "Karl Brandt, Austria's finance minister, urged the trade body to take account of "
            "a changing world order.\nHe spoke in Geneva on Tuesday."
        ),
    },
    {
        "id": "bourse",
        "title": "VIENNA SHARES AT RECORD",
        "date": "2005-01-14",
        "text": (
            "Austria's Vienna Stock Exchange edged above its previous record close on "
            "Thursday.\nBank shares led the gains."
        ),
    },
]

service = module_service(ARTICLES, "person_bridge")


def test_a_described_person_is_found_by_name_and_asked_of(service: AllianceService) -> None:
    answer = service.ask(
        "The minister whose tax revenue forecasts the Halden Institute called too rosy "
        "invited which central banker to give a lecture?"
    )
    assert "Piet Jansen" in answer.text, answer.text
    assert "Marta Olsen" in answer.text, answer.text  # the stating sentence, cited


def test_a_country_described_in_a_fronted_adjunct_is_found_by_name(
    service: AllianceService,
) -> None:
    answer = service.ask(
        "In the country whose finance minister is Karl Brandt, which stock exchange edged "
        "above its record close?"
    )
    assert "Vienna Stock Exchange" in answer.text, answer.text


def test_an_indefinite_person_noun_introduces_a_party_a_demonstrative_refers_back_to() -> None:
    doc = shared_pipeline().annotate(
        [
            "Halden Bank just revised a loan for a Florida developer. Who did that developer "
            "sell its preferred stock to?"
        ]
    )[0]
    back = referred_back(doc)
    assert back is not None and back.anaphor.text == "that developer"


@pytest.mark.parametrize(
    ("stating", "party"),
    [
        ("Halden Bank said it revised a loan agreement with Kestrel Isles Inc.", "Kestrel Isles"),
        ("Halden Bank said it signed a supply agreement with Kestrel Isles Inc.", None),
        # the same noun under another preposition is another role: the lender
        ("Kestrel Isles Inc got a loan from Gamma Trust Co.", None),
    ],
)
def test_a_prepositional_argument_is_stated_with_a_compound_under_any_preposition(
    stating: str, party: str | None
) -> None:
    scene, sentence = shared_pipeline().annotate(
        ["Halden Bank just revised a loan for a Florida developer.", stating]
    )
    role = next(t for t in scene if t.text == "developer")
    found = in_role(sentence, role, _Spelled(), ["Halden Bank"], PERSON_LABELS)  # type: ignore[arg-type]
    assert (found.rstrip(".").removesuffix(" Inc") if found else None) == party
