"""Question understanding: parts, the kind of answer each wants, names, lists, roles.

Questions written for these tests (not taken from the evaluation files), one per rule.
"""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import AskedQuestion, understand
from retrieval.reading.kinds import Kind
from retrieval.reading.normalize import normalize_question


def ask(text: str) -> AskedQuestion:
    return understand(normalize_question(text), parse=lambda t: shared_pipeline().annotate([t])[0])


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("What stake does Nordhaven Steel hold in the venture?", [Kind.PERCENT]),
        # a participle with an object of its own modifies the asked noun
        ("Who are the two investor groups seeking to buy Halden's stake?", [Kind.ORG]),
        # ... but "who" may be the object the infinitive leaves open
        ("Who are the banks seeking to advise?", [Kind.AGENT]),
        ("How much did Corvex pay for the unit?", [Kind.MONEY]),
        # a noun WordNet files under business asks for a firm
        ("Which brokerage handled Corvex's orders?", [Kind.ORG]),
        # "how soon" asks a point in time, "how quickly" a stretch of it
        ("How soon should the Halden sale be completed?", [Kind.DATE]),
        ("How quickly will the plant be rebuilt?", [Kind.DURATION]),
        # a noun whose sense is a length of time or a measured quantity asks for one...
        ("What is the maturity of Corvex's new notes?", [Kind.DURATION]),
        ("What is the fare range on Vetra's new routes?", [Kind.AMOUNT]),
        # ... after a compound naming a class ("price range": a price)
        ("What price range does Corvex expect for the shares?", [Kind.MONEY]),
        # "where ... to" after a verb of change asks the new level of what changes
        ("Where did Corvex's share price fall to on the news?", [Kind.MONEY]),
        ("Where did Corvex's stake rise to?", [Kind.PERCENT]),
        ("Where will Corvex move its headquarters to?", [Kind.PLACE]),
        # what is counted "in" a sum is money; "in" a unit or a time is not
        ("How much did Corvex earn in sales in 2004?", [Kind.MONEY]),
        ("How much did Vetra's best-selling drug Norvax earn in sales in 2004?", [Kind.MONEY]),
        ("How much did Corvex produce in tonnes?", [Kind.AMOUNT]),
        # a verb of change asks how far it moves its object; a sum raised is money
        ("By how much did Corvex raise its shipment targets?", [Kind.AMOUNT]),
        ("How much did Corvex raise its stake in Halden?", [Kind.PERCENT]),
        ("How much did Corvex raise its dividend?", [Kind.MONEY]),
        # what a thing sold for, or what its seller got for it, is its price
        ("What did the Halden unit sell for at auction?", [Kind.MONEY]),
        ("What did the stake go for?", [Kind.MONEY]),
        ("What did Corvex get for trimming its Halden holding?", [Kind.MONEY]),
        ("What does Corvex get in return?", [Kind.THING]),
        # the parse leaves the copula's noun hanging at the end: it is still the asked one
        (
            "corvex how many plants at yr end and what were full yr sales",
            [Kind.COUNT, Kind.MONEY],
        ),
        ("How much fuel oil will the refinery ship each month?", [Kind.AMOUNT]),
        # a part of a whole: a share or a number of its shares, not a sum of money
        ("How much of Halden Lines does Corvex own now?", [Kind.PORTION]),
        ("How much of Halden's voting rights does Corvex control?", [Kind.PORTION]),
        # ... but a part of a sum is money
        ("How much of Halden's debt did the agency put on review?", [Kind.AMOUNT]),
        ("How many engines will the plant build a year?", [Kind.COUNT]),
        # a noun for a kind of business asks for an organisation, never a person
        ("Which other consumer goods giant may bid for Corvex?", [Kind.ORG]),
        ("Which Halden businesses does Corvex hold stakes in?", [Kind.ORG]),
        # a limit is an amount of what it limits
        ("What ceiling did Corvex accept on its holding?", [Kind.AMOUNT]),
        ("What share-exchange ratio did Corvex offer Halden holders?", [Kind.AMOUNT]),
        ("How many shares did Corvex buy?", [Kind.COUNT]),  # a count, not a stake
        # "which" on a possessor asks for the possessor, as "whose" does: a firm, not a stake
        ("Which company's shares did Corvex buy?", [Kind.ORG]),
        ("Which bank's loans did Corvex take over?", [Kind.ORG]),
        # ... also when the parse hangs "which" on the possessed noun: a possessor stands
        # in the place of its noun's determiner
        ("Which New York hotel's loan did Corvex later raise to 5 mln dlrs?", [Kind.ENTITY]),
        # the parser makes "what" a dative beside the object "them"; it is what was paid
        ("What did the Halden stake cost them?", [Kind.MONEY]),
        # holders are people or firms alike; a name between "which" and its noun is part
        # of the noun phrase (the parse may hang "which" on the verb)
        ("Which three Halden Bancorp shareholders gave Corvex an option?", [Kind.AGENT]),
        ("What did the deal cost the Corvex group?", [Kind.MONEY]),
        # only an amount is given per unit
        ("What is Corvex putting up per share for Halden?", [Kind.MONEY]),
        # ... also for a noun of no known class, asked "what is", and only per a unit
        ("What was Corvex's last payout per share?", [Kind.MONEY]),
        ("What is the name of the Corvex fund per the filing?", [Kind.NAME]),
        # "which of" a noun asks one of what the noun names
        ("Which of its executives will chair the Corvex conference?", [Kind.PERSON]),
        ("Which of the banks lent Corvex the money?", [Kind.ORG]),
        # "what" parsed as a second subject of a verb that has one
        ("What is Pennwalt paying Halden Reunies for its business?", [Kind.MONEY]),
        ("What will Halden holders receive for each share?", [Kind.MONEY]),
        ("When did Corvex and Halden sign the agreement?", [Kind.DATE]),
        ("How long will the construction take?", [Kind.DURATION]),
        ("How long have Corvex and Halden been working together?", [Kind.ELAPSED]),
        # a count of time units is a length of time
        ("Over how many years will Corvex spend the money?", [Kind.DURATION]),
        ("For how many years have Corvex and Halden been partners?", [Kind.ELAPSED]),
        # a period picked out as where in time something happens is a date; one measured
        # out is a length of time
        ("In which period will Corvex record the gain?", [Kind.DATE]),
        ("During what period did Corvex buy the shares?", [Kind.DATE]),
        ("For what period will Corvex lease the plant?", [Kind.DURATION]),
        # a thing counted per period is an amount, whatever the noun
        ("What is the plant's annual capacity?", [Kind.AMOUNT]),
        ("What is Corvex's annual target?", [Kind.AMOUNT]),
        # a rate per period: so many a month, or a percentage
        ("At what monthly rate will Corvex assemble the computers?", [Kind.AMOUNT]),
        ("What interest rate does the Corvex loan carry?", [Kind.PERCENT]),
        # figures as such are amounts; a number of something counts it
        ("Corvex 2004 shipments vs 2003 what are the numbers", [Kind.AMOUNT]),
        ("What were the figures for Corvex's sales?", [Kind.AMOUNT]),
        ("What is the number of Corvex stores?", [Kind.COUNT]),
        # hyphenated words modify the noun after them: "gain" is asked, not "time"
        ("What one-time after-tax gain will Corvex book from the sale?", [Kind.AMOUNT]),
        # the "to" of a verb of change is the new value of what changes: a stake here; the
        # verb of a clause saying when ("once ... paid") is not the asked one
        ("What does Corvex's interest fall to once its costs are paid out?", [Kind.PERCENT]),
        ("What will Corvex raise its holding in Halden to?", [Kind.PERCENT]),
        # ... only a verb of change gives a new value: "sell it to" gives a buyer, and
        # shares rise to a price
        ("What did Halden sell its stake in Corvex to?", [Kind.THING]),
        ("What did Corvex shares rise to?", [Kind.THING]),
        # a noun of no kind of its own reached by a change names a place on the scale of
        # what changes: of its kind, or a figure when that has none (or the parse lost it)
        ("To what level did Corvex cut its stake in Halden?", [Kind.PERCENT]),
        ("To what level did the daily gas flow from the Halden field rise?", [Kind.AMOUNT]),
        # ... a noun of a kind keeps it; a level held, not reached by a change, is no figure
        ("To what company did Corvex sell its stake?", [Kind.ORG]),
        ("At what level did talks between Corvex and Halden take place?", [Kind.THING]),
        ("To what level did Corvex raise its stake in Halden?", [Kind.PERCENT]),
        # ... an aim or a use is no place on a scale, whatever verb of change is near
        ("To what end did Corvex raise its stake in Halden?", [Kind.THING]),
        ("To what use will Corvex put the funds raised from the sale?", [Kind.THING]),
        # "in how many years" counts occasions
        ("In how many years did Corvex post a loss?", [Kind.COUNT]),
        ("Where is the new plant that makes the engines?", [Kind.PLACE]),
        ("Who is Halden's chief executive?", [Kind.PERSON]),
        ("Who runs the merged company?", [Kind.PERSON]),
        # ... but an activity led or managed is led by a firm as often as by a person
        ("Who led the underwriting of the Halden offering?", [Kind.AGENT]),
        ("Who is managing the financing?", [Kind.AGENT]),
        # ... as is a group the gerund says is for an activity; a group of people is not
        ("Who leads the Halden underwriting group?", [Kind.AGENT]),
        ("Who leads the investor group?", [Kind.PERSON]),
        ("Who heads the administration?", [Kind.PERSON]),
        ("Who runs the mining at Halden?", [Kind.PERSON]),
        # a noun with a sense of a stretch of time, said of a thing, is how long it runs
        ("What is the loan's term?", [Kind.DURATION]),
        ("What is the term of Corvex's lease?", [Kind.DURATION]),
        ("What are the terms of the loan?", [Kind.THING]),
        # a term "for" something is a word for it
        ("What is Corvex's term for the venture?", [Kind.NAME]),
        ("What is the company's term for the new notes?", [Kind.NAME]),
        ("Who is Corvex's partner in the venture?", [Kind.ORG]),
        ("Which Korean shipbuilder won the contract?", [Kind.ORG]),
        ("What is the venture called?", [Kind.NAME]),
        # a noun for a kind of person asks for a person or a firm; its compound only says
        # what it deals in
        ("Which three Canadian investment dealers approached Halden?", [Kind.AGENT]),
        # a size is measured in the unit of what it is the size of, a gerund included
        ("What size of holding makes the Corvex rights exercisable?", [Kind.PERCENT]),
        ("corvex halden stake - size?", [Kind.PERCENT]),
        # who calls something so is the namer, a person here, not a name
        ("Which Corvex chairman called the merger anti-competitive?", [Kind.PERSON]),
        ("What is the name of the new airline?", [Kind.NAME]),
        ("Why did Halden sell the unit?", [Kind.REASON]),
        ("What will Corvex supply to Halden?", [Kind.THING]),
        ("What is the joint venture worth?", [Kind.MONEY]),
        ("How much a share is Corvex offering?", [Kind.MONEY]),
        # what is offered for a firm is a price
        ("How much is Corvex Australia offering for Halden Ltd?", [Kind.MONEY]),
        ("How much did Corvex bid for Halden?", [Kind.MONEY]),
        # "do" takes no complement: "what" hung on it is the object of the verb the
        # parser read as a noun after the subject ("Vetra Osko pay")
        ("what did Vetra Osko pay for Halden AB", [Kind.MONEY]),
        # what is given "in cash" is money, whatever the verb
        ("What did Corvex hand over in cash to take the unit off Halden's hands?", [Kind.MONEY]),
        ("Is Halden planning to sell the unit?", [Kind.THING]),  # yes/no: described
        # "how big" measures the copula's subject: a holding is a share, a plant a size
        ("Who holds shares in Halden, and how big is its holding?", [Kind.AGENT, Kind.PERCENT]),
        ("How big is the new Halden plant?", [Kind.AMOUNT]),
        # ... and never the noun of the next part ("how much money" is money, not the size)
        (
            "halden plant - how big, how much money n when does it start",
            [Kind.AMOUNT, Kind.MONEY, Kind.DATE],
        ),
        # a partitive noun asks a share of the whole, whatever its word
        ("How big a piece of Halden did Corvex pick up?", [Kind.PERCENT]),
        ("What fraction of Halden does Corvex own?", [Kind.PERCENT]),
        # a wh-word after a fronted phrase opens the question, though the parser hangs it
        # on that phrase as a relative clause
        ("Besides Corvex and Halden, who else holds shares in Nordhaven?", [Kind.AGENT]),
        # a fronted subordinate clause the parser made the root is no main clause
        (
            "Once Halcor is carved out of the Corvex-Halden combination, who will run it?",
            [Kind.PERSON],
        ),
        ("Apart from Corvex, which carmaker will build engines in Brazil?", [Kind.ORG]),
        # a true relative clause inside a yes/no question asks nothing
        ("Is the venture, which makes engines, profitable?", [Kind.THING]),
    ],
)
def test_the_kind_asked_for(question: str, kinds: list[Kind]) -> None:
    assert list(ask(question).kinds) == kinds


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        (
            "What stake did Corvex buy in Halden, and for how much?",
            [Kind.PERCENT, Kind.MONEY],
        ),
        (
            "What is the venture called, and who is its main subcontractor?",
            [Kind.NAME, Kind.ORG],
        ),
        # chat style: a topic before a dash is context for every part
        ("corvex halden deal - how many shrs n at wat price", [Kind.COUNT, Kind.MONEY]),
        ("corvex halden deal - price per shr n did halden accept it", [Kind.MONEY, Kind.THING]),
        # a verbless question asking two things of a kind, each its phrase's head
        ("Corvex raised Halden bid - per share price and total value?", [Kind.MONEY] * 2),
        ("Corvex Halden bid - price per share and its current stake?", [Kind.MONEY, Kind.PERCENT]),
        # "the total" totals the measure the part before asked for
        ("What is Corvex paying per share, and what's the total?", [Kind.MONEY, Kind.MONEY]),
        # a fragment a question mark closes asks its own question
        (
            "corvex buying halden.. price? how many plants does halden have",
            [Kind.MONEY, Kind.COUNT],
        ),
        # a comma closing a parenthesis is no coordinated clause: one question
        ("How large, by sales and staff, is the Halden unit Corvex will buy?", [Kind.AMOUNT]),
        ("Who bought the Halden unit, and is the deal closed?", [Kind.AGENT, Kind.THING]),
        # "which" before a noun opens a question, though the parse reads it as a relative
        # pronoun beside that noun (a clause has one subject)
        (
            "Which Dutch firm supplies steel to Corvex, which Belgian bank is financing "
            "the deliveries, and how many tonnes a year are involved?",
            [Kind.ORG, Kind.ORG, Kind.COUNT],
        ),
        # an auxiliary right after the wh-word inverts a question, though the parse makes
        # the first part a clause of the second
        (
            "Where will Corvex's joint venture with Kenya be located, what will it "
            "assemble, and what is its estimated annual production value?",
            [Kind.PLACE, Kind.THING, Kind.MONEY],
        ),
        # a relative pronoun agrees with its noun: "who" stands for no tract, "what" for
        # nothing, so each opens a question of its own
        (
            "What is Corvex's stake in the tract, who operates it, and what did it cost?",
            [Kind.PERCENT, Kind.AGENT, Kind.MONEY],
        ),
        (
            "How much did Corvex pay for the mill, what does it make, and who runs it?",
            [Kind.MONEY, Kind.THING, Kind.PERSON],
        ),
        # nor does a place stand for "who"
        (
            "What gear will Corvex sell in North America, who will sell it, and what is the "
            "seller's tie to Halden?",
            [Kind.THING, Kind.AGENT, Kind.NAME],
        ),
        # a preposition before the wh-word opens the part with it ("and since when")
        (
            "How many students does the Halden school have, and since when has Corvex owned it?",
            [Kind.COUNT, Kind.DATE],
        ),
        # a noun of one value joined to the asked one asks its own question, elliptically
        (
            "What is the per share cash price, total deal size, and which Halden unit is "
            "selling its stake?",
            [Kind.MONEY, Kind.AMOUNT, Kind.ORG],
        ),
        # nouns of parties joined ask for one list
        ("Which banks and brokers did Corvex hire?", [Kind.ORG]),
        # a wh-word left in place at the end asks a part of its own, back to the coordinator
        ("corvex halden engine deal - which engine, in svc when", [Kind.ENTITY, Kind.DATE]),
        ("corvex coach fare cuts - how much off n travel thru when", [Kind.AMOUNT, Kind.DATE]),
        # a wh-word inside the noun phrase opening a clause after ", and" opens a part
        (
            "How far did Corvex stock fall, to what price, and analysts from which two "
            "brokerages commented?",
            [Kind.AMOUNT, Kind.MONEY, Kind.ORG],
        ),
        # one left in place mid-question, between paired commas, is a parenthesis
        (
            "How many plants has Halden sold, and how many mills, worth how much, had "
            "Corvex planned to buy?",
            [Kind.COUNT, Kind.COUNT],
        ),
    ],
)
def test_each_part_of_a_question(question: str, kinds: list[Kind]) -> None:
    assert list(ask(question).kinds) == kinds


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("Which Mexican and Argentine companies are helping Corvex repair its pipeline?",
         "company"),
        ("How much senior and senior subordinated debt did Corvex place privately?", "debt"),
    ],
)  # fmt: skip
def test_the_asked_noun_follows_coordinated_modifiers(question: str, focus: str) -> None:
    assert ask(question).parts[0].focus == focus


@pytest.mark.parametrize(
    "question",
    [
        "How many of its own common shares does Corvex plan to buy back?",
        "How many of Halden's shares did Corvex holders get for each share?",
    ],
)
def test_a_partitive_counts_the_noun_of_its_of(question: str) -> None:
    part = ask(question).parts[0]
    assert part.kind is Kind.COUNT and part.focus == "share"


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("How much in damages is Corvex seeking from Halden?", "damage"),
        ("How much in deposits and other liabilities is Corvex assuming?", "deposit"),
    ],
)
def test_how_much_in_a_form_asks_money_in_that_form(question: str, focus: str) -> None:
    # "20 mln dlrs in damages": the noun after "in" is the form the asked sum takes
    (part,) = ask(question).parts
    assert (part.kind, part.focus) == (Kind.MONEY, focus)


@pytest.mark.parametrize(
    "question",
    [
        "How much in Texas did Corvex invest?",  # a place
        "How much in tonnes of wheat did Corvex buy?",  # a unit counts the thing
        "How much in barrels per day will the Corvex refinery process?",
        "How much in percentage terms did Corvex sales grow?",  # how it is measured
    ],
)
def test_how_much_in_a_place_or_unit_asks_no_form_of_money(question: str) -> None:
    (part,) = ask(question).parts
    assert part.kind is not Kind.MONEY or part.focus is None


def test_a_fronted_phrase_is_context_not_a_part() -> None:
    asked = ask("Under its deal with Halden, what stake will Corvex take?")
    assert len(asked.parts) == 1 and asked.parts[0].kind is Kind.PERCENT
    assert "deal" in asked.context_terms and "deal" not in asked.parts[0].text


@pytest.mark.parametrize(
    "question",
    [
        "Once Corvex sells the Halden hotel, will it still manage the place?",
        "If the Halden deal collapses, will Corvex be owed a fee?",
    ],
)
def test_a_fronted_adverbial_clause_is_context_not_a_part(question: str) -> None:
    asked = ask(question)
    assert len(asked.parts) == 1
    assert asked.parts[0].text.startswith("will ")


def test_a_question_the_parse_hung_inside_a_fronted_clause_is_a_part() -> None:
    # "which" before a noun phrase that is not its clause's subject asks; a relative
    # pronoun is followed by its clause's subject
    asked = ask(
        "If Corvex's unit lands its licensing talks, which anxiety medicine would it get "
        "to distribute, how big is its market, and when should a decision come?"
    )
    assert [part.kind for part in asked.parts] == [Kind.ENTITY, Kind.AMOUNT, Kind.DATE]
    assert asked.parts[0].focus == "medicine"
    # a relative "which" that is its clause's subject asks nothing, nor does an indirect
    # question inside the fronted clause
    aside = ask(
        "Aside from the unit, which last year earned 5 mln dlrs, what else did Corvex sell?"
    )
    assert [part.kind for part in aside.parts] == [Kind.THING]
    disclosed = ask("If Corvex, as expected, discloses how much it paid, will Halden sell it?")
    assert [part.text for part in disclosed.parts] == ["will Halden sell it?"]


def test_an_elliptical_part_borrows_the_words_of_the_one_before() -> None:
    asked = ask("Why was Halden's stake in Nordbank trimmed, and to what level?")
    assert asked.parts[0].kind is Kind.REASON
    assert "trim" in asked.parts[1].terms
    # a part with no verb of its own is the rest of the clause before, however many words
    asked = ask("What is Corvex's agreed offer for Halden worth, and on what share-exchange terms?")
    assert "offer" in asked.parts[1].terms and "term" in asked.parts[1].terms


def test_a_first_noun_joined_to_the_next_shares_the_clause_after_it() -> None:
    # "What size and coupon does the issue carry": "what size [does the issue carry]"
    size, coupon = ask("What size and coupon does the Corvex note issue carry?").parts
    assert size.kind is Kind.AMOUNT and coupon.kind is Kind.PERCENT  # a bond's rate
    assert size.names == coupon.names == ("Corvex",)
    assert "carri" in size.terms and "coupon" not in size.terms
    # a first part with a clause of its own keeps to it
    kept, _ = ask(
        "When Corvex spins off Halden, how much of Halden does Corvex hang on to, and how "
        "much lands with Nordbank?"
    ).parts
    assert "Nordbank" not in kept.names


def test_an_elliptical_part_after_a_party_question_is_asked_of_the_answer() -> None:
    # "for how much" did whoever-the-answer-is buy it: its payer is not a name asked
    first, second = ask(
        "Who ended up acquiring Halden's stake in Nordbank, and for how much?"
    ).parts
    assert not first.of_an_answer and second.of_an_answer
    second = ask("What did Corvex pay for Halden, and on what terms?").parts[1]
    assert not second.of_an_answer


@pytest.mark.parametrize(
    ("question", "about_the_answer"),
    [
        # a demonstrative before a firm noun the part before did not use: its answer
        ("Whose takeover offer is Corvex resisting, and who chairs that company?", True),
        # the same noun again is what the part before named
        (
            "Who is buying Halden's shipping business, and what were that business's sales?",
            False,
        ),
        # a pronoun may stand for either
        ("Whose takeover offer is Corvex resisting, and who chairs it?", False),
    ],
)
def test_that_company_is_the_firm_the_part_before_asks_for(
    question: str, about_the_answer: bool
) -> None:
    assert ask(question).parts[1].about_the_answer is about_the_answer


def test_a_statement_before_the_question_sets_the_scene() -> None:
    # the names only the scene gives need not be in the answer's article
    asked = ask(
        "Corvex was negotiating to buy half of Nordbank from Tamsin Oil. Who ended up "
        "acquiring Tamsin Oil's stake in Nordbank?"
    )
    assert set(asked.parties) == {"Tamsin Oil", "Nordbank"} and "Corvex" in asked.names
    # when the question names nobody, the scene's names are what it is about
    asked = ask("Corvex has a large shareholder that agreed to a buyout. Who is that shareholder?")
    assert asked.parties == ("Corvex",)


@pytest.mark.parametrize(
    "question",
    [
        "How big a stake in Halden did Corvex take, and roughly what did it shell out?",
        "What did Corvex hand over for its piece of Halden, and how large a holding did that buy?",
    ],
)
def test_a_part_speaking_of_it_or_that_is_about_the_names_before(question: str) -> None:
    first, second = ask(question).parts
    assert first.names and second.names == first.names


def test_a_part_without_a_pronoun_keeps_its_own_names() -> None:
    second = ask("What stake does Corvex hold in Halden, and who runs Nordbank Capital?").parts[1]
    assert second.names == ("Nordbank Capital",)
    second = ask("How much did Corvex pay for Halden, and what will the plant make?").parts[1]
    assert second.names == ()


def test_a_number_asked_has_no_nationality() -> None:
    # "in" after the stake names what it is held in, not where the answer must be
    assert ask("What stake in Leeds United did Ken Bates buy?").parts[0].nationalities == ()
    assert ask("Which Spanish company did Corvex buy?").parts[0].nationalities == ("spanish",)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Who is the Japanese partner of Corvex?", ("japanese",)),
        ("Who is the Hong Kong investor in the Corvex venture?", ("hong kong",)),
        ("What is the name of the London-based company that bought Corvex?", ("london",)),
        # a place or people of another noun is not the answer's
        ("Who is Corvex's partner in the Japanese venture?", ()),
        ("Who is the partner in Corvex's Hong Kong venture?", ()),
        # a preposition's wh-object equates nothing ("is" is the progressive's)
        ("From whom is the Chicago group buying Corvex?", ()),
        # a relative clause's "that" is no wh-word: the firm it describes is not asked
        ("Who owns the firm that is the Japanese partner of Corvex?", ()),
        ("Which bank advised the group that was the London-based bidder?", ()),
    ],
)
def test_a_noun_a_copula_equates_with_the_wh_word_describes_the_answer(
    question: str, asked: tuple[str, ...]
) -> None:
    assert ask(question).parts[0].nationalities == asked


def test_a_name_tagged_as_a_people_that_is_no_word_is_a_party() -> None:
    # the NER calls "Celanese" a nationality; no language has the adjective
    asked = ask("Which Celanese plant will close?")
    assert asked.parties == ("Celanese",)
    assert asked.parts[0].nationalities == ()


def test_an_initialism_in_the_plural_is_no_name() -> None:
    # "ATMs" are machines of a kind; an article may call them "banking machines"
    asked = ask("When will Corvex Bank link its ATMs to its Halden branches?")
    assert "ATMs" not in asked.names
    assert "Corvex Bank" in asked.parties


def test_a_name_counted_is_a_kind_of_thing_not_a_party() -> None:
    # "how many 7E7 Dreamliners": a model, which the article may call "7E7 planes"
    asked = ask("How many 7E7 Dreamliners has Corvex Airways firmly ordered?")
    assert any("Dreamliners" in name for name in asked.names)
    assert asked.parties == ("Corvex Airways",)


def test_a_name_with_a_legal_form_is_a_party() -> None:
    # the NER may call "Halden Bay Corp" a facility; its legal form says it is a firm
    asked = ask("What stake does Corvex Holdings hold in Halden Bay Corp?")
    assert "Halden Bay Corp" in asked.parties


def test_how_they_divide_ownership_asks_each_share() -> None:
    (part,) = ask("How will Corvex and Halden divide ownership of their venture?").parts
    assert part.kind is Kind.PERCENT and part.several
    # a manner, whatever the object
    assert ask("How will Corvex and Halden sell the engines?").parts[0].kind is Kind.THING


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a passive verb of owning or dividing asks how the owners share the firm
        ("How is Halcor Marine owned between Corvex and Halden?", Kind.PERCENT),
        ("How is the Halcor venture split between the two?", Kind.PERCENT),
        # an active perfect, or a phrasal verb, is something else
        ("How has Corvex held up since the merger?", Kind.THING),
        ("How was the Halcor deal held up?", Kind.THING),
    ],
)
def test_how_a_firm_is_owned_asks_its_owners_shares(question: str, kind: Kind) -> None:
    (part,) = ask(question).parts
    assert part.kind is kind
    assert part.several is (kind is Kind.PERCENT)


def test_what_is_a_subject_doing_asks_the_object_of_its_verb() -> None:
    # "What is Corvex's unit bidding": a progressive, not "what is Corvex's unit"
    (part,) = ask("What is Corvex's French unit bidding per share for Halden?").parts
    assert part.kind is Kind.MONEY and part.predicate == "bid"
    assert ask("What is Corvex's French unit?").parts[0].focus == "unit"


def test_a_phrase_set_off_after_a_name_describes_it_whatever_the_parse() -> None:
    # the parser takes "house" for the subject of "bought"; the commas say it is an
    # apposition to Halden, which is where the question asks about
    (part,) = ask("Where is Halden, the British software house Corvex bought, based?").parts
    assert (part.kind, part.focus, part.predicate) == (Kind.PLACE, None, "base")
    # ... while a noun asked about itself stays the asked noun
    (plant,) = ask("Where is the software house that Corvex bought based?").parts
    assert plant.focus == "house"


def test_newswire_shorthand_is_written_out() -> None:
    (part,) = ask("halden merger w/ corvex - how many pref shs did corvex issue").parts
    assert part.kind is Kind.COUNT and part.focus == "share" and "prefer" in part.terms
    (per_share,) = ask("halden buyout - how much per sh do holders get").parts
    assert per_share.kind is Kind.MONEY and "share" in per_share.terms
    # traders write "px" for a price
    (price,) = ask("corvex sold its halden shrs at what px").parts
    assert price.kind is Kind.MONEY
    # "frm" for "from": no name ("FRM" in a headline)
    bought = ask("xtra buying rentco trailer frm Fruehauf for how much?")
    assert not any("frm" in name.lower() for name in bought.parties)
    # "hw" for "how", "natl" for "national"
    (count,) = ask("hw many halden shares does corvex hold now").parts
    assert count.kind is Kind.COUNT
    assert "national halden" in ask("what did corvex pay for natl halden's unit").names
    # "svcs" for "services": no name of a firm
    assert not any("svc" in name for name in ask("corvex svcs deal w halden - how much").names)


def test_business_shorthand_and_dollar_signs_are_written_out() -> None:
    assert normalize_question("corvex biz - who r the custs n what r the revs") == (
        "corvex business - who are the customers and what are the revenues"
    )
    assert normalize_question("corvex conv debs - how many shrs @ what px n who's the uw") == (
        "corvex convertible debentures - how many shares at what price and who's the underwriting"
    )
    # dollar signs standing alone are money; before a figure they are its currency
    assert normalize_question("halden option, how much $$?") == "halden option, how much money?"
    assert normalize_question("corvex paid $5 mln") == "corvex paid $5 mln"
    # a slash between a money sign and a unit is a rate; between names it joins them
    assert [p.kind for p in ask("corvex bid for halden - $/shr and total").parts] == [
        Kind.MONEY,
        Kind.MONEY,
    ]
    assert normalize_question("corvex/halden jv") == "corvex/halden joint venture"
    assert normalize_question("halden $/Shr?") == "halden money per share?"
    # "pct" is the newswire's "percent"
    (pct,) = ask("corvex pct of halden??").parts
    assert pct.kind is Kind.PERCENT
    # a percent sign standing alone is the word; after a number, the number's
    assert [p.kind for p in ask("What % of Halden did Corvex pick up?").parts] == [Kind.PERCENT]
    assert normalize_question("up 5 % or 10%?") == "up 5 % or 10%?"


def test_a_plural_with_a_sense_of_its_own_asks_by_that_sense() -> None:
    # "sales" are takings (money), though their lemma, "sale", is an act of selling
    (part,) = ask("What were Halden's 1986 sales?").parts
    assert part.kind is Kind.MONEY and part.focus == "sale"
    (sale,) = ask("What was the sale of Halden about?").parts
    assert sale.kind is not Kind.MONEY


def test_a_relative_who_standing_for_a_firm_or_person_opens_no_question() -> None:
    # "the bank, who" and "the chairman, who" are relative clauses about the noun
    asked = ask("What did Corvex pay the bank, who advised on the sale?")
    assert list(asked.kinds) == [Kind.MONEY]
    asked = ask("Who is the new chairman of Halden, who replaced Smith?")
    assert len(asked.parts) == 1


def test_a_relative_clause_with_its_preposition_fronted_opens_no_question() -> None:
    # "for which a clerk placed orders" describes the firm before it
    asked = ask(
        "Where is Halden Steel AG, for which a dismissed clerk placed fake orders on "
        "paper, located?"
    )
    assert list(asked.kinds) == [Kind.PLACE]
    # "from which two brokerages": a "which" before its noun determines it, and asks
    asked = ask(
        "How far did Corvex's stock fall, and analysts from which two brokerages commented?"
    )
    assert len(asked.parts) == 2


def test_a_modifier_the_tagger_takes_for_a_preposition_stays_in_the_asked_noun() -> None:
    # "outside" read as a preposition, and "which" hung on the verb: still "which firms"
    (part,) = ask(
        "Which outside companies are supplying equipment to Halden's research program?"
    ).parts
    assert part.kind is Kind.ORG and part.several


def test_periods_and_months_in_shorthand_are_written_out() -> None:
    assert normalize_question("halden q1 - how big was the hit per shr") == (
        "halden first quarter - how big was the hit per share"
    )
    assert normalize_question("which units did corvex buy in dec n sept") == (
        "which units did corvex buy in December and September"
    )
    # "mar" is a verb and "apr" a rate as often as they are months
    assert normalize_question("will the strike mar the apr on corvex loans") == (
        "will the strike mar the apr on corvex loans"
    )
    # "may" is a modal verb as often as a month, and is no shorthand
    assert normalize_question("may corvex buy halden in fy 1988") == (
        "may corvex buy halden in fiscal year 1988"
    )


def test_a_legal_form_alone_is_no_name() -> None:
    asked = ask("corvex halden deal - what did they pay n who runs the combined Co")
    assert "Co" not in asked.names and "Co" not in asked.parties


def test_a_month_is_no_name() -> None:
    asked = ask("Corvex was said in March to be in talks with a Dutch dealer: which one?")
    assert set(asked.names) == {"Corvex", "Dutch"} and asked.parties == ("Corvex",)


def test_names_are_parties_but_places_are_not() -> None:
    asked = ask("What stake does the Japanese group Corvex hold in Halden Steel?")
    assert "Corvex" in asked.parties and "Halden Steel" in asked.parties
    assert "Japanese" in asked.names and "Japanese" not in asked.parties


def test_a_possessive_is_not_part_of_the_name() -> None:
    assert "Halden Lines" in ask("Which service of Halden Lines' business will Corvex buy?").parties
    assert "Corvex" in ask("What is Corvex's stake in Halden Lines?").parties


def test_a_dash_after_a_name_is_not_part_of_it() -> None:
    names = ask("Corvex deal with Indiana National - which networks").names
    assert "Indiana National" in names and not any(name.endswith("-") for name in names)


def test_a_prefix_hyphened_to_a_name_is_not_part_of_it() -> None:
    asked = ask("How much is Corvex paying ex-Halden Lines staff now working at Osko?")
    assert "Halden Lines" in asked.parties
    assert not any(name.startswith("ex") for name in asked.names)
    assert "Halden" in ask("Who leads the pro-Halden group at Corvex?").names


def test_a_business_abbreviation_beside_a_name_is_not_part_of_it() -> None:
    assert ask("Gazprom MoU - how much will Corvex invest?").names[:1] == ("Gazprom",)


def test_business_abbreviations_are_not_names() -> None:
    asked = ask("Which bank is financing the LBO of Corvex?")
    assert "LBO" not in asked.names and "Corvex" in asked.parties


@pytest.mark.parametrize(
    ("question", "listing"),
    [
        ("Which companies has Corvex formed joint ventures with?", True),
        ("List all the alliances you know about", True),
        ("What joint ventures has Halden announced?", True),
        ("Which company is Corvex's partner?", False),
        # "who" with a plural noun of partners asks for all of them
        ("Who are Corvex's partners in its ventures?", True),
        ("Who is Corvex's partner in the venture?", False),
        ("Who are the lead underwriters of the Halden offering?", False),
        ("When did Corvex and Halden sign their agreement?", False),
        # a hyphenated deal noun is the whole word ("tie-ups", not "ups")
        ("What tie-ups has Corvex struck with other firms?", True),
        # the partner of a verb of allying in the perfect: every partner up to now...
        ("Who has Corvex teamed up with?", True),
        ("With whom has Halden formed ventures?", True),
        # ...but in the past tense the partner of one event, and "who" as the subject or
        # as the object of another verb is no partner
        ("Who did Corvex team up with to build the plant?", False),
        ("Who has signed the agreement with Halden?", False),
        ("Who has Corvex agreed to buy?", False),
        # one partner picked out, a time before another, another verb's partner
        ("With whom has Corvex signed the latest agreement?", False),
        ("Who has Corvex most recently teamed up with?", False),
        ("Who had Corvex teamed up with before the merger?", False),
        ("Who has Corvex agreed to merge with?", False),
    ],
)
def test_questions_that_want_every_alliance(question: str, listing: bool) -> None:
    assert ask(question).listing is listing


def test_the_name_after_an_inverted_auxiliary_is_the_subject() -> None:
    # the small parser hangs "Osko Ltd" on "did" as its object; it is who acquires
    asked = ask("Which firm did Osko Ltd acquire last year?")
    assert ("acquire", "subj", "Osko Ltd") in asked.parts[0].arguments


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Who is Halden's CFO?", True),
        ("Whom did Halden name as chief executive?", True),  # the answer's own role
        # the named object's role: the answer takes it over, and the sentence saying so
        # ("Ms Gray is to be replaced by Lena Toft") need not name it again
        ("Who is replacing Anna Gray as Halden's chief executive?", False),
        ("Who will succeed Bo Lind as chief financial officer of Halden?", False),
        # a part asking something else keeps the role: the sentence dating it names it
        ("When did Halden appoint Bo Lind as chief executive?", True),
    ],
)
def test_the_officer_role_a_part_asks(question: str, *, asked: bool) -> None:
    assert bool(ask(question).parts[0].roles) is asked


def test_roles_and_joint_parties() -> None:
    assert ask("Who is Halden's CFO?").parts[0].roles
    together = ask("What will Corvex and Halden build together?")
    assert set(together.joint) == {"Corvex", "Halden"}
    assert ask("What did Corvex and Halden report?").joint == ()
    # names coordinated in a clause about something else are not the joint parties
    venture = ask(
        "Who is Corvex's partner in Halcor, the joint venture that won a contract "
        "to service Orbit and Vesta engines?"
    )
    assert venture.joint == ()


@pytest.mark.parametrize(
    ("question", "joint"),
    [
        ("How many shares did Corvex and Halden buy between Feb 24 and March 9?", False),
        ("What did Corvex and Halden earn between 1985 and 1987?", False),
        ("What was agreed between Corvex Corp and Halden Bank?", True),
        ("What stake do Corvex and Halden hold between them?", True),
        ("How was the venture split between the two companies, Corvex Corp and Halden Bank?", True),
    ],
)
def test_between_two_times_joins_no_one(question: str, *, joint: bool) -> None:
    assert bool(ask(question).joint) is joint


def test_each_alone_distributes_the_verb_unless_the_subjects_share_a_named_thing() -> None:
    apart = ask("Which firms were Corvex Corp, Halden Bank and Osko Ltd each trying to buy?")
    assert apart.joint == ()
    shared = ask("What stake do Corvex and Halden each hold in Osko Ltd?")
    assert set(shared.joint) == {"Corvex", "Halden"}


@pytest.mark.parametrize(
    ("question", "preposition"),
    [
        ("What level was Halden's stake in Corvex cut to?", "to"),
        ("Which bank did Corvex sell its Halden unit to?", "to"),
        ("How much of Halden does Corvex hang on to, and who gets the rest?", "to"),
        ("What stake does Corvex hold in Halden?", None),
    ],
)
def test_a_preposition_left_stranded_is_the_asked_words(
    question: str, preposition: str | None
) -> None:
    assert ask(question).parts[0].preposition == preposition


def test_the_preposition_the_asked_word_hangs_on() -> None:
    assert ask("Until when must Corvex keep its stake?").parts[0].preposition == "until"
    assert ask("At which plant will the trucks be built?").parts[0].preposition == "at"
    # after a fronted phrase the parser tags "until" a subordinator; it is the same word
    fronted = "Under its deal with Halden, until when must Corvex keep its stake?"
    assert ask(fronted).parts[0].preposition == "until"


def test_asked_relations_name_their_parties() -> None:
    part = ask("How much is Corvex paying for the Halden unit?").parts[0]
    assert ("pay", "subj", "Corvex") in part.arguments
    joint = ask("Where will Corvex and Halden build the plant?").parts[0]
    assert {name for _, role, name in joint.arguments if role == "subj"} == {"Corvex", "Halden"}
    # the parser reads "what price is Corvex paying" as "Corvex" modified by "paying"
    fronted = ask("What price is Corvex Products paying for the stake in Halden?").parts[0]
    assert ("pay", "subj", "Corvex Products") in fronted.arguments
    # two names ending in one word: each role has its own name
    shared = ask("How much is Corvex Publications paying for Halden Publications?").parts[0]
    assert ("pay", "for", "Halden Publications") in shared.arguments
    assert ("pay", "for", "Corvex Publications") not in shared.arguments


def test_the_counted_noun_is_the_one_the_quantifier_modifies() -> None:
    # a hyphenated name between "many" and the noun does not hide it
    (part,) = ask("How many Corvex-built engines will Halcor make next year?").parts
    assert part.kind is Kind.COUNT and part.focus == "engine"
    # nor does a gerund the parser reads as a verb ("hearing" of "hearing aid centers")
    (part,) = ask("How many hearing aid centers does Halcor run in Corvex stores?").parts
    assert part.kind is Kind.COUNT and part.focus == "center"
    assert part.qualified == (("store", "Corvex"),)
    # a place narrows by where, which a sentence may say otherwise ("the Miami banks")
    (part,) = ask("How many Florida banks is Halcor buying?").parts
    assert part.qualified == ()


def test_the_nationality_a_part_asks_its_answer_to_have() -> None:
    first, second = ask(
        "How much will Corvex invest, and which Swedish bank is advising Halden?"
    ).parts
    assert first.nationalities == () and second.nationalities == ("swedish",)
    # a nationality of something the question names is not asked of the answer
    (part,) = ask("What stake did Corvex buy in the Spanish property firm?").parts
    assert part.nationalities == ()
    # the country the asked noun is placed in is asked of the answer too...
    (part,) = ask("Which Corvex plant in Australia will build the engines?").parts
    assert part.nationalities == ("australia",)
    # ...but not the place of something a later clause names
    (part,) = ask("Which firm is equipping the Halden factory in Australia?").parts
    assert part.nationalities == ()


def test_a_clause_describing_a_name_is_context_not_what_is_asked() -> None:
    asked = ask(
        "Who is Corvex's partner in Nordhaven, the joint venture that won a contract to "
        "service Halden engines?"
    )
    part = asked.parts[0]
    assert part.kind is Kind.ORG and part.focus == "partner"
    assert part.predicate != "win"  # the describing clause's verb is not the asked one
    assert "contract" not in part.terms and "contract" in asked.context_terms
    # a question whose wh-word sits in such a clause still asks it
    assert ask("Besides Corvex, who else holds shares in Nordhaven?").parts[0].terms
    # a restrictive clause (no comma) narrows what is asked: its words stay the part's
    restricted = ask("Which company that makes turbines did Corvex buy?").parts[0]
    assert "turbin" in restricted.terms


def test_ones_stands_for_a_noun_said_before_and_has_no_words_of_its_own() -> None:
    (part,) = ask("corvex drugs under joint licensing w halden - which ones").parts
    # the topic's words answer for it: "ones" is none of its words, nor its focus
    assert "one" not in part.terms and part.focus is None
    assert "drug" in part.terms and "licens" in part.terms


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a phrasal verb of paying, said of a price
        ("What did the group lay out for its stake in Halden?", Kind.MONEY),
        ("What did Corvex hand over to Halden for its stake?", Kind.MONEY),
        # asked "how much", what it pays for need be no firm -- but a thing, not a purpose
        ("How much did Corvex lay out for the plant?", Kind.MONEY),
        ("How much did Corvex hand over for safekeeping?", Kind.AMOUNT),
        # a word with a particle is a verb, though tagged a noun
        ("What is Corvex handing over to Halden for its stake?", Kind.MONEY),
        # ... and in its other senses
        ("What plans did Corvex lay out for Halden?", Kind.THING),
        ("What did Corvex lay out at the meeting?", Kind.THING),
        ("What did Corvex put up for sale?", Kind.THING),
        # "for" a purpose, a beneficiary or a time is no price
        ("What did Osko hand over to Nordhaven for safekeeping?", Kind.THING),
        ("What did Corvex lay out for its shareholders?", Kind.THING),
        ("What did Corvex lay out for five years?", Kind.THING),
    ],
)
def test_a_phrasal_verb_of_paying_asks_money_only_for_a_price(question: str, kind: Kind) -> None:
    assert ask(question).parts[0].kind is kind


def test_a_first_part_naming_nobody_is_about_the_topics_names() -> None:
    (part,) = ask("the Halden Ltd purchase - how much?").parts
    assert part.names == ("Halden Ltd",) and "purchas" in part.terms
    # a part naming its own party keeps it
    (own,) = ask("the Halden Ltd purchase - how much did Corvex Inc pay?").parts
    assert own.names == ("Corvex Inc",)
    # a party asked for is one of the topic's names, not given
    (party,) = ask("the Corvex Inc/Halden Ltd deal - which company is paying?").parts
    assert party.names == ()


def test_a_total_and_a_rate_asked_together_are_two_parts() -> None:
    # the two amounts are often in two sentences ("for 10.1 mln dlrs" ... "20.10 dlrs for
    # each share")
    parts = ask("What is Corvex paying for Halden Savings, both in total and per share?").parts
    assert [p.kind for p in parts] == [Kind.MONEY, Kind.MONEY]
    assert parts[0].text.endswith("in total?") and parts[1].text.endswith("per share?")
    assert len(ask("What is Corvex paying for Halden per share?").parts) == 1
    # either order; a total per share is one ask
    parts = ask("What is Corvex paying for Halden Savings per share and in total?").parts
    assert [p.text for p in parts] == [
        "What is Corvex paying for Halden Savings in total?",
        "What is Corvex paying for Halden Savings per share?",
    ]
    assert len(ask("What is the total price per share Corvex is paying?").parts) == 1


def test_a_coordination_the_verb_takes_as_one_asks_for_one_name() -> None:
    # "savings and loan" is one kind of bank: the singular "has" says one is asked
    [part] = ask("Which savings and loan has agreed to acquire Corvex Financial?").parts
    assert part.kind is Kind.ORG and not part.several
    [part] = ask("Which banks and brokers have agreed to lend to Corvex Financial?").parts
    assert part.several
    # the singular verb agreeing with another subject says nothing of this one
    [part] = ask("Which banks and brokers is Corvex Financial using?").parts
    assert part.several


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        # a hyphenated deal noun is asked about as a whole...
        ("What tie-ups has Corvex struck with other firms?", "tie-up"),
        # ...one we do not know as a whole, by its head, as the articles' words are matched
        ("How many joint-ventures has Corvex formed with Halden?", "venture"),
    ],
)
def test_the_noun_asked_about_in_a_hyphenated_word(question: str, focus: str) -> None:
    assert ask(question).parts[0].focus == focus


def test_a_part_ends_before_the_words_joining_it_to_the_next() -> None:
    asked = ask("What stake did Corvex buy in Halden, and for how much?")
    assert [part.text for part in asked.parts] == [
        "What stake did Corvex buy in Halden",
        "for how much?",
    ]


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("Which three Halden Bancorp shareholders gave Corvex an option?", "shareholder"),
        ("Which Corvex cars was Halden negotiating to assemble at its plant?", "car"),
    ],
)
def test_a_name_inside_the_asked_noun_phrase_is_no_focus(question: str, focus: str) -> None:
    assert ask(question).parts[0].focus == focus


def test_names_listed_side_by_side_are_alternatives_names_in_roles_are_not() -> None:
    listed = ask("Which companies agreed to buy Tessik Tools, Osko and Pellow Paper?")
    assert set(listed.listed) == {"Tessik Tools", "Osko", "Pellow Paper"}
    assert ask("Which companies has Corvex bought from Halden Steel?").listed == ()


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        # each name owns one of the listed things
        ("Which banks lead-manage Corvex Finance's 100 mln dlr eurobond, Halden Corp's 50 mln "
         "yen bond and Tessik Tools' Swiss franc notes?",
         {"Corvex Finance", "Halden Corp", "Tessik Tools"}),
        # an owner that is a place (a government issuing a bond) is listed with the firms
        ("Who is lead manager of each of these issues: Corvex Finance's equity warrant "
         "eurobond, the Republic of Portugal's franc bond and Halden Corp's dollar bond?",
         {"Corvex Finance", "Republic of Portugal", "Halden Corp"}),
        # a thing with a verb of its own is no list item
        ("Which bank says Corvex Finance's bond rose and Halden Corp's fell?", set()),
    ],
)  # fmt: skip
def test_names_owning_listed_things_in_turn_are_alternatives(
    question: str, listed: set[str]
) -> None:
    assert set(ask(question).listed) == listed


def test_a_place_owning_a_thing_in_turn_with_firms_is_a_party() -> None:
    asked = ask(
        "Which banks lead-manage Corvex Finance's 100 mln dlr eurobond and the City of "
        "Quebec's 40 mln Canadian dlr eurobond?"
    )
    assert "City of Quebec" in asked.parties
    # a place owning something with no firm beside it stays where, not who
    assert ask("What is Japan's trade surplus with Corvex?").parties == ("Corvex",)


def test_a_numbers_scale_typed_in_lower_case_is_no_name() -> None:
    # the tagger takes "mln" after a number for a proper noun in a lower-case question
    asked = ask("corvex st 100 mln revolver/term loan - who is agent bank")
    assert "mln" not in asked.parties


def test_a_name_holds_no_verb_the_recogniser_ran_two_names_across() -> None:
    asked = ask("What stake in Halden Steel did Corvex acquire in its tender offer?")
    assert set(asked.parties) == {"Halden Steel", "Corvex"}


def test_a_name_asked_of_each_of_several_firms_apart_is_a_list() -> None:
    assert ask("What were Corvex Corp, Halden Inc and Osko Ltd each buying?").listing
    # an amount for each is read per party in one answer; firms sharing a thing act jointly
    assert not ask("How much did Corvex Corp and Halden Inc each pay?").listing
    assert not ask("What stake do Corvex and Halden each hold in Osko Ltd?").listing


def test_a_comma_the_recogniser_took_in_is_no_part_of_a_name() -> None:
    asked = ask("What stakes did New Generation Products, Bank of China and Snyder Oil each take?")
    assert "New Generation Products" in asked.parties


@pytest.mark.parametrize(
    ("question", "predicate"),
    [
        # a verb in a clause on a noun describes the noun; the part's verb is its own
        ("What will the airline created by merging Corvex with Halden be called?", "call"),
        (
            "How many Halden shares does the investor group headed by Corvex Industries hold?",
            "hold",
        ),
        ("Which company that makes turbines did Corvex buy?", "buy"),
        # "going to" marks the future: the verb after it is asked
        ("What is the Corvex printing venture going to print?", "print"),
        # a participle before a noun describes it too ("the Paris-based company")
        ("Which Paris-based company acquired Halden Inc?", "acquire"),
        ("Which state-owned oil firm did Corvex team up with?", "team"),
        # the sentence with the question, not one before it
        (
            "Corvex's chairman says he is a target of an SEC probe. When did the SEC "
            "order the investigation?",
            "order",
        ),
    ],
)
def test_the_asked_verb_is_the_questions_own(question: str, predicate: str) -> None:
    assert ask(question).parts[-1].predicate == predicate


def test_a_participle_before_a_noun_is_no_verb_of_the_question() -> None:
    assert ask("Which Tokyo-based firm is Corvex's partner?").parts[0].predicate is None


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("What business of his did Corvex buy?", True),
        ("Which Corvex brand's plant did Halden buy?", False),
        ("Whose business did Corvex buy?", False),
        ("What business did Corvex buy?", False),
    ],
)
def test_the_owner_of_the_asked_noun_may_be_given(question: str, given: bool) -> None:
    assert ask(question).parts[0].owner_given is given


def test_a_capital_opening_a_sentence_of_the_question_is_no_name() -> None:
    asked = ask("Corvex has tentatively agreed to sell its assets. Roughly what is the sale worth?")
    assert asked.names == ("Corvex",)


def test_a_wh_word_before_an_inverted_auxiliary_asks_though_parsed_as_relative() -> None:
    # the parser hangs "where did Orbis move" on "Orbis" as a relative clause; a relative
    # never inverts its subject and auxiliary, a question does
    asked = ask(
        "With Halden and Corvex tendering for Orbis, where did Orbis move its annual "
        "meeting to, and how many shares does Corvex hold?"
    )
    assert [(p.kind, p.predicate) for p in asked.parts] == [
        (Kind.PLACE, "move"),
        (Kind.COUNT, "hold"),
    ]


@pytest.mark.parametrize(
    ("question", "places"),
    [
        # a place modifying a common noun says where a party is from
        ("What did the largest US copper producer pay for Halden?", ("US",)),
        ("How much is the Chicago bank putting into Osko?", ("Chicago",)),
        # a place acting or owning is a party; a firm the NER takes for a place is none
        ("What is India's gas deal with Corvex worth?", ()),
        ("What stake does France hold in Corvex?", ()),
        ("What did the FedEx unit pay for Osko?", ()),
        # ... but a firm is not its country's property: "India's ONGC" is from India
        ("How much was India's ONGC ready to pay for the Osko stake?", ("India",)),
        ("What did Britain's Corvex pay for Osko?", ("Britain",)),
        # a place's government is a party; a place inside another name is not written
        ("How much did the US government pay for the stake?", ()),
        ("What did USAir's US unit pay for Corvex?", ("US",)),
        # a name written once as a place and once as a party is a party
        ("What did the Chicago bank pay to Chicago?", ()),
        # a people's adjective the NER tags so is one, listed or not
        ("What did the Cornish maker of pate fetch?", ("Cornish",)),
        # a place after a common noun's "in" or "from" says where it is; a government's
        # place is a party
        ("What levy does a guerrilla group in Colombia want imposed?", ("Colombia",)),
        ("What did a bank from Chicago pay for Osko?", ("Chicago",)),
        ("What did the government in Colombia pay for Osko?", ()),
    ],
)
def test_places_are_the_names_of_where_a_party_is_from(
    question: str, places: tuple[str, ...]
) -> None:
    assert ask(question).places == places


@pytest.mark.parametrize(
    ("question", "timing"),
    [
        ("How much must the student pay Osko after the Halden Court ruling?", ("Halden Court",)),
        ("What did Corvex earn before the Vetra merger?", ("Vetra",)),
        ("What did Corvex earn ahead of the Vetra merger?", ("Vetra",)),
        ("What did Corvex earn following the Vetra merger?", ("Vetra",)),
        # a clause under the preposition makes the name act again
        ("What did Corvex earn after Vetra agreed to pay the fee?", ()),
        # a name that is also written outside the phrase of time is a party
        ("What did Vetra pay Corvex after the Vetra merger?", ()),
        ("What did Corvex pay for the Vetra unit?", ()),
    ],
)
def test_a_name_only_in_a_phrase_of_time_dates_what_is_asked(
    question: str, timing: tuple[str, ...]
) -> None:
    assert ask(question).circumstantial == timing


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a noun whose main sense is a sum of money asks for an amount of money
        ("What annual salary will Lind receive from Corvex?", Kind.MONEY),
        ("What loan did Halden extend to Corvex?", Kind.MONEY),
        # nouns coordinated into one word of the lexicon ask for its kind: an institution
        ("Which savings and loan has agreed to acquire Corvex?", Kind.ORG),
        ("Which savings and loans have agreed to merge?", Kind.ORG),
        # a sum does not act: a fund that buys is a party
        ("Which fund bought a stake in Corvex?", Kind.ENTITY),
    ],
)
def test_a_noun_asks_for_the_kind_its_lexicon_entry_names(question: str, kind: Kind) -> None:
    assert ask(question).parts[0].kind is kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # "which" picks out things owned: which they are, not their size
        ("Which holdings has Corvex sold this year?", Kind.ENTITY),
        ("Which stake did Halden put up for sale?", Kind.ENTITY),
        # their size is asked by "what", and a measure is no thing owned
        ("What stake did Halden put up for sale?", Kind.PERCENT),
        ("Which percentage of Osko does Halden own?", Kind.PERCENT),
    ],
)
def test_which_of_things_owned_asks_what_they_are(question: str, kind: Kind) -> None:
    assert ask(question).parts[0].kind is kind


def test_the_noun_an_interrogative_determines_is_no_predicate() -> None:
    # "price" is also a verb of money; here it is what is asked, and "offer" the verb
    [part] = ask("What price did News Corp offer for Activision?").parts
    assert (part.kind, part.focus, part.predicate) == (Kind.MONEY, "price", "offer")


def test_a_compound_listed_as_a_ratio_asks_a_percentage() -> None:
    # "factor" tells no kind; "load factor" is a ratio; "radio station" stays a thing
    (part,) = ask("What February load factors did Corvex Air report?").parts
    assert part.kind is Kind.PERCENT
    # a thing, and the lexicon's looser measures, stay descriptions
    for question in (
        "Which radio stations did Corvex Inc buy?",
        "What accounting standards did Corvex Inc adopt?",
        "What radio frequency did Corvex Inc license?",
    ):
        (part,) = ask(question).parts
        assert part.kind not in (Kind.AMOUNT, Kind.PERCENT, Kind.MONEY), question


@pytest.mark.parametrize(
    ("question", "names"),
    [
        # a capital opening the question says nothing of a word of the language ...
        ("Roughly what did Halden Corp pay?", ("Halden Corp",)),
        ("Approximately what did Halden Corp pay?", ("Halden Corp",)),
        # ... but a word the language does not have can only be a name
        ("Corvex stake in Halden Corp now - percentage?", ("Halden Corp", "Corvex")),
    ],
)
def test_a_word_opening_the_question_is_a_name_only_if_no_word(
    question: str, names: tuple[str, ...]
) -> None:
    assert ask(question).names == names


@pytest.mark.parametrize(
    ("question", "parties"),
    [
        # a common word the tagger calls a proper noun, in a question that capitalises
        # names, is that word; a lone letter names nothing
        ("Which company bought the rights to market Corvex Labs' hepatitis B detection "
         "technology in Japan?", ("Corvex Labs",)),
        ("Whose 46 dlr takeover offer is Corvex resisting?", ("Corvex",)),
        # a question typed in lower case keeps its lower-case names
        ("what did IBM pay for rolm", ("IBM", "rolm")),
    ],
)  # fmt: skip
def test_lower_case_words_are_names_only_where_names_are_typed_so(
    question: str, parties: tuple[str, ...]
) -> None:
    assert ask(question).parties == parties


@pytest.mark.parametrize(
    ("question", "referent"),
    [
        ("What did Corvex pay for Halden Lines, and how many jobs is it cutting?", ("Corvex",)),
        # the firm the question is headed by, when "it" is the subject before
        (
            "Corvex: from whom is it buying Halden Lines, and which bank that it hired is "
            "advising it?",
            ("Corvex",),
        ),
        # "they" may stand for both
        (
            "What did Corvex pay Halden Lines, and when did they sign?",
            ("Corvex", "Halden Lines"),
        ),
        # "it" may be the firm the part before asks for
        (
            "Which company bought Halden Lines from Corvex, and what did it pay?",
            ("Halden Lines", "Corvex"),
        ),
    ],
)
def test_it_stands_for_one_party_before_it(question: str, referent: tuple[str, ...]) -> None:
    second = ask(question).parts[1]
    assert set(second.names) == set(referent)


def test_owners_listed_apart_from_every_party_are_not_listed_with_them() -> None:
    # the places own things in turn with each other, in another clause: another role
    asked = ask(
        "Which banks manage Corvex Finance's eurobond and Halden Corp's notes, and what rate "
        "do the City of Quebec's bond and the Republic of Portugal's notes pay?"
    )
    assert asked.listed == ("Corvex Finance", "Halden Corp")


def test_names_listed_side_by_side_with_a_party_are_parties() -> None:
    # conjuncts of one list are of one kind: the bands the NER reads as places are
    # parties like the singer listed with them
    asked = ask("Which record labels are Busted, Kasabian and Brian McFadden with?")
    assert set(asked.parties) == {"Busted", "Kasabian", "Brian McFadden"}


def test_places_listed_apart_from_the_parties_are_no_parties() -> None:
    asked = ask("Which firms have Corvex and Halden hired in Japan and Germany?")
    assert "Japan" not in asked.parties and "Germany" not in asked.parties
    assert "Halden" in asked.parties


@pytest.mark.parametrize(
    ("question", "place"),
    [
        # a place hung on a firm by a preposition, or set beside it, tells where the firm
        # is: a modifier, not a conjunct of the list
        ("Which bank did Halden Corp of Dallas and Corvex hire?", "Dallas"),
        ("What venture did Halden Corp of Dallas and Corvex Inc of Houston form?", "Dallas"),
        ("What did Corvex Steel Inc, Pittsburgh, and Halden Chemicals agree?", "Pittsburgh"),
    ],
)
def test_a_place_locating_a_listed_firm_is_no_party(question: str, place: str) -> None:
    asked = ask(question)
    assert place not in asked.parties and place not in asked.listed
    assert len(asked.parties) == 2


@pytest.mark.parametrize(
    ("question", "parties"),
    [
        # a name modifying a noun describes the firm beside it ("the Madrid company")
        ("Which bank did Simsa, the Madrid company, and Corvex hire?", {"Simsa", "Corvex"}),
        # a word inside a party's own name is no party of its own
        (
            "Which bank did Tianjin Smith Kline and Corvex hire in Tianjin?",
            {"Tianjin Smith Kline", "Corvex"},
        ),
        # a people's adjective describes the firm it stands before
        ("Which bank did the German firm Halden and Corvex Inc hire?", {"Halden", "Corvex Inc"}),
    ],
)
def test_words_describing_a_listed_party_are_no_parties(question: str, parties: set[str]) -> None:
    assert set(ask(question).parties) == parties


def test_a_nationality_before_a_listed_firm_is_no_party() -> None:
    # "German" compounded onto the proper noun after it says where the firm is from
    assert "German" not in ask("Which bank did German Halden and Corvex hire?").parties


def test_a_name_inside_a_longer_word_is_not_where_it_is_written() -> None:
    # "Corvex" is written after "Corvexia Trust's eurobond", not inside "Corvexia"
    asked = ask(
        "Which banks manage Corvexia Trust's 40 mln dlr eurobond and Corvex's notes and "
        "Halden Corp's bonds?"
    )
    assert set(asked.listed) == {"Corvexia Trust", "Corvex", "Halden Corp"}


def test_a_hyphen_inside_the_heading_name_does_not_end_the_heading() -> None:
    asked = ask(
        "Corvex-Halden Inc: from whom is it buying Tobin Lines, and which bank that it hired "
        "is advising it?"
    )
    assert asked.parts[1].names == ("Corvex-Halden Inc",)
