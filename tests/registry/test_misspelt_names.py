"""A name begun in lower case ("a subsidiary of orvan Group PLC") is the firm the article
writes capitalised elsewhere; legal-form words alone ("Group PLC") name no firm. Invented
sentences with invented companies."""

from __future__ import annotations

from retrieval.registry.misspelt_names import only_suffixes
from tests.registry.test_deal_reading import extract, pairs


def test_a_lower_cased_name_before_its_legal_form_is_the_firm_named_elsewhere() -> None:
    found = pairs(
        extract(
            "Belmex Corp said shareholders approved the merger of the company with a "
            "subsidiary of orvan Group PLC. It said Orvan held about 83 pct of Belmex stock "
            "following a tender offer."
        )
    )
    assert frozenset({"Belmex", "Orvan"}) in found
    assert not any("Group" in pair for pair in found)


def test_legal_form_words_alone_name_no_party() -> None:
    """Fails on main (which gives the party "Group"): the article capitalises "Orvan" in
    its next sentence."""
    found = pairs(
        extract("Harlow Corp agreed to be acquired by orvan Group PLC. Shares of Orvan rose.")
    )
    assert frozenset({"Harlow", "Orvan"}) in found
    assert not any("Group" in pair for pair in found)


def test_initials_before_a_legal_form_are_a_name() -> None:
    """A guard (passes on main too): capitals before a legal form are a firm's letters."""
    assert not only_suffixes("LLC Corp")  # the firm "LLC"
    assert only_suffixes("Group PLC")
    found = pairs(extract("Effective March 10, Belmex Inc merged into LLC Corp."))
    assert frozenset({"Belmex", "LLC"}) in found
