"""Deals told in passing ("background" deals): nominal, participial and relative forms
that state a past or existing deal without a main-clause deal verb. Invented sentences."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


@pytest.mark.parametrize(
    "note",
    [
        # the parse makes the participle a complement of "include", not of the name
        "The results include restructuring and a one-time charge of 12 cts to restructure "
        "Pellworth, acquired in May 1987, and other units.",
    ],
)
def test_a_bare_participle_after_a_comma_describes_the_name_before_it(note: str) -> None:
    found = extract(
        f"Shr 16 cts vs 34 cts. Net 4,255,000 vs 9,299,000. {note}",
        title="HARLOW INDUSTRIES INC <HRL> 3RD QTR NET",
    )
    assert pairs(found) == {frozenset({"Harlow Industries", "Pellworth"})}


@pytest.mark.parametrize(
    "note",
    [
        # a label opening the note is no subject; the parse makes the participle its root
        "NOTE: All 1986 and last two months of 1985 include results of Pellworth Inc "
        "acquired Oct 1985.",
        # the parse hangs the participle on "results"; it follows the name of its "of"
        "NOTE: 1986 figures include results of Pellworth Inc acquired in October 1985.",
    ],
)
def test_a_participle_of_buying_right_after_a_name_says_it_was_bought(note: str) -> None:
    found = extract(
        f"Oper net profit 523,000 vs loss 2.2 mln. {note}",
        title="HARLOW INDUSTRIES INC <HRL> 4TH QTR NET",
    )
    assert pairs(found) == {frozenset({"Harlow Industries", "Pellworth"})}
    # the date the parse made its object is when it was bought
    assert [a.date.value if a.date else None for a in found] == ["1985-10"]


@pytest.mark.parametrize(
    "text",
    [
        # the name is what a clause's verb sold, not in a firm's accounts
        "Quist Corp said Harlow Inc sold Benton Corp bought in 1985 to Kelso Inc.",
        # goods of a maker, not a firm's accounts
        "Harlow Inc said it leases computers of Varnell Corp bought in 1985.",
    ],
)
def test_a_participle_after_a_name_outside_a_firm_s_accounts_says_no_purchase(
    text: str,
) -> None:
    found = pairs(extract(text))
    assert frozenset({"Quist", "Benton"}) not in found
    assert frozenset({"Harlow", "Varnell"}) not in found


def test_a_stake_bought_is_not_the_firm_it_is_in() -> None:
    # "in", not "of": what the participle says was bought is the stake
    found = extract(
        "Harlow Inc said it sold a 20 pct stake in Benton Corp acquired last year to Quist Corp."
    )
    assert frozenset({"Harlow", "Benton"}) not in pairs(found)


@pytest.mark.parametrize(
    "note", ["The 1986 figures exclude recently-acquired Pellworth Air Lines Inc."]
)
def test_a_participle_before_a_name_says_the_article_company_acquired_it(note: str) -> None:
    # a hyphenated compound ("recently-acquired") still holds its deal word
    found = extract(
        f"Harlow Industries Inc said February load factor rose. {note}",
        title="HARLOW INDUSTRIES <HRL> FEBRUARY LOAD FACTOR RISES",
    )
    assert pairs(found) == {frozenset({"Harlow Industries", "Pellworth Air Lines"})}


def test_a_participle_of_merging_before_a_name_is_no_deal_of_the_article_company() -> None:
    found = extract("Harlow Industries Inc said it will compete against newly merged Ostmark Corp.")
    assert pairs(found) == set()


def test_a_participle_before_a_common_noun_gives_no_buyer() -> None:
    # the stores' buyer is the one the article named before, not its subject
    found = extract(
        "Harlow Industries Inc said it agreed to sell most of its Benton stores to Quist "
        "Corp. The newly acquired Benton stores will be renamed Quist 5 and 10.",
    )
    assert frozenset({"Harlow Industries", "Benton"}) not in pairs(found)


@pytest.mark.parametrize(
    "sentence",
    [
        # a name spaCy takes for a person's, before a firm noun
        "Harlow Industries Inc said its newly acquired Dayton Pellworth business is fully "
        "integrated.",
        "Harlow Industries Inc said its recently acquired Pellworth Corp unit had sales of "
        "100 mln dlrs.",
    ],
)
def test_a_possessive_before_a_bought_business_names_its_buyer(sentence: str) -> None:
    found = pairs(extract(sentence))
    assert len(found) == 1
    (pair,) = found
    assert "Harlow Industries" in pair and any("Pellworth" in name for name in pair)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellworth Air Corp said its newly purchased Varnell jets will fly to Tokyo.",
        "Harlow Inc said its newly acquired Varnell computers cut costs.",
    ],
)
def test_a_possessive_before_a_maker_s_goods_bought_is_no_deal(sentence: str) -> None:
    assert extract(sentence) == []


def test_the_possessor_of_a_bought_business_is_its_buyer_not_the_reporter() -> None:
    found = extract("Quist Corp said Harlow Inc's newly acquired Pellworth Corp unit did well.")
    assert pairs(found) == {frozenset({"Harlow", "Pellworth"})}


def test_a_month_before_a_legal_form_is_a_firm_s_name() -> None:
    found = extract("Benton Tool Corp was acquired by May Co in 1986.")
    assert pairs(found) == {frozenset({"Benton Tool", "May"})}


def test_a_possessed_deal_under_a_verb_of_looking_at_it_happened() -> None:
    found = extract(
        "Ratewell Service said it cut the ratings after examining Harlow Industries Inc's "
        "acquisition of Benton Tool Corp."
    )
    assert pairs(found) == {frozenset({"Harlow Industries", "Benton Tool"})}


def test_a_deal_not_possessed_under_a_verb_of_looking_at_it_is_not_stated() -> None:
    found = extract(
        "Harlow Industries Inc said its board is examining a takeover of Benton Tool Corp."
    )
    assert pairs(found) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The move, a year after Harlow Industries Inc beat Benton Tool Corp to buy Delta "
        "Drill Co, would be the region's biggest takeover.",
        "Harlow Industries Inc beat Benton Tool Corp to buy Delta Drill Co in 1985.",
    ],
)
def test_the_winner_of_a_race_to_buy_is_the_buyer(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Harlow Industries", "Delta Drill"})}


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Industries Inc said it sold its tool division, which makes drills and saws, "
        "to Benton Tool Corp for 20 mln dlrs.",
        "Harlow Industries Inc sold its tool operations, which made drills and other tools, "
        "to Benton Tool Corp last year.",
    ],
)
def test_a_preposition_after_a_relative_clause_s_closing_comma_belongs_above(
    text: str,
) -> None:
    assert pairs(extract(text)) == {frozenset({"Harlow Industries", "Benton Tool"})}


def test_a_date_after_a_relative_clause_s_closing_comma_dates_the_deal_above() -> None:
    found = extract(
        "Harlow Industries Inc sold its tool operations, which made drills and other tools, "
        "to Benton Tool Corp last year."
    )
    assert [(a.party_names, a.date.value if a.date else None) for a in found] == [
        (["Harlow Industries", "Benton Tool"], "1986")
    ]


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        # an apposition that is a firm noun phrase says the name is a firm, so "it" after
        # the sentence that names it stands for it
        ("Zembla, the world's biggest winemaker", {"Zembla", "Benton Tool"}),
        ("Zembla, the largest U.S. textile maker", {"Zembla", "Benton Tool"}),
        # a person's description is no firm noun phrase: "it" stays the article's company
        ("John Zembla, the founder of the company", {"Harlow Industries", "Benton Tool"}),
    ],
)
def test_a_name_described_as_a_firm_is_what_it_means_next(
    description: str, expected: set[str]
) -> None:
    found = extract(
        f"Harlow Industries Inc rose. Growth in the trade is being driven by {description}. "
        "It bought Benton Tool Corp in 2003."
    )
    assert pairs(found) == {frozenset(expected)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harlow Industries Inc's last major purchase was a third of Benton Tool Corp in "
            "2000, the move which made it a leader.",
            {frozenset({"Harlow Industries", "Benton Tool"})},
        ),
        (
            "Harlow Industries Inc's biggest acquisition was Benton Tool Corp in 1985.",
            {frozenset({"Harlow Industries", "Benton Tool"})},
        ),
        # what the deal is said to be is no company: nothing was bought
        ("Harlow Industries Inc's biggest acquisition was a big mistake.", set()),
    ],
)
def test_what_a_purchase_is_said_to_be_is_what_was_bought(
    text: str, expected: set[frozenset[str]]
) -> None:
    assert pairs(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Benton Tool Corp, which was merged into Harlow Industries Inc in 2003, makes drills.",
            {frozenset({"Benton Tool", "Harlow Industries"})},
        ),
        # the passive names both partners: whoever reports it is no third party
        (
            "Harlow Industries Inc said Benton Tool Corp had been merged into Delta Drill Co "
            "in 2003.",
            {frozenset({"Benton Tool", "Delta Drill"})},
        ),
        # an active object is often the subject's own units: no partner of its own
        (
            "Harlow Industries Inc said it merged its two units, Benton Tool Corp and Delta "
            "Drill Co.",
            set(),
        ),
    ],
)
def test_what_was_merged_into_a_company_is_its_partner(
    text: str, expected: set[frozenset[str]]
) -> None:
    assert pairs(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Industries Inc said any decline would be due to expenses related to the "
        "acquisition in March of Benton Tool Corp.",
        "Harlow Industries Inc said the costs of the acquisitions in the middle of the "
        "current quarter of Benton Tool Corp were high.",
    ],
)
def test_a_time_phrase_between_a_deal_noun_and_its_of(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Harlow Industries", "Benton Tool"})}


@pytest.mark.parametrize(
    "text",
    [
        "After Benton Tool Corp's takeover by Harlow Industries Inc in 1985, sales doubled.",
        "Benton Tool Corp said sales doubled after its acquisition by Harlow Industries Inc.",
    ],
)
def test_the_possessor_of_a_deal_noun_with_a_by_agent_is_what_was_bought(text: str) -> None:
    found = extract(text)
    assert pairs(found) == {frozenset({"Harlow Industries", "Benton Tool"})}
    assert [p.role for p in found[0].parties if p.name == "Benton Tool"] == ["target"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harlow Industries Inc said sales rose at the Benton Tool Corp unit it bought in 1985.",
            {frozenset({"Harlow Industries", "Benton Tool"})},
        ),
        # the clause's verb has an object of its own: no gap for the noun to fill
        (
            "Harlow Industries Inc said sales rose at the Benton Tool Corp plant it bought "
            "machines for in 1985.",
            set(),
        ),
    ],
)
def test_a_contact_relative_clause_leaves_its_object_to_the_noun(
    text: str, expected: set[frozenset[str]]
) -> None:
    assert pairs(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Benton Tool Corp, whose takeover of Delta Drill Co was completed last month, said "
        "profits rose.",
        "Benton Tool Corp, whose merger with Delta Drill Co created a giant, said profits rose.",
    ],
)
def test_whose_deal_is_the_deal_of_the_name_the_clause_describes(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Benton Tool", "Delta Drill"})}


def test_a_joint_venture_linking_two_firms_is_a_joint_venture() -> None:
    found = extract(
        "Profits rose at Zembla Engines, a joint venture linking Harlow Industries Inc and "
        "Benton Tool Corp."
    )
    assert [(set(a.party_names), a.kind) for a in found] == [
        ({"Harlow Industries", "Benton Tool"}, "joint venture")
    ]


def test_coordinated_passives_share_their_subject() -> None:
    found = extract(
        "Harlow Industries Inc said Zembla Corp was founded in 1950 and acquired by Benton "
        "Tool Corp in 1985."
    )
    assert pairs(found) == {frozenset({"Zembla", "Benton Tool"})}


def test_a_date_on_the_deal_verb_comes_before_one_on_a_clause_above_it() -> None:
    found = extract(
        "Harlow Industries Inc said Zembla Corp was founded in 1950 and acquired by Benton "
        "Tool Corp in 1985."
    )
    assert [a.date.value if a.date else None for a in found] == ["1985"]


def test_a_year_on_the_deal_noun_keeps_the_month_written_before_it() -> None:
    found = extract(
        "Harlow Industries Inc sold several units last year to pay down debt from its January, "
        "1986 acquisition of Zembla Mines Ltd from Benton Tool Corp."
    )
    assert [a.date.value if a.date else None for a in found] == ["1986-01"]


def test_a_later_deal_noun_of_another_company_does_not_date_the_deal() -> None:
    found = extract(
        "Harlow Industries Inc said its results rose. Chairman James Baker said the "
        "acquisitions of Zembla Corp and Benton Tool Corp occurred in different quarters. He "
        "said Harlow will complete the purchase of Osko Labs in the second quarter of 1987."
    )
    dates = {frozenset(a.party_names): a.date.value if a.date else None for a in found}
    assert dates[frozenset({"Harlow Industries", "Zembla"})] is None


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Inc said Quist Acquisition Corp, formed by Ostmark Inc and Benton Corp, "
        "raised its offer for Kelso Corp.",
        "Quist Acquisition Corp, a company formed by Ostmark Inc and Benton Corp, raised "
        "its offer for Kelso Corp.",
        "Quist Acquisition Corp was set up by Ostmark Inc and Benton Corp in 1985.",
    ],
)
def test_a_firm_formed_by_two_firms_is_their_joint_venture(text: str) -> None:
    found = extract(text)
    assert frozenset({"Ostmark", "Benton"}) in pairs(found)
    (venture,) = [a for a in found if set(a.party_names) == {"Ostmark", "Benton"}]
    assert venture.kind == "joint venture"


def test_a_consortium_formed_by_two_firms_is_their_joint_venture() -> None:
    found = extract(
        "Harlow Inc said a consortium formed by Atlantic Richfield Co and Agip SpA will "
        "develop the field."
    )
    assert frozenset({"Atlantic Richfield", "Agip"}) in pairs(found)


@pytest.mark.parametrize("group", ["an investor group", "an investment group"])
def test_a_group_of_investors_formed_by_two_firms_is_their_joint_venture(group: str) -> None:
    # a group of investors is a firm they invest through, unlike an industry group
    found = extract(
        f"Quist Acquisition Corp, {group} formed by Ostmark Inc and Benton Corp, raised its "
        "offer for Kelso Corp."
    )
    assert frozenset({"Ostmark", "Benton"}) in pairs(found)


def test_a_firm_formed_by_one_firm_or_a_group_organised_is_no_venture() -> None:
    assert extract("Quist Acquisition Corp, formed by Ostmark Inc, raised its offer.") == []
    # a group two firms form may be a lobby
    found = extract(
        "An industry group formed by Ostmark Corp and Benton Motor Co to lobby Congress "
        "opposed the bill."
    )
    assert found == []
    found = extract(
        "Quist Corp is owned by an investors group organized by Ostmark Inc and Benton Corp."
    )
    assert frozenset({"Ostmark", "Benton"}) not in pairs(found)


@pytest.mark.parametrize(
    "text",
    [
        "Quist Corp, which is jointly owned by Ostmark Inc and Benton Corp, said it raised "
        "its prices.",
        "Quist Partners, controlled by Ostmark Inc and by Benton Corp, said it raised its "
        "offer for Kelso Corp.",
        "Quist Mining Co is owned 52 pct by Ostmark Inc and 48 pct by a local unit of Benton Corp.",
    ],
)
def test_a_firm_two_firms_own_together_is_their_joint_venture(text: str) -> None:
    found = extract(text)
    (venture,) = [a for a in found if {"Ostmark", "Benton"} <= set(a.party_names)]
    assert venture.kind == "joint venture"


@pytest.mark.parametrize(
    "text",
    [
        # one owner
        "Quist Corp, which is 80 pct owned by Ostmark Inc, said it raised its prices.",
        # a person and his firm
        "Quist Corp, which is controlled by financier Carl Hollis and his Benton Corp, "
        "said it bought 200,000 Kelso shares.",
        # private owners are people
        "Quist Corp was privately owned by Ostmark Inc and Benton Corp.",
        # shares, not a firm
        "Under the plan, 40 pct of Quist's shares will be owned by Ostmark Inc and Benton Corp.",
        # "and" does not join a name inside a relative clause to a name outside it
        "Harlow ranks behind Zembla, followed by Quist-Ostmark which is half owned by "
        "Ostmark Inc, and Benton Corp.",
    ],
)
def test_what_is_not_owned_by_two_firms_together_is_no_venture(text: str) -> None:
    found = extract(text)
    assert all(a.kind != "joint venture" for a in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # in apposition, the other side the object of "with"
        ("Quist Corp, a 50/50 partner with Benton Tool Corp in the field, drilled a well.",
         "partnership"),
        # a possessive pronoun on the second conjunct is the first conjunct
        ("Quist Corp and its partner Benton Tool Corp drilled a well.", "partnership"),
        # the subject of "be"; the goods' possessor is the other side
        ("Quist Corp is the sole distributor of Benton Tool Corp's saws in Canada.",
         "supply agreement"),
        # goods named by a modifier
        ("Quist Corp, the licensee of a Benton Tool Corp patent, sued Varnell Inc.",
         "licensing agreement"),
        # goods whose maker a participle names (the parse may hang it on the role noun)
        ("Quist Corp, the U.S. distributor of Zorbex made by Benton Tool Corp, sued Varnell "
         "Inc.", "supply agreement"),
    ],
)  # fmt: skip
def test_a_noun_of_a_part_in_a_contract_states_the_agreement(text: str, kind: str) -> None:
    found = extract(text)
    assert pairs(found) == {frozenset({"Quist", "Benton Tool"})}
    assert [a.kind for a in found] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        # a part within one firm or fund
        "Quist Corp, a general partner of Benton Tool Fund, sold its shares.",
        # a part only sought or foreseen
        "Quist Corp, a potential partner of Benton Tool Corp, sold its shares.",
        "Quist Corp is seeking a partner for its unit, Benton Tool Corp said.",
        # a speaker described as a partner is a person, a member of the firm
        "Harlow Inc agreed to buy Quist Corp, said Kelso, a partner with Benton Tool Corp.",
        # a partner "of" a firm is a member of it
        "Harlow Inc has cut costs, a partner of Benton Tool Partnership Ltd said.",
        # no other side named
        "Quist Corp, a distributor of medical products, said sales rose.",
    ],
)
def test_a_noun_of_a_part_without_a_firm_on_each_side_states_no_agreement(text: str) -> None:
    found = pairs(extract(text))
    assert not any(name.startswith(("Benton", "Kelso")) for pair in found for name in pair)


@pytest.mark.parametrize(
    "text",
    [
        # the parse hangs the relative clause on "parent", which the apposition says is Quist
        "Quist Corp, the parent of Keel Bank which earlier this month merged with Marston "
        "Savings Bank, said its shareholders will vote on a new name.",
        "Quist Corp, the parent of Keel Inc which last year acquired Marston Savings Bank, "
        "said profits rose.",
    ],
)
def test_a_relation_noun_in_apposition_to_a_name_is_that_name(text: str) -> None:
    assert frozenset({"Quist", "Marston Savings Bank"}) in pairs(extract(text))


def test_a_name_with_its_own_and_folded_into_the_next_name_is_a_conjunct() -> None:
    # the parse folds "Ostrow and Kell" into "Benton Tool Inc"'s modifiers; the name with
    # its legal form after the second "and" is complete, so the first is its conjunct
    found = extract(
        "Quist Partners, controlled by Ostrow and Kell and Benton Tool Inc, raised its offer "
        "for Varnell Corp."
    )
    assert frozenset({"Ostrow and Kell", "Benton Tool"}) in pairs(found)


def test_a_unit_name_with_an_and_is_no_pair_of_names() -> None:
    # no legal form closes "Electronics Division": one unit's name, its owner the party
    found = extract(
        "Harlow Corp said its Advanced Products and Electronics Division reached a four-year "
        "marketing agreement with Benton, a New Jersey-based company."
    )
    assert pairs(found) == {frozenset({"Harlow", "Benton"})}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the main verb ends the offer, its object, not the partnership, its subject
        ("The partnership, which includes Ostmark Inc and Benton Tool Corp, last week "
         "dropped its tender offer for Kelso Corp.", "partnership"),
        # a name that says it is a partnership
        ("Quist Partners is comprised of Ostmark Inc and Benton Tool Corp, a glass maker.",
         "partnership"),
        ("The consortium consists of Ostmark Inc and Benton Tool Corp.", "joint venture"),
    ],
)  # fmt: skip
def test_the_members_a_partnership_is_made_of_are_partners_in_it(text: str, kind: str) -> None:
    found = extract(text)
    (deal,) = [a for a in found if {"Ostmark", "Benton Tool"} <= set(a.party_names)]
    assert deal.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # a group's members may be its units, or a lobby's
        "The group, which includes Ostmark Inc and Benton Tool Corp, bought the stake.",
        "Harlow Group comprises Ostmark Inc and Benton Tool Corp.",
        # people
        "It was sold to a consortium that included Ivan Petrov and Boris Orlov.",
    ],
)
def test_the_members_of_another_body_are_no_partners(text: str) -> None:
    assert all(a.kind != "joint venture" for a in extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Quist Partners, a Texas general partnership equally owned by affiliates of Ostmark "
        "Inc and Benton Tool Corp, said it holds 9.8 pct of Kelso Corp.",
        "Quist Partners is owned by units of Ostmark Inc and Benton Tool Corp.",
    ],
)
def test_a_firm_owned_by_parts_of_two_firms_is_their_joint_venture(text: str) -> None:
    found = extract(text)
    (venture,) = [a for a in found if {"Ostmark", "Benton Tool"} <= set(a.party_names)]
    assert venture.kind == "joint venture"


def test_a_firm_noun_without_a_determiner_in_a_note_is_the_reporting_company() -> None:
    # "company's" is the notes' clipped "the company's": the reporting firm's subsidiary
    found = extract(
        "Net profit 864,000 vs loss 2.1 mln. NOTE: Results exclude operations of Benton Drug "
        "Co Inc acquired by company's 81 pct owned subsidiary, Quistron, in August 1986.",
        title="HARLOW INDUSTRIES INC <HRL> 2ND QTR NET",
    )
    assert pairs(found) == {frozenset({"Harlow Industries", "Benton Drug"})}


def test_a_date_before_a_deal_noun_dates_it_and_is_no_party() -> None:
    # "June" is no buyer: with the modifier slot empty, the clause's subject is the buyer
    found = extract(
        "Quist Metals Inc is seeking damages in connection with the June 1985 purchase of "
        "Zembla Tool Ltd's former valve segment."
    )
    assert pairs(found) == {frozenset({"Quist Metals", "Zembla Tool"})}
    assert [a.date.value if a.date else None for a in found] == ["1985-06"]


@pytest.mark.parametrize("member", ["part", "a member"])
def test_a_firm_said_to_be_part_of_a_buying_group_is_a_buyer(member: str) -> None:
    found = extract(
        f"Harlow Chemicals Inc said it is {member} of a group that has purchased Zembla Inc "
        "from Benton Trust PLC."
    )
    assert pairs(found) == {frozenset({"Harlow Chemicals", "Benton Trust"})}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Benton Corp, which became a unit of Harlow Inc in 1985, said sales rose.", "1985"),
        ("Benton Corp became a subsidiary of Harlow Inc last year.", "1986"),
        ("Benton Corp has been a subsidiary of Harlow Inc since 1985.", "1985"),
        ("Benton Corp, a unit of Harlow Inc since December, said sales rose.", "1986-12"),
    ],
)
def test_becoming_a_firm_s_unit_is_its_takeover(text: str, date: str) -> None:
    # a change into being another's unit, or that state's start, is the purchase that made it
    found = extract(text)
    assert pairs(found) == {frozenset({"Benton", "Harlow"})}
    assert [a.date.value if a.date else None for a in found] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # being a unit, with no change or start told, is ownership: no deal
        "Benton Corp, a unit of Harlow Inc, said sales rose.",
        "Benton Corp is a subsidiary of Harlow Inc.",
        # a change that only may come
        "Benton Corp could become a unit of Harlow Inc under the plan.",
    ],
)
def test_being_a_firm_s_unit_is_no_takeover(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kroger said the products show the strength of the merged Harlow Inc and Benton Corp.",
        "Sales of the merged Harlow and Benton rose, Quist Corp said.",
    ],
)
def test_merged_before_coordinated_names_makes_them_partners(text: str) -> None:
    found = extract(text)
    assert pairs(found) == {frozenset({"Harlow", "Benton"})}
    assert [a.kind for a in found] == ["merger"]


def test_merged_before_one_name_names_one_firm() -> None:
    assert extract("Analysts said newly merged Harlow Benton Corp will compete hard.") == []


def test_a_unit_bought_without_a_named_buyer_was_bought_by_its_owner() -> None:
    # the article is about Harlow buying the unit now; its owner bought it before
    found = pairs(
        extract(
            "Harlow Industries Inc said it has bought the Pellworth Chemicals Division of "
            "Benton Corp. Pellworth Chemicals, acquired from Kelso Inc in September, makes "
            "pumps.",
            title="BENTON SELLS UNIT TO HARLOW",
        )
    )
    assert frozenset({"Benton", "Kelso"}) in found
    assert frozenset({"Harlow Industries", "Kelso"}) not in found
