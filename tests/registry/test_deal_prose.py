"""More facts of English deal prose, each in invented sentences (continues
test_deal_reading.py): references across sentences, intention, financing."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


# -- references ------------------------------------------------------------------------------
def test_a_pronoun_subject_keeps_the_center_for_the_next_pronoun() -> None:
    # Centering: "it" in the third sentence is the company the second "it" stood for, not
    # the company that sentence bought.
    found = extract(
        "Zorvex Corp's two new products came out of acquisitions the company made over the "
        "last two years. In 2001 it bought Danish firm Kelmar Software. In May 2002 it bought "
        "Ohio-based web firm Pellin Systems Inc."
    )
    assert pairs(found) == {
        frozenset({"Zorvex", "Kelmar Software"}),
        frozenset({"Zorvex", "Pellin Systems"}),
    }


def test_a_name_in_apposition_to_a_firm_noun_is_a_company_the_next_pronoun_takes() -> None:
    # "Tarrant, the world's biggest winemaker": the apposition says Tarrant is a firm, so
    # the sentence is about it and the next "it" is Tarrant, not the earlier center.
    found = extract(
        "Shares in Marlow Wines Ltd rose 4%. It spent two years in the red. Consolidation "
        "in the wine industry is being driven by Tarrant, the world's biggest winemaker. It "
        "seized the top spot when it bought Australian firm Kestrel Vineyards in 2003."
    )
    assert pairs(found) == {frozenset({"Tarrant", "Kestrel Vineyards"})}


def test_an_agreement_to_enter_into_a_contract_with_b_is_an_agreement_with_b() -> None:
    # "with B" hangs on the contract the agreement's purpose enters into.
    found = extract("Varnell Inc said it has reached an agreement to enter into a contract "
                    "with Tobin Corp.")  # fmt: skip
    assert pairs(found) == {frozenset({"Varnell", "Tobin"})}
    # ... but not on what the purpose only settles
    assert extract("Varnell Inc said it has reached a preliminary agreement to resolve a "
                   "territorial dispute with Tobin Corp.") == []  # fmt: skip


def test_a_name_misspelt_once_is_the_company_the_article_spells_right() -> None:
    # One slip in a long name is a typing error: one record, dated by the sentence that
    # spells the name right ("Yesterday ... said": the day before the dateline).
    found = extract(
        "Varnell Inc said it expects to have a written contract with Okamoto Corp within "
        "10 days. Yesterday Varnell said it has reached an agreement with Okamoto to market "
        "its products. In a statement, Varnell said it has an oral agreement with Okomoto "
        "to market condoms."
    )
    assert pairs(found) == {frozenset({"Varnell", "Okamoto"})}
    assert [a.date.value if a.date else None for a in found] == ["1987-06-18"]


def test_a_legal_form_s_full_stop_before_a_sentence_opener_ends_the_sentence() -> None:
    # "... Tobin Inc. Shareholders will vote ...": two sentences; read as one, the vote to
    # come would make the agreement a plan.
    found = extract("Varnell Corp said it agreed to buy Tobin Inc. Shareholders will vote on "
                    "the merger on August 5.")  # fmt: skip
    assert pairs(found) == {frozenset({"Varnell", "Tobin"})}


def test_a_definite_noun_seated_in_a_place_refers_back_to_a_firm() -> None:
    # "the Ohio-based ... contractor": a noun a place-based modifier seats somewhere names
    # an organisation, whatever its trade is called, so it refers back to the firm named
    # before; without the modifier the bare trade noun is no reference.
    found = extract("Tarvel Corp said it will not raise its offer for Kessling Systems Inc. "
                    "Tarvel agreed to purchase the Ohio-based defense electronics contractor "
                    "for 27 dlrs a share.")  # fmt: skip
    assert pairs(found) == {frozenset({"Tarvel", "Kessling Systems"})}
    # people are seated by their own nouns: no firm, no deal
    assert extract("Kessling Systems Inc reported higher profits. Tarvel Corp said it "
                   "hired the London-based analyst.") == []  # fmt: skip


# -- modality --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # "look to" + infinitive states an intention
        "Dannor Group is looking to buy Kessling Cement Ltd.",
        'Shares in Kessling Cement Ltd fell 5%. "Dannor Group is looking to buy Kessling '
        'Cement very cheap," said a fund manager at Pell Fund.',
        # a finance noun modifying the agreement: financing, not an alliance
        "Tarvel Corp said it renewed its annual credit agreement with Hollis Savings Bank and "
        "Orbin Trust Co.",
    ],
)
def test_intentions_and_financing_are_not_deals(text: str) -> None:
    assert extract(text) == []


def test_looking_forward_to_a_deal_does_not_deny_it() -> None:
    found = extract("Dannor Group said it looks forward to completing its acquisition of "
                    "Kessling Cement Ltd.")  # fmt: skip
    assert pairs(found) == {frozenset({"Dannor", "Kessling Cement"})}


# -- names -------------------------------------------------------------------------------------
def test_the_wire_s_byline_word_with_a_legal_form_names_a_company() -> None:
    # "REUTER" alone closes an article; followed by a legal form it is a company.
    found = extract("Reuters Holdings Plc said it agreed to buy Torvane Data Ltd of Toronto.")
    assert pairs(found) == {frozenset({"Reuters", "Torvane Data"})}
    assert extract("Torvane Data Ltd said it agreed to buy Reuters.") == []


# -- agentless passives ------------------------------------------------------------------------
def test_a_participle_set_off_by_commas_is_a_passive_of_the_article_s_company() -> None:
    # "X and Y, taken over last year, have ...": a bare participle after a comma heads no
    # finite clause; it describes X and Y, bought by the company the article is about (not
    # by the person reporting it, nor by a person whose name opens a sentence).
    found = extract(
        "Dutch food maker Koninklijke Dorvan NV said it plans more acquisitions. Van Hoeven "
        "said profits would rise. Van Hoeven said sales fell. Van Hoeven said the dollar was "
        "weak. Van Hoeven said the company would continue an active takeover policy in the "
        "US. He said Harrow Foods Inc and Minter Dairy Inc, taken over late last year, have "
        "sales of 90 mln dlrs."
    )
    assert pairs(found) == {
        frozenset({"Koninklijke Dorvan", "Harrow Foods"}),
        frozenset({"Koninklijke Dorvan", "Minter Dairy"}),
    }


@pytest.mark.parametrize(
    ("note", "deal"),
    [
        # the tagger calls these past tenses; buying takes an object and a date is none
        ("1986 net includes results of operations of Quellam Pharmaceuticals Inc, acquired "
         "May 29, 1986.", "Quellam Pharmaceuticals"),
        ("Includes operations of Bank of Quellam, acquired Feb 23.", "Bank of Quellam"),
        ("Includes operations of Quellam Savings Bank, bought Feb 23.", "Quellam Savings Bank"),
        # merging takes no object: a past form without one says nothing of a buyer
        ("Includes operations of Quellam Savings Bank, merged Feb 23.", None),
    ],
)  # fmt: skip
def test_a_past_form_of_buying_with_no_object_is_a_participle(note: str, deal: str) -> None:
    found = extract(f"Zorvane Corp said first quarter net rose to 5.9 mln dlrs. {note}")
    assert pairs(found) == ({frozenset({"Zorvane", deal})} if deal else set())


def test_a_participle_on_what_a_clause_bought_restates_that_purchase() -> None:
    # the clause names the buyer ("it"); the participle is the same purchase told again,
    # not a second one by the article's company
    found = extract(
        "Halvern Breweries bought a stake in Osterly Wines. Consolidation is driven by "
        "Tamaris Group. Since then, Tamaris Group has paid $1bn for wine maker Corbel "
        "Estates, bought last month."
    )
    assert frozenset({"Halvern Breweries", "Corbel Estates"}) not in pairs(found)
    assert frozenset({"Tamaris", "Corbel Estates"}) in pairs(found)
    # a purchase only agreed is not the one a dated participle tells of
    found = extract(
        "Zorvane Corp said profits rose. Tamaris Inc agreed to buy Corbel Inc, acquired in "
        "1985, for 50 mln dlrs."
    )
    assert frozenset({"Zorvane", "Corbel"}) in pairs(found)


# -- names in a coordination --------------------------------------------------------------
def test_a_name_holding_and_inside_a_coordination_is_one_company() -> None:
    # Names are listed "A, B and C": two "and"s join two names, one of them holding the
    # other "and"; the one without a legal form is the founders' name, and a firm.
    found = extract(
        "Talbot Acquisition Co, a partnership of Merritt and Crane and Oxley Glass Inc, said "
        "it was willing to negotiate."
    )
    assert pairs(found) == {frozenset({"Merritt and Crane", "Oxley Glass"})}


# -- deals already in the discourse ------------------------------------------------------------
def test_a_definite_deal_with_an_inferred_agent_is_the_undone_deal_before_it() -> None:
    # "the purchase of X" after "the possible takeover of X": a definite description refers
    # back, under any noun of the same kind, to the deal the article called possible.
    found = extract(
        "Zellan Group said its supervisory board has approved the possible takeover of the "
        "Marlow Exchange. Zellan Group shares fell. \"The onus is on Zellan Group's "
        "management to demonstrate why the purchase of the Marlow Exchange creates more "
        'value for shareholders than other strategies," said Tom Reed, a fund manager at '
        "Orrin Life."
    )
    assert found == []


def test_a_name_before_a_deal_noun_with_its_object_after_of_is_the_agent() -> None:
    # "the Harlow buyout of Benton": a prenominal name with "of X" fills the agent's place,
    # as a possessor would; the article's other company did not buy.
    found = extract(
        "Corvid Inc said its profits rose. Corvid Inc also opened a plant. The Harlow "
        "Industries buyout of Benton Tool Corp was completed in May."
    )
    assert pairs(found) == {frozenset({"Harlow Industries", "Benton Tool"})}


# -- dates -------------------------------------------------------------------------------------
def test_a_later_sentence_dates_the_deal_on_the_verb_of_its_deal_word() -> None:
    # "who made the sale in January": a date on the verb a deal noun is the object of dates
    # that deal, though the sentence has no word of announcing or signing.
    found = extract(
        "Dorran Holdings Ltd said it has completed the 900 mln dlr purchase of the media "
        "interests of Kelso Press Ltd, its owner. Pratt, who made the sale in January, will "
        "be a director of Dorran Media Ltd."
    )
    assert [(a.party_names, a.date.value if a.date else None) for a in found] == [
        (["Dorran", "Kelso Press"], "1987-01")
    ]


def test_a_date_on_the_reporting_verb_does_not_date_a_deal_told_later() -> None:
    found = extract(
        "Vantor Corp said it agreed to sell its assets to Pellam Group Ltd. On January 19, "
        "Vantor said it retained Orrin Securities Inc to arrange for the sale of the company."
    )
    assert [(a.party_names, a.date) for a in found] == [(["Vantor", "Pellam"], None)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Varnell Corp and Tobin Inc formed a joint venture that will begin operations in 1988.",
            None,
        ),
        (
            "Varnell Corp and Tobin Inc formed a joint venture in 1986 that will begin "
            "production in 1988.",
            "1986",
        ),
    ],
)
def test_the_start_of_a_venture_s_operations_does_not_date_the_venture(
    text: str, value: str | None
) -> None:
    [alliance] = extract(text)
    assert (alliance.date.value if alliance.date else None) == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("in the fourth quarter of 1986", "1986"),
        ("in the first half of 1985", "1985"),
        ("in mid-1986", "1986"),
        ("in the spring of 1984", "1984"),
        ("last autumn", "1986"),  # the dateline is in June 1987
    ],
)
def test_a_part_of_a_year_dates_the_deal_to_its_year(phrase: str, value: str) -> None:
    [alliance] = extract(f"Varnell Corp said it agreed {phrase} to buy Tobin Inc.")
    assert alliance.date is not None and alliance.date.value == value


def test_an_expected_completion_in_another_sentence_does_not_date_the_deal() -> None:
    # "is expected to be completed in ...": a completion to come, not the deal's date;
    # a closing date the sentence states as fact still dates it.
    [alliance] = extract(
        "Varnell Corp has agreed to buy Tobin Inc's stake in Kessel Brewing for 50 mln dlrs. "
        "The deal is expected to be completed in the first quarter of 1988."
    )
    assert alliance.date is None
    [alliance] = extract(
        "Varnell Corp said it completed the acquisition of Tobin Inc for stock. The purchase "
        "price will be based on the book value of Tobin as of the May 31 closing date."
    )
    assert alliance.date is not None and alliance.date.value == "1987-05-31"


# -- prices ------------------------------------------------------------------------------------
def test_what_a_price_is_for_is_what_the_payer_bought() -> None:
    # "paid AMOUNT for X": the parser may hang "for X" on the amount rather than on the
    # verb; either way X is what the subject paid for.
    found = extract("Dorvan Mining, the largest zinc producer, last year paid 240 mln dlrs "
                    "for Kestrel Chemicals Co which makes carbon black.")  # fmt: skip
    assert pairs(found) == {frozenset({"Dorvan Mining", "Kestrel Chemicals"})}
    assert found[0].date is not None and found[0].date.value == "1986"


# -- public bodies -----------------------------------------------------------------------------
def test_an_armed_force_is_a_public_body_not_a_party() -> None:
    # A contract with a military service is a government order, not an alliance; "Force" as
    # a modifier in a company's name still names the company.
    assert extract("Kestrel Aerospace Corp scored a coup in January when it won a 734 mln "
                   "dlr U.S. Air Force pact for up to 20 rockets.") == []  # fmt: skip
    found = extract("Kestrel Aerospace Corp signed an agreement with Force Ten Corp.")
    assert pairs(found) == {frozenset({"Kestrel Aerospace", "Force Ten"})}


# -- investments -----------------------------------------------------------------------------
def test_money_invested_in_a_company_is_an_investment_in_it() -> None:
    # "in X" after an amount belongs to the verb: money is put in a company.
    found = extract("Harlow Industries Inc said Benton Tool Corp invested eight mln dlrs in "
                    "Harlow.")  # fmt: skip
    assert pairs(found) == {frozenset({"Harlow Industries", "Benton Tool"})}
    assert {p.role for a in found for p in a.parties} == {"investor", "investee"}


def test_the_noun_a_reporting_verb_seems_to_take_is_its_clause_s_subject() -> None:
    # "said X, in a move to ..., invested": "say" takes a clause, not a noun.
    found = extract(
        "Harlow Industries Inc said Benton Tool Corp of Canada, in a move to diversify into "
        "software, invested eight mln dlrs in Harlow Industries."
    )
    assert pairs(found) == {frozenset({"Harlow Industries", "Benton Tool"})}


def test_a_proposal_its_board_approved_is_agreed() -> None:
    found = extract("Harlow Industries Inc said its directors approved the proposed merger with "
                    "Benton Tool Corp.")  # fmt: skip
    assert pairs(found) == {frozenset({"Harlow Industries", "Benton Tool"})}
    assert extract("Harlow Industries Inc said its directors did not approve the proposed "
                   "merger with Benton Tool Corp.") == []  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The Department of Transportation said it gave final approval to Harlow Group's "
        "proposed acquisition of Benton Airlines.",
        "Regulators said they gave final clearance to the proposed acquisition of Benton "
        "Airlines Inc by Harlow Group Inc.",
    ],
)
def test_a_proposal_given_an_approval_is_agreed(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Harlow", "Benton Airlines"})}


@pytest.mark.parametrize(
    "text",
    [
        # an approval applied for, or withheld, agrees nothing
        "Harlow Group said it filed for approval of its proposed acquisition of Benton Airlines.",
        "Regulators gave no approval to the proposed acquisition of Benton Airlines Inc by "
        "Harlow Group Inc.",
    ],
)
def test_a_proposal_no_one_approved_is_no_deal(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a definite deal noun that names its maker refers to the announced, pending deal
        "The rating agency cited Corvex Corp's proposed acquisition of Halden Industries Inc "
        "as a factor in its review.",
        "The remaining matter to be presented is the proposed acquisition of Halden "
        "Industries Inc by Corvex Corp.",
        "Halden Industries Inc said the sale of its plant satisfied a condition for its "
        "proposed acquisition by Corvex Corp.",
    ],
)
def test_a_proposed_deal_its_maker_determines_is_the_pending_deal(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Corvex", "Halden Industries"})}


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite one is news of a proposal; one without its maker may be a plan
        "A proposed buyout of Halden Industries Inc by Corvex Corp was reported by a newspaper.",
        "Analysts said the proposed sale of Halden Industries Inc to Corvex Corp would help both.",
    ],
)
def test_a_proposal_not_tied_to_its_maker_is_no_deal(text: str) -> None:
    assert extract(text) == []


# -- agreements named by their deal ----------------------------------------------------------
def test_an_agreement_of_merger_lends_its_complements_to_the_merger() -> None:
    # "agreement of merger": the "of" complement names the agreement's kind; the parties
    # hung on the agreement ("with B") are the merger's.
    found = extract(
        "Tarvel Corp said its shareholders approved a previously proposed agreement of "
        "merger with Hollis Brands Co."
    )
    assert pairs(found) == {frozenset({"Tarvel", "Hollis Brands"})}
    assert [a.kind for a in found] == ["merger"]


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        # a permission granted makes what it permits decided, however the infinitive hangs
        ("Corvex Inc said it received approval from regulators to acquire Halden Corp.", True),
        ("Corvex Inc won regulatory approval to acquire Halden Corp.", True),
        # a permission sought, refused, hoped for or expected decides nothing yet
        ("Corvex Inc said it sought approval from regulators to acquire Halden Corp.", False),
        ("Corvex Inc did not receive approval from regulators to acquire Halden Corp.", False),
        ("Corvex Inc failed to win regulatory approval to acquire Halden Corp.", False),
        ("Corvex Inc expects to receive approval to acquire Halden Corp.", False),
        # a request for permission approved is the permission given, and the possessor of
        # the request is who acquires, not the regulator approving it
        ("Corvex Inc said regulators approved its application to acquire Halden Corp.", True),
        ("Corvex Inc said regulators will consider its application to acquire Halden Corp.", False),
    ],
)
def test_an_acquisition_a_granted_permission_allows_is_a_deal(text: str, deal: bool) -> None:
    assert (frozenset({"Corvex", "Halden"}) in pairs(extract(text))) is deal


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        # the possessor of a deal noun does its infinitive: "Corvex's agreement to acquire"
        ("Ratings agencies affirmed Corvex Inc's debt after its agreement to acquire "
         "Halden Corp.", True),
        # an offer under a condition is only an offer, whatever its owner
        ("Corvex Inc said it would keep Halden's managers if its offer to acquire Halden "
         "Corp is successful.", False),
        # a clause below the noun's own infinitive is what the effort was for
        ("The deal followed Corvex Inc's unsuccessful efforts to expand by acquiring Halden "
         "Corp.", False),
    ],
)  # fmt: skip
def test_the_possessor_of_a_deal_noun_does_its_infinitive(text: str, deal: bool) -> None:
    assert (frozenset({"Corvex", "Halden"}) in pairs(extract(text))) is deal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(Corvex Restaurants Inc) said it acquired (Cafe Halden Inc), a cafe chain with ten "
            "franchises, for an unspecified amount of cash.",
            {frozenset({"Corvex Restaurants", "Cafe Halden"})},
        ),
        (
            "Corvex Inc said it agreed to buy two wholesalers, (Halden Ltd) and (Tolan Cie Ltd) "
            "for 3.5 mln dlrs.",
            {frozenset({"Corvex", "Halden"}), frozenset({"Corvex", "Tolan Cie"})},
        ),
    ],
)
def test_a_name_bracketed_with_parentheses_is_a_party(
    text: str, expected: set[frozenset[str]]
) -> None:
    # some Reuters stories bracket names with parentheses instead of angle brackets
    assert pairs(extract(text)) == expected


def test_selling_another_firm_s_business_is_no_resale_deal_with_it() -> None:
    # a unit of another firm sold is a sale of a business, not its goods resold
    found = extract("Harlow Corp agreed to sell Benton Inc's Delta unit to Osko Inc.")
    assert frozenset({"Harlow", "Benton"}) not in pairs(found)
    # ... nor are its assets sold on to a named buyer for a price
    found = extract("Harlow Corp agreed to sell Benton Inc's Delta refinery to Osko Inc.")
    assert frozenset({"Harlow", "Benton"}) not in pairs(found)


def test_a_capital_after_a_note_s_colon_opens_a_sentence() -> None:
    # "NOTE: Results ...": the capital is the sentence's, not a company's name
    found = extract(
        "Zorvane Corp said net rose. NOTE: Results reflected the pooled acquisition of "
        "Quellam Bancshares Inc on March 31, 1987."
    )
    assert pairs(found) == {frozenset({"Zorvane", "Quellam Bancshares"})}


@pytest.mark.parametrize(
    "text",
    [
        # a proper name bought from a firm is a business of its, tagged or not
        "Harlow Corp said it acquired Sunfield Guard Service for 14 mln dlrs from Benton Corp.",
        "Harlow Corp said it acquired C.S.C. Quill Guard Service of Paramus, N.J., "
        "from Benton Corp.",
    ],
)
def test_a_proper_name_bought_from_a_firm_is_a_business_it_sold(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Harlow", "Benton"})}


def test_goods_bought_from_their_maker_are_no_deal() -> None:
    # common nouns are goods: a purchase from their maker is an order
    assert pairs(extract("Harlow Corp said it bought 10 jumbo jets from Benton Corp.")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Corp said it bought the drilling rights on 9,000 acres from Benton Corp.",
        "The machinery was purchased by Harlow Corp from Benton Corp for 2 mln dlrs.",
    ],
)
def test_definite_assets_bought_from_a_firm_are_its_assets_sold(text: str) -> None:
    # a definite phrase names things that exist already: the seller's own, changing hands
    assert pairs(extract(text)) == {frozenset({"Harlow", "Benton"})}


@pytest.mark.parametrize(
    "text",
    [
        # goods resold "to users" go to a market, not to a buyer of a business
        "Pelham Systems Inc said it agreed to sell Quorant Corp's mainframe software to hospitals.",
        # two verbs share the object standing after both ("sell and service B's copiers")
        "Pelham Systems Inc said it signed an agreement under which it will sell and service "
        "Quorant Corp's office copiers in Ohio.",
    ],
)
def test_selling_a_firm_s_goods_on_to_a_market_is_a_resale_deal_with_it(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Pelham Systems", "Quorant"})}


@pytest.mark.parametrize("noun", ["disposition", "disposal", "divestiture"])
def test_an_act_noun_of_getting_rid_of_a_business_is_a_sale(noun: str) -> None:
    # nominalised "dispose of" / "divest" take a sale's arguments: whose, of what, to whom
    found = extract(f"Pelham Corp said it completed the {noun} of its bakery unit to Quorant Inc.")
    assert pairs(found) == {frozenset({"Pelham", "Quorant"})}


@pytest.mark.parametrize(
    "text",
    [
        # what is permitted is the event of the complement (assessing), not the sale
        "Quist said it is extending its tender offer to allow shareholders to assess the sale "
        "of Keel Airways Inc to Harlow Inc.",
        # a deal that is the subject of a verb of permitting is what permits
        "The acquisition of Keel Airways Inc by Harlow Inc last year enabled it to cut costs.",
        "Harlow Inc said its purchase of Keel Airways Inc permitted it to enter the market.",
    ],
)
def test_a_verb_of_permitting_does_not_deny_a_deal_outside_its_complement(text: str) -> None:
    assert frozenset({"Keel Airways", "Harlow"}) in pairs(extract(text))


def test_a_deal_a_negated_verb_of_permitting_governs_does_not_count() -> None:
    text = (
        "Quist Corp said regulators did not allow the purchase of Keel Airways Inc by Harlow Inc."
    )
    assert frozenset({"Keel Airways", "Harlow"}) not in pairs(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        # what is alleged is the violation; the sale is presupposed
        "The lawsuit alleges the sale of the stores by Keel Airways Inc to Harlow Inc violated "
        "a franchise agreement.",
        "Analysts believe the acquisition of Keel Airways Inc by Harlow Inc will lift earnings.",
        "Quist Corp claims the merger of Keel Airways Inc and Harlow Inc was illegal.",
    ],
)
def test_a_definite_deal_in_a_clause_held_true_is_presupposed(text: str) -> None:
    assert frozenset({"Keel Airways", "Harlow"}) in pairs(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite deal is what is believed
        "Quist Corp believes a merger of Keel Airways Inc and Harlow Inc would be illegal.",
        "Quist Corp claims Harlow Inc agreed to buy Keel Airways Inc.",
    ],
)
def test_a_deal_only_held_true_does_not_count(text: str) -> None:
    assert frozenset({"Keel Airways", "Harlow"}) not in pairs(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Quist Corp said a suit filed by holders was aimed at blocking the sale of Quist to "
        "Harlow Inc.",
        "Holders filed a suit that seeks to block the merger of Quist Corp with Harlow Inc.",
    ],
)
def test_a_deal_someone_tries_to_block_is_a_deal_agreed(text: str) -> None:
    # an ending only tried presupposes the deal and leaves it standing
    assert pairs(extract(text)) == {frozenset({"Quist", "Harlow"})}


def test_a_deal_blocked_is_no_deal() -> None:
    assert pairs(extract("Regulators blocked the merger of Quist Corp with Harlow Inc.")) == set()


def test_a_business_combination_is_a_merger() -> None:
    # the securities term for a merger; "a combination of factors" is none
    found = extract("Corvane Inc said it has agreed on a business combination with Bellmere Corp.")
    assert pairs(found) == {frozenset({"Corvane", "Bellmere"})}
    assert extract("Corvane Inc said a combination of factors hurt Bellmere Corp.") == []
