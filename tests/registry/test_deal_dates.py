"""Which date is a deal's, in invented sentences: clauses that describe a time, and
participles that describe the deal inside a longer phrase."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract


def _dates(text: str) -> list[tuple[list[str], str | None]]:
    return [(a.party_names, a.date.value if a.date else None) for a in extract(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the parser makes the "when" clause a relative clause on "year"
        (
            "Orvane NV was formed last year when Tobin Inc and Kessel Corp merged their units.",
            "1986",
        ),
        ("The talks began in March, when Varnell Corp agreed to buy Tobin Inc.", "1987-03"),
    ],
)
def test_a_when_clause_on_a_time_is_dated_by_that_time(text: str, value: str) -> None:
    [(_, date)] = _dates(text)
    assert date == value


def test_a_when_clause_dates_only_its_own_deal() -> None:
    # the relative clause here is on a firm, not a time: its deal keeps its own date
    assert _dates("Tobin Inc, which Varnell Corp acquired in 1985, posted a loss last year "
                  "when sales fell.") == [(["Tobin", "Varnell"], "1985")]  # fmt: skip


def test_a_signing_participle_describes_the_deal_inside_a_cost() -> None:
    # "the cost of the deal, signed yesterday": a cost is not signed; the parser hangs
    # "signed" on "cost", but the date is the deal's
    text = (
        "Varnell Corp has taken over the consumer division of Tobin Inc, Varnell's chairman "
        "said. The cost of the deal, signed late yesterday, is around 90 mln stg and Varnell "
        "will finance 50 mln of this from its equity."
    )
    assert _dates(text) == [(["Varnell", "Tobin"], "1987-06-18")]


def test_a_participle_of_another_event_does_not_date_the_deal() -> None:
    text = (
        "Varnell Corp has taken over the consumer division of Tobin Inc, Varnell's chairman "
        "said. The cost of the deal, reported late yesterday, is around 90 mln stg."
    )
    assert _dates(text) == [(["Varnell", "Tobin"], None)]


@pytest.mark.parametrize(
    ("phrase", "dateline", "value"),
    [
        ("in the middle of the current quarter", "1987-02-26", "1987"),
        ("this quarter", "1987-05-04", "1987"),
        ("last quarter", "1987-02-10", "1986"),  # the quarter before a February dateline
        ("last quarter", "1987-06-10", "1987"),
        ("in the last quarter", "1987-06-10", None),  # maybe the end of some year
    ],
)
def test_a_quarter_dates_a_deal_to_its_year(phrase: str, dateline: str, value: str | None) -> None:
    [alliance] = extract(f"Varnell Corp said it acquired Tobin Inc {phrase}.", date=dateline)
    assert (alliance.date.value if alliance.date else None) == value


def test_an_announced_figure_of_a_venture_does_not_date_it() -> None:
    # profits may be announced: only an agreement is signed
    text = (
        "Halden Corp formed a joint venture with Vardeau Inc. Profits of the venture, announced "
        "yesterday, rose 10 pct."
    )
    assert _dates(text) == [(["Halden", "Vardeau"], None)]


def test_an_agreement_reached_on_a_day_is_dated_inside_a_longer_phrase() -> None:
    text = (
        "Halden Corp disclosed details of its agreement with Vardeau Inc, reached on Monday, "
        "to buy the plant."
    )
    assert _dates(text) == [(["Halden", "Vardeau"], "1987-06-15")]


def test_shares_bought_under_an_offer_are_bought_when_it_expires() -> None:
    text = (
        "Varnell Corp said it acquired 95 pct of Tobin Inc common shares under its "
        "previously announced tender offer that expired yesterday."
    )
    assert _dates(text) == [(["Varnell", "Tobin"], "1987-06-18")]  # the day before the dateline
    # an agreement's own expiry is no date of the deal
    later = "Varnell Corp said it agreed to buy Tobin Inc under a pact that expires next year."
    assert _dates(later) == [(["Varnell", "Tobin"], None)]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("during March last year", "1986-03"),
        ("in July of this year", "1987-07"),
        ("in May next year", "1988-05"),
    ],
)
def test_a_month_of_a_relative_year_is_that_month(phrase: str, value: str) -> None:
    [(_, date)] = _dates(f"Varnell Corp acquired a controlling interest in Tobin Inc {phrase}.")
    assert date == value


def test_the_modal_may_is_no_month_of_a_relative_year() -> None:
    text = "Varnell Corp said it acquired Tobin Inc and may this year buy more plants."
    assert _dates(text) == [(["Varnell", "Tobin"], "1987")]


def test_the_end_of_a_time_is_that_time_not_another_event() -> None:
    text = "Tobin Inc, which Varnell Corp acquired at the end of last year, makes pumps."
    assert _dates(text) == [(["Tobin", "Varnell"], "1986")]
    # a bound stays a bound: "by the end of next year" dates no deal
    later = (
        "Varnell Corp said it expects to complete its purchase of Tobin Inc by the end of "
        "next year."
    )
    assert _dates(later) == [(["Varnell", "Tobin"], None)]


def test_the_year_of_an_agreement_dates_the_deal_it_is_to_make() -> None:
    text = (
        "Halden Corp sued Vardeau Inc for interfering in its 1984 agreement to acquire Tobin Inc."
    )
    assert _dates(text) == [(["Halden", "Tobin"], "1984")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the deal's own clause dates it; the agreement's year is only a fallback
        ("Halden Corp said it completed its 1984 agreement to acquire Tobin Inc last month.",
         "1987-05"),
        # a participle describes the noun it hangs on; it completes no agreement
        ("Halden Corp sold its 1985 venture, acquired by Tobin Inc in March, to Kessel Corp.",
         "1987-03"),
    ],
)  # fmt: skip
def test_an_agreement_s_year_gives_way_to_the_deal_s_own_date(text: str, value: str) -> None:
    assert dict((tuple(p), d) for p, d in _dates(text))[("Halden", "Tobin")] == value


def test_only_a_time_s_own_part_is_a_time() -> None:
    # "the end of the talks in March" is the talks' end: March is the talks' time
    text = "Varnell Corp bought Tobin Inc at the end of the talks in March."
    assert _dates(text) == [(["Varnell", "Tobin"], None)]


def test_a_letter_of_intent_signed_on_a_day_dates_the_deal_told_before() -> None:
    # the letter of intent refers back to the deal; the parser hangs "signed" on "intent",
    # the complement of the deal noun, and the signing is the letter's
    text = (
        "Halden Corp and Vardeau Inc said they agreed to extend their talks on a merger. "
        "The letter of intent signed by Halden and Vardeau on May four set June one as the "
        "target date for a definitive agreement."
    )
    assert _dates(text) == [(["Halden", "Vardeau"], "1987-05-04")]


def test_a_definite_firm_bought_or_sold_later_is_the_deal_told_before() -> None:
    # "the division" names no firm of its own: the sentence tells the deal again, and dates it
    text = (
        "Halden Corp said its directors approved the sale of its pump division to Vardeau Inc. "
        "On Monday, the company said it agreed to sell the division."
    )
    assert _dates(text) == [(["Halden", "Vardeau"], "1987-06-15")]
    # a thing the deal never named is another sale, and its date is not the deal's
    other = (
        "Halden Corp said it agreed to sell its pump division to Vardeau Inc. "
        "Halden sold the football stadium in 1985."
    )
    assert _dates(other) == [(["Halden", "Vardeau"], None)]


def test_a_date_read_from_the_parser_s_text_dates_a_sentence_with_brackets() -> None:
    # the parser is given the sentence without its brackets; the date it reads there is
    # the same date as the one in the sentence as written
    text = (
        "Varnell Corp said it completed the purchase of Tobin Inc. Varnell said last month "
        "that its <Orvane Corp> unit had agreed to buy the company."
    )
    assert _dates(text) == [(["Varnell", "Tobin"], "1987-05")]


def test_a_deal_noun_with_two_modifiers_refers_back_to_the_deal() -> None:
    # "the Orvane joint venture": a name and "joint" before the deal noun
    text = (
        "Orvane Mining is owned 52 pct by Halden Corp and 48 pct by a unit of Vardeau Inc. "
        "The Orvane joint venture was formed in 1976 and runs two mines."
    )
    assert _dates(text) == [(["Halden", "Vardeau"], "1976")]


def test_any_verb_of_changing_hands_in_any_form_tells_the_deal_again() -> None:
    # the lexicon's verbs of buying and selling, not a list of a few forms
    text = (
        "Halden Corp said its directors approved the sale of its pump division to Vardeau Inc. "
        "On Monday, the company said it agreed to divest the division."
    )
    assert _dates(text) == [(["Halden", "Vardeau"], "1987-06-15")]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("on March 6 last year", "1986-03-06"),
        ("on 6 March last year", "1986-03-06"),
        ("on March six of last year", "1986-03-06"),
    ],
)
def test_a_day_of_a_relative_year_is_that_day(phrase: str, value: str) -> None:
    # a day-month is otherwise taken in the dateline's year: "last year" names another
    [(_, date)] = _dates(f"Varnell Corp acquired a controlling interest in Tobin Inc {phrase}.")
    assert date == value


def test_a_later_sale_of_another_thing_or_by_another_firm_is_another_deal() -> None:
    # "the stock" is a word of the deal's sentence, but not of what it sold
    paid = (
        "Halden Corp said it agreed to sell its pump division to Vardeau Inc for 20 mln dlrs "
        "in cash and stock. Vardeau sold the stock in 1985."
    )
    assert _dates(paid) == [(["Halden", "Vardeau"], None)]
    # another firm buying "the division" is that firm's deal
    other = (
        "Halden Corp said it agreed to sell its pump division to Vardeau Inc. "
        "In 1985, Orvane Corp bought the division."
    )
    assert _dates(other) == [(["Halden", "Vardeau"], None)]


def test_a_firm_seated_in_a_town_and_state_bought_later_is_the_deal_told_before() -> None:
    # "the Austin, Texas-based ... distributor": what is based somewhere is a firm, and the
    # town's comma stands inside the description
    text = (
        "Halden Corp said it completed the purchase of Vardeau Inc. Halden said last month "
        "it had signed a letter of intent to acquire the Austin, Texas-based pump distributor."
    )
    assert _dates(text) == [(["Halden", "Vardeau"], "1987-05")]


def test_the_offer_refers_back_to_the_bid_told_before() -> None:
    # "the offer" is the bid for the firm: the day it closed dates the deal
    text = (
        "Halden Corp said the government approved its bid for Vardeau Inc. When the offer for "
        "the shares closed on May 12, holders of 93 pct had accepted, and Halden will acquire "
        "the rest, he said."
    )
    assert _dates(text) == [(["Halden", "Vardeau"], "1987-05-12")]


def test_the_time_a_venture_was_formed_dates_the_deal_told_before() -> None:
    # another sentence says when the venture's firm was formed: that time is the deal's
    text = (
        "Tobin Inc said it received a final payment for its joint venture with Orvane NV. "
        "Orvane NV was formed last year when Tobin and Kessel Corp merged their units."
    )
    assert _dates(text)[0] == (["Tobin", "Orvane"], "1986")


def test_a_later_day_of_the_merger_refines_its_month() -> None:
    # "earlier this month" gives the month; "The banks merged on June 3" tells the same
    # merger again with its day
    text = (
        "Halden Corp, the parent of Halden Bank which earlier this month merged with Vardeau "
        "Bank, said its shareholders will vote on a new name. The banks merged on June 3, and "
        "have assets of 14 billion dlrs."
    )
    assert _dates(text) == [(["Halden", "Vardeau Bank"], "1987-06-03")]
    # a day of another month is no finer date of this merger
    other = text.replace("June 3", "March 3")
    assert _dates(other) == [(["Halden", "Vardeau Bank"], "1987-06")]


def test_any_plural_of_a_firm_kind_tells_the_merger_again() -> None:
    # what makes "the banks merged" the deal's two is a plural of firms, whatever their kind
    text = (
        "Halden Air, the parent of Halden Airways which earlier this month merged with "
        "Vardeau Airlines, said its shareholders will vote on a new name. The airlines merged "
        "on June 3, and have 40 jets."
    )
    assert _dates(text) == [(["Halden Air", "Vardeau Airlines"], "1987-06-03")]


@pytest.mark.parametrize(
    "text",
    [
        # the date is in a "since" clause below the deal's: the lawmakers' event
        "Varnell Corp's purchase of Tobin Inc was the largest since lawmakers changed the "
        "banking rules on March 3.",
        # the date is on a clause above an "after" clause the deal is in: the joining's
        "Hal Brand joined Kessel Inc as chairman in March 1986, resigning shortly after "
        "Kessel was acquired by Orvane Corp.",
    ],
)
def test_a_date_across_a_clause_of_another_time_does_not_date_the_deal(text: str) -> None:
    [(_, date)] = _dates(text)
    assert date is None


def test_the_deal_clause_keeps_its_date_over_a_clause_of_another_time() -> None:
    text = (
        "Orvane Corp agreed to buy Kessel Inc on Monday after Kessel's board rejected a rival "
        "bid in May."
    )
    assert _dates(text) == [(["Orvane", "Kessel"], "1987-06-15")]


@pytest.mark.parametrize(
    "text",
    [
        # the meeting is the passive verb's subject: the date is the meeting's
        "Orvane Corp said a special shareholders meeting will be held in June to vote on its "
        "merger with Kessel Inc.",
        # a time something is set for (the parser hangs "for July 10" on the merger)
        "Orvane Corp said it set a new record date for holders entitled to vote on its merger "
        "with Kessel Inc for July 10.",
        # a regulator's approval, and the shareholders', come after the deal
        "Orvane Corp said it sold its radio station to Kessel Inc. The Federal Communications "
        "Commission approved the sale on Tuesday, Orvane said.",
        "Orvane Corp agreed to buy Kessel Inc. Kessel shareholders approved the acquisition on "
        "Tuesday.",
    ],
)
def test_another_events_date_does_not_date_the_deal(text: str) -> None:
    assert _dates(text) == [(["Orvane", "Kessel"], None)]


def test_a_sides_approval_dates_the_deal() -> None:
    # the target's board approving the offer agrees the deal
    text = "Orvane Corp said Kessel Inc's board approved its offer on Tuesday."
    assert _dates(text) == [(["Orvane", "Kessel"], "1987-06-16")]


@pytest.mark.parametrize(
    "text",
    [
        # a participle describing a firm: the saying above it is the firm's, not the deal's
        "Orvane Corp, acquired by Kessel Inc, said on Tuesday it would cut 200 jobs.",
        # an apposition describing a firm: going to court is the group's
        "The group, a partnership of Orvane Corp and Kessel Inc, was to go to court on March 27 "
        "to block Varnell Inc.",
    ],
)
def test_a_date_above_a_description_of_a_firm_does_not_date_its_deal(text: str) -> None:
    [(_, date)] = _dates(text)
    assert date is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Orvane Corp, acquired by Kessel Inc in 1985, said on Tuesday it would cut 200 jobs.",
         "1985"),
        # a participle with its own subject and auxiliary is a clause, not a description
        ("Orvane Inc shares soared, responding to an announcement late yesterday that the firm "
         "will be acquired by Kessel Corp.", "1987-06-18"),
    ],
)  # fmt: skip
def test_a_description_keeps_its_own_date(text: str, value: str) -> None:
    [(_, date)] = _dates(text)
    assert date == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "set" as a participle on a deal noun is its arranging
        ("Orvane Corp said it signed a definitive agreement to buy Kessel Inc's bus unit. The "
         "agreement, tentatively set in January, includes production tooling.", "1987-01"),
        # "set aside" is another verb: a court's act, not the deal's arranging
        ("Orvane Corp said it signed a definitive agreement to buy Kessel Inc's bus unit. The "
         "agreement was set aside by a court in March.", None),
        # the parse, not the words before the date, says whose it is: "by Orvane" names an
        # agent, not a bound
        ("Orvane Corp agreed to sell its bus unit to Kessel Inc. The sale was announced by "
         "Orvane on Monday.", "1987-06-15"),
        # a time a deal is set for is still another's
        ("Orvane Corp agreed to merge with Kessel Inc. The merger, set for July 10, needs the "
         "approval of regulators.", None),
    ],
)  # fmt: skip
def test_another_sentence_about_the_deal_dates_it_by_its_parse(
    text: str, value: str | None
) -> None:
    [(_, date)] = _dates(text)
    assert date == value


@pytest.mark.parametrize(
    ("text", "dateline", "value"),
    [
        # a planned signing: the coming Monday, not the last one
        ("Orvane Corp and Kessel Inc said the merger agreement will be signed on Monday.",
         "1987-06-19", "1987-06-22"),
        # (a month yet to come on its concluding is an estimate: test_future_dates)
        ("Orvane Corp said it will complete its acquisition of Kessel Inc on Friday.",
         "1987-04-27", "1987-05-01"),
        # an effective date more than a month ahead is still this year's
        ("Kessel Inc said Orvane Corp was taking it over, effective June 1.",
         "1987-04-27", "1987-06-01"),
        # in the simple past it is behind the dateline
        ("Orvane Corp said the merger with Kessel Inc became effective March 1.",
         "1987-03-20", "1987-03-01"),
        # outside the future, the nearer of the two: a change just made is behind it
        ("Orvane Corp said its merger with Kessel Inc, effective June 1, created the largest "
         "bus maker in Canada.", "1987-06-05", "1987-06-01"),
        ("Orvane Corp said its merger with Kessel Inc is effective as of June 1.",
         "1987-06-05", "1987-06-01"),
        ("Orvane Corp said its merger with Kessel Inc will be effective June 1.",
         "1987-06-05", "1988-06-01"),
        # the tense of the clause above the noun "effective" describes
        ("Orvane Corp said its merger with Kessel Inc, effective June 1, created the largest "
         "bus maker in Canada.", "1987-12-10", "1987-06-01"),
    ],
)  # fmt: skip
def test_a_date_of_what_is_yet_to_happen_is_the_next_one(
    text: str, dateline: str, value: str
) -> None:
    [alliance] = extract(text, date=dateline)
    assert alliance.date is not None and alliance.date.value == value


_AGREED = "Harlow Industries Inc said it agreed to buy Benton Tool Corp"


@pytest.mark.parametrize(
    "text",
    [
        # each conjunct is its own event: a date on one of another event is not the deal's
        f"{_AGREED} and declared a dividend on Monday.",
        f"{_AGREED} and named a new chairman last week.",
    ],
)
def test_a_date_of_another_conjunct_does_not_date_the_deal(text: str) -> None:
    [(_, date)] = _dates(text)
    assert date is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a conjunct that concludes, reports or makes the deal dates it
        (f"{_AGREED} and completed the purchase on Monday.", "1987-06-15"),
        (f"{_AGREED} and announced the agreement on Monday.", "1987-06-15"),
        ("Harlow Industries Inc met Benton Tool Corp and agreed on Monday to buy it.",
         "1987-06-15"),
    ],
)  # fmt: skip
def test_a_date_of_a_conjunct_of_the_deal_dates_it(text: str, value: str) -> None:
    assert [d for _, d in _dates(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a statement issued at a time is the announcement of the deal it reports
        ("Harlow Industries Inc said in a statement released on Monday that it agreed to buy "
         "Benton Tool Corp.", "1987-06-15"),
        ("Harlow Industries Inc agreed to buy Benton Tool Corp, it said in a statement issued "
         "on Monday.", "1987-06-15"),
        # a document is dated when it is made: a letter of intent dated a day
        ("Harlow Industries Inc and Benton Tool Corp said they signed a letter of intent "
         "dated June 3.", "1987-06-03"),
    ],
)  # fmt: skip
def test_a_statement_issued_or_a_document_dated_dates_the_deal(text: str, value: str) -> None:
    assert [d for _, d in _dates(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        # another thing dated or released is not the deal
        f"{_AGREED} and paid with a cheque dated June 3.",
        "Harlow Industries Inc, whose results were released on Monday, agreed to buy Benton "
        "Tool Corp.",
    ],
)
def test_another_thing_dated_or_released_does_not_date_the_deal(text: str) -> None:
    [(_, date)] = _dates(text)
    assert date is None


@pytest.mark.parametrize(
    "rest",
    [
        # a conjunct whose object is the deal told in the other (a pronoun, its plan, its
        # terms) tells of the deal: its date is the deal's announcement
        "and unveiled the plan on Monday.",
        "and announced it on Monday.",
        "and disclosed the terms on Monday.",
        "and unveiled it on Monday.",
    ],
)
def test_a_conjunct_taking_back_the_deal_keeps_its_date(rest: str) -> None:
    text = f"Harlow Industries Inc agreed to buy Benton Tool Corp {rest}"
    assert [a.date.value if a.date else None for a in extract(text, date="1987-03-12")] == [
        "1987-03-09"
    ]


@pytest.mark.parametrize(
    "rest",
    ["and unveiled a new product on Monday.", "and detailed its plans for a new plant on Monday."],
)
def test_a_conjunct_of_another_thing_keeps_its_own_date(rest: str) -> None:
    text = f"Harlow Industries Inc agreed to buy Benton Tool Corp {rest}"
    assert [a.date.value if a.date else None for a in extract(text, date="1987-03-12")] == [None]
