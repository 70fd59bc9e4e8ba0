"""Who the parties of a deal are when the parse hides them: each case is a fact of English
deal prose, in invented sentences with invented companies."""

from __future__ import annotations

import pytest

from retrieval.registry.people import family_names
from tests.registry.test_deal_reading import extract, pairs


def party_names(text: str) -> set[str]:
    return {name for pair in pairs(extract(text)) for name in pair}


def test_a_unit_among_the_speakers_speaks_for_its_owner() -> None:
    """ "A and the X division of B said they formed a venture" (the unit named after its
    owner): "they" is A and B."""
    found = extract(
        "<Halbrook and Sons Co> and the Corliss Plastics division of Corliss Industries Inc "
        "said they formed a 50-50 joint venture called Halcor Inc."
    )
    assert frozenset({"Halbrook and Sons", "Corliss Industries"}) in pairs(found)


def test_an_initialism_is_the_company_of_the_article_whose_name_it_spells() -> None:
    found = extract(
        "Dorvane Industries Corp said it agreed to acquire Western Kettle Co. "
        "Dorvane, which signed a letter of intent on May 2 to acquire WKC, said the talks "
        "went well."
    )
    names = {name for pair in pairs(found) for name in pair}
    assert "WKC" not in names  # one company, under the name the article spelled out
    assert frozenset({"Dorvane Industries", "Western Kettle"}) in pairs(found)
    kettle = next(p for a in found for p in a.parties if p.name == "Western Kettle")
    assert "WKC" in kettle.aliases  # so `alliances WKC` finds it


def test_a_public_bodys_initialism_is_no_firms_alias() -> None:
    # "SEC" spells "Southern Energy Corp" too, but the article names the Commission
    found = extract(
        "Southern Energy Corp said it agreed to acquire Tarrow Gas Co. The Securities and "
        "Exchange Commission must approve the deal, and the SEC has asked Southern Energy "
        "for more documents."
    )
    assert frozenset({"Southern Energy", "Tarrow Gas"}) in pairs(found)
    assert all("SEC" not in p.aliases for a in found for p in a.parties)


def test_a_lone_letter_is_no_party() -> None:
    # "S and P" (a rating agency's initials) cut at "and" leaves a letter, not a firm.
    names = party_names(
        "Tallis Motors Corp agreed to acquire Brenning Corp. S and P said it saw the "
        "acquisition of Brenning as negative."
    )
    assert names == {"Tallis Motors", "Brenning"}


def test_a_name_an_article_titles_as_a_person_is_never_what_it_stands_for() -> None:
    # "analyst Gary Glaser" makes Glaser a person; "it" in a later sentence that opens
    # with "Glaser said" is the firm, not the analyst.
    names = party_names(
        '"Growth will be slow," said analyst Gary Glaser at Pemberton Securities. '
        "Glaser said Halvard may struggle with the purchase because it is also buying "
        "Castine Foods Corp for about two billion dlrs."
    )
    assert "Glaser" not in names and {"Halvard", "Castine Foods"} <= names


def test_a_name_after_a_firm_noun_and_a_comma_opening_a_clause_is_no_firm() -> None:
    # "control of the company, Harwell said": the name opens a clause (no closing comma),
    # so it is the speaker's, not an apposition naming the company; "the company" later
    # is Brisco.
    names = party_names(
        "Dale Harwell, president of Brisco Inc, told shareholders he expects no sale. "
        "Asked about control of the company, Harwell said he saw no change. "
        "The company plans to sell the plant to Tenby Corp."
    )
    assert names == {"Brisco", "Tenby"}


def test_a_unit_with_a_legal_form_of_its_own_acts_as_itself() -> None:
    # An affiliate named with "Inc" or "Co Ltd" is a company that buys in its own name; a
    # division (no legal form) acts for its owner (test above).
    named_first = extract(
        "Tarrow Corp said Kemble Trading Co Ltd, an affiliate of Osprey Holdings, will "
        "buy four mln new shares, or a 12 pct stake, of Tarrow for 20 mln dlrs."
    )
    assert frozenset({"Kemble Trading", "Tarrow"}) in pairs(named_first)
    described_first = extract(
        "Corvell Corp said its 86 pct owned affiliate, Branvik Inc, has agreed to acquire "
        "Halden Foods Ltd for about 37 mln dlrs in cash."
    )
    assert pairs(described_first) == {frozenset({"Branvik", "Halden Foods"})}


def test_a_role_noun_titles_a_person_not_a_longer_name() -> None:
    found = family_names(
        [
            "said analyst Gary Glaser at First Boston Corp.",
            "said president Shearson Lehman Brothers Inc.",
            "its chief Goldman Sachs and Co.",
        ],
        [],
    )
    assert found == {"glaser"}


def test_an_office_written_as_a_title_makes_a_person_of_one_name() -> None:
    # "President Reagan", "Treasury Secretary James Baker": only people hold an office;
    # a name running on, or a legal form, is a firm's
    found = family_names(
        [
            "President Vandell announced the tariffs on March 27.",
            "Treasury Secretary James Orwin said so.",
            "President Riverboat Casinos Inc said it agreed.",
            "Governor Corp said it agreed.",
        ],
        [],
    )
    assert found == {"vandell", "orwin"}


def test_a_titled_office_holder_makes_no_alliance() -> None:
    found = extract(
        "Makoto Kuroki, vice minister of trade, is to hold two days of meetings. "
        "President Vandell announced the tariffs on March 27. In making the announcement, "
        'Vandell said "I am committed to the full enforcement of our trade agreements."'
    )
    assert pairs(found) == set()


def test_a_european_legal_form_is_no_part_of_the_companys_name() -> None:
    """Swedish "AB", Dutch "BV", Finnish "Oy": legal forms like "Inc", so the party is the
    name before them, the name users ask by ("Nordvik", not "Nordvik AB")."""
    found = extract(
        "Nordvik AB said it agreed to buy Tessel BV, a Dutch maker of valves, from Karhu Oy "
        "for 40 mln crowns."
    )
    # the sale of a firm a seller owns is a deal of buyer and seller
    assert pairs(found) == {frozenset({"Nordvik", "Karhu"})}


def test_a_player_titled_by_his_role_on_the_team_is_a_person() -> None:
    """ "captain John Smith": a sports role noun titles a person, so "an offer for Smith"
    buys a player's contract, which makes no alliance."""
    found = extract(
        "Halden United have made a third bid for Corvex Rovers captain John Smith. "
        "It is understood that Corvex Rovers accepted a 5m offer for Smith from Osko Town "
        "at the weekend."
    )
    assert not any("Smith" in alliance.party_names for alliance in found)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Harlow Industries Inc said it agreed to acquire Englewood, Colo., toolmaker "
            "Benton Tool Corp for 12 mln dlrs.",
            {"Harlow Industries", "Benton Tool"},
        ),
        (
            "Harlow Industries Inc said it acquired Falmouth, Maine-based Benton Tool Corp.",
            {"Harlow Industries", "Benton Tool"},
        ),
        (
            "Harlow Industries Inc said it acquired the Wallaceburg, Ontario, tool making "
            "operations of Benton Tool Corp.",
            {"Harlow Industries", "Benton Tool"},
        ),
    ],
)
def test_a_town_and_state_before_a_noun_say_where_the_firm_is(text: str, parties: set[str]) -> None:
    assert pairs(extract(text)) == {frozenset(parties)}


def test_a_buyer_after_the_last_of_several_things_sold_buys_them_all() -> None:
    # "to C" may hang on the last conjunct of what is sold: it is still the sale's buyer
    text = (
        "Harlow Industries Inc said it agreed to sell Benton Credit AG, its German consumer "
        "banking subsidiary, and German credit card operations to Banco de Osko of Spain."
    )
    assert frozenset({"Harlow Industries", "Banco de Osko"}) in pairs(extract(text))


def test_its_after_a_firm_and_is_that_firms() -> None:
    # "B and its units": the units sold are B's, so B is the seller, not the buyer A
    text = "Harlow Corp said it agreed to acquire Benton Tool Inc and its units last year."
    assert pairs(extract(text)) == {frozenset({"Harlow", "Benton Tool"})}
    # an event's possessive is its agent: both deals are Harlow's
    text = (
        "Harlow Corp said it needs bank debt to complete its takeover of Benton Tool Inc "
        "and its acquisition of Zembla Corp's airline unit."
    )
    assert frozenset({"Benton Tool", "Zembla"}) not in pairs(extract(text))


@pytest.mark.parametrize("owned", ["owned by", "belonging to"])
def test_what_belongs_to_a_firm_is_bought_from_it(owned: str) -> None:
    text = f"Harlow Industries Inc said it had bought two companies {owned} Benton Tool Ltd."
    assert pairs(extract(text)) == {frozenset({"Harlow Industries", "Benton Tool"})}


def test_a_block_bought_from_a_holder_to_raise_a_stake_is_bought_from_the_holder() -> None:
    text = (
        "Harlow Industries Inc purchased shares of Benton Tool Corp from Zembla Inc, raising "
        "its stake to 19.9 pct."
    )
    assert pairs(extract(text)) == {frozenset({"Harlow Industries", "Zembla"})}


def test_short_names_repeating_a_deal_told_under_full_names_are_those_parties() -> None:
    found = extract(
        "Harlow-La Marche Inc said it entered into a license agreement with Zeb Benton and "
        'Co. A statement from the companies said, "Benton and Marche have entered into the '
        'license agreement as an alternative to litigation."'
    )
    assert pairs(found) == {frozenset({"Harlow-La Marche", "Zeb Benton"})}


def test_a_company_formed_to_buy_acts_for_those_who_form_it() -> None:
    text = (
        "Harlow Industries Inc said it will form a new company to buy the paper unit of "
        "Benton Tool Corp."
    )
    assert pairs(extract(text)) == {frozenset({"Harlow Industries", "Benton Tool"})}
    # every founder buys
    text = "Harlow Corp and Benton Inc will form a new company to buy the paper unit of Osko Corp."
    assert {frozenset({"Harlow", "Osko"}), frozenset({"Benton", "Osko"})} <= pairs(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Industries Inc and Benton Tool Corp will form a joint company to make chips.",
        "Harlow Industries Inc and Benton Tool Corp said they will form a new company to make "
        "chips.",
        "Harlow Industries Inc said it will form a company with Benton Tool Corp to make chips.",
    ],
)
def test_a_firm_two_parties_set_up_together_is_a_joint_venture(text: str) -> None:
    found = extract(text)
    assert pairs(found) == {frozenset({"Harlow Industries", "Benton Tool"})}
    assert [a.kind for a in found] == ["joint venture"]


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Industries Inc said it formed a company to make chips.",
        # what the company has, not a partner
        "Harlow Industries Inc said it would create a company with assets of 10 billion dlrs.",
    ],
)
def test_a_firm_set_up_alone_is_no_venture(text: str) -> None:
    assert extract(text) == []


def test_a_known_firms_short_name_before_and_is_a_firm_of_its_own() -> None:
    # "Benton and Osko Inc" after "Benton Tool Inc": two firms, not one "and" name
    found = extract(
        "Harlow Group Inc said it agreed to buy Benton Tool Inc. Harlow Group Inc said it "
        "completed its acquisitions of Benton and Osko Inc."
    )
    assert frozenset({"Harlow", "Osko"}) in pairs(found)


def test_a_bracketed_name_with_a_possessive_is_one_name() -> None:
    # Reuters brackets one whole name: "Harlow's" is no owner inside it
    text = "<Harlow's Hospitality Inc> said it acquired Benton Food Services Ltd."
    assert pairs(extract(text)) == {frozenset({"Harlow's Hospitality", "Benton Food Services"})}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harlow Corp said it signed a letter of intent to buy contractor <K.L. Benton> for "
         "three mln dlrs.", {"Harlow", "K.L. Benton"}),
        ("Harlow Corp said it has purchased <W. Osko, M. Benton and Co>, a specialist unit.",
         {"Harlow", "W. Osko, M. Benton"}),
    ],
)  # fmt: skip
def test_a_bracketed_name_is_one_name_whatever_its_initials_and_commas(
    text: str, expected: set[str]
) -> None:
    # Reuters brackets one whole name: the stop after an initial inside it ends no sentence,
    # and the names listed in it are one firm's
    assert pairs(extract(text)) == {frozenset(expected)}


@pytest.mark.parametrize(
    "text",
    [
        "Halden Corp granted Zembla Inc a licence to sell its drugs.",
        "Halden Corp granted a licence to Zembla Inc.",
        "Zembla Inc said Halden Corp granted it the exclusive right to install rental "
        "centers in all Halden stores.",
    ],
)
def test_a_right_granted_is_a_licence_between_grantor_and_grantee(text: str) -> None:
    found = extract(text)
    assert pairs(found) == {frozenset({"Halden", "Zembla"})}
    assert [a.kind for a in found] == ["licensing agreement"]


def test_a_right_on_shares_granted_is_no_licence() -> None:
    text = "Halden Corp said Zembla Inc granted it the right of first refusal to its shares."
    assert extract(text) == []


def test_a_country_after_a_legal_form_ends_the_name() -> None:
    # "Aluminum Co of America" is the company's whole name; a town only says where it is
    found = extract("Harlow Co of America said it agreed to sell its tool unit to Zembla Inc.")
    assert pairs(found) == {frozenset({"Harlow Co of America", "Zembla"})}
    found = extract("Harlow Inc of Houston said it agreed to sell its tool unit to Zembla Inc.")
    assert pairs(found) == {frozenset({"Harlow", "Zembla"})}


def test_a_companys_own_report_tells_its_deal() -> None:
    found = extract("Harlow Industries Inc's annual report said it acquired Benton Tool Corp.")
    assert pairs(found) == {frozenset({"Harlow Industries", "Benton Tool"})}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm formed by a merger or a purchase is no venture
        (
            "Harlow Savings Bank said it and Zembla Bank have agreed to merge, forming a new "
            "holding company.",
            [({"Harlow Savings Bank", "Zembla Bank"}, "merger")],
        ),
        (
            "Harlow Corp acquired Zembla Inc and Benton Corp to form a new company.",
            [({"Harlow", "Zembla"}, "acquisition"), ({"Harlow", "Benton"}, "acquisition")],
        ),
        ("Harlow Corp and Zembla Inc each formed a new company to hold their assets.", []),
        # a firm's name with its legal form before "Texas," is no town
        (
            "Harlow Industries Inc, Texas, agreed to buy Benton Tool Corp.",
            [({"Harlow Industries", "Benton Tool"}, "acquisition")],
        ),
        # confirmed reports, a company's own reports, and the verb "reports" tell deals
        (
            "Harlow Corp confirmed reports it had agreed to buy Zembla Inc.",
            [({"Harlow", "Zembla"}, "acquisition")],
        ),
        (
            "Harlow Corp reports it acquired Zembla Inc for 40 mln dlrs.",
            [({"Harlow", "Zembla"}, "acquisition")],
        ),
        # new shares bought from the company, or control gained, are deals
        (
            "Harlow Corp bought 4.9 mln newly issued shares of Zembla Corp, raising its stake "
            "to 25 pct.",
            [({"Harlow", "Zembla"}, "investment")],
        ),
        (
            "Harlow Corp acquired a further 31 pct of Zembla Corp, raising its stake to 51 pct.",
            [({"Harlow", "Zembla"}, "acquisition")],
        ),
        # a right of governance is no licence; nor is a grant by no one named
        ("Harlow Corp granted Zembla Inc the right to nominate two directors.", []),
    ],
)
def test_what_the_new_rules_leave_alone(text: str, expected: list[tuple[set[str], str]]) -> None:
    found = sorted((tuple(sorted(a.party_names)), a.kind) for a in extract(text))
    assert found == sorted((tuple(sorted(names)), kind) for names, kind in expected)


def test_the_sale_of_the_unit_sold_is_the_deals_own_and_dates_it() -> None:
    found = extract(
        "Harlow Corp said it sold its Osko Tool Inc unit to Benton Corp. Sales rose 10 pct. "
        "The sale of Osko Tool Inc was completed on March 3, the company said."
    )
    assert [a.date.value if a.date else None for a in found] == ["1987-03-03"]


def test_a_time_after_by_is_no_unnamed_buyer() -> None:
    found = extract(
        "The sale of Zembla Inc to Benton Corp by the end of the year was agreed, Harlow Corp said."
    )
    assert frozenset({"Zembla", "Benton"}) in pairs(found)


def test_a_list_item_after_a_price_is_no_thing_sold() -> None:
    # "... for 3.6 mln dlrs, an increase in stock and the change of its name to X"
    text = (
        "Harlow Resources Corp said its board set an April 21 shareholders' meeting to vote on "
        "the sale of its oil and gas properties for 3,650,000 dlrs, an increase in authorized "
        "common to 20 mln shares from 15 mln and the change of the company's name to Harlow "
        "Gold Inc."
    )
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Telephone and Telegraph Co and Osko Inc formed a joint venture.",
        "Osko Inc and Harlow Telephone and Telegraph Co formed a joint venture.",
    ],
)
def test_an_and_between_two_whole_names_joins_them_and_the_other_is_inside_one(
    text: str,
) -> None:
    assert pairs(extract(text)) == {frozenset({"Harlow Telephone and Telegraph", "Osko"})}


def test_they_after_a_group_named_by_its_name_and_another_firm_are_those_two() -> None:
    found = extract(
        "West German retail group Varnell AG is considering taking a stake in shipping "
        "group Osko AG, a spokesman said.\n\n"
        "Late last year the Zembrant group of Belgium and West Germany's Tobin AG said they "
        "had each acquired a 12.5 pct stake in Osko from Kestrel Bank AG."
    )
    assert pairs(found) == {
        frozenset({"Zembrant", "Kestrel Bank"}),
        frozenset({"Tobin", "Kestrel Bank"}),
    }


def test_a_firms_wholly_owned_company_sold_is_sold_by_the_firm() -> None:
    found = extract(
        "Osko Inc said it reached a definitive agreement to sell assets of its wholly owned "
        "Harlow Osko Inc to Tobin Telephone Enterprises Inc."
    )
    assert pairs(found) == {frozenset({"Osko", "Tobin Telephone Enterprises"})}


def test_a_named_part_described_as_anothers_division_is_sold_by_its_owner() -> None:
    found = extract(
        "Harlow Corp said it acquired Osko Financial printing, the financial printing "
        "division of Tobin Printing Co, Seattle."
    )
    assert pairs(found) == {frozenset({"Harlow", "Tobin Printing"})}


def test_us_in_capitals_opening_a_name_is_part_of_it() -> None:
    # the pronoun "us" is never written "US"; "U.S." and "US" open names alike
    assert party_names("US Harlow Systems said it signed a supply agreement with Osko Inc.") == {
        "US Harlow Systems",
        "Osko",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Corp said it signed an exclusive agreement to distribute its news service, "
        "Newswatch, through Osko Data Products.",
        "Harlow Corp said it signed an agreement to supply its software to Osko Data Products.",
        # goods made or work done for another name it, wherever the parse hangs "for"
        "Harlow Corp said it signed an agreement to manufacture computer terminals for Osko"
        " Data Products to be used in its lottery systems.",
        "Harlow Corp said it signed an agreement to provide support and service for all Osko"
        " Data Products branded products nationwide.",
        # "supply B with a thing": the "with" gives the thing, the object who receives it
        "Harlow Corp said it signed an agreement to supply Osko Data Products with electricity.",
    ],
)
def test_an_agreement_to_hand_a_thing_to_or_through_another_names_that_other(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Harlow", "Osko Data Products"})}


@pytest.mark.parametrize(
    "text",
    [
        # "for" a common noun, a thing of a firm, or a price is no party
        "Harlow Corp said it signed an agreement to manufacture terminals for the U.S. market"
        " for 10 mln dlrs.",
        "Harlow Corp said it signed an agreement to manufacture software for Osko personal"
        " computers.",
        # what is developed for someone need not be theirs; a deal is no goods
        "Harlow Corp said it signed an agreement to develop a drug for AIDS.",
        "Harlow Corp said it signed an agreement to make a joint bid for Osko Inc.",
    ],
)
def test_what_an_agreement_makes_for_a_market_or_a_use_names_no_party(text: str) -> None:
    assert pairs(extract(text)) == set()


def test_whom_two_signers_make_goods_for_is_their_customer() -> None:
    found = extract(
        "Harlow Corp and Tobin Inc signed an agreement to manufacture chips for Osko Inc."
    )
    assert pairs(found) == {frozenset({"Harlow", "Tobin"})}


def test_a_ventures_customer_is_no_partner_of_it() -> None:
    found = extract("Harlow Corp and Tobin Inc formed a venture to supply chips to Osko Inc.")
    assert pairs(found) == {frozenset({"Harlow", "Tobin"})}


def test_a_name_ending_in_a_kind_of_works_is_a_firm_not_a_person() -> None:
    # spaCy reads "Osko Pine Sawmill" as a person; its head says it is a business
    found = extract(
        "Tobin Pacific Corp has agreed to pay 3,475,000 dlrs for the bankrupt Osko Pine "
        "Sawmill in Pendleton, Ore., the mill's bankruptcy trustee said."
    )
    assert pairs(found) == {frozenset({"Tobin Pacific", "Osko Pine Sawmill"})}


@pytest.mark.parametrize(
    "text",
    [
        "Lim earlier met industry commissioner Karl-Heinz Zembrant.",
        "Dayton Hudson met Minnesota governor Rudy Zembrant.",
    ],
)
def test_an_official_titled_by_office_is_a_person(text: str) -> None:
    # a given name may be hyphenated; a commissioner or a governor is a person
    assert "zembrant" in family_names([text], [])


def test_an_elided_article_is_part_of_a_name() -> None:
    assert party_names(
        "Osko Corp and <Cie Generale d'Harlowe> of France merged their businesses."
    ) == {"Osko", "Cie Generale d'Harlowe"}


def test_a_corporation_of_a_group_acts_for_the_group() -> None:
    found = extract(
        "Harlow Industries said it signed an agreement with Osko Plastics Group to build a "
        "plant in Taiwan. The 50-50 joint venture of Harlow and Nan Tobin Plastics, a "
        "corporation of Osko Plastics Group, is subject to approval."
    )
    assert pairs(found) == {frozenset({"Harlow Industries", "Osko Plastics"})}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place before the noun still refers back ("the Detroit company")
        (
            "Harlow Corp of Detroit makes valves. Veba Oel AG agreed to acquire the Detroit "
            "company for 20 mln dlrs.",
            {frozenset({"Harlow", "Veba Oel"})},
        ),
        # an affiliate owned in part has other owners: buying it out is a deal
        (
            "Harlow Corp agreed to acquire the rest of its 40 pct-owned Osko Inc.",
            {frozenset({"Harlow", "Osko"})},
        ),
        (
            "Harlow Corp agreed to buy out its partly owned Osko Inc.",
            {frozenset({"Harlow", "Osko"})},
        ),
        # "from" after a verb that is no hindering one is an adjunct: the sale happened
        (
            "Harlow Corp lost 20 mln dlrs from selling its Vemma unit to Osko Inc last year.",
            {frozenset({"Harlow", "Osko"})},
        ),
        # a member of a group no one names stays the party
        (
            "Harlow Corp agreed to acquire Osko Inc, a member of an industry group.",
            {frozenset({"Harlow", "Osko"})},
        ),
        # a surname is no business head
        ("Harlow Corp agreed to sell its Osko unit to Robert Mills for 20 mln dlrs.", set()),
        # an elided article opens no name
        (
            "Harlow Corp agreed to sell its unit to l'Air Osko SA.",
            {frozenset({"Harlow", "Air Osko"})},
        ),
        # an adjective that opens firms' names is no country prefix
        (
            "American Tobin Corp agreed to acquire Osko Savings Bank. In a separate deal, "
            "Tobin Corp said it agreed to buy Harlow Inc.",
            {frozenset({"American Tobin", "Osko Savings Bank"}), frozenset({"Tobin", "Harlow"})},
        ),
    ],
)
def test_what_this_stops_rules_leave_alone(text: str, expected: set[frozenset[str]]) -> None:
    assert pairs(extract(text)) == expected


def test_a_pronoun_in_an_adjunct_clause_is_the_named_party_of_its_host_clause() -> None:
    """ "A said B's debt has been under review since May, when it agreed to buy C": "it"
    is B, named in the clause the "when" clause hangs on, not the reporter A."""
    found = extract(
        "Rating agency Quillon Ltd said Dorvane Corp's debt had been under review since May, "
        "when it agreed to acquire the catering businesses of Tarrow Foods Co."
    )
    assert pairs(found) == {frozenset({"Dorvane", "Tarrow Foods"})}


def test_a_pronoun_in_a_relative_clause_is_not_the_noun_it_describes() -> None:
    """ "B, which it agreed to buy": "which" is B, an argument of the pronoun's own
    clause, so "it" is someone else (here the reporter)."""
    found = extract(
        "Dorvane Corp said Lanx Corp, which it agreed to buy from Tarrow Foods Co, earned "
        "five mln dlrs last year."
    )
    assert frozenset({"Dorvane", "Tarrow Foods"}) in pairs(found)


def test_a_possessive_in_a_relative_clause_on_the_subject_is_the_subjects() -> None:
    """ "B, which sold its unit to C": the relative clause's noun is its subject, so "its"
    is B's, not the firm the article named before."""
    found = extract(
        "Dorvane Corp said profits rose. Lanx Corp, which sold its rail unit to Tarrow Foods "
        "Co in 1985, manages real estate."
    )
    assert pairs(found) == {frozenset({"Lanx", "Tarrow Foods"})}


def test_a_number_opening_a_name_is_no_count_of_shares() -> None:
    # "2001 Varnell Distributors Inc" is a firm, not 2,001 securities traded on the market
    found = extract(
        "Harlow Foods Inc said it has acquired 2001 Varnell Distributors Inc of Dayton, Ohio, "
        "for 875,000 common shares."
    )
    assert len(found) == 1
    assert "Harlow Foods" in found[0].party_names


def test_a_name_which_relates_is_a_firm_though_it_looks_like_a_person() -> None:
    # "which" relates a thing: a firm named after its founder is still a firm
    found = extract(
        "In moving into industrial fabrics, Harlow Industries bought J.R. Tennley, which "
        "supplies carpets to the auto industry."
    )
    assert pairs(found) == {frozenset({"Harlow Industries", "J.R. Tennley"})}


@pytest.mark.parametrize(
    "text",
    [
        "Welbilt Corp said it acquired L and M Manufacturing Co and Halden Machinery Co.",
        "Welbilt Corp said it completed the acquisitions of the assets of L and M "
        "Manufacturing Co and Halden Machinery Engineering Co, two bakery equipment makers.",
    ],
)
def test_a_name_the_parse_folded_into_the_next_ones_modifiers_is_its_conjunct(text: str) -> None:
    # the parse hangs "L and M Manufacturing Co" on "Co" of the second name
    assert {"L and M Manufacturing", "Welbilt"} <= party_names(text)


@pytest.mark.parametrize(
    ("a", "b", "c", "d"),
    [
        ("Pelham", "Hallam", "Ostrow", "Kessel"),
        ("Certon", "Dalby", "Amworth", "Fenwick"),
        ("Marlow", "Bexley", "Tarrant", "Gaskell"),
    ],
)
def test_the_items_of_a_list_of_names_with_their_towns_are_each_bought(
    a: str, b: str, c: str, d: str
) -> None:
    """The parse may hang a name on the town ending the name before it, and take the
    places before "offices" for a firm; the last item, a unit, was sold by its owner."""
    text = (
        f"Brightline Corp said it bought alarm service operations {a} Security Services Inc "
        f"of Key West, Fla., {b} Security Services of Myrtle Beach, S.C., {c} Security Group "
        f"Inc of Houston and the Louisville, Kent and Nashville, Tenn, offices of {d} Alarm "
        "Services."
    )
    bought = {f"{a} Security Services", f"{b} Security Services", f"{c} Security"}
    expected = {frozenset({"Brightline", n}) for n in [*bought, f"{d} Alarm Services"]}
    assert pairs(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unit closes a list: its owner sold it, the others are bought in their own right
        ("Brightline Corp said it bought Pelham Alarm Systems Inc, Hallam Guard Co and the "
         "Denver and Tulsa offices of Ostrow Patrol Inc.",
         {frozenset({"Brightline", "Pelham Alarm Systems"}),
          frozenset({"Brightline", "Hallam Guard"}), frozenset({"Brightline", "Ostrow Patrol"})}),
        # an apposition describes the list: the owner sold both
        ("Brightline Corp said it bought Pelham Oy and Hallam Oy, subsidiaries of Finland's "
         "Ostrow Oy.",
         {frozenset({"Brightline", "Ostrow"})}),
    ],
)  # fmt: skip
def test_a_unit_listed_with_companies_bought_is_one_of_them(
    text: str, expected: set[frozenset[str]]
) -> None:
    assert pairs(extract(text)) == expected


def test_a_name_opening_a_compound_before_a_business_noun_is_its_owner() -> None:
    # the parse hangs "Taft" on "television", not on "stations"
    text = (
        "Cellnet Corp said it has completed the previously-announced purchase of five Taft "
        "television stations."
    )
    assert pairs(extract(text)) == {frozenset({"Cellnet", "Taft"})}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision's infinitive is what was decided, as "decided to buy" is
        ("Corvex Inc's decision to acquire Halden Corp was approved by its shareholders.",
         {frozenset({"Corvex", "Halden"})}),
        # a wish, a request or a purpose states no deal made
        ("Corvex Inc's desire to acquire Halden Corp was well known.", set()),
        ("The agency dismissed Corvex Inc's application to acquire Halden Corp.", set()),
        ("Corvex Inc raised funds to acquire Halden Corp.", set()),
    ],
)  # fmt: skip
def test_the_infinitive_of_a_noun_of_deciding_is_its_content(
    text: str, expected: set[frozenset[str]]
) -> None:
    assert pairs(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Corvex Inc said it has reached an agreement for Halden Chemical Corp to study the "
        "potential of Corvex laser technology.",
        "Corvex Inc said it has signed an agreement for Halden of Paris to become a sales "
        "representative for Corvex products in Europe.",
    ],
)
def test_whom_an_agreement_has_do_what_it_is_for_is_a_party_to_it(text: str) -> None:
    assert len(pairs(extract(text))) == 1
    assert {"Corvex"} < party_names(text) and any("Halden" in n for n in party_names(text))


@pytest.mark.parametrize(
    "text",
    [
        # the named unit after the sale's "of" phrase, hung on "said" with the "to" phrase
        "Norbert Inc said it has completed the sale of its Belgian cable business, Societe "
        "Belge D'Electro Cable, to a group of investors including the unit's employees and "
        "Tolliver Inc of Minnesota.",
        # ... and after the verb's object
        "Norbert Inc said it has sold its Belgian cable business, Societe Belge D'Electro "
        "Cable, to a group of investors including the unit's employees and Tolliver Inc of "
        "Minnesota.",
    ],
)
def test_a_to_phrase_on_the_cut_off_rest_of_an_object_is_the_deal_s(text: str) -> None:
    # A long object the parser cut in two: its rest, a noun phrase right after it, hangs
    # higher up, taking the buyer's "to" phrase with it; it is still the sale's.
    assert pairs(extract(text)) == {frozenset({"Norbert", "Tolliver"})}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The proposed acquisition by Marlow Holdings Plc of Kestrel Leisure Plc was also "
         "cleared.", {"Marlow", "Kestrel Leisure"}),
        ("The acquisition by Varnell Corp of Tobin Inc was completed on Friday.",
         {"Varnell", "Tobin"}),
    ],
)  # fmt: skip
def test_the_of_phrase_after_a_deal_noun_s_agent_is_the_noun_s(
    text: str, expected: set[str]
) -> None:
    # "the acquisition by A of B": the agent may come first; the parser hangs "of B" on A,
    # but a name closed by its legal form takes no "of" phrase: B is what was bought.
    assert pairs(extract(text)) == {frozenset(expected)}


def test_a_noun_a_stake_noun_classifies_is_a_stake_in_the_company() -> None:
    # "an equity position in the company": "equity" makes the position a stake, so "the
    # company" is the one the stake is in (the reporting firm), not a thing bought.
    found = extract(
        "Dorvane Corp said Kestrel Inc, through its venture capital unit, acquired an equity "
        "position in the company."
    )
    assert pairs(found) == {frozenset({"Kestrel", "Dorvane"})}


def test_the_company_of_a_partitive_stake_whose_in_the_parse_hung_higher() -> None:
    """ "bought all of the shares in X": the "in" names the company the shares are in,
    though the parse hangs it on the verb; "all" makes it a takeover."""
    found = extract(
        "Marrow Industries Plc said it had bought all of the common shares in Tessel Corp."
    )
    assert frozenset({"Marrow Industries", "Tessel"}) in pairs(found)
    assert {a.kind for a in found} == {"acquisition"}


@pytest.mark.parametrize(
    "text",
    [
        "Tarvel Gas Partners was formed to buy Quorn Energy Corp's pipeline assets.",
        "Tarvel Gas Partners LP was set up to acquire Quorn Energy Corp.",
    ],
)
def test_a_firm_formed_to_buy_is_the_buyer(text: str) -> None:
    # the purpose of forming a firm is the firm's own: what was formed buys
    assert pairs(extract(text)) == {frozenset({"Tarvel Gas Partners", "Quorn Energy"})}


def test_the_possessor_of_what_a_bare_participle_describes_acquired_it() -> None:
    # "its routes acquired from B" names no agent: what is its own now, it acquired
    found = extract(
        "Quist Corp's load factor rose to 61 pct in February. The figures include its new "
        "Pacific routes acquired from Harlow Airways in early 1986."
    )
    assert pairs(found) == {frozenset({"Quist", "Harlow Airways"})}


def test_a_reported_clause_without_its_subject_is_the_reporter_s() -> None:
    # the wire drops "it": "Quist said has sold ..." is Quist's own sale
    found = extract("Quist Storage said has sold nine storage facilities to Harlow Corp.")
    assert pairs(found) == {frozenset({"Quist Storage", "Harlow"})}


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Corp said it completed its acquisition of Lester Brody for 40 mln dlrs.",
        "Harlow Corp sold three companies after its recent acquisition of Marvin Kessler.",
    ],
)
def test_what_a_takeover_is_of_is_a_firm_whatever_its_name_looks_like(text: str) -> None:
    # a firm named like a person (the tagger's PERSON) is still what is bought whole
    assert len(pairs(extract(text))) == 1
    assert "Harlow" in party_names(text)


def test_who_makes_an_offer_would_do_what_it_offers() -> None:
    # "an offer from X to buy ...": X buys, not the board that approved the offer; an
    # offer made by people leaves no firm to pair the target with
    by_people = extract(
        "Tenby Corp said its board approved an offer from its chairman Kenneth Donner and "
        "President Michael Donner to purchase all the outstanding Harlow Inc common shares "
        "at 5.05 dlrs per share."
    )
    assert pairs(by_people) == set()
    by_a_firm = extract(
        "Tenby Corp said its board approved an offer from Harlow Inc to buy all the "
        "outstanding Tenby common shares."
    )
    assert pairs(by_a_firm) == {frozenset({"Harlow", "Tenby"})}


def test_whose_purchase_price_it_is_bought_what_the_price_is_for() -> None:
    # A price is paid by one side for a thing: the price's owner bought what it is "for",
    # even where the parse hangs "for" on the amount.
    found = extract(
        "Analysts said the unit's profits have since equaled Harlow Corp's purchase price "
        "of 90 mln dlrs for Benton Tool Inc."
    )
    assert pairs(found) == {frozenset({"Harlow", "Benton Tool"})}
    # a price no one owns is only the terms of some deal
    assert extract("Harlow Corp said the purchase price for each Benton Tool Inc share "
                   "will be paid in cash.") == []  # fmt: skip


def test_who_exchanges_its_shares_for_a_firms_stock_pays_for_the_firm_in_shares() -> None:
    # Exchanging is paying in kind: what a firm gives its shares for is what it buys.
    found = extract("Harlow Corp agreed to exchange 1.2 mln of its shares for all of "
                    "Benton Tool Inc's stock.")  # fmt: skip
    assert pairs(found) == {frozenset({"Harlow", "Benton Tool"})}
    # its own shares given for its own shares: a recapitalisation, no second firm
    assert extract("Harlow Corp began an offer to exchange six common shares for each of "
                   "its outstanding preferred shares.") == []  # fmt: skip


def test_an_investment_made_is_a_deal_an_investment_held_is_not() -> None:
    # the act of investing is told by "make"; "its investment in B" is the holding
    made = extract("Halmore Corp said it made a 3 mln dlr equity investment in Tessler Inc.")
    assert pairs(made) == {frozenset({"Halmore", "Tessler"})}
    held = extract("Halmore Corp said its investment in Tessler Inc was written down.")
    assert pairs(held) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Corvane Industries said it acquired Bellmere Inc in 1985 as part of its purchase of "
        "Dunstan Corp.",
        "Bellmere Inc was acquired by Corvane Industries in its acquisition of Dunstan Corp in "
        "June 1985.",
    ],
)
def test_a_part_bought_within_a_purchase_is_no_deal_of_its_own(text: str) -> None:
    # what came with the whole is a part of the purchase the phrase names
    assert pairs(extract(text)) == {frozenset({"Corvane Industries", "Dunstan"})}


@pytest.mark.parametrize(
    "text",
    [
        # a price set off by commas between the deal noun and its complements
        "Harwick Corp said its board approved the sale, for about 60 mln dlrs, of its "
        "valve division to Trelawny Partners Inc.",
        # an exception set off by commas before the buyer
        "Harwick Corp said it completed the sale of its valve division, excluding its "
        "real estate, to Trelawny Partners Inc.",
    ],
)
def test_a_phrase_after_an_aside_continues_the_deal_nouns_phrase(text: str) -> None:
    assert frozenset({"Harwick", "Trelawny Partners"}) in pairs(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The offer tops a buyout agreement Harlow Industries Inc reached with Benton Tool "
        "Corp in May.",
        "The offer tops the merger agreement Harlow Industries Inc signed with Benton Tool "
        "Corp in May.",
    ],
)
def test_a_contact_clause_on_an_agreement_names_its_parties(text: str) -> None:
    """ "the agreement X reached with B" with no "that": the parse may read the agreement
    noun as a modifier of the name after it; the name and the "with" are its parties."""
    assert frozenset({"Harlow Industries", "Benton Tool"}) in pairs(extract(text))


def test_things_sold_that_amount_to_a_business_s_assets_are_no_goods() -> None:
    """Equipment and contracts sold are goods, unless a participle says they amount to
    all or most of the assets of a business: then the business changes hands."""
    whole = (
        "Harlow Industries Inc said it sold two supply contracts and some mining equipment, "
        "representing all the assets of its Ohio mines, to Benton Tool Corp."
    )
    goods = (
        "Harlow Industries Inc said it sold two supply contracts and some mining equipment "
        "to Benton Tool Corp."
    )
    part = (
        "Harlow Industries Inc said it sold two supply contracts and some mining equipment, "
        "representing five pct of the assets of its Ohio mines, to Benton Tool Corp."
    )
    assert frozenset({"Harlow Industries", "Benton Tool"}) in pairs(extract(whole))
    assert pairs(extract(goods)) == set()
    assert pairs(extract(part)) == set()


@pytest.mark.parametrize(
    ("text", "buyers"),
    [
        (
            "Norvex Corp said it has sold its 2,000,000 Bayle Foods shares to a group "
            "consisting of Tarrin Stores Inc, Medlow Markets Inc and Quill Grocers Inc.",
            {"Tarrin Stores", "Medlow Markets", "Quill Grocers"},
        ),
        (
            "Delcor Industries Inc said it sold a warehouse in Ohio to a joint venture "
            "between Amsel Realty Corp and Perrin Properties Ltd.",
            {"Amsel Realty", "Perrin Properties"},
        ),
        (
            "Delcor Industries Inc sold its Tinley unit to a consortium of Amsel Realty Corp "
            "and Perrin Properties Ltd.",
            {"Amsel Realty", "Perrin Properties"},
        ),
    ],
)
def test_a_body_of_named_firms_acts_as_its_members(text: str, buyers: set[str]) -> None:
    found = pairs(extract(text))
    seller = "Norvex" if "Norvex" in text else "Delcor Industries"
    assert {frozenset({seller, buyer}) for buyer in buyers} <= found


def test_a_body_with_one_named_member_stays_that_firm() -> None:
    found = extract(
        "Delcor Industries Inc sold its unit to a group of investors including Amsel Realty Corp."
    )
    assert pairs(found) == {frozenset({"Delcor Industries", "Amsel Realty"})}


def test_a_body_named_for_a_firm_is_that_firm_s() -> None:
    # "the Halden group" is Halden's: the firms it includes are its units, not its members
    found = pairs(
        extract(
            "Delcor Industries Inc sold its Tinley unit to the Halden group, including Osko "
            "Corp and Vardeau Ltd."
        )
    )
    assert frozenset({"Delcor Industries", "Osko"}) not in found
    assert frozenset({"Delcor Industries", "Vardeau"}) not in found
