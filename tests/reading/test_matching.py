"""A question's name found in an article however the article spells it."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.reading.asked_match import is_asked_name, names_the_place
from retrieval.reading.matching import ArticleNames
from retrieval.reading.name_slips import name_words

ARTICLE = (
    "Nordhaven Industrial Holdings Co <NIH> said its unit Hewlett Packard Optics and "
    "Contemporary Marine Technology Ltd (CMT) formed a venture with the U.K. arm of "
    "Great Lakes First Savings Bank. Halden-Corvex talks continue; Corvex said nothing. "
    "Would the venture pay? Analysts said it would."
)


@pytest.mark.parametrize(
    "name",
    [
        "Nordhaven Industrial Holdings",  # legal form dropped
        "NIH",  # its ticker
        "CMT",  # a bracketed short form
        "HP",  # the initials of a name it writes out ("Hewlett Packard")
        "UK",  # "U.K."
        "Great Lakes First Savings Bank",
        "Great Lakes",  # the first two words of a long name
        "Corvex",
        "Nordhavn",  # one slip in a long word
        "Nordhaven Great Lakes",  # two of its names typed side by side
        "Halden-Corvex",  # two names joined
        "Corvex and Nordhaven Industrial Holdings",  # two firms the NER took for one
        "nordhaven indl",  # a word typed cut short ("indl"), the others whole
        "gt lakes first",  # "gt" for "Great"
        "industrial hldgs",  # a legal form cut short too
        "GreatLakes",  # a name's words written as one compound word
        "NordInd",  # a compound of its words' beginnings ("NatWest", "StanChart")
    ],
)
def test_names_the_article_mentions(name: str) -> None:
    assert ArticleNames(ARTICLE).mentions(name), name


@pytest.mark.parametrize(
    "name",
    [
        "First Lakes Bank",  # its words are there, but not as a name
        "Halden Steel",  # "Halden" alone is another name
        "Sony",
        "DLJ",  # not a short form of anything here
        "Nordhaven Lakes",  # "Lakes" opens none of its names
        "Corvex and Sony",  # one of the two is not here
        "gt lks",  # every word cut short: no word to anchor it
        "nordhaven ltd marine",  # "ltd" opens no word it could be short for here
        "NordSteel",  # a compound whose second piece begins no word of that name
        "FirstLakes",  # pieces of one name, out of their order
        "Gould",  # one slip from "would", a common word, not from a name's word
    ],
)
def test_names_it_does_not_mention(name: str) -> None:
    assert not ArticleNames(ARTICLE).mentions(name), name


def test_an_ordinal_opening_a_sentence_is_no_name_beside_another() -> None:
    article = "First, rates will rise. National Bank of Osko bought 49% of Halden Bank."
    assert ArticleNames(article).mentions("National Bank of Osko")
    assert not ArticleNames(article).mentions("First National Bank Corp")


def test_a_middle_initial_may_be_written_or_left_out() -> None:
    assert ArticleNames("its founder Mara J. Vellin said").mentions("Mara Vellin")
    assert ArticleNames("its founder Mara Vellin said").mentions("Mara J. Vellin")
    assert not ArticleNames("its founder Mara J. Vellin said").mentions("Mara Olsen")


def test_within_a_sentence_a_name_may_be_cut_to_one_word() -> None:
    sentence = ArticleNames("Trump and Interstate, which own 40 pct, said ...")
    assert not sentence.mentions("Donald Trump")
    assert sentence.mentions("Donald Trump", loose=True)
    assert sentence.mentions("Interstate Properties", loose=True)


class PairEmbedder:
    """Embeds known names to fixed directions: "Coke" and "Coca-Cola" share one."""

    def embed_matrix(self, texts: list[str]) -> np.ndarray:
        def vector(text: str) -> list[float]:
            return [1.0, 0.0] if text.startswith("Co") else [0.0, 1.0]

        return np.array([vector(t) for t in texts], dtype=np.float32)


def test_a_nickname_through_the_embedding_model() -> None:
    article = ArticleNames("Coca-Cola Co said it formed a film venture.", embedder=PairEmbedder())
    assert article.mentions("Coke")
    assert not ArticleNames("Coca-Cola Co said it formed a film venture.").mentions("Coke")


def test_a_name_another_article_spells_is_no_nickname_here() -> None:
    # "Corvex" is spelled in its own article: an article on "Coravel", alike in the
    # embedding, is about another firm; a name no article spells may still be a nickname
    text = "Coravel Co said it formed a film venture."
    assert ArticleNames(text, embedder=PairEmbedder()).mentions("Corvex")
    spelled = ArticleNames(text, embedder=PairEmbedder(), spelled_elsewhere=frozenset({"Corvex"}))
    assert not spelled.mentions("Corvex")
    assert spelled.mentions("Coke")
    assert ArticleNames("Corvex Inc said ...", spelled_elsewhere=frozenset({"Corvex"})).mentions(
        "Corvex"
    )


def test_the_full_name_an_article_gives_for_an_asked_short_form() -> None:
    names = ArticleNames(
        "Varco Inc sold its interest in Sociedad Iberica de Halden, S.A. (Sihsa), "
        "a seed processor. Varco Corp <VRC> said it agreed."
    )
    assert names.written_out(("Sihsa",)) == ("Sociedad Iberica de Halden, S.A.",)
    assert names.written_out(("Varco",)) == ()
    # a person in apposition before the firm is not the firm
    names = ArticleNames("It said Robert Halden, Reliance Varco Holdings Inc <RVH> designee, quit.")
    assert names.written_out(("RVH",)) == ("Reliance Varco Holdings Inc",)


def test_an_asked_initialism_is_the_firm_the_article_writes_out() -> None:
    # the article never defines "NCS", but writes the name it abbreviates: that firm is
    # the asked one, and so is its own short form later ("National Computer said")
    names = ArticleNames(
        "National Computer Systems Inc said it agreed to buy Deluxe's stake. "
        "National Computer said it plans to issue debentures."
    )
    assert names.written_out(("NCS", "Deluxe")) == ("National Computer Systems Inc",)
    assert names.written_out(("Deluxe",)) == ()
    assert names.written_out(("NCR",)) == ()


def test_a_person_asked_is_the_same_under_a_title_and_surname() -> None:
    assert is_asked_name("Ms Mohd-Saaid", ["Ainum Mohd-Saaid"])
    assert is_asked_name("Mr Lind", ["Bo Lind"])
    assert not is_asked_name("Lillian Tan", ["Ainum Mohd-Saaid"])
    assert not is_asked_name("Ms Tan", ["Ainum Mohd-Saaid"])
    assert is_asked_name("Ainum Mohd-Saaid", ["Ms Mohd-Saaid"])  # either side


def test_an_asked_place_is_named_by_its_short_form_too() -> None:
    assert names_the_place("U.S.", ["United States"])
    assert names_the_place("Manitoba", ["northern Manitoba"])
    assert not names_the_place("Torrance, California", ["United States"])
    assert not names_the_place("UBS", ["United States"])


def test_a_name_of_partners_may_be_typed_without_its_and() -> None:
    article = "Morgan, Halden, Kennedy and Gardner Inc said it named a new president."
    assert ArticleNames(article).mentions("Kennedy Gardner")
    assert ArticleNames(article).mentions("morgan halden kennedy gardner")
    assert not ArticleNames(article).mentions("Halden Gardner")  # words not side by side


def test_places_or_common_words_joined_by_and_are_no_name() -> None:
    article = "Corvex Corp agreed to buy two plants in Chicago and Milwaukee from Halden Inc."
    assert not ArticleNames(article).mentions("Chicago Milwaukee Corp")
    article = "Corvex Corp is active in Houston and natural gas."
    assert not ArticleNames(article).mentions("Houston Natural Gas Corp")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name of common words, also written in lower case, opening a sentence but
        # running on into another capitalised word (review_third, problem 4)
        (
            "Continental Airlines said it will buy Eastern. The continental market grew.",
            "Continentl",
        ),
        (
            "Continental Airlines said it will buy Eastern. The continental market grew.",
            "Contnental",
        ),
        # written capitalised mid-sentence
        ("Shares of Unilever rose. Traders bought unilever shares.", "Unilevr"),
        ("Texas Air said it will buy Eastern. The eastern route grew.", "Eastrn"),
        # a coined name opening its sentence alone, as firms' names often do
        ("Halvexo said it will buy a plant. The plant makes valves.", "Halvexa"),
    ],
)
def test_a_slip_in_a_name_made_of_a_common_word(text: str, name: str) -> None:
    assert ArticleNames(text).mentions(name)


def test_a_common_word_opening_a_sentence_is_no_name_word() -> None:
    text = "Would the venture pay? Analysts said it would.\nUnder the deal, Gould Inc pays."
    assert name_words(text) == frozenset({"gould", "inc"})
    assert name_words("Halvexo said it would. Shares rose.") == frozenset({"halvexo"})


def test_an_inflected_common_word_opening_a_sentence_is_no_name_word() -> None:
    # WordNet lists base forms: the inflection and the genitive are taken off first.
    text = (
        "Citing costs, Halvexo quit. Companies' profits fell. Chairmen met.\n"
        "Company's shares rose. Studies followed."
    )
    assert name_words(text) == frozenset({"halvexo"})
