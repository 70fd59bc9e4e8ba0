"""Coordinated counterparties: gapped clauses, "respectively", and a name the parse left
loose after a verb's "and" (retrieval.registry.gapping, conjuncts)."""

from __future__ import annotations

from tests.registry.test_deal_reading import extract, pairs


def test_gapped_passive_clauses_pair_each_remnant_with_its_agent() -> None:
    found = pairs(
        extract(
            "Under the plan, two units of Osko Corp will be taken over by Halden Corp, "
            "Vardeau Inc by Brenna Ltd, and three units of Kestrel Corp by the Marlin Group."
        )
    )
    assert found == {
        frozenset({"Osko", "Halden"}),
        frozenset({"Vardeau", "Brenna"}),
        frozenset({"Kestrel", "Marlin"}),
    }


def test_gapped_clause_coordinated_with_the_agent() -> None:
    found = pairs(extract("Osko Inc was bought by Halden Corp and Vardeau Corp by Brenna Ltd."))
    assert found == {frozenset({"Osko", "Halden"}), frozenset({"Vardeau", "Brenna"})}


def test_gapped_clause_of_a_merger() -> None:
    found = pairs(extract("Osko Inc merged with Halden Corp, and Vardeau Corp with Brenna Ltd."))
    assert found == {frozenset({"Osko", "Halden"}), frozenset({"Vardeau", "Brenna"})}


def test_gapped_sale_keeps_the_shared_seller() -> None:
    found = pairs(
        extract("Halden Corp sold Osko Inc to Brenna Ltd, and Vardeau Corp to Kestrel Inc.")
    )
    # the company sold is the seller's alias: Halden sold to each buyer, Vardeau sold nothing
    assert found == {frozenset({"Halden", "Brenna"}), frozenset({"Halden", "Kestrel"})}


def test_a_repeated_preposition_nested_in_another_phrase_is_no_gapped_clause() -> None:
    # "in association with" hangs on a name coordinated inside "a bid from ...", not
    # beside the teaming up: no gapped clause pairs the Dutch firm with Osko
    found = pairs(
        extract(
            "Halden AG has teamed up with the French group Osko, in opposition to a bid "
            "from the U.S. group Vardeau Inc and the Dutch Brenna Telecommunications BV in "
            "association with the French firm Kestrel."
        )
    )
    assert found == {frozenset({"Halden", "Osko"})}


def test_a_by_phrase_on_another_verb_is_no_gapped_clause() -> None:
    found = pairs(
        extract("Osko Inc was bought by Halden Corp, a company controlled by Brenna Ltd.")
    )
    assert frozenset({"Osko", "Brenna"}) not in found
    assert frozenset({"Osko", "Halden"}) in found


def test_respectively_pairs_lists_item_by_item() -> None:
    found = pairs(
        extract("Halden Corp and Brenna Inc acquired Osko Inc and Vardeau Corp respectively.")
    )
    assert found == {frozenset({"Halden", "Osko"}), frozenset({"Brenna", "Vardeau"})}


def test_without_respectively_every_buyer_buys_every_target() -> None:
    found = pairs(extract("Halden Corp and Brenna Inc acquired Osko Inc and Vardeau Corp."))
    assert len(found) == 4


def test_name_after_and_with_an_adjectival_participle_is_a_conjunct() -> None:
    found = pairs(
        extract(
            "Halden Corp signed a letter of intent to merge with Osko Corp, and "
            "Vardeau Systems Corp, a newly formed company."
        )
    )
    assert found == {frozenset({"Halden", "Osko"}), frozenset({"Halden", "Vardeau Systems"})}


def test_name_after_and_with_a_verb_of_its_own_is_a_clause() -> None:
    found = pairs(
        extract(
            "Halden Corp agreed to buy Osko Corp, and Brenna Ltd, a closely held firm, "
            "reported higher profits."
        )
    )
    assert found == {frozenset({"Halden", "Osko"})}


def test_products_listed_are_no_parties() -> None:
    found = pairs(extract("Halden Corp agreed to buy cameras, watches and cars from Osko Corp."))
    assert found == set()


def test_respective_amounts_keep_the_firm_said_once() -> None:
    # the firm hangs on the last amount only: split per amount, the first buyer lost it
    for sentence in (
        "Halden Corp and Brenna Inc acquired 10 pct and 20 pct of Osko Inc, respectively.",
        "Halden Corp and Brenna Inc bought 10 pct and 20 pct stakes in Osko Inc, respectively.",
    ):
        assert pairs(extract(sentence)) == {
            frozenset({"Osko", "Halden"}),
            frozenset({"Osko", "Brenna"}),
        }


def test_a_remnant_owned_by_a_pronoun_is_no_party() -> None:
    # "its" is Osko's here, not the nearer Halden's: no pair is made from the remnant
    found = pairs(extract("Osko Inc was bought by Halden Corp, and its Texas unit by Brenna Ltd."))
    assert found == {frozenset({"Osko", "Halden"})}
    named = pairs(
        extract("Osko Inc was bought by Halden Corp, and Kestrel Corp's Texas unit by Brenna Ltd.")
    )
    assert frozenset({"Kestrel", "Brenna"}) in named


def test_list_of_names_each_with_its_place() -> None:
    found = pairs(
        extract(
            "Halden Corp said it acquired Osko Corp of Houston, Vardeau Inc of Dallas "
            "and Brenna Ltd of Austin."
        )
    )
    assert found == {
        frozenset({"Halden", "Osko"}),
        frozenset({"Halden", "Vardeau"}),
        frozenset({"Halden", "Brenna"}),
    }


def test_two_names_each_closed_by_its_place() -> None:
    found = pairs(
        extract(
            "Halden Corp signed agreements with Osko Corp of Houston and Vardeau Inc of Dallas."
        )
    )
    assert found == {frozenset({"Halden", "Osko"}), frozenset({"Halden", "Vardeau"})}
