"""The search is given the full name of a company the question calls by a short form."""

from __future__ import annotations

from retrieval.registry.query import CompanyIndex
from retrieval.registry.search_names import with_full_names
from tests.registry.test_identity import record

INDEX = CompanyIndex(
    [
        record("Atlantic Richfield", "Montedison", "a1", aliases=("Atlantic Richfield Co", "Arco")),
        record("American Motors", "Renault", "a2", aliases=("American Motors Corp", "AMC")),
        record("Iranian Heavy", "Krupp", "a3", aliases=("Iranian",)),
    ]
)


def test_a_short_form_brings_the_company_name() -> None:
    assert with_full_names("Why is Arco eyeing Dome?", INDEX).endswith("Atlantic Richfield")
    assert with_full_names("What did AMC sell?", INDEX).endswith("American Motors")


def test_a_name_already_asked_or_a_word_spelling_no_name_adds_nothing() -> None:
    asked = "What did American Motors Corp (AMC) sell?"
    assert with_full_names(asked, INDEX) == asked
    # the registry ties "Iranian" to a firm, but it spells none of the firm's names
    asked = "Who are Turkcell's Iranian partners?"
    assert with_full_names(asked, INDEX) == asked


def test_a_lower_case_word_names_no_company_where_names_are_capitalised() -> None:
    index = CompanyIndex([record("Users", "Security", "a4", aliases=("Users Inc",))])
    # the question capitalises names, so "security" is a common word there
    assert index.named("Which security software companies has Microsoft bought?") == []
    assert index.named("What did Security sell to Users Inc?") == [
        ("Security", "Security"),
        ("Users Inc", "Users"),
    ]
    # typed all in lower case, any word may be a name
    assert index.named("what did security sell") == [("security", "Security")]


def test_a_names_distinctive_first_word_is_a_short_form_of_it() -> None:
    index = CompanyIndex(
        [
            record("TVX Broadcast", "Taft Broadcasting", "a5"),
            record("General Motors", "Texas Air", "a6"),
            record("Halvey Mining", "Halvey Oil", "a7"),
        ]
    )
    assert index.resolve("TVX") == "TVX Broadcast" and index.resolve("Taft") == "Taft Broadcasting"
    # a word of the language, a place, or a word two companies begin with names none
    assert index.resolve("General") is None and index.resolve("Texas") is None
    assert index.resolve("Halvey") is None
