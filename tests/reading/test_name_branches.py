"""A part whose names stand in the branches of one coordination, no article naming them
all, is read branch by branch, each from its own article (name_branches.py)."""

from __future__ import annotations

from retrieval.nlp.annotations import AnnotationCache
from retrieval.reading.name_branches import name_branches
from retrieval.service import AllianceService
from tests.reading.conftest import module_service, titled_articles

TEXTS = {
    "CORVEX STEEL OFFERING": "Corvex Steel Inc said Norlund AG is selling 1.2 mln of its "
    "shares in the company's initial public offering.",
    "HALDEN CHEMICALS OFFERING": "Halden Chemicals Inc said Trask Oil Co is selling 800,000 "
    "shares in its initial public offering.",
}
ARTICLES = titled_articles(TEXTS)


service = module_service(ARTICLES, "name_branches")


def test_each_branch_of_a_coordination_is_read_from_its_own_article(
    service: AllianceService,
) -> None:
    answer = service.ask(
        "Which shareholders are selling stock in the initial public offerings of "
        "Corvex Steel and Halden Chemicals?"
    )
    assert "Norlund" in answer.text and "Trask" in answer.text


def test_a_branch_no_article_tells_of_is_not_answered_from_another(
    service: AllianceService,
) -> None:
    # no article tells of Osko's offering: the question is about another company
    answer = service.ask(
        "Which shareholders are selling stock in the initial public offerings of "
        "Corvex Steel and Osko Corp?"
    )
    assert "Trask" not in answer.text


def test_coordinated_clauses_are_no_branches() -> None:
    # each clause says its own thing of its own firm: nothing is asked of both
    doc = AnnotationCache(None).doc(
        "Corvex Steel is selling its trucking unit and has teamed up with Halden Chemicals. "
        "Who is buying the trucking unit?"
    )
    assert name_branches(doc, ["Corvex Steel", "Halden Chemicals"]) == ([], ())


def test_a_word_of_a_name_may_be_the_conjunct() -> None:
    # the parse may read "Corvex Steel and Halden Chemicals" as "(Steel and Halden) Chemicals"
    doc = AnnotationCache(None).doc(
        "Which shareholders are selling stock in the offerings of Corvex Steel and Halden "
        "Chemicals?"
    )
    branches, outside = name_branches(doc, ["Corvex Steel", "Halden Chemicals"])
    assert branches == [("Corvex Steel",), ("Halden Chemicals",)] and outside == ()


def test_a_name_is_found_where_written_as_whole_words() -> None:
    # "Corvex" first written inside "Corvexia" would stand in no conjunct, and one branch
    # alone is no branching
    doc = AnnotationCache(None).doc(
        "What stock does Corvexia Trust sell in the initial public offerings of Corvex and Halden?"
    )
    assert name_branches(doc, ["Corvex", "Halden"])[0] == [("Corvex",), ("Halden",)]
