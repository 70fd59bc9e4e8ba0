"""Articles for a part no retrieved article answers, in a question of several parts ("Goldman
Sachs: what coupon do the PERLS it bought carry, and for which bank did its Zurich office
co-lead a warrant issue?"): one search for the whole question ranks the articles about the
part with the most words, and a question needing two articles may get only the first. Each
unanswered part is searched for alone -- its own words and the question's parties -- and
the question is read again with the best articles found, kept only when it answers more
parts and keeps every answer of the first reading; a part still unanswered is refused as
before.

A part about another part's answer ("which Borg-Warner shareholder ..., and who leads the
group bidding for that shareholder?") names its firm only through that answer, and the
story about the firm need not name the question's parties: it is searched for with the
answer's name ("GAF Corp") and its own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.reading.answer_reference import pointed_firm
from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.eligibility import asked_text
from retrieval.reading.evidence import ArticleEvidence, SentenceSource, gather
from retrieval.reading.party_search import Search, appended
from retrieval.reading.selection import Selection

# Articles added for one part: its best few, as a question of that part alone would get.
PER_PART = 2


def articles_for_parts(
    question: AskedQuestion,
    missing: Sequence[Part],
    articles: list[ArticleEvidence],
    *,
    search: Search,
    sentences_of: SentenceSource | None,
) -> list[ArticleEvidence]:
    """`articles`, then the best articles a search for each `missing` part finds (for a
    question of several parts only: a question of one was searched for as a whole; and of
    no parties: one naming parties had each part searched for already,
    `articles_about_each_part`)."""
    if len(question.parts) < 2 or not missing or question.parties:
        return articles
    found = list(articles)
    for part in missing:
        found = appended(found, _searched(part.text, found, search, sentences_of))
    return found


def articles_for_answers(
    question: AskedQuestion,
    selection: Selection,
    articles: list[ArticleEvidence],
    *,
    search: Search,
    sentences_of: SentenceSource | None,
) -> tuple[list[ArticleEvidence], tuple[tuple[Part, str], ...]]:
    """`articles`, then for each missing part about the firm another part answered with
    (`answer_reference.py`), the best articles naming that firm a search for its name and
    the part's words finds; and each part so searched for, with its firm."""
    by_part = [[f for f in selection.findings if f.part == part] for part in question.parts]
    found, searched = list(articles), list[tuple[Part, str]]()
    for index, part in enumerate(question.parts):
        firm = pointed_firm(question, index, by_part) if part in selection.missing else None
        if firm is None:
            continue
        query = f"{firm} {asked_text(part, question)}"
        more = _searched(query, found, search, sentences_of, naming=firm)
        found, searched = appended(found, more), [*searched, (part, firm)]
    return found, tuple(searched)


def articles_about_each_part(
    question: AskedQuestion,
    articles: list[ArticleEvidence],
    *,
    search: Search,
    sentences_of: SentenceSource | None,
) -> list[ArticleEvidence]:
    """`articles`, then for each part of a question of several, the best articles a search
    for that part finds that are about its parties: the parties it names, or else the
    question's. A question joining two stories ("Chrysler: how many shares is it issuing,
    and what loss did Renault report?") may need an article for each; one about neither
    party only distracts, so a question without parties searches nothing more."""
    if len(question.parts) < 2 or not question.parties:
        return articles
    found = list(articles)
    # the scene's own actors are whom the parts' pronouns stand for ("it": Dart)
    actors = _scene_actors(question)
    for part in question.parts:
        # the part as asked: a scene set before the question ("Dart, which walked away from
        # its Dayton Hudson bid, had bought into Supermarkets General. How many Supermarkets
        # General shares did it hold ...?") tells what it is about, not which story answers
        asked = asked_text(part, question)
        own = [name for name in question.parties if name in asked]
        about = own or list(question.parties)
        query = " ".join([*about, *actors, asked])
        more = _searched(query, found, search, sentences_of)
        found = appended(found, [a for a in more if all(a.names.mentions(n) for n in about)])
    return found


def _scene_actors(question: AskedQuestion) -> list[str]:
    """The names only the scene before the question gives: the question's pronouns stand
    for them, as it names the others itself."""
    return [n for n in question.names if n in question.scene and n not in question.parties]


def _searched(
    query: str,
    found: list[ArticleEvidence],
    search: Search,
    sentences_of: SentenceSource | None,
    *,
    naming: str | None = None,
) -> list[ArticleEvidence]:
    """The best few articles a search finds that are not among `found` (and that name
    `naming`, if given)."""
    seen = {a.article_id for a in found}
    hits = [h for h in search(query) if h.chunk.article_id not in seen]
    if naming is None:
        return gather(hits, sentences_of, articles=PER_PART)
    gathered = gather(hits, sentences_of, articles=len(hits))
    return [a for a in gathered if a.names.mentions(naming)][:PER_PART]


def answers_more(
    first: Selection,
    again: Selection,
    parties: Sequence[str],
    searched: Sequence[tuple[Part, str]] = (),
) -> bool:
    """The second reading answers more parts and keeps every answer of the first: an
    article found for one part does not displace what the first articles answered; and
    each new answer comes from an article about every party ("its notes" are the asked
    bank's, not another bank's), or, for a part searched for by the firm another part
    answered with, about that firm (`searched`: each such part with its firm)."""
    before = {(f.article.article_id, f.sentence.text) for f in first.findings}
    kept = {(f.article.article_id, f.sentence.text) for f in again.findings}
    new = [f for f in again.findings if (f.article.article_id, f.sentence.text) not in before]
    about = all(
        all(f.article.names.mentions(name) for name in parties)
        or any(f.part == part and f.article.names.mentions(firm) for part, firm in searched)
        for f in new
    )
    return len(again.findings) > len(first.findings) and before <= kept and about
