"""Nationality adjectives against the ways newswire says where a company is from."""

from __future__ import annotations

import pytest

from retrieval.reading.nationality import demonym_of_a_place, listed_as, states_nationality


@pytest.mark.parametrize(
    ("demonym", "text", "says"),
    [
        ("japanese", "Kanto Yakuhin KK of Japan will market the drug.", True),
        # a place of several words is stated only as written
        ("south korea", "Halden will build the plant in South Korea.", True),
        ("south korea", "Halden will build the plant in South Africa.", False),
        ("japanese", "The Japanese drugmaker Kanto Yakuhin will market it.", True),
        ("chinese", "China's Huaxin Group took a stake.", True),
        ("german", "Halden, based in Germany, agreed.", True),
        ("spanish", "Carbonex of Spain may join the group.", True),
        ("british", "Ashcombe Ltd, a U.K. engineering firm, won the order.", True),
        ("french", "Dorval Labs SA, based in France, signed.", True),
        # another country, or a word that merely begins like one
        ("japanese", "Dorval Labs of France will market the drug.", False),
        ("french", "Freeport Minerals signed the accord.", False),
        ("australian", "Voest of Austria signed the accord.", False),
        ("spanish", "Corvex signed a supply accord with Halden.", False),
    ],
)
def test_states_nationality(demonym: str, text: str, says: bool) -> None:
    assert states_nationality(demonym, text) is says


@pytest.mark.parametrize(
    ("demonym", "name", "text", "listed"),
    [
        # the stock symbol after the name gives its home exchange: Tokyo, Frankfurt
        ("japanese", "Kanto Shoji Corp", "Corvex imports through Kanto Shoji Corp <KANS.T>.", True),
        ("german", "Halden AG", "Corvex will buy 10 pct of <Halden AG> <HALG.F>.", True),
        # another company's symbol, another exchange, or a U.S. one says nothing of it
        ("japanese", "Corvex Ltd", "Corvex Ltd buys from Kanto Shoji Corp <KANS.T>.", False),
        ("japanese", "Kanto Shoji Corp", "Kanto Shoji Corp <KANS.L> said so.", False),
        ("american", "Corvex Inc", "Corvex Inc <CVX.N> said so.", False),
    ],
)
def test_a_stock_symbol_gives_the_home_exchange(
    demonym: str, name: str, text: str, listed: bool
) -> None:
    assert listed_as(demonym, name, text) is listed


@pytest.mark.parametrize(
    ("word", "demonym"),
    [
        ("israeli", True),
        ("lebanese", True),
        ("kuwaiti", True),
        ("swedes", True),
        ("canadians", True),
        ("thai", True),
        # names ending the way demonyms end, made from no place
        ("tiscali", False),
        ("celanese", False),
        ("edelman", False),
        ("mitsubishi", False),
        ("bilzerian", False),
        # a name opening with a place's name
        ("southam", False),
        ("westinghouse", False),
    ],
)
def test_a_demonym_is_made_from_a_place_name(word: str, demonym: bool) -> None:
    assert demonym_of_a_place(word) is demonym
