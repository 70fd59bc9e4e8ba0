"""A company a person or a family sells is itself its buyer's counterparty, and an object
pronoun of a second coordinated verb takes the first verb's object (parties,
references, reference_syntax.parallel_object)."""

from __future__ import annotations

from tests.registry.test_deal_reading import extract, pairs


def test_a_company_sold_by_a_family_pairs_with_its_buyer() -> None:
    found = pairs(extract("The Kelmar family sold Pellin Estates to Zorvex Corp in 2001."))
    assert found == {frozenset({"Pellin Estates", "Zorvex"})}


def test_an_object_pronoun_of_a_coordinated_verb_takes_the_first_object() -> None:
    found = pairs(
        extract("The Kelmar family founded Pellin Estates Ltd and sold it to Zorvex Corp in 2001.")
    )
    assert found == {frozenset({"Pellin Estates", "Zorvex"})}


def test_the_parallel_object_wins_over_the_sentence_s_first_firm() -> None:
    found = pairs(
        extract(
            "Halden Corp bought a stake from Brenna Investments, the investment firm of the "
            "Kelmars, who founded the Pellin Estates label and sold it to Zorvex in 2001."
        )
    )
    assert frozenset({"Pellin Estates", "Zorvex"}) in found
    assert frozenset({"Halden", "Zorvex"}) not in found


def test_a_seller_firm_keeps_the_sale_its_own() -> None:
    found = pairs(extract("Halden Corp bought Pellin Estates in 1990 and sold it to Zorvex Corp."))
    assert found == {frozenset({"Halden", "Zorvex"})}


def test_a_pronoun_for_something_else_a_person_sold_makes_no_pair() -> None:
    # the first verb's object is no firm: "it" is the house, not the sentence's firm
    assert not extract(
        "Halden Corp's chairman John Smith bought the house in 1990 and sold it to Zorvex Corp."
    )
    # a pronoun left to salience may stand for anything the person sold
    assert not extract("Zorvex Corp reported higher profits. John Smith sold it to Kelmar Inc.")


def test_a_stake_or_shares_a_person_sold_make_no_pair() -> None:
    assert not extract("John Smith sold his stake in Pellin Estates Ltd to Zorvex Corp.")
    assert not extract("John Smith sold shares of Pellin Estates Ltd to Zorvex Corp.")


def test_modality_and_negation_still_block_the_sale() -> None:
    assert not extract("The Kelmar family did not sell Pellin Estates Ltd to Zorvex Corp.")
    assert not extract("The Kelmar family may sell Pellin Estates Ltd to Zorvex Corp.")


def test_a_company_a_family_merges_into_a_firm_is_its_partner() -> None:
    found = pairs(extract("The Kelmar family merged Pellin Estates Ltd into Zorvex Corp in 2001."))
    assert found == {frozenset({"Pellin Estates", "Zorvex"})}


def test_a_relative_clause_merging_a_bound_pronoun() -> None:
    found = pairs(
        extract(
            "Halden Corp bought a stake in Zorvex from the Kelmar family, which founded the "
            "Pellin Estates business and later merged it into Zorvex."
        )
    )
    assert frozenset({"Pellin Estates", "Zorvex"}) in found


def test_what_a_firm_merges_stays_its_own() -> None:
    assert pairs(extract("Halden Corp merged Pellin Inc into Zorvex Corp.")) == {
        frozenset({"Halden", "Zorvex"})
    }


def test_a_merged_pronoun_left_to_salience_or_a_thing_makes_no_pair() -> None:
    assert not extract(
        "Zorvex Corp reported higher profits. The Kelmar family merged it into Kelmar Inc."
    )
    assert not extract("The Kelmar family merged its farms into Zorvex Corp.")
    assert not extract("The Kelmar family did not merge Pellin Estates Ltd into Zorvex Corp.")


def test_a_pronoun_after_coordinated_objects_is_left_unbound() -> None:
    # singular "it" after "A and B" picks neither for sure
    assert not extract(
        "The Kelmar family founded Pellin Inc and Brenna Ltd and sold it to Zorvex Corp."
    )


def test_a_family_that_bought_a_company_and_sold_it_on() -> None:
    found = pairs(
        extract("The Kelmar family bought Pellin Inc from Halden Corp and sold it to Zorvex Corp.")
    )
    assert frozenset({"Pellin", "Zorvex"}) in found


def test_a_firm_name_compounded_with_a_building_stake_or_plant_is_no_antecedent() -> None:
    # "it" is the headquarters, the stake or the plant, not the firm whose name modifies it
    assert not extract(
        "John Smith bought the Pellin Corp headquarters in 1990 and sold it to Zorvex Corp in 1995."
    )
    assert not extract("John Smith bought the Pellin Inc stake and sold it to Zorvex Corp.")
    assert not extract("The Kelmar family owned the Pellin Inc plant and sold it to Zorvex Corp.")


def test_a_firm_name_compounded_with_a_business_noun_is_the_antecedent() -> None:
    # "the Pellin Inc business" is the firm bought whole: "it" stands for Pellin
    found = pairs(extract("John Smith founded the Pellin Inc business and sold it to Zorvex Corp."))
    assert found == {frozenset({"Pellin", "Zorvex"})}
