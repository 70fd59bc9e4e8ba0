"""Who is no party to an alliance, and what is no alliance, in invented prose: public
bodies, paper traded on the market, a company's own divisions."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


def test_a_regulator_named_by_its_initials_makes_no_alliance() -> None:
    # The initialism of a public body the article names is that body; a deal with a
    # regulator is a settlement.
    found = extract(
        "The Federal Trade Commission announced two settlements on Tuesday. The FTC agreed "
        "a deal totalling $20m with Morvane Holdings Inc, Dellary Corp and Quist Partners "
        "Ltd."
    )
    assert found == []


def test_a_community_of_states_is_a_public_body() -> None:
    # "European Community", "Andean Community": a union of states, and the initials the
    # article then uses for it are that body, no firm.
    found = extract(
        "Andean Community trade ministers met on Sunday. The AC agreed a 20 mln dlr "
        "cooperation agreement with Morvane Holdings Inc."
    )
    assert found == []
    # a firm named after a community stays one
    found = extract("Harlow Corp said it agreed to acquire Community Savings Bank.")
    assert pairs(found) == {frozenset({"Harlow", "Community Savings Bank"})}


@pytest.mark.parametrize(
    "text",
    [
        "Varnell Savings FSB said it has acquired Tobin Savings and Loan Co with the "
        "assistance of the Federal Savings and Loan Insurance Corp. Varnell and the FSLIC "
        "executed an assistance agreement indemnifying Varnell from certain losses.",
        "Varnell Savings FSB and the Federal Deposit Insurance Corp signed an assistance "
        "agreement.",
    ],
)
def test_a_federal_deposit_insurer_is_a_public_body_though_named_a_corporation(
    text: str,
) -> None:
    assert {"Varnell Savings", "Tobin Savings and Loan"} >= {
        name for pair in pairs(extract(text)) for name in pair
    }


def test_a_firm_named_federal_stays_a_party() -> None:
    found = extract("Varnell Savings FSB and Federal Paper Board Co signed a supply agreement.")
    assert pairs(found) == {frozenset({"Varnell Savings", "Federal Paper Board"})}


def test_a_firm_s_initials_stay_a_party_when_no_body_has_them() -> None:
    found = extract("The FTC Group Inc said it agreed to buy Dellary Corp.")
    assert pairs(found) == {frozenset({"FTC", "Dellary"})}


def test_securities_counted_in_thousands_are_a_market_trade() -> None:
    found = extract(
        "Talbrook Corp told the Securities and Exchange Commission it raised its stake in "
        "Quenton Partners LP to 9.1 pct. Talbrook said it bought 312,000 Quenton units "
        "between May 2 and 9 at prices of 11 to 12 dlrs each."
    )
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        # a purchase noun of shares counted in thousands (the count on the issuer's name)
        "Varnell Group said it made net purchases of 12,500 Tobin Foods Inc shares between "
        "Jan. 5 and Feb. 9.",
        # a minority part of a company's stock, bought with no agreement: a holding
        "Varnell Group said it and Dorsey Partners LP have acquired over five pct of Tobin "
        "Foods Inc stock.",
    ],
)
def test_shares_bought_without_an_agreement_are_a_market_trade(text: str) -> None:
    assert extract(text) == []


def test_a_business_sold_to_a_named_buyer_in_a_filing_article_is_a_deal() -> None:
    # the filing is about another holder's stake; the sale names its buyer, as no market
    # trade does
    found = extract(
        "Dorsey Partners LP told the Securities and Exchange Commission it holds a 5.1 pct "
        "stake in Varnell Group. Varnell Group, which sold its railroad interests to Tobin "
        "Rail Co in 1985, manages real estate."
    )
    assert pairs(found) == {frozenset({"Varnell", "Tobin Rail"})}


def test_a_part_of_stock_bought_under_an_agreement_or_for_control_is_a_deal() -> None:
    agreed = extract("Varnell Group said it agreed to acquire 30 pct of Tobin Foods Inc stock.")
    control = extract("Varnell Group said it acquired 80 pct of Tobin Foods Inc stock.")
    assert pairs(agreed) == pairs(control) == {frozenset({"Varnell", "Tobin Foods"})}


@pytest.mark.parametrize(
    "text",
    [
        # the seller, a family, is no party; the stake's company is none either, here or
        # where the article tells of the same stake again
        "Varnell Group bought an 18.8% stake in Tobin Wines Ltd on 13 January. Varnell "
        "spent A$584m on buying the stake in Tobin Wines from the Dorsey family.",
        "Varnell Group bought an 18.8% stake in Tobin Wines Ltd from the Dorsey family.",
    ],
)
def test_a_stake_bought_from_another_holder_is_no_deal_with_the_company(text: str) -> None:
    assert extract(text) == []


def test_the_stake_bought_from_a_holder_is_the_stake_told_of_before() -> None:
    found = extract(
        "Varnell Group has bought a large stake in Tobin Wines Ltd. Varnell bought 18.8% of "
        "Tobin Wines for 4.17 dollars per share. Varnell bought the 18.8% stake from Dorsey "
        "Investments, the family investment firm of the Tobins."
    )
    assert pairs(found) == {frozenset({"Varnell", "Dorsey Investments"})}


def test_a_stake_bought_from_the_company_itself_is_an_investment_in_it() -> None:
    found = extract(
        "Varnell Group has bought a 5% stake in Tobin Wines Ltd. Varnell bought the 18.8% "
        "stake in Tobin Wines from the company."
    )
    assert pairs(found) == {frozenset({"Varnell", "Tobin Wines"})}


def test_a_name_in_the_genitive_does_not_join_a_common_noun() -> None:
    # "Varnell - owner of Macy's and Bloomingdale's -": the parser may join
    # "Bloomingdale's" to "owner"; a store owned is no party to the owner's deal.
    found = extract(
        "Varnell Stores is to buy rival Tobin Department Stores for $11bn. As part of the "
        "deal, Varnell - owner of Macy's and Bloomingdale's - will assume $6bn of Tobin's "
        "debt."
    )
    assert pairs(found) == {frozenset({"Varnell Stores", "Tobin Department Stores"})}


def test_a_building_bought_is_no_party() -> None:
    # The article calls the Ritz a hotel: what was bought, from a seller it does not name.
    found = extract(
        "London's famous Ritz hotel has been sold. The seller, property firm Dunmore "
        "Estates Ltd, bought the Ritz for 750m pounds last year."
    )
    assert found == []
    # "hotel group" names a firm
    found = extract("Varnell Corp bought the Ritz hotel group from Dunmore Estates Ltd.")
    assert pairs(found) == {frozenset({"Varnell", "Dunmore Estates"})}


def test_a_maker_s_model_bought_is_no_deal_with_the_maker() -> None:
    found = extract(
        "Air Pellworth has leased a second jet. The second-hand Boeing 747, which was "
        "acquired on a renewable one-year lease, made its first flight to Munich."
    )
    assert found == []
    # a count of a firm's shares is a stake, not a model
    found = extract("Quist Corp bought 500,000 of Varnell Inc's shares from Dunmore Estates Ltd.")
    assert frozenset({"Quist", "Dunmore Estates"}) in pairs(found)


def test_a_titled_person_in_a_coalition_is_no_party() -> None:
    found = extract(
        "The bill passed despite a revolt by an alliance of liberal Democrats and "
        "conservative Republicans who oppose President Varnell's policies."
    )
    assert found == []


def test_a_firm_named_with_a_title_word_is_still_a_party() -> None:
    found = extract("Harlow Inc agreed to buy Chief Auto Parts' stores.")
    assert any("Auto Parts" in name for pair in pairs(found) for name in pair)


def test_alike_names_on_a_deal_s_two_sides_are_two_companies() -> None:
    # "Korbel" begins "Korbel Products", but a sentence naming both as the deal's sides
    # says they are two companies (a firm and its parent).
    found = extract(
        "Korbel Inc said it signed a definitive agreement for the merger with <Korbel "
        "Products Inc>."
    )
    assert pairs(found) == {frozenset({"Korbel", "Korbel Products"})}


@pytest.mark.parametrize(
    "text",
    [
        "Tarvel Corp said its Advanced Products and Electronics Division reached agreement "
        "with Hollis Brands Co to form a joint venture.",
        "Hollis Brands Co said Tarvel Corp's Marine Systems Division signed a supply "
        "agreement with it.",
    ],
)
def test_a_named_division_acts_for_its_owner(text: str) -> None:
    # A name headed by "Division" with a possessor names a part of the possessor, and a
    # part is no legal person; "its" never stands for the phrase it is inside.
    assert pairs(extract(text)) == {frozenset({"Tarvel", "Hollis Brands"})}


def test_the_names_in_apposition_to_a_plural_of_people_are_people() -> None:
    found = extract(
        "The Zembla Group was bought by the Harlow twins - Frederick and David - in 2004."
    )
    assert pairs(found) == set()


def test_a_firm_listed_with_people_is_still_a_party() -> None:
    found = extract("Zembla Corp was bought by its managers and Harlow Industries Inc last year.")
    assert pairs(found) == {frozenset({"Zembla", "Harlow Industries"})}


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin last year seized and sold Corvex' main production arm, Osko, to "
        "state-run oil group Halden Oil for 9.3 bln dlrs.",
        "By selling the Corvex unit to little-known Baikal Holdings and then to Halden Oil, "
        "Russia is able to circumvent legal landmines, analysts said.",
    ],
)
def test_a_sale_by_a_state_is_no_deal_of_what_it_sold(text: str) -> None:
    """The state sells what it seized (or owns): the thing's owner agreed nothing, and a
    deal with a government is no alliance."""
    assert extract(text) == []


def test_a_company_selling_its_unit_still_makes_a_deal() -> None:
    found = extract("Corvex Inc said it sold its Osko unit to Halden Corp for 9 mln dlrs.")
    assert pairs(found) == {frozenset({"Corvex", "Halden"})}


def test_a_firms_management_is_people_not_the_firm() -> None:
    # a management buyout: the buyers are the unit's managers
    found = extract(
        "Varnell Corp said it sold its 50 pct stake in Osko Metal Co Ltd to Osko Metal "
        "senior management for an undisclosed sum."
    )
    assert pairs(found) == set()


def test_a_deal_a_verb_of_hindering_bars_from_is_no_deal() -> None:
    # "from" and a gerund complete "bar", "prevent": the stake is what may not be bought
    found = extract(
        "Harlow Corp said it reached an agreement with Tobin Inc that bars Tobin from "
        "acquiring more than a 30 pct interest in Harlow."
    )
    assert [(a.kind, {p.name for p in a.parties}) for a in found] == [
        ("cooperation agreement", {"Harlow", "Tobin"})
    ]


def test_a_stake_a_firm_hoped_to_take_is_no_deal() -> None:
    # the rule lemmatizer reads "hoped" as "hop": the intention must still be seen
    assert extract("Varnell AG said in January it hoped to take a 37.5 pct stake in Osko AG.") == []


def test_claims_bought_in_a_bankruptcy_are_debts_not_a_deal() -> None:
    found = extract(
        "Varnell Corp said that on November 14, 1986, Osko Inc acquired claims in Varnell's "
        "bankruptcy proceedings entitling it to about 39 pct of Varnell's common."
    )
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Osko Inc said Varnell Corp breached a confidential agreement between the two companies.",
        "Osko Inc and Varnell Corp signed confidentiality agreements, which give them access "
        "to the records.",
        "Osko Inc is offering futures contracts on Varnell Corp repurchase agreements.",
    ],
)
def test_an_agreement_kept_within_talks_or_a_repo_is_no_alliance(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Corp said it hopes to acquire Osko Inc.",
        "Harlow Corp reached an agreement to repay its debt to Osko Bank over five years.",
        "Harlow Corp reached an agreement to return the disputed shares to Osko Inc.",
        "Harlow Corp reached an agreement to offer 2 mln shares to the public through Osko "
        "Securities Inc.",
    ],
)
def test_hopes_and_agreements_to_repay_return_or_offer_are_no_alliance(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a deal noun in apposition to a name says what kind of body that is
        "Harlow Group, a Dayton investment partnership, said it raised its stake in Osko Inc "
        "to 8.1 pct.",
        # "deal" with its own subject or auxiliary is the verb "to deal with"
        "Harlow Corp said Osko Inc will have to deal with the pricing of its products.",
        # the participle of a verb that leaves a deal undone denies the deal noun
        "Ministers voiced concern about an attempted takeover of Osko Inc by Harlow Corp.",
        "Harlow Corp's attempted takeover of Osko Inc drew criticism.",
    ],
)
def test_a_body_described_a_verb_homograph_and_an_attempted_deal_are_no_alliance(
    text: str,
) -> None:
    assert extract(text) == []


def test_a_deal_noun_the_tagger_reads_as_a_verb_is_still_the_deal() -> None:
    # "merger" is no English verb: tagged as one, it is a slip, and the deal stands
    found = extract(
        "Harlow Enterprises Inc said it signed a letter of intent to merger with Osko "
        "International Ltd."
    )
    assert pairs(found) == {frozenset({"Harlow Enterprises", "Osko International"})}


@pytest.mark.parametrize(
    "text",
    [
        "The suits relate to Morvane Holdings Inc's purchase of its shares from Dellary "
        "Corp after Dellary bought a block of the stock.",
        "Morvane Holdings Inc said it agreed to buy its common stock from Dellary Corp for "
        "20 mln dlrs.",
    ],
)
def test_a_firm_buying_its_own_stock_makes_no_alliance(text: str) -> None:
    assert pairs(extract(text)) == set()


def test_a_firm_selling_its_own_shares_sells_a_stake_in_itself() -> None:
    found = extract("Morvane Holdings Inc said it agreed to sell its shares to Dellary Corp.")
    assert pairs(found) == {frozenset({"Morvane", "Dellary"})}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "its" may be the reporter's: a takeover of Osko
        ("Osko Inc said Morvane Holdings Inc agreed to buy its common stock.", {"Osko", "Morvane"}),
        # shares of another issuer, the "in" hung on the verb
        (
            "Morvane Holdings Inc agreed to buy its shares in Osko Ltd from Tarn Corp.",
            {"Tarn", "Morvane"},
        ),
    ],
)
def test_stock_that_is_not_the_buyers_own_is_still_traded(text: str, pair: set[str]) -> None:
    assert pairs(extract(text)) == {frozenset(pair)}
