"""A part of a several-part question whose sentence's answer the parse does not tie to the
asked act and what it is asked of is answered by a read sentence whose answer is
(`reading.parse_ties`), with hits standing in for retrieval and made-up articles."""

from __future__ import annotations

from typing import cast

from spacy.tokens import Doc

from retrieval.index.embeddings import build_embedder
from retrieval.models import Answer, SearchHit
from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import Part, understand
from retrieval.reading.evidence import ArticleEvidence, Sentence
from retrieval.reading.extractive import ExtractiveAnswerer
from retrieval.reading.found import Finding
from retrieval.reading.parse_ties import (
    acts_through_a_complement,
    asked_act,
    asked_things,
    is_tied,
)
from retrieval.reading.spans import Candidate
from retrieval.reading.tie_roles import restrictions
from retrieval.settings import load_settings
from tests.reading.test_party_search import hit

# the plant order's worth is the first sentence's figure; the asked share's, the second's
ORDER = (
    "Norvale AG said it and Tessin AG have won an order from the city of Lindau for a power "
    "plant which company sources said was worth about 600 mln marks.\n"
    "A Norvale statement said its share of the order alone was worth 250 mln marks.\n"
    "Norvale shares rose two marks on the news."
)
CHAIR = "Norvale chairman Otto Brenner said the company expects more orders from Bavaria."
QUESTION = (
    "Norvale: how much was its own share of the Lindau power plant order worth, and who is "
    "the chairman of Norvale?"
)


def ask(question: str, *hits: SearchHit) -> Answer:
    settings = load_settings()
    reader = ExtractiveAnswerer(
        embedder=build_embedder(settings.embedder), settings=settings.answer
    )
    return reader.answer(question, hits, idf=lambda term: 9.0 if "\x00" in term else 1.0)


def test_the_part_is_answered_by_the_figure_tied_to_its_act_and_thing() -> None:
    answer = ask(QUESTION, hit("order", ORDER), hit("chair", CHAIR))
    first = answer.text.splitlines()[0]
    assert "250 mln marks" in first and "Otto Brenner" in first, answer.text
    assert "600 mln" not in first, answer.text


def test_one_part_is_left_to_the_ranking() -> None:
    one = "Norvale: how much was its own share of the Lindau power plant order worth?"
    plain = ask(one, hit("order", ORDER))
    # the rule does not run on one part: the ranking's first sentence answers
    assert "600 mln marks" in plain.text.splitlines()[0], plain.text


def things(question: str) -> frozenset[str]:
    doc = shared_pipeline().annotate([question])[0]
    part = understand(question, parse=lambda text: shared_pipeline().annotate([text])[0]).parts[0]
    return asked_things(doc, part)


def test_the_things_an_act_is_asked_of_are_its_arguments_not_the_asked_phrase() -> None:
    assert things("Which bank led the Corvex bond issue?") == {"issue"}
    assert "share" in things("How much was its own share of the plant order worth?")


def test_a_noun_pointing_back_is_no_thing() -> None:
    # "that company": another part's answer, which a sentence names by its name
    assert things("Who chairs that company?") == frozenset()


# A read sentence tying a figure to the asked act and a synonym of the asked thing that
# another party owns ("whose part"), that a negation denies, or to a word of the thing that
# names a kind of another noun ("share price"), is no better answer.
PROBES = {
    "another's": "The order was shared with Tessin, whose part is worth 350 mln marks.",
    "another's by name": "A Tessin statement said Tessin's share of the order was worth 350 mln.",
    "denied": "Norvale said its share of the order was not worth 350 mln marks, as reported.",
    "another sense": "Norvale said its share price was worth 350 mln marks in the order book.",
}
FIRST = (
    "Norvale AG said it and Tessin AG have won an order from the city of Lindau for a power "
    "plant which company sources said was worth about 600 mln marks.\n"
)


def test_another_partys_thing_or_a_denied_act_does_not_answer() -> None:
    # a guard against a bad swap only: other reader checks keep these answers out even
    # with parse_ties stubbed out; the rule's own checks are tested on is_tied below
    for name, text in PROBES.items():
        answer = ask(QUESTION, hit("order", FIRST + text), hit("chair", CHAIR))
        assert "350 mln" not in answer.text.splitlines()[0], (name, answer.text)


def parsed(text: str) -> Doc:
    return shared_pipeline().annotate([text])[0]


def part_of(question: str) -> Part:
    return understand(question, parse=parsed).parts[0]


def test_a_copula_question_or_a_verb_framing_another_gives_no_act_to_tie_to() -> None:
    # "what is the price": the noun is asked, no act; "need approving": the act is the
    # complement's, which the part does not give as its verb
    assert asked_act(part_of("What is the strike price in the Corvex warrants?")) == frozenset()
    framed = "By when does the Corvex accord need approving?"
    assert acts_through_a_complement(parsed(framed), part_of(framed))
    plain = "How much was its share of the Corvex order worth?"
    assert not acts_through_a_complement(parsed(plain), part_of(plain))


def answer_at(part: Part, doc: Doc, text: str) -> Finding:
    start = next(t.i for t in doc if doc[t.i :].text.startswith(text))
    end = start + len(parsed(text))
    candidate = Candidate(text, start, end, 1.0)
    return Finding(part, cast("ArticleEvidence", None), cast("Sentence", None), (candidate,), 1.0)


def test_the_sayer_of_the_act_is_not_its_argument() -> None:
    part = part_of("Which bank did Corvex Corp sue over the loans, and why?")
    doc = parsed("The ministry said that Corvex Corp sued Halden Bank over the loans.")
    things = asked_things(parsed(part.text), part)
    assert is_tied(answer_at(part, doc, "Halden Bank"), doc, things)
    assert not is_tied(answer_at(part, doc, "The ministry"), doc, things)


def parts_of(question: str) -> list[str]:
    return [part.text for part in understand(question, parse=parsed).parts]


def test_a_wh_word_read_as_a_second_copula_complement_opens_a_part() -> None:
    # "which Halden subsidiary was lead manager": a copula has one complement, so the
    # wh-word the parse makes a second one determines the noun after it and asks
    question = (
        "Which Corvex unit was sued by the FTC, which Halden subsidiary was lead manager of "
        "the bond issue, and who resigned?"
    )
    assert len(parts_of(question)) == 3, parts_of(question)
    # a relative pronoun, the clause's one subject, opens no part
    relative = "Which bank advised Corvex, which was the lead manager of the bond issue?"
    assert len(parts_of(relative)) == 1, parts_of(relative)


def test_the_scene_gives_no_verb_to_the_part_after_it() -> None:
    question = (
        "Corvex is issuing new shares for its Lindau purchase, and Halden booked costs tied "
        "to the sale. About how many new shares is Corvex issuing?"
    )
    part = part_of(question)
    assert part.predicate == "issue", part
    # its things are the asked sentence's: not the scene's "purchase" or "cost"
    assert not asked_things(parsed(part.text), part) & {"cost", "purchase", "sale"}


RECORD = "Which customer placed the record orders announced by Corvex, and who chairs it?"


def test_a_restricted_thing_is_tied_only_where_the_restriction_is_said() -> None:
    part = part_of(RECORD)
    doc = parsed(RECORD)
    tokens = [t for t in doc if t.lemma_ == "order"]
    restricting = restrictions(tokens)
    assert {word for word, _ in restricting} == {"record"}
    things = asked_things(parsed(part.text), part)
    said = parsed("Halden placed a record order worth 300 mln dlrs with Corvex.")
    plain = parsed("Halden placed an order worth 100 mln dlrs with Corvex in May.")
    assert is_tied(answer_at(part, said, "Halden"), said, things, restricting)
    assert not is_tied(answer_at(part, plain, "Halden"), plain, things, restricting)
    # a noun restriction is said by its own word, not by a WordNet noun sense of it
    # ("bond" is also an alliance, which an alliance story says anyway)
    bond = part_of("Which bank led the Corvex bond issue, and who chairs it?")
    restricting = restrictions([t for t in parsed(bond.text) if t.lemma_ == "issue"])
    things = asked_things(parsed(bond.text), bond)
    other = parsed("Halden Bank led a Corvex share issue to fund its alliance with Rival.")
    assert not is_tied(answer_at(bond, other, "Halden Bank"), other, things, restricting)
    # "its own share": "own" repeats the possessor and restricts nothing
    assert restrictions([t for t in parsed("its own share") if t.lemma_ == "share"]) == set()


OFFER = "What is Corvex putting up per share to take over Halden, and what fee is it owed?"
# the same act by another party than the part's subject; by the party; by a noun that may be it
OFFERS = {
    "Rival Corp said it was prepared to offer 33 dlrs a share for Halden.": False,
    "An offer of 33 dlrs a share was made by Rival Corp for Halden.": False,
    "Corvex said it would offer 33 dlrs a share for Halden.": True,
    "The bidder said it was prepared to offer 33 dlrs a share for Halden.": True,
    "Rival Corp and Corvex offered 33 dlrs a share for Halden.": True,
    "Halden rejected Corvex's offer of 33 dlrs a share.": True,
    "The Texas-based waste disposal company said it was prepared to offer 33 dlrs a share.": False,
    "Corvex's board said it was prepared to offer 33 dlrs a share for Halden.": True,
    "The US chemicals giant Corvex has agreed to offer 33 dlrs a share for Halden.": True,
    # the doer read by act_roles: a relative pronoun's noun, a noun's "from" phrase; the
    # object of a verb controls its complement's doer ("urged X to offer")
    "Rival Corp, which offered 33 dlrs a share for Halden, said talks ended.": False,
    "Halden said it would accept an offer of 33 dlrs a share from Rival Corp.": False,
    "Corvex urged Rival Corp to offer 33 dlrs a share for Halden.": False,
    # a negated act is not the asked one
    "Corvex did not offer 33 dlrs a share for Halden.": False,
}


def test_a_party_the_part_names_in_the_acts_role_fills_it_in_the_sentence() -> None:
    part = part_of(OFFER)
    things = asked_things(parsed(part.text), part)
    for text, tied in OFFERS.items():
        doc = parsed(text)
        assert is_tied(answer_at(part, doc, "33 dlrs"), doc, things) is tied, text


BUY = "Which company bought the Corvex unit, and for how much?"
# the doer of an act its clause controls ("agreed to buy") or a relative clause says of it
# ("Halden, which bought") is the act's; a negated act is none
BUYS = {
    "Halden bought the Corvex unit for 30 mln dlrs.": True,
    "Halden agreed to buy the Corvex unit for 30 mln dlrs.": True,
    "Halden plans to buy the Corvex unit.": True,
    "Halden is expected to buy the Corvex unit.": True,
    "Halden, which bought the Corvex unit last year, said profits rose.": True,
    "Halden did not buy the Corvex unit, Rival did.": False,
    "The ministry said Halden would buy the Corvex unit.": True,
    # the object controls the complement ("urged Rival to buy"); the relative pronoun is
    # the object of its clause ("which Rival bought"): Halden is not the buyer
    "Halden urged Rival to buy the Corvex unit.": False,
    "Halden, which Rival bought last year, owns the Corvex unit.": False,
}


def test_a_controlled_or_relative_clause_act_is_its_doers() -> None:
    part = part_of(BUY)
    things = asked_things(parsed(part.text), part)
    for text, tied in BUYS.items():
        doc = parsed(text)
        assert is_tied(answer_at(part, doc, "Halden"), doc, things) is tied, text
    said = parsed("The ministry said Halden would buy the Corvex unit.")
    assert not is_tied(answer_at(part, said, "The ministry"), said, things)


def test_an_agreed_act_is_not_swapped_for_another_partys_earlier_one() -> None:
    article = (
        "Halden AG agreed to buy the Corvex unit for 30 mln dlrs, Corvex said.\n"
        "Rival Corp bought a Corvex unit in 1985 for 12 mln dlrs.\n"
        "Corvex shares rose one dlr on the news."
    )
    chair = "Corvex chairman Otto Brenner said the sale ends its losses."
    question = "Which company is buying the Corvex unit, and who is the chairman of Corvex?"
    answer = ask(question, hit("unit", article), hit("chair", chair))
    first = answer.text.splitlines()[0]
    assert "Halden AG" in first and "Rival Corp" not in first, answer.text
