"""A party of a question asked of several that the first search leaves out is searched for
alone (`reading.party_search`), with a scripted search standing in for the real one."""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.models import Chunk, SearchHit
from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import AskedQuestion, understand
from retrieval.reading.evidence import ArticleEvidence, gather
from retrieval.reading.party_search import _without, with_each_party

CORVEX = "Corvex Bank said it stopped accruing interest on 230 mln dlrs of loans to Brazil."
HALDEN = "Halden Trust Corp said it put 53.2 mln dlrs of loans to Brazil on a cash basis."
OTHER = "Brazil's loans from U.S. banks may be put on non-accrual, bankers said."
QUESTION = "How much in loans to Brazil did Corvex Bank and Halden Trust each stop accruing?"


def hit(article_id: str, text: str) -> SearchHit:
    chunk = Chunk(
        chunk_id=article_id, article_id=article_id, source=f"news#{article_id}",
        title=article_id.upper(), position=0, text=text,
    )  # fmt: skip
    return SearchHit(chunk=chunk, score=1.0)


def articles(*hits: SearchHit) -> list[ArticleEvidence]:
    return gather(hits, None, articles=len(hits))


class ScriptedSearch:
    """Returns its hits for any query, and keeps the queries it was asked."""

    def __init__(self, hits: Sequence[SearchHit]) -> None:
        self.hits = list(hits)
        self.queries: list[str] = []

    def __call__(self, query: str) -> Sequence[SearchHit]:
        self.queries.append(query)
        return self.hits


def asked(question: str) -> AskedQuestion:
    return understand(question, parse=lambda text: shared_pipeline().annotate([text])[0])


def test_a_party_no_article_mentions_is_searched_for_without_the_others() -> None:
    search = ScriptedSearch([hit("o", OTHER), hit("h", HALDEN)])
    found = with_each_party(
        QUESTION, asked(QUESTION), articles(hit("c", CORVEX)), search=search, sentences_of=None
    )
    assert [a.article_id for a in found] == ["c", "h"]  # not the one mentioning neither
    assert [a.rank for a in found] == [0, 1]
    assert search.queries and "Corvex" not in search.queries[0]
    assert "Halden Trust" in search.queries[0]


def test_no_search_when_every_party_is_mentioned() -> None:
    search = ScriptedSearch([hit("h", HALDEN)])
    both = articles(hit("c", CORVEX), hit("h2", HALDEN))
    assert (
        with_each_party(QUESTION, asked(QUESTION), both, search=search, sentences_of=None) == both
    )
    assert search.queries == []


def test_when_no_article_names_a_party_the_pool_gives_those_naming_them_all() -> None:
    # the question's other words ranked articles about them first; the firm's own article
    # is further down the candidate pool
    question = "Where is Corvex Bank moving its head office?"
    moving = "Corvex Bank said it will relocate its headquarters to Glendale, Calif."
    office = "Vetra Ltd will sell its head office buildings in Sydney."
    search = ScriptedSearch([hit("v", office), hit("c", moving)])
    found = with_each_party(
        question, asked(question), articles(hit("v", office)), search=search, sentences_of=None
    )
    assert [a.article_id for a in found] == ["v", "c"]
    assert search.queries == [question]  # the whole question: its one name is kept
    # of a question naming two, only an article naming both
    search = ScriptedSearch([hit("h", HALDEN), hit("c", CORVEX)])
    neither = articles(hit("o", OTHER))
    assert (
        with_each_party(QUESTION, asked(QUESTION), neither, search=search, sentences_of=None)
        == neither
    )


def test_a_short_form_is_not_searched_for() -> None:
    # articles write the name in full; a short form no article matches is dropped instead
    question = "How much in loans to Brazil did Corvex Bank and BofA each stop accruing?"
    search = ScriptedSearch([hit("b", "BofA said it may stop accruing on Brazil loans.")])
    found = articles(hit("c", CORVEX))
    assert (
        with_each_party(question, asked(question), found, search=search, sentences_of=None) == found
    )
    assert search.queries == []


def test_the_other_parties_are_left_out_as_whole_names() -> None:
    text = "How much did Texaco and Texaco Canada each earn?"
    assert _without(text, ["Texaco Canada"], keep="Texaco") == "How much did Texaco and each earn?"
    # a name inside the one searched for stays
    assert _without(text, ["Texaco"], keep="Texaco Canada") == text
