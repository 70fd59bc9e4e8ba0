"""Articles about each party of a question asked of several ("How much did Royal Bank of
Canada and Northern Trust each stop accruing?"): one search for the whole question ranks
the articles that name the most-written party, and may leave another party with none. Each
party no retrieved article mentions is searched for alone -- the question with the other
parties' names left out -- so that a question distributed over its parties
(`distributive.py`) has an article for each; a party still unmentioned is refused as before.
When no retrieved article names any party, the question's other words outranked its names:
the best articles of the whole candidate pool naming them all are read too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from retrieval.models import SearchHit
from retrieval.reading.asking import AskedQuestion
from retrieval.reading.eligibility import short_form
from retrieval.reading.evidence import ArticleEvidence, SentenceSource, gather

# A search returning the whole candidate pool: the party's articles may rank below the first
# few, behind those about the question's other words.
Search = Callable[[str], Sequence[SearchHit]]
# Articles added for one party: its best few, as a question about it alone would get.
PER_PARTY = 2


def with_each_party(
    text: str,
    question: AskedQuestion,
    articles: list[ArticleEvidence],
    *,
    search: Search,
    sentences_of: SentenceSource | None,
) -> list[ArticleEvidence]:
    """`articles`, then for each party none of them mentions (when another party is
    mentioned), the best articles that mention it found by a search without the others.
    Not for a short form ("BofA", "DLJ"): articles write the name in full, and a short form
    no article matches is dropped from the question (`eligibility.known_parties`)."""
    parties = (*question.parties, *question.guessed)
    absent = [
        n for n in parties if not short_form(n) and not any(a.names.mentions(n) for a in articles)
    ]
    if not absent:
        return articles
    if len(absent) == len(parties):
        return _naming_all(text, parties, articles, search=search, sentences_of=sentences_of)
    found = list(articles)
    for name in absent:
        query = _without(text, [other for other in parties if other != name], keep=name)
        seen = {a.article_id for a in found}
        hits = [h for h in search(query) if h.chunk.article_id not in seen]
        more = [a for a in gather(hits, sentences_of, articles=len(hits)) if a.names.mentions(name)]
        found = appended(found, more[:PER_PARTY])
    return found


def _naming_all(
    text: str,
    parties: Sequence[str],
    articles: list[ArticleEvidence],
    *,
    search: Search,
    sentences_of: SentenceSource | None,
) -> list[ArticleEvidence]:
    """`articles`, then the best few of the whole candidate pool that mention every party,
    when none of `articles` mentions any: the question's other words ("head office",
    "moving") may rank articles about them above the one about the firm asked, whose
    name is the question's surest clue."""
    seen = {a.article_id for a in articles}
    hits = [h for h in search(text) if h.chunk.article_id not in seen]
    more = [
        a
        for a in gather(hits, sentences_of, articles=len(hits))
        if all(a.names.mentions(name) for name in parties)
    ]
    return appended(articles, more[:PER_PARTY])


def appended(articles: list[ArticleEvidence], more: list[ArticleEvidence]) -> list[ArticleEvidence]:
    """The articles, then `more` ranked after them."""
    return articles + [replace(a, rank=len(articles) + i) for i, a in enumerate(more)]


def _without(text: str, names: Sequence[str], *, keep: str) -> str:
    """The question with the names left out as whole words (in any case, the longest
    first), but not a name inside the one kept ("Texaco" of "Texaco Canada")."""
    for name in sorted(names, key=len, reverse=True):
        if name.lower() not in keep.lower():
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())
