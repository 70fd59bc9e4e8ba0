"""A common noun compounded onto the asked noun narrows it ("bank debt"): an amount in a
sentence that never says it may be of any such noun (qualifiers.narrowing_nouns)."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import Part, understand
from retrieval.reading.kind_ties import QUALIFIER_PENALTY
from retrieval.reading.normalize import normalize_question
from retrieval.reading.qualifiers import noun_file
from retrieval.reading.spans import Candidate, candidates


def part_of(question: str) -> tuple[Part, tuple[str, ...], str]:
    text = normalize_question(question)
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    return asked.parts[0], asked.names, text


def tie_of(question: str, sentence: str, answer: str) -> float:
    part, names, text = part_of(question)
    doc = shared_pipeline().annotate([sentence])[0]
    found: list[Candidate] = candidates(doc, part, asked_names=names, question=text)
    return next(c.tie for c in found if c.text.startswith(answer))


def test_the_noun_compounded_onto_the_asked_one_narrows_it() -> None:
    assert part_of("How much bank debt will Corvex repay?")[0].narrowing == ("bank",)
    assert part_of("How many mortgage loans did Halden make?")[0].narrowing == ("mortgage",)


def test_a_doing_a_measure_or_a_name_narrows_nothing() -> None:
    # a sale is said by its verb ("sold for"); a dollar is the amount's own unit; "Osko"
    # is a name (qualified_nouns reads names)
    assert part_of("What sale price did Corvex get for Halden?")[0].narrowing == ()
    assert part_of("What is the dollar value of the Corvex contract?")[0].narrowing == ()
    assert part_of("How many Osko shares does Corvex hold?")[0].narrowing == ()
    # "base" is an adjective too: it says which of the prices, not a kind of thing
    assert part_of("What base price did Corvex ask?")[0].narrowing == ()


def test_a_sum_of_the_noun_at_large_is_tied_less_than_one_of_the_asked_kind() -> None:
    question = "How much bank debt will Corvex repay?"
    at_large = tie_of(question, "Moody's upgraded 600 mln dlrs of debt of Corvex.", "600")
    narrowed = tie_of(question, "Corvex will repay 90 mln dlrs of bank debt.", "90")
    # tied as an amount of a noun the sentence does not narrow: cut as a count is
    assert at_large <= QUALIFIER_PENALTY * narrowed


def test_the_narrowing_noun_may_be_said_apart_from_the_asked_one() -> None:
    # "debt to its banks" says which debt as "bank debt" does
    question = "How much bank debt will Corvex repay?"
    apart = tie_of(question, "Corvex will repay 90 mln dlrs of debt to its banks.", "90")
    together = tie_of(question, "Corvex will repay 90 mln dlrs of bank debt.", "90")
    assert apart == together


def test_a_sentence_not_naming_the_asked_noun_is_not_held_to_its_narrowing() -> None:
    # "at 20 dlrs each" may be the cash price said otherwise; only "debt" at large is
    # another debt
    question = "How much bank debt will Corvex repay?"
    other = tie_of(question, "Corvex will repay 90 mln dlrs to its lenders.", "90")
    together = tie_of(question, "Corvex will repay 90 mln dlrs of bank debt.", "90")
    assert other > QUALIFIER_PENALTY * together


def test_a_nouns_file_is_that_of_its_most_frequent_sense() -> None:
    assert noun_file("sale") == 4  # an act
    assert noun_file("pension") == 21  # a possession
    assert noun_file("reckon") is None  # no noun


def test_the_asked_noun_of_another_kind_is_cut_wherever_the_asked_word_falls() -> None:
    # "gas output", "gas wells": another kind of output or well, though the sentence says
    # "oil" elsewhere ("found oil in none"); "50 exploratory wells" may be the oil wells
    output = "How much oil output did Corvex report?"
    other = "Corvex said its oil reserves grew but gas output fell to 90,000 cubic feet."
    at_large = tie_of(output, "Corvex said output rose to 120,000 barrels a day.", "120,000")
    assert tie_of(output, other, "90,000") <= at_large
    wells = "How many oil wells did Corvex drill?"
    gas = tie_of(wells, "Corvex drilled 12 gas wells and found oil in none.", "12")
    assert gas < tie_of(wells, "Corvex drilled 50 exploratory wells.", "50")


def test_a_name_saying_the_narrowing_word_does_not_say_the_kind() -> None:
    # the bank here is the speaker, not the lender: the debt is debt at large
    question = "How much bank debt will Corvex repay?"
    named = "Chase Manhattan Bank said Corvex will repay 475 mln dlrs of debt."
    narrowed = tie_of(question, "Corvex will repay 90 mln dlrs of bank debt.", "90")
    assert tie_of(question, named, "475") <= QUALIFIER_PENALTY * narrowed


def test_a_noun_narrowed_some_other_way_is_not_judged() -> None:
    # "a minimum price" may be the floor price said otherwise
    question = "What floor price did OPEC set?"
    minimum = tie_of(question, "OPEC set a minimum price of 18 dlrs a barrel.", "18")
    floor = tie_of(question, "OPEC set a floor price of 18 dlrs a barrel.", "18")
    assert minimum == floor


def test_a_holder_compounded_onto_a_stake_is_no_kind_of_it() -> None:
    # "government stake" says whose the stake is; "the state" may be that holder
    question = "How large is the government stake in Halden?"
    assert part_of(question)[0].narrowing == ()
    state = tie_of(question, "The state holds a 30 pct stake in Halden.", "30")
    government = tie_of(question, "The government holds a 30 pct stake in Halden.", "30")
    assert state == government
    # a thing compounded onto a stake still narrows it
    assert part_of("How large is the oil stake of Corvex?")[0].narrowing == ("oil",)


def test_a_doing_compounded_onto_the_asked_noun_names_another_kind_too() -> None:
    # "development aid" is another kind of aid than "state aid", though a doing: it is
    # not held above the same sentence giving aid at large
    question = "How much state aid is Paris putting into its vineyards?"
    other = tie_of(question, "Morocco is likely to obtain 100 mln dlrs of development aid.", "100")
    at_large = tie_of(question, "Morocco is likely to obtain 100 mln dlrs of aid.", "100")
    assert other <= at_large


def test_the_narrowing_noun_in_the_asked_nouns_own_phrase_is_no_other_kind() -> None:
    # "term debt owed to banks" is bank debt, "field output of oil" oil output: the
    # narrowing word said in the asked noun's own phrase outweighs a compound on it
    debt = "How much bank debt will Corvex repay?"
    term = tie_of(debt, "Corvex will repay 475 mln dlrs of term debt owed to banks.", "475")
    plain = tie_of(debt, "Corvex will repay 475 mln dlrs of debt owed to banks.", "475")
    assert term == plain
    output = "How much oil output did Corvex report?"
    field = "Corvex said its field output of oil reached 120,000 barrels a day."
    daily = "Corvex said its daily output of oil reached 120,000 barrels a day."
    assert tie_of(output, field, "120,000") >= tie_of(output, daily, "120,000")
