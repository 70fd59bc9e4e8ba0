"""The rule extractor on prose it was not written from: each case is a fact of English deal
prose (a construction, a reference, a modality, a name, a date), in invented sentences."""

from __future__ import annotations

import hashlib
import logging

import pytest

from retrieval.models import Alliance, Article
from retrieval.registry.companies import CompanyDirectory
from retrieval.registry.extraction import RuleExtractor


def extract(
    text: str, *, date: str | None = "1987-06-19", title: str = "Company news"
) -> list[Alliance]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    article = Article(
        article_id=digest[:16], source="test.txt", title=title, text=text, date=date,
        content_hash=digest,
    )  # fmt: skip
    return RuleExtractor().extract(article).alliances


def pairs(alliances: list[Alliance]) -> set[frozenset[str]]:
    return {frozenset(a.party_names) for a in alliances}


# -- constructions ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active, with the subject inherited through "agreed to"
        ("Harlow Industries Inc said it agreed to acquire Benton Tool Corp.",
         {"Harlow Industries", "Benton Tool"}),
        # the purpose of what was agreed is agreed, its subject the agreeing party's
        ("Harlow Industries Inc agreed in principle to issue shares to Benton Tool Corp in "
         "order to acquire Benton Tool's Delta unit.", {"Harlow Industries", "Benton Tool"}),
        # passive with its agent
        ("Benton Tool Corp was acquired by Harlow Industries Inc last week.",
         {"Harlow Industries", "Benton Tool"}),
        # a nominal: "the purchase of X by Y"
        ("The purchase of Benton Tool Corp by Harlow Industries Inc was completed.",
         {"Harlow Industries", "Benton Tool"}),
        # a unit sold: buyer and seller are the parties
        ("Carver Mills Inc said it sold its Delta Yarn unit to Pryor Textiles Corp.",
         {"Carver Mills", "Pryor Textiles"}),
        # possessive unit of the seller
        ("Pryor Textiles Corp said it bought Carver Mills Inc's yarn division.",
         {"Carver Mills", "Pryor Textiles"}),
        # "merged X into Y": the subsidiary is its owner's
        ("Orwell Group said it merged its subsidiary Keel Inc into Marston Corp.",
         {"Orwell", "Marston"}),
        # coordinated prepositions share their object: "with and into" Marston
        ("Orwell Group said it completed the merger of its subsidiary with and into Marston "
         "Corp, a holding company.", {"Orwell", "Marston"}),
        # a preposition left open before "and" shares the object ending the coordination
        ("Keel Corp said its shareholders approved a plan to merge with and become a unit of "
         "Marston Industries Inc.", {"Keel", "Marston Industries"}),
        # ... the object of the coordinated phrase's own preposition, not one in a clause
        ("Keel Corp said it will merge with and be acquired by Marston Industries Inc for "
         "shares held by Brantor Group.", {"Keel", "Marston Industries"}),
        # ... the verb's own, not its object's ("its interest in Halden")
        ("Keel Corp agreed to merge with and transfer its interest in Halden AG to Marston "
         "Corp.", {"Keel", "Marston"}),
        # ... the verb's, not an adjective's aside between commas
        ("Keel Corp said it agreed to merge with and, subject to approval by Osko Bank, "
         "become a unit of Marston Corp.", {"Keel", "Marston"}),
        # "paid ... for"
        ("Quill Paper Co paid 20 mln dlrs for Nettle Press Inc.",
         {"Quill Paper", "Nettle Press"}),
        # a venture linking two companies, in apposition
        ("Engines come from Aerion Ltd, a joint venture linking Corvid Motors Inc and "
         "Talbot Engineering Plc.", {"Corvid Motors", "Talbot Engineering"}),
        # "between A and B"
        ("The alliance between Nexa Telecom Inc and Parallax Networks Corp will cover Asia.",
         {"Nexa Telecom", "Parallax Networks"}),
        # a relative clause: a past deal told in passing
        ("Ferris Aviation Corp, which bought Lanyard Jets Inc in 1985, reported higher profits.",
         {"Ferris Aviation", "Lanyard Jets"}),
        # its gap inside an infinitive: the noun described is what is to be bought
        ("Ferris Aviation Corp, which Lanyard Jets AG agreed last year to acquire, reported "
         "a loss.", {"Ferris Aviation", "Lanyard Jets"}),
        ("Ferris Aviation Corp, which Lanyard Jets Inc agreed to buy last month, reported a "
         "loss.", {"Ferris Aviation", "Lanyard Jets"}),
        # a stake bought from the company itself
        ("Dolan Chemicals Inc said it bought a 15 pct stake in Orrin Labs Inc from Orrin Labs.",
         {"Dolan Chemicals", "Orrin Labs"}),
        # a relation noun named by its apposition
        ("Harlow Industries Inc completed its takeover of its smaller rival Benton Tool Corp.",
         {"Harlow Industries", "Benton Tool"}),
        # a plural named by its apposition; a plan the parties agreed
        ("Dutch insurers Kessel Verzekeringen NV and Marlo Leven NV have agreed plans to "
         "merge.", {"Kessel Verzekeringen", "Marlo Leven"}),
        # goods sold under an agreement: a supply agreement
        ("Corwin Data Inc reached an agreement to sell its network boards to Halden "
         "Telecom Corp.", {"Corwin Data", "Halden Telecom"}),
        # "a partnership of A and B": the members, not the group it describes
        ("The group, a partnership of Harlow Industries Inc and Benton Tool Corp, went "
         "to court on Friday to block Zenith Corp.", {"Harlow Industries", "Benton Tool"}),
        # "its purchase from B of the business of C": B sold C; one pair, no second seller
        ("Harlow Inc signed a letter of intent covering its purchase from Benton "
         "International Corp of substantially all the business of Delta Tool Co.",
         {"Harlow", "Benton International"}),
        # "a contract to acquire X": the infinitive is what was agreed, not a purpose
        ("Harlow Industries Inc said it entered into a conditional contract to acquire "
         "Benton Tool Corp for 19 mln dlrs.", {"Harlow Industries", "Benton Tool"}),
        # the noun's "by" agent, hung by the parse on the active verb that governs it
        ("Benton Tool Corp said its board approved the acquisition of the company by "
         "Harlow Industries Inc.", {"Harlow Industries", "Benton Tool"}),
        # "a partnership to develop X with B": the partner of the purpose is the noun's
        ("Harlow Oil Plc has a partnership to develop the Baltic 5 field with state-owned "
         "Benton Petroleum.", {"Harlow Oil", "Benton Petroleum"}),
        # "X's acceptance of a bid from B" names both sides; who criticised it is neither
        ("Shareholder group Quorum Fund Inc has criticized Dome Petroleum Ltd's acceptance "
         "of a takeover bid from Amoco Corp.", {"Dome Petroleum", "Amoco"}),
        # a company's governing body acts for it
        ("Harlow Industries Inc said its shareholders approved the merger with Benton Tool "
         "Corp.", {"Harlow Industries", "Benton Tool"}),
        # a firm's name right after the noun saying its kind, however the parse hung it
        ("Benton Corp said an investor group led by the financial services firm E.M. "
         "Harlow Partners and Co Inc has agreed to acquire Benton's business.",
         {"E.M. Harlow Partners", "Benton"}),
        # agreeing that a firm will be set up is a deal
        ("Harlow Industries Inc and Benton Tool Corp agreed they would form a new company "
         "to make chips.", {"Harlow Industries", "Benton Tool"}),
        # who owns what one party agreed to supply for it is its partner
        ("Harlow Video Inc said it signed a long-term agreement to distribute Benton "
         "Studios Inc's home video cassettes.", {"Harlow Video", "Benton Studios"}),
        ("Harlow Soft GmbH has agreed to market Benton Computer Inc's software products to "
         "West German retailers.", {"Harlow Soft", "Benton Computer"}),
        # ... selling them too: another firm's goods sold are a resale deal with it
        ("Harlow Telephone Co agreed to sell Benton Data Inc's document transfer software.",
         {"Harlow Telephone", "Benton Data"}),
        # agreeing that one will do something for the other commits to it
        ("Harlow Motor Co and Benton Motor Corp agreed that Benton would build 100,000 cars "
         "a year for Harlow.", {"Harlow Motor", "Benton Motor"}),
        # ... and so does "is to" or the present tense
        ("Harlow Motor Co and Benton Motor Corp agreed that Benton is to build small cars "
         "for Harlow.", {"Harlow Motor", "Benton Motor"}),
        # the whole coordinated "of" phrase may be the subject of the verb after it
        ("The refining assets of Benton Oil Corp were acquired by Harlow Industries Inc.",
         {"Harlow Industries", "Benton Oil"}),
        # a report that records something is no hearsay
        ("The annual report showed that Harlow Industries Inc had acquired a 20 pct stake in "
         "Benton Tool Corp.", {"Harlow Industries", "Benton Tool"}),
        # the name after "and" that a finite verb follows is that clause's subject
        ("Harlow Industries Inc acquired the assets of Benton Tool Corp and Delta Drill Corp "
         "sued for damages.", {"Harlow Industries", "Benton Tool"}),
        # handing a business over is selling it
        ("Harlow Lines Inc reached an agreement in principle to transfer its Pacific service "
         "to Benton Shipping Inc.", {"Harlow Lines", "Benton Shipping"}),
        # the governing body in the singular: "its board", "the Benton Tool board"
        ("Harlow Industries Inc said its board and the Benton Tool Corp board approved a "
         "merger agreement.", {"Harlow Industries", "Benton Tool"}),
        # a relative clause that makes the agreement names its partner
        ("Harlow Industries Inc said results will be helped by an agreement it has signed "
         "with Benton Tool Corp.", {"Harlow Industries", "Benton Tool"}),
        # no buyer buys its own unit: "its" is the reporter's
        ("Harlow Industries Inc said Benton Tool Corp has agreed to buy its Delta Drill "
         "unit.", {"Harlow Industries", "Benton Tool"}),
        # ... and the other side's when the clause is an agreement with it
        ("Quist Corp said Benton Tool Corp agreed with Harlow Industries Inc to buy its "
         "Delta Drill Inc unit.", {"Harlow Industries", "Benton Tool"}),
        # a verb that doubles its last consonant ("snapped up")
        ("Harlow Industries Inc has snapped up Benton Tool Corp for 20 mln dlrs.",
         {"Harlow Industries", "Benton Tool"}),
        # a plural's names, which the parse may give the plural's own role
        ("Technology firms Norvo, Kellan, Brightway and Omsk Electric have set up an "
         "alliance to develop a common standard.",
         {"Norvo", "Kellan", "Brightway", "Omsk Electric"}),
        # "the merger of A and B", each described by a firm noun
        ("The merger of Swedish steel maker Norrvik and mining group Kallberg will go "
         "ahead, officials said.", {"Norrvik", "Kallberg"}),
        # a verb with no object before "or" shares the next verb's: "buy or lease X from Y"
        ("Harlow Industries Inc said it signed an agreement to buy or lease four cement "
         "terminals from Benton Tool Corp.", {"Harlow Industries", "Benton Tool"}),
        # shares bought from a named holder, "from" hung on the shares: a deal, no trade
        ("Harlow Industries Inc told the Securities and Exchange Commission it has bought "
         "1.2 mln Kestra Corp shares, or 9.9 pct of the total outstanding from Benton Tool "
         "Corp for 40 mln dlrs.", {"Harlow Industries", "Benton Tool"}),
        # with "with" giving the thing supplied, the purpose's object receives it, though
        # the parse hangs "with" on the verb that took the agreement
        ("Harlow Power Corp said it signed an agreement to provide <Benton Light and Power "
         "Co>, a private utility based in Dayton, Ohio, with all its electric power "
         "requirements.", {"Harlow Power", "Benton Light and Power"}),
        # an offering inside another phrase is no purpose of the sale
        ("Harlow Corp said it sold its Delta Yarn unit to Benton Inc in preparation for a "
         "public offering of its own shares.", {"Harlow", "Benton"}),
        # a heavy object moved after the price, which the parse makes the price's apposition
        ("Harlow Co said it acquired for 8.7 mln dlrs the principal assets of Benton Tool "
         "Inc.", {"Harlow", "Benton Tool"}),
        # a named affiliate (not wholly owned) is a company of its own: the rest of it bought
        ("Harlow Corp said it acquired the remaining 40 pct of its Ohio affiliate, Benton "
         "Plastics Co, previously held by a Dayton investor.", {"Harlow", "Benton Plastics"}),
        # a firm noun followed at once by a name is that name, wherever the parse hung it
        ("Harlow Industries Inc said it agreed to buy Stanwell Financial, the consumer loans "
         "unit of finance company <Stanwell Finance>, for 12 mln dlrs.",
         {"Harlow Industries", "Stanwell Finance"}),
        # a name right after the verb that the parse made a clause complement is its object
        ("Keel Insurance Services said it purchased Benton Administrators Inc in an effort to "
         "widen its group insurance line.", {"Keel Insurance Services", "Benton Administrators"}),
        # the side an agreement is made with is the other side of the sale in it, bought
        # (a business) or supplied (goods, services)
        ("Harlow Corp reached an agreement with Benton Co to sell its Los Angeles "
         "television station, WHJ-TV.", {"Harlow", "Benton"}),
        ("Osko Inc signed an agreement with Benton Corp to sell travel services.",
         {"Osko", "Benton"}),
        # ... whatever person the tagger takes a name with a legal form for
        ("Worldgroup Inc signed an agreement with Benton Corp to sell travel services.",
         {"Worldgroup", "Benton"}),
        # a deal noun compounded with a site the venture runs ("a joint venture factory")
        ("Harlow Corp and Benton Inc will build a joint venture factory in Ohio.",
         {"Harlow", "Benton"}),
        # a bracketed name after a common noun and a firm noun is a name, not a ticker
        ("Harlow Corp said its subsidiary <Keel SA> agreed to buy boot manufacturer <CFAS> "
         "from <Benton Inc>.", {"Keel", "Benton"}),
    ],
)  # fmt: skip
def test_parties_come_from_syntactic_roles(text: str, expected: set[str]) -> None:
    assert pairs(extract(text)) == {frozenset(expected)}


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Corp said it acquired the assets of Benton Tool Inc and Delta Drill Inc.",
        "Harlow Corp completed the purchase of the operations of Benton Tool Inc and Delta "
        "Drill Inc for 20 mln dlrs.",
        # the whole phrase the subject of the finite verb after the last name
        "The refining assets of Benton Tool Inc and Delta Drill Inc were acquired by Harlow Corp.",
        # a part of the things both own
        "Harlow Corp said it acquired the majority of the assets of Benton Tool Inc and Delta "
        "Drill Inc.",
        # the parser hangs the second name on "said" after the first name's place
        "Harlow Corp said it has acquired the assets and business of Benton Tool Inc of "
        "Salem, Ore., and Delta Drill Inc, of Springfield, Va., for undisclosed terms.",
    ],
)
def test_owning_distributes_over_a_coordinated_of(text: str) -> None:
    # "the assets of A and B": each sold its part; shares of A and B are stakes instead
    assert pairs(extract(text)) == {
        frozenset({"Harlow", "Benton Tool"}),
        frozenset({"Harlow", "Delta Drill"}),
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "30 pct of the voting rights of B", "of the warrants": a stake in B
        ("Harlow Corp bought 30 pct of the voting rights of Benton Tool Inc.", "investment"),
        ("Harlow Corp bought 15 pct of the warrants of Benton Tool Inc.", "investment"),
        # a part of what B owns is bought from B
        (
            "Harlow Corp bought a major portion of the loan portfolio of Benton Tool Inc.",
            "acquisition",
        ),
    ],
)
def test_a_part_of_shares_is_a_stake_and_a_part_of_goods_a_purchase(text: str, kind: str) -> None:
    [alliance] = extract(text)
    assert alliance.kind == kind


# -- references ------------------------------------------------------------------------------
def test_it_and_the_company_refer_to_the_article_s_subject() -> None:
    found = extract(
        "Harlow Industries Inc reported higher first quarter earnings. The company said it "
        "agreed to buy Benton Tool Corp for 12 mln dlrs."
    )
    assert pairs(found) == {frozenset({"Harlow Industries", "Benton Tool"})}


@pytest.mark.parametrize(
    "text",
    [
        "Harlow-Benton Bottling Co Consolidated said it has agreed to sell its Canadian "
        "bottling unit to Harlow-Benton Co for undisclosed terms.",
        "Vetra Inc said its shareholders approved a merger into Vetra Products Inc.",
    ],
)
def test_a_pronoun_the_sentence_binds_to_a_name_keeps_alike_names_apart(text: str) -> None:
    # "it"/"its" under "A said" is A; the other side's name, written in full, another firm
    # (a hyphenated name is one word: sharing it is no sign of one family)
    assert len(extract(text)) == 1


def test_a_bare_name_after_a_longer_one_shortens_it() -> None:
    text = "Harlow Industries Ltd said it has agreed to sell its bottling unit to Harlow."
    assert extract(text) == []


@pytest.mark.parametrize(
    "note",
    [
        # the participle set off by a comma describes the name before it
        "NOTE: 1987 results include a charge to restructure Benton Tool Inc, acquired in "
        "April 1987, and other recent acquisitions.",
        "Results include Benton Tool Inc, bought in March 1987.",
    ],
)
def test_a_capitals_headline_names_who_did_an_agentless_deal(note: str) -> None:
    found = extract(
        f"Shr 16 cts vs 34 cts. Net 4,255,000 vs 9,299,000. {note}",
        title="HARLOW INDUSTRIES INC <HRL> 3RD QTR NET",
    )
    assert pairs(found) == {frozenset({"Harlow Industries", "Benton Tool"})}


def test_the_headline_company_opening_a_sentence_is_a_name() -> None:
    text = (
        "Harlow nc said it signed a definitive agreement to sell its Railway Equipment Co "
        "subsidiary to Benton Industries Inc."
    )
    found = extract(text, title="HARLOW <HRL> TO SELL RAILWAY EQUIPMENT UNIT")
    assert pairs(found) == {frozenset({"Harlow", "Benton Industries"})}
    # without the headline's symbol the opening word stays unsure
    assert extract(text, title="Harlow to sell unit") == []


def test_a_sentence_dated_in_may_is_read_for_an_agentless_deal() -> None:
    found = extract(
        "Harlow Industries Inc said sales rose. The gain reflects the acquisition of Benton "
        "Tool Corp in May."
    )
    assert pairs(found) == {frozenset({"Harlow Industries", "Benton Tool"})}


def test_a_possessive_in_an_apposition_is_not_the_name_it_describes() -> None:
    found = extract(
        "Harlow Industries Inc said Benton Tool Corp, its 50-50 venture with Zenith Corp, "
        "will build a plant."
    )
    assert pairs(found) == {frozenset({"Harlow Industries", "Zenith"})}


def test_the_name_a_sentence_opens_with_is_what_a_later_description_means() -> None:
    found = extract(
        "Shares in Norvo, Kellan and Brightway rose on Monday. Norvo reported strong "
        "results. The software giant has teamed up with Kellan to develop music services."
    )
    assert pairs(found) == {frozenset({"Norvo", "Kellan"})}


def test_the_two_groups_are_the_pair_named_before() -> None:
    found = extract(
        "Nexa Telecom Inc and Parallax Networks Corp met in Tokyo this week. The two groups "
        "signed a joint venture agreement to build a fibre network."
    )
    [alliance] = found
    assert set(alliance.party_names) == {"Nexa Telecom", "Parallax Networks"}
    assert alliance.kind == "joint venture"


def test_the_two_companies_in_a_verb_s_phrase_are_its_subject_and_object() -> None:
    found = extract(
        "In a filing, Brantor Partners also claims Kestra Co has obtained control over "
        "Halden Corp, parent of Osko Airlines, by virtue of the May 12 deal between the two "
        "companies."
    )
    assert pairs(found) == {frozenset({"Kestra", "Halden"})}


def test_a_plural_inside_a_verb_s_own_subject_is_read_without_end(
    caplog: pytest.LogCaptureFixture,
) -> None:
    text = (
        "Japan's ruling and opposition parties agreed to reopen talks on the budget when "
        "the Budget Committee meets next Tuesday, an official said.\n"
        "He said officials of the ruling Liberal Democratic Party and the opposition parties "
        "agreed at a meeting of the committee's board of directors."
    )
    with caplog.at_level(logging.ERROR):
        extract(text)
    assert "extraction failed" not in caplog.text


def test_a_description_with_a_place_takes_the_company_of_that_place() -> None:
    found = extract(
        "Venezuela's state oil company, Petroleos de Venezuela, S.A., and Ruhr Oel GmbH of "
        "West Germany are partners in refining. Veba Oel AG said it agreed to sell a refinery "
        "stake to the Venezuelan company."
    )
    assert frozenset({"Veba Oel", "Petroleos de Venezuela"}) in pairs(found)


# -- modality and polarity -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Harlow Industries Inc said it is in talks to acquire Benton Tool Corp.",
        "Harlow Industries Inc said it could acquire Benton Tool Corp.",
        "Harlow Industries Inc intends to acquire Benton Tool Corp.",
        # a relative clause's gap in an infinitive keeps the clause's modality
        "Benton Tool Corp, which Harlow Industries Inc refused to acquire, reported a loss.",
        "Benton Tool Corp, which Harlow Industries Inc plans to buy, reported a loss.",
        "Harlow Industries Inc proposed a merger with Benton Tool Corp.",
        "Benton Tool Corp rejected a takeover bid from Harlow Industries Inc.",
        "Harlow Industries Inc said it terminated its agreement to acquire Benton Tool Corp.",
        "Harlow Industries Inc told the Securities and Exchange Commission it bought 6.2 pct "
        "of Benton Tool Corp's common stock on the open market.",
        "Harlow Industries Inc said it raised its stake in Benton Tool Corp to 9.8 pct.",
        "Harlow Industries Inc denied rumours that it would buy Benton Tool Corp.",
        # an inverted condition: what would have been
        "Harlow Industries Inc said its sales would have doubled had it bought Benton Tool Corp.",
        # goods sold without an agreement: an order
        "Halden Telecom Corp bought 400 network boards from Corwin Data Inc.",
        # a buyback (the parse may call "back" an adverb)
        "Harlow Industries Inc said it has agreed to buy back 2 mln shares from Benton Tool Corp.",
        # a deal not carried through
        "Harlow Industries Inc said it will not proceed with its acquisition of Benton Tool Corp.",
        "Harlow Industries Inc said the merger with Benton Tool Corp was not completed.",
        # shares bought to build a holding, from no one named
        "Harlow Industries Inc purchased additional shares of Benton Tool Corp for 40 dlrs, "
        "increasing its stake in Benton to 19.9 pct.",
        # bought by someone unnamed: "by a foreign bank" is no reference to the article's firm
        "Harlow Industries Inc said profits rose. It said the acquisition of Benton Tool Corp "
        "by a foreign bank was completed.",
        # a rumour's clause, however the parse hangs it
        "Harlow Industries Inc declined to comment on rumours the company would take a 10 pct "
        "stake in Benton Tool Corp.",
        "Harlow Industries Inc declined to comment on gossip the company would take a 10 pct "
        "stake in Benton Tool Corp.",
        # told by a report no one signs
        "A published report said Harlow Industries Inc and Zembla Inc jointly acquired a stake "
        "in Benton Tool Corp.",
        # agreeing that something is so shares a view; it makes no agreement
        "Harlow Industries Inc and Benton Tool Corp agreed they needed better coordination "
        "of their marketing within their agreed margins.",
        # handing over what is no business is no sale
        "Harlow Electric Co said it would transfer its listing to the New York Stock Exchange.",
        # a view about the market is no commitment, whatever its modal
        "Harlow Motor Co and Benton Motor Corp agreed that the yen would probably rise.",
        # money handed over is no business
        "Benton Tool Corp will transfer its pension fund assets to Harlow Investments Inc.",
        # a name opening a clause of its own is not the firm noun before it
        "Benton Tool Corp agreed to be acquired by a group led by the bank Harlow Manhattan "
        "Corp had financed.",
        # a report says it even as the antecedent of a relative pronoun, or as the source
        # of "according to"
        "Benton Tool Corp's stock rose sharply on the report, which said Harlow Industries "
        "Inc had joined with an investor to buy a stake in Benton Tool Corp.",
        "Benton Tool Corp shares rose. According to the report, Harlow Industries Inc agreed "
        "to buy Benton Tool Corp.",
        "Benton Tool Corp's shares rose on speculation, which held that Harlow Industries Inc "
        "had bought Benton Tool Corp.",
        # the content of hearsay, whatever verb it takes
        "Today, rumors circulated that Harlow Industries Inc was buying Benton Tool Corp.",
        # a sale forced on the owner is not agreed with it
        "Tax claims led to the enforced sale of Benton Tool Corp to Harlow Industries Inc.",
        # undone by an authority: a court, a regulator
        "Harlow Industries Inc said a state court overturned its acquisition of Benton Tool Corp.",
        "Regulators vetoed Harlow Industries Inc's acquisition of Benton Tool Corp.",
        "A court annulled the merger of Harlow Industries Inc and Benton Tool Corp.",
        # shares sold to a dealer to be placed with investors: financing
        "Harlow Mines Ltd said it agreed to sell 5,250,000 common shares for 24.9 mln dlrs to "
        "Benton Securities Ltd for private placements to European investors.",
        # the deal noun's own clause ends it, whatever the main verb says
        "Lawmakers cited the takeover of Benton Tool Corp by Harlow Industries Inc which was "
        "withdrawn.",
        "Analysts recalled the merger of Harlow Industries Inc and Benton Tool Corp, abandoned "
        "last year.",
        # a date before the deal noun only dates it: the clause ending the phrase ends it
        "Harlow Mines Ltd said its September 22, 1986 agreement with Benton Resources Ltd, "
        "for Benton to provide certain funding, has been terminated.",
        # ... where the parse makes it the object of "said", the subjectless clause after
        "Osko Mines Ltd said its September 22, 1986 agreement with Quill Resources Ltd, for "
        "Quill to provide certain funding, has been terminated.",
        # an agreement one side was unable to reach
        "Harlow Industries Inc said it was unable to reach agreement with Benton Tool Corp, "
        "which had considered buying Harlow.",
        # a deal noun compounded with another classifies it: lenders' "merger commitment"
        "Harlow Trust Co and Benton Credit Inc increased its tender offer commitment to 197 "
        "mln dlrs and its merger commitment to 275 mln dlrs.",
        "Harlow Industries Inc and Benton Tool Corp hired a merger specialist.",
        # goods a party owns sold under an agreement with another: a distribution deal
        "Osko Inc has an agreement with Benton Corp to sell its computers in Japan.",
        # ... but what its holders do or say of the deal ("merger negotiations") is theirs
        "Harlow Corp and Benton Inc said they agreed to withdraw from further merger "
        "negotiations. Benton said that since it signed a letter of intent to merge with "
        "Harlow in November, it has received support.",
        # shares bought on an exchange are bought in the market
        "Harlow Group Inc said its latest purchases of Benton Tool Inc stock included "
        "40,000 shares bought last week on the Pacific Stock Exchange.",
    ],
)
def test_talks_possibilities_proposals_ends_and_market_stakes_are_not_deals(text: str) -> None:
    assert extract(text) == []


def test_a_reporter_is_no_party_to_a_deal_in_a_clause_of_reason() -> None:
    found = extract(
        "Standard and Poor's Corp said it may downgrade Zembla Inc because a partnership "
        "affiliated with Harlow Industries Inc and Benton Tool Corp made a 2.2 billion dlr "
        "tender offer to acquire Zembla."
    )
    assert not any("Poor" in name for pair in pairs(found) for name in pair)
    # a deal naming one side, in a clause of time, is still the reporter's
    later = extract(
        "Harlow Industries Inc said it will close two plants after the acquisition of "
        "Benton Tool Corp is completed."
    )
    assert pairs(later) == {frozenset({"Harlow Industries", "Benton Tool"})}


@pytest.mark.parametrize(
    "text",
    [
        # an agreeing denied or hedged agrees nothing of its purpose
        "Harlow Industries Inc did not agree to issue shares to Benton Tool Corp in order to "
        "acquire Benton Tool's Delta unit.",
        "Harlow Industries Inc would agree to issue shares to Benton Tool Corp in order to "
        "acquire its Delta unit if the price fell.",
        # a purpose about another than the payee: a lender, a third firm
        "Harlow Industries Inc agreed to issue warrants to Osko Bank in order to acquire "
        "Benton Tool Corp.",
    ],
)
def test_only_a_stated_payment_to_the_seller_agrees_its_purpose(text: str) -> None:
    assert not any("Harlow Industries" in pair for pair in pairs(extract(text)))


def test_an_agreed_purpose_is_as_preliminary_as_its_agreement() -> None:
    text = (
        "Harlow Industries Inc agreed in principle to issue shares to Benton Tool Corp in "
        "order to acquire Benton Tool's Delta unit."
    )
    assert [a.kind for a in extract(text)] == ["memorandum of understanding"]


def test_agreeing_to_act_together_to_acquire_is_a_plan() -> None:
    # the purpose of an agreement between two bidders is no deal with the target
    text = (
        "Harlow Group said it had agreed to act in concert with Benton and Co, an affiliated "
        "firm, to acquire Corvex Products Inc."
    )
    assert frozenset({"Harlow", "Corvex Products"}) not in pairs(extract(text))


def test_an_agreement_in_principle_and_a_letter_of_intent_are_preliminary() -> None:
    [principle] = extract(
        "Harlow Industries Inc said it agreed in principle to acquire Benton Tool Corp."
    )
    [letter] = extract(
        "Carver Mills Inc signed a letter of intent to sell its yarn unit to Pryor Textiles Corp."
    )
    assert principle.kind == letter.kind == "memorandum of understanding"
    assert letter.label == "letter of intent"


def test_an_accepted_tender_offer_is_an_acquisition() -> None:
    [alliance] = extract(
        "Benton Tool Corp's board accepted the tender offer from Harlow Industries Inc."
    )
    assert set(alliance.party_names) == {"Benton Tool", "Harlow Industries"}
    assert alliance.kind == "acquisition"


def test_a_deal_ended_elsewhere_in_the_article_is_no_alliance() -> None:
    text = (
        "Harlow Industries Inc said it terminated its agreement to buy Benton Tool Corp. "
        "The sale of Benton Tool to Harlow Industries would have doubled its sales."
    )
    assert extract(text) == []


# -- names -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Harlow Industries Inc completed the acquisition of Benton Tool Corp, which ended a "
        "long dispute.",
        # a firm may be dissolved
        "Harlow Industries Inc completed the purchase of Benton Tool Corp, which was "
        "dissolved last year.",
        # a clause with its own subject is about the firm
        "Harlow Industries Inc completed the acquisition of Benton Tool Corp, which Corwin "
        "had rejected.",
    ],
)
def test_a_clause_ending_something_else_leaves_the_deal_standing(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Harlow Industries", "Benton Tool"})}


def test_names_of_unusual_shapes() -> None:
    found = pairs(
        extract(
            "AT and T Co said it formed a joint venture with Olivetti SpA.\n"
            "19 Entertainment Ltd was sold to CKX Inc.\n"
            "Petroleos de Venezuela, S.A. said it agreed to buy half of Veba Oel AG's refinery."
        )
    )
    assert frozenset({"AT and T", "Olivetti"}) in found
    assert frozenset({"19 Entertainment", "CKX"}) in found
    assert frozenset({"Petroleos de Venezuela", "Veba Oel"}) in found


def test_sites_bought_from_a_named_firm_are_an_acquisition() -> None:
    # a facility, a station, a refinery is where a business runs: no goods; "and
    # Associates" alone names no firm
    found = pairs(
        extract(
            "Harlow Corp said it acquired 28 long-term care facilities for 70 mln dlrs.\n"
            "It said the facilities were bought from Don Benton and Associates, of Salem, Ore."
        )
    )
    assert found == {frozenset({"Harlow", "Benton and Associates"})}


def test_branches_sold_to_a_named_firm_are_an_acquisition() -> None:
    # a branch is a part of an organization: the business changes hands, no goods
    found = extract(
        "Harlow Savings Bank said it has completed the previously announced sale of six "
        "Virginia branches to Benton Federal Savings and Loan Association."
    )
    assert pairs(found) == {frozenset({"Harlow Savings Bank", "Benton Federal Savings and Loan"})}


def test_goods_and_credit_are_still_no_acquisition() -> None:
    assert extract("Halden Telecom Corp bought 400 network boards from Corwin Data Inc.") == []
    assert extract("Harlow Corp acquired a revolving credit facility from Benton Bank Corp.") == []


def test_each_firm_supplied_with_a_thing_is_a_partner() -> None:
    found = pairs(
        extract(
            "Harlow Power Corp said it signed an agreement to provide Benton Light Co and "
            "Dayton Power Co, two private utilities, with all their power."
        )
    )
    assert found == {
        frozenset({"Harlow Power", "Benton Light"}),
        frozenset({"Harlow Power", "Dayton Power"}),
    }


def test_founders_listed_inside_brackets_are_one_firm() -> None:
    found = pairs(
        extract(
            "Harlow Industries Inc said it completed the acquisition of <Benton, Kragh and "
            "Moss Insurance Agency>, based in Dayton, Ohio."
        )
    )
    assert found == {frozenset({"Harlow Industries", "Benton, Kragh and Moss Insurance Agency"})}


def test_a_short_form_in_brackets_names_the_firm_only_when_it_spells_its_initials() -> None:
    found = pairs(
        extract(
            "Harlow Industries Inc sold its rail unit to Soo Line Railroad Co (SOO) in 1985.\n"
            "Benton Tool Corp sold its drill unit to Halden Steel Corp (HSC) in 1985."
        )
    )
    # a ticker is an alias of the full name; a defined initialism is the article's choice
    assert frozenset({"Harlow Industries", "Soo Line Railroad"}) in found
    assert frozenset({"Benton Tool", "HSC"}) in found


def test_a_town_between_a_firm_and_its_state_is_no_party() -> None:
    found = extract(
        "Harlow Venture Corp said it signed a letter of intent to merge with Benton "
        "Marketing Group Inc, Rockville Center, N.Y."
    )
    assert pairs(found) == {frozenset({"Harlow Venture", "Benton Marketing"})}


def test_a_hyphenated_participle_is_no_name() -> None:
    sentence = (
        "Greece took control of a Canadian-led consortium and a Swiss-backed venture "
        "under the U.S.-funded plan."
    )
    directory = CompanyDirectory()
    directory.learn(sentence)
    assert [m.name for m in directory.mentions(sentence)] == []


def test_a_known_name_written_in_lower_case_is_a_common_word() -> None:
    # "Trade" is learnt as a name ("the General Agreement on Tariff and Trade"), but
    # "trade" in lower case speaks of commerce; capitals of a headline still match
    directory = CompanyDirectory()
    directory.add("Trade", "Trade")
    directory.add("Pacific Holdings", "Pacific Holdings")
    mentions = directory.mentions("He backed our trade agreements with PACIFIC HOLDINGS.")
    assert [m.name for m in mentions] == ["Pacific Holdings"]


def test_founders_names_a_month_and_a_common_word_before_a_legal_form() -> None:
    found = pairs(
        extract(
            "Brill, Hatton and Lowe Inc said it agreed to buy Sable Press Inc.\n"
            "Ostrander Foods Inc is to buy rival May Grocery Stores Inc.\n"
            "Tern Rail Corp agreed to sell its freight division to Wisconsin Central Ltd."
        )
    )
    assert frozenset({"Brill, Hatton and Lowe", "Sable Press"}) in found
    assert frozenset({"Ostrander Foods", "May Grocery Stores"}) in found
    assert frozenset({"Tern Rail", "Wisconsin Central"}) in found


def test_a_company_and_its_own_unit_are_no_pair() -> None:
    found = extract(
        "Carver Mills Inc said it is selling its subsidiary Delta Yarn GmbH to Pryor "
        "Textiles Corp. For Pryor, the acquisition of Delta Yarn means new markets."
    )
    assert pairs(found) == {frozenset({"Carver Mills", "Pryor Textiles"})}


def test_a_list_of_three_companies_bought() -> None:
    found = extract(
        "Harlow Industries Inc said it has acquired Benton Tool Corp, Delta Drill Co and "
        "Zenith Corp for a total of 12 mln dlrs."
    )
    assert pairs(found) == {
        frozenset({"Harlow Industries", other})
        for other in ("Benton Tool", "Delta Drill", "Zenith")
    }


def test_an_aside_between_commas_does_not_break_a_coordination_of_names() -> None:
    text = (
        "<Harlow Inc> said it has acquired Benton Auto Glass Ltd, with five outlets, and "
        "Orwell Diesel Parts Ltd, of Halifax, Nova Scotia, for undisclosed terms."
    )
    assert pairs(extract(text)) == {
        frozenset({"Harlow", "Benton Auto Glass"}),
        frozenset({"Harlow", "Orwell Diesel Parts"}),
    }


def test_what_who_relates_is_a_person() -> None:
    found = extract(
        "Turner, who is opposition leader in Parliament, has criticized Dome Petroleum "
        "Ltd's acceptance of a takeover bid from Amoco Corp."
    )
    assert pairs(found) == {frozenset({"Dome Petroleum", "Amoco"})}
    assert (
        extract("Marston, who heads the investor group, said the group acquired Benton Tool Corp.")
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon said it had taken over Kestra Corp's management of the projects.",
        "The Kremlin sold its 40% stake in Norvo Oil to Rosneft for $2bn last year.",
        # "it" is bound by the subject of "said": the government licensed, not a firm
        "Harlow Industries Inc chief Ergin Tal spoke. The Turkish government said yesterday "
        "it had licensed the state-owned Kestra Petroleum Corp to explore for oil.",
    ],
)
def test_a_seat_of_government_is_the_government(text: str) -> None:
    assert extract(text) == []


def test_a_person_and_a_quarter_are_no_parties() -> None:
    found = extract(
        "Harlow Industries Inc chairman John Berry sold 50,000 shares to Benton Tool Corp. "
        "Results for the 4th qtr were higher, Harlow Industries Inc said."
    )
    assert found == []


# -- dates ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("last June", "1986-06"),
        ("on Friday", "1987-06-19"),  # the dateline is a Friday
        ("on Tuesday", "1987-06-16"),
        ("today", "1987-06-19"),
        ("in 1985", "1985"),
        ("on March six", "1987-03-06"),
        ("last month", "1987-05"),
        # a part of a day is that day
        ("this morning", "1987-06-19"),
        ("late last night", "1987-06-18"),
        ("tonight", "1987-06-19"),
    ],
)
def test_dates_are_resolved_against_the_dateline(phrase: str, value: str) -> None:
    [alliance] = extract(f"Harlow Industries Inc said it agreed {phrase} to buy Benton Tool Corp.")
    assert alliance.date is not None and alliance.date.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Benton Tool Corp said it is holding a special shareholders meeting today to vote on "
        "its merger with Harlow Industries Inc.",
        "Benton Tool Corp said it will hold a meeting tomorrow to vote on the merger agreement "
        "it signed with Harlow Industries Inc.",
    ],
)
def test_a_date_of_the_event_a_verb_s_object_names_is_not_the_deal_s(text: str) -> None:
    # the meeting is today; the merger was agreed before
    [alliance] = extract(text)
    assert alliance.date is None


def test_a_relative_date_without_a_dateline_stays_unknown() -> None:
    [alliance] = extract(
        "Harlow Industries Inc agreed on Friday to buy Benton Tool Corp.", date=None
    )
    assert alliance.date is None


def test_a_meeting_date_is_not_the_deal_s() -> None:
    [alliance] = extract(
        "Benton Tool Corp set July 14 as the date of a special meeting to vote on its "
        "proposed merger with Harlow Industries Inc."
    )
    assert alliance.date is None


def test_a_date_in_a_clause_about_another_event_is_not_the_deal_s() -> None:
    [alliance] = extract(
        "Sales of the division, which had been bought by Harlow Industries Inc from Benton "
        "Tool Corp, peaked in 1985."
    )
    assert alliance.date is None
    [alliance] = extract(
        "Harlow Industries Inc said it bought Benton Tool Corp. The acquisition follows "
        "the Harlow reorganisation announced last December."
    )
    assert alliance.date is None


def test_every_record_has_evidence_and_a_confidence() -> None:
    [alliance] = extract("Harlow Industries Inc said it agreed to acquire Benton Tool Corp.")
    assert alliance.evidence and alliance.kind_evidence in alliance.evidence
    assert alliance.confidence is not None and 0.5 <= alliance.confidence <= 1.0
    assert alliance.background is False


def test_agreeing_to_the_terms_of_a_deal_is_that_deal_not_another() -> None:
    found = extract(
        "Harlow Industries Inc and Benton Tool Corp said they agreed to terms for the sale "
        "of Delta Drill Inc to Benton."
    )
    # the sale, with the unit sold standing for its seller; no agreement of its own
    assert {a.kind for a in found} == {"acquisition"}
    assert all("Benton Tool" in a.party_names for a in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harlow Industries Inc, which is due to merge with Benton Tool Corp, said "
            "profits rose.",
            {frozenset({"Harlow Industries", "Benton Tool"})},
        ),
        (
            "Harlow Industries Inc and Benton Tool Corp are set to merge into a new entity.",
            {frozenset({"Harlow Industries", "Benton Tool"})},
        ),
        (
            "Harlow Industries Inc was forced to sell Benton Tool Corp to Delta Drill Co.",
            {frozenset({"Harlow Industries", "Delta Drill"})},
        ),
        # an adjective of mere possibility or leave says nothing of a deal agreed
        ("Harlow Industries Inc is free to buy Benton Tool Corp.", set()),
        ("Harlow Industries Inc is likely to buy Benton Tool Corp.", set()),
    ],
)
def test_a_fixed_or_compelled_infinitive_is_done_by_the_clause_s_subject(
    text: str, expected: set[frozenset[str]]
) -> None:
    assert pairs(extract(text)) == expected


_TENDER = (
    "Harlow Industries Inc said it has started a tender offer for all shares of Benton Tool "
    "Corp at 37 dlrs each. "
)


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        (
            "The Benton board has approved the offer, which is to be followed by a merger.",
            {frozenset({"Harlow Industries", "Benton Tool"})},
        ),
        (
            "The offer has been approved by Benton's board.",
            {frozenset({"Harlow Industries", "Benton Tool"})},
        ),
        ("Benton's board rejected the offer.", set()),
        ("Benton said its board will study the offer.", set()),
        # a possessed offer is its owner's, here another bidder's: not the one before
        (
            "Delta Drill Co said Benton's board approved its offer.",
            {frozenset({"Delta Drill", "Benton Tool"})},
        ),
    ],
)
def test_an_offer_the_article_later_says_was_taken_is_an_acquisition(
    later: str, expected: set[frozenset[str]]
) -> None:
    assert pairs(extract(_TENDER + later)) == expected


def test_a_name_after_an_and_the_parse_left_alone_is_the_conjunct() -> None:
    # the parse hangs "Benton Tool Corp." on the verb, leaving "and" without a conjunct
    found = extract("Zembla Inc is a joint venture of the Harlow group and Benton Tool Corp.")
    assert pairs(found) == {frozenset({"Harlow", "Benton Tool"})}


def test_a_denying_modifier_between_determiner_and_noun_denies_it() -> None:
    # the parse makes "proposed" a verb; it still modifies the merger
    found = extract(
        "A study said the proposed, but now apparently abandoned, merger of Harlow "
        "Industries Inc and Benton Tool Corp would be legal."
    )
    assert pairs(found) == set()


def test_a_stock_symbol_after_a_firm_noun_is_no_name() -> None:
    found = extract(
        "Zembla is a joint venture of the Harlow group <HRLW.PA> and Benton Tool Corp <BTC>."
    )
    assert pairs(found) == {frozenset({"Harlow", "Benton Tool"})}


def test_a_deal_after_a_preposition_of_time_is_not_what_an_agreement_records() -> None:
    found = extract(
        "Zembla Corp said its board has been restructured under the terms of the company's "
        "merger agreement with Harlow Industries plc following the British company's "
        "acquisition of 54 pct of Zembla's stock."
    )
    assert ({"Zembla", "Harlow Industries"}, "merger") in [
        (set(a.party_names), a.kind) for a in found
    ]


def test_an_and_the_parse_hung_on_the_name_after_it_is_read_without_looping() -> None:
    # "... of the U.S. And N.V. Halden ...": the "and" hangs on the last word of the name
    # after it; following it as a lost conjunct used to recurse until the stack ran out
    found = extract(
        "Corvex/Halden (CH), the joint venture between Corvex Telephone and Telegraph Co "
        "<CTT> of the U.S. And N.V. Halden Gloeilampenfabrieken <HALD.AS>, said the Spanish "
        "government had approved its setting up of a joint venture in Spain."
    )
    assert any("Corvex Telephone and Telegraph" in a.party_names for a in found)


def test_a_capitals_headline_names_the_firm_its_symbol_follows() -> None:
    # the headline opens with a clause; the symbol follows its own firm's name
    found = extract(
        "Harlow Co said Osko International N.V. shareholders approved the acquisition of "
        "the company by Harlow.",
        title="OSKO SHAREHOLDERS APPROVE HARLOW <HRL> BUYOUT",
    )
    assert pairs(found) == {frozenset({"Harlow", "Osko International"})}


def test_a_headline_firm_is_no_body_firm_sharing_its_last_word() -> None:
    found = extract(
        "The company said it agreed to sell its Osko unit to Host Tobin Inc.",
        title="GENERAL HOST <GH> SELLS UNIT",
    )
    assert pairs(found) == {frozenset({"Host Tobin", "General Host"})}


def test_a_participle_after_a_floated_quantifier_is_said_of_each_item_listed() -> None:
    alliances = extract(
        "Harlow Industries Inc said it expects higher 1987 earnings. It based these "
        "forecasts on the addition of Benton Tool Inc and Carver Mills Corp, both acquired "
        "last year."
    )
    assert pairs(alliances) == {
        frozenset({"Harlow Industries", "Benton Tool"}),
        frozenset({"Harlow Industries", "Carver Mills"}),
    }
    assert {a.date.value for a in alliances if a.date} == {"1986"}


def test_an_owners_units_listed_before_a_floated_participle_have_no_buyer_said() -> None:
    alliances = extract(
        "Harlow Industries Inc said its sales fell. It blamed price cuts at Osko Group Inc's "
        "Benton Tool Inc and Carver Mills Corp, both acquired last year."
    )
    assert not any("Harlow Industries" in a.party_names for a in alliances)


def test_a_business_handed_to_a_venture_is_the_ventures_not_a_sale() -> None:
    found = extract(
        "Harlow Oil Inc agreed to transfer its Delta refinery to a joint venture with Benton "
        "Petroleum Co."
    )
    assert [(a.kind, set(a.party_names)) for a in found] == [
        ("joint venture", {"Harlow Oil", "Benton Petroleum"})
    ]


def test_a_business_handed_to_a_venture_named_in_apposition_is_the_ventures() -> None:
    found = extract(
        "Harlow Oil Inc agreed to transfer its refining operations to Star Refining, a joint "
        "venture with Benton Petroleum Co."
    )
    assert "acquisition" not in {a.kind for a in found}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Korvel Corp said its computer unit signed an agreement under which Dellary Inc "
            "will market the new Korvel monitor.",
            {"Korvel", "Dellary"},
        ),
        (
            "Halden Corp said it signed an agreement under which <Tobin Systems>, a "
            "value-added reseller, will distribute its tape drives.",
            {"Halden", "Tobin Systems"},
        ),
    ],
)
def test_who_acts_under_an_agreement_is_a_party_to_it(text: str, pair: set[str]) -> None:
    assert pairs(extract(text)) == {frozenset(pair)}


@pytest.mark.parametrize(
    "text",
    [
        "Korvel Corp signed an agreement under which Citibank will lend it 100 mln dlrs.",
        "Korvel Corp signed an agreement under which Chemical Bank will provide a 200 mln dlr "
        "credit line.",
        "Korvel Corp signed an agreement under which Chemical Bank will provide a line of credit.",
        "Korvel Corp signed an agreement under which Merrill Lynch will underwrite a public "
        "offering.",
    ],
)
def test_who_lends_or_underwrites_under_an_agreement_is_no_partner(text: str) -> None:
    assert pairs(extract(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Emery offer tops the buyout agreement that Halden Corp reached with Benton Tool "
        "Corp on February 27.",
        "Corvex said its offer tops the agreement Halden Corp signed with Benton Tool Corp.",
    ],
)
def test_who_makes_an_agreement_in_a_relative_clause_is_its_party(text: str) -> None:
    # not the subject of the verb the agreement's phrase hangs on
    assert pairs(extract(text)) == {frozenset({"Halden", "Benton Tool"})}


def test_a_nationality_modifying_a_noun_is_no_party() -> None:
    # the buyers are investors, whose nationality the adjectives give
    text = (
        "Halden Corp said it agreed to sell its plastics business to a group of South "
        "African investors for undisclosed terms."
    )
    assert extract(text) == []


def test_a_name_with_a_middle_initial_after_a_trade_noun_is_a_person() -> None:
    # "publisher" may name a firm; "Lewis D. Whitehead" is a person's name
    text = (
        "Halden Corp said it agreed to sell its 49 pct interest in Sun Publishing Co Ltd to "
        "majority shareholder publisher Lewis D. Whitehead."
    )
    assert not any("Lewis D. Whitehead" in a.party_names for a in extract(text))


def test_a_firm_named_after_a_person_with_a_legal_form_is_a_firm() -> None:
    text = (
        "Kurt A. Becher GmbH and Co KG, a grain trader, said Halden Corp agreed to take it "
        "over. The trader Kurt A. Becher said the deal was effective June 1."
    )
    assert pairs(extract(text)) == {frozenset({"Kurt A. Becher", "Halden"})}


def test_goods_sold_under_a_letter_of_intent_make_a_deal_of_its_signers() -> None:
    # the letter of intent is an agreement, as "an agreement to sell" is
    text = (
        "Halden Corp said it signed a letter of intent to sell seven cable television "
        "systems, representing about 5,000 subscribers, to <Benton Cable>."
    )
    [alliance] = extract(text)
    assert set(alliance.party_names) == {"Halden", "Benton Cable"}
    assert alliance.kind == "memorandum of understanding"


def test_a_to_phrase_hung_on_agreed_after_a_long_object_is_the_infinitive_s() -> None:
    # the parse hangs "to <Benton ...>" on "agreed"; it is whom the business is sold to
    text = (
        "Corvex Co said it has agreed to sell its remaining South African business, Corvex "
        "Co Pty Ltd, to <Benton Mining and Industrial Corp> for undisclosed terms."
    )
    assert pairs(extract(text)) == {frozenset({"Corvex", "Benton Mining and Industrial"})}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # whom goods are agreed to be supplied to is the party, by "with" or by "to"
        (
            "Harlow Corp said Osko Inc, its main shareholder, has agreed to supply Harlow with "
            "scrap tires for fuel.",
            {frozenset({"Harlow", "Osko"})},
        ),
        (
            "Harlow Corp said it agreed to supply its software to Osko Inc.",
            {frozenset({"Harlow", "Osko"})},
        ),
        # a line of credit supplied is financing, however written
        (
            "Harlow Corp said it also agreed to supply a 70 mln dlrs line of credit to Osko Inc.",
            set(),
        ),
    ],
)
def test_agreeing_to_supply_goods_makes_their_recipient_a_party(
    text: str, found: set[frozenset[str]]
) -> None:
    assert pairs(extract(text)) == found


def test_a_name_opens_with_a_whole_number_only() -> None:
    # the tail of "2,455,000" before a name is no part of it
    text = "Varnell Corp said it sold 2,455,000 Benton Corp shares to Tobin Inc."
    found = {name for alliance in extract(text) for name in alliance.party_names}
    assert "Benton" in found
    assert not any(name[0].isdigit() for name in found)


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Industries Inc said it had agreed to buy Benton Tool Corp.",
        "Harlow Industries Inc said in a report to shareholders that it had bought Benton "
        "Tool Corp.",
        "According to its annual report, Harlow Industries Inc bought Benton Tool Corp.",
    ],
)
def test_a_firm_s_own_statement_or_report_is_no_hearsay(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Harlow Industries", "Benton Tool"})}
