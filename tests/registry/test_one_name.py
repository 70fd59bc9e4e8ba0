"""One article's names for one company made one (retrieval.registry.one_name)."""

from __future__ import annotations

from retrieval.registry.mentions import DealMention
from retrieval.registry.one_name import unified
from retrieval.registry.parties import PartyMention


def mention(position: int, *names: str) -> DealMention:
    parties = tuple(PartyMention(name, "partner", "name", strong=True) for name in names)
    return DealMention(
        parties, "acquisition", "acquisition", "deal", position, "", 0.8, None, False
    )


def names_of(mentions: list[DealMention]) -> list[set[str]]:
    return [{p.name for p in m.parties} for m in mentions]


def test_a_name_written_two_ways_becomes_the_way_the_article_writes_first() -> None:
    found = unified([mention(0, "Harlow", "Benton-Rivet"), mention(1, "Harlow", "Benton Rivet")])
    assert names_of(found) == [{"Harlow", "Benton-Rivet"}, {"Harlow", "Benton-Rivet"}]


def test_short_names_of_a_pair_told_in_full_are_that_pair() -> None:
    found = unified([mention(0, "Harlow-La Marche", "Zeb Benton"), mention(2, "Benton", "Marche")])
    assert names_of(found)[1] == {"Harlow-La Marche", "Zeb Benton"}
    # a short name that ends one full name, with no deal of the full names, stays apart
    apart = unified([mention(0, "Dow Corning", "Zeb Benton"), mention(2, "Corning", "Osko")])
    assert names_of(apart)[1] == {"Corning", "Osko"}


def test_a_country_before_a_name_the_article_also_writes_without_it_is_that_firm() -> None:
    found = unified([mention(0, "Harlow", "Osko"), mention(3, "US Harlow", "Osko")])
    assert names_of(found) == [{"Harlow", "Osko"}, {"Harlow", "Osko"}]
    # a country and a name the article never writes alone is a name of its own
    alone = unified([mention(0, "US Tobin", "Osko")])
    assert names_of(alone) == [{"US Tobin", "Osko"}]
