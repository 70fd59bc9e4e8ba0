"""A part of a several-part question that no retrieved article answers is searched for
alone (`reading.part_search`), with a scripted search standing in for the real one."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace
from typing import cast

from retrieval.index.embeddings import build_embedder
from retrieval.models import Answer, SearchHit
from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.answer_reference import pointed_firm
from retrieval.reading.asking import Part, understand
from retrieval.reading.eligibility import eligible_for
from retrieval.reading.evidence import gather
from retrieval.reading.extractive import ExtractiveAnswerer
from retrieval.reading.found import Finding
from retrieval.reading.part_search import answers_more, articles_about_each_part
from retrieval.reading.selection import Selection
from retrieval.settings import load_settings
from tests.reading.test_party_search import ScriptedSearch, hit

PROFIT = "Corvex Bank reported first quarter net profit of 35.3 mln dlrs, up from 30.1 mln dlrs."
NOTES = (
    "Corvex Bank is offering 125 mln dlrs of subordinated notes due 1997 with an interest rate "
    "of 8.66 pct, said lead manager Halden Securities."
)
OTHER = "Halden Securities said it expects interest rates on bank notes to rise this year."
QUESTION = (
    "Corvex Bank: what first-quarter net profit did it report, and what interest rate do its "
    "125 mln dlrs of notes carry?"
)


def ask(search: ScriptedSearch | None, *hits: SearchHit) -> Answer:
    settings = load_settings()
    reader = ExtractiveAnswerer(
        embedder=build_embedder(settings.embedder), settings=settings.answer, search=search
    )
    # every word known: nothing is respelled
    return reader.answer(QUESTION, hits, idf=lambda term: 9.0 if "\x00" in term else 1.0)


def test_a_part_no_retrieved_article_answers_is_searched_for_alone() -> None:
    alone = ask(None, hit("p", PROFIT))
    assert "35.3 mln" in alone.text and "8.66 pct" not in alone.text.splitlines()[0]
    search = ScriptedSearch([hit("n", NOTES)])
    answer = ask(search, hit("p", PROFIT))
    assert "35.3 mln" in answer.text and "8.66 pct" in answer.text.splitlines()[0]
    assert any("interest rate" in q and "net profit" not in q for q in search.queries)


def test_a_part_the_first_articles_answer_by_another_story_gets_its_own_article() -> None:
    # the deposit rate answers "what interest rate" by another story: with no part
    # missing, only a search for each part finds the article about the notes
    deposits = "Corvex Bank said the interest rate on its savings deposits rose to 5.5 pct."
    first = (hit("p", PROFIT), hit("d", deposits))
    assert "5.5 pct" in ask(None, *first).text.splitlines()[0]
    answer = ask(ScriptedSearch([hit("n", NOTES)]), *first)
    assert "8.66 pct" in answer.text.splitlines()[0] and "35.3 mln" in answer.text


def test_each_part_searches_for_articles_about_its_parties_only() -> None:
    asked = understand(QUESTION, parse=lambda t: shared_pipeline().annotate([t])[0])
    other_bank = "Halden Bank is offering 125 mln dlrs of notes with a rate of 8.66 pct."
    search = ScriptedSearch([hit("h", other_bank), hit("n", NOTES)])
    first = gather([hit("p", PROFIT)], None, articles=1)
    found = articles_about_each_part(asked, first, search=search, sentences_of=None)
    assert [a.article_id for a in found] == ["p", "n"]
    assert len(search.queries) == len(asked.parts)
    assert all(q.startswith("Corvex Bank") for q in search.queries)
    # a question naming no party searches nothing more
    unnamed = understand(
        "What profit did the bank report, and what rate do its notes carry?",
        parse=lambda t: shared_pipeline().annotate([t])[0],
    )
    none = ScriptedSearch([hit("n", NOTES)])
    assert articles_about_each_part(unnamed, first, search=none, sentences_of=None) == first
    assert none.queries == []


def test_an_article_that_answers_no_more_parts_changes_nothing() -> None:
    search = ScriptedSearch([hit("o", OTHER)])
    assert ask(search, hit("p", PROFIT)).text == ask(None, hit("p", PROFIT)).text
    # each part was searched for once: the part still missing is not searched for again
    assert len(search.queries) == 2


def test_an_answer_found_for_a_part_is_about_the_asked_party() -> None:
    # "its notes" are Corvex Bank's: another bank's notes answer nothing
    other_bank = (
        "Halden Bank is offering 125 mln dlrs of subordinated notes with an interest rate of "
        "8.66 pct, said lead manager Osko Securities."
    )
    answer = ask(ScriptedSearch([hit("n", other_bank)]), hit("p", PROFIT))
    assert "8.66 pct" not in answer.text


def test_a_question_naming_no_party_searches_only_for_the_part_it_misses() -> None:
    settings = load_settings()
    question = "What net profit did the bank report, and what interest rate do its notes carry?"
    search = ScriptedSearch([hit("n", NOTES)])
    reader = ExtractiveAnswerer(
        embedder=build_embedder(settings.embedder), settings=settings.answer, search=search
    )
    answer = reader.answer(question, [hit("p", PROFIT)], idf=lambda t: 9.0 if "\x00" in t else 1.0)
    assert "8.66 pct" in answer.text and "35.3 mln" in answer.text
    assert len(search.queries) == 1 and "net profit" not in search.queries[0]


SCENE_QUESTION = (
    "Corvex Bank, which dropped its Vardeau Corp bid, had bought into Halden Stores. How many "
    "Halden Stores shares did it hold, and what had it offered per share for Vardeau Corp?"
)


def test_a_scene_before_the_question_does_not_bind_the_parts_articles() -> None:
    # the first part asks of Halden Stores; the scene's Vardeau Corp is another story
    asked = understand(SCENE_QUESTION, parse=lambda t: shared_pipeline().annotate([t])[0])
    holding = "Corvex Bank now owns 1.9 mln Halden Stores shares, the bank said."
    search = ScriptedSearch([hit("h", holding)])
    first = gather(
        [hit("v", "Corvex Bank had offered 68 dlrs a share for Vardeau Corp.")], None, articles=1
    )
    found = articles_about_each_part(asked, first, search=search, sentences_of=None)
    assert [a.article_id for a in found] == ["v", "h"]
    # the part's query names whom its "it" stands for, but not the scene's other story
    assert "Corvex Bank" in search.queries[0] and "Vardeau" not in search.queries[0]


def test_a_part_after_a_scene_may_come_from_an_article_that_does_not_retell_it() -> None:
    asked = understand(SCENE_QUESTION, parse=lambda t: shared_pipeline().annotate([t])[0])
    holding = gather(
        [hit("h", "Corvex Bank now owns 1.9 mln Halden Stores shares.")], None, articles=1
    )
    first, second = asked.parts
    assert eligible_for(first, asked, holding) == holding
    assert eligible_for(second, asked, holding) == []  # it asks of Vardeau Corp


STUDYING = (
    "Osko Corp is studying an agreement under which Halden Partners will take Corvex Inc "
    "private, an Osko spokesman said."
)
OSKO_BID = (
    "Yesterday, Osko said a group led by chairman Irwin Lund has withdrawn its offer to "
    "acquire Osko."
)
SHAREHOLDER = (
    "Which Corvex shareholder is studying the Halden buyout plan, and who leads the group "
    "that offered to acquire that shareholder itself?"
)


def test_a_part_about_an_answer_is_searched_for_with_the_answers_name() -> None:
    # "that shareholder" is the one the first part asks for (Osko): the story of the
    # group bidding for Osko names neither Corvex nor Halden, and is found by a search
    # for Osko's name
    reader = ExtractiveAnswerer(
        embedder=build_embedder(load_settings().embedder),
        settings=load_settings().answer,
        search=(search := ScriptedSearch([hit("b", OSKO_BID)])),
    )
    answer = reader.answer(
        SHAREHOLDER, [hit("s", STUDYING)], idf=lambda t: 9.0 if "\x00" in t else 1.0
    )
    first_line = answer.text.splitlines()[0]
    assert "Osko" in first_line and "Irwin Lund" in first_line, answer.text
    assert any(q.startswith("Osko Corp") for q in search.queries)


def test_a_part_points_only_to_an_earlier_part() -> None:
    question = understand(
        "Which Borg-Warner shareholder sold its stake, and who leads the group that offered "
        "to acquire that shareholder itself?",
        parse=lambda t: shared_pipeline().annotate([t])[0],
    )
    pointing = replace(question.parts[-1], about_the_answer=True)
    found = [cast("Finding", SimpleNamespace(answers=[SimpleNamespace(text="Heyman")]))]
    for answer_of, firm in [(0, "Heyman"), (1, None), (5, None)]:
        parts = (question.parts[0], replace(pointing, answer_of=answer_of))
        asked = replace(question, parts=parts)
        assert pointed_firm(asked, 1, [found, found]) == firm


def _finding(part: object, article: str, mentions: set[str]) -> Finding:
    """A finding as answers_more reads it: its part, article (names), sentence."""
    names = SimpleNamespace(mentions=lambda name: name in mentions)
    found = SimpleNamespace(
        part=part,
        article=SimpleNamespace(article_id=article, names=names),
        sentence=SimpleNamespace(text=f"a sentence of {article}"),
    )
    return cast("Finding", found)


def test_only_the_pointing_part_may_answer_from_an_article_about_its_firm() -> None:
    # "which Borg-Warner holder ..., and who leads the group bidding for that holder?":
    # the second part was searched for by the first's answer, GAF; an article about GAF
    # alone may answer it, but not any other part
    first_part, pointing = object(), object()
    before = SimpleNamespace(findings=[_finding(first_part, "a1", {"Borg-Warner"})])
    for part, accepted in [(pointing, True), (first_part, False)]:
        more = [*before.findings, _finding(part, "a2", {"GAF"})]
        again = SimpleNamespace(findings=more)
        searched = [(cast("Part", pointing), "GAF")]
        found = answers_more(
            cast("Selection", before), cast("Selection", again), ["Borg-Warner"], searched
        )
        assert found is accepted
