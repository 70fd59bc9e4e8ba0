"""A person's name read together with an initialism after it: two names."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asked_names import question_names
from retrieval.reading.asking import understand


def _names(question: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return question_names(shared_pipeline().annotate([question])[0])


def _focus(question: str) -> str | None:
    parse = shared_pipeline().annotate
    (part,) = understand(question, parse=lambda t: parse([t])[0]).parts
    return part.focus


def test_an_initialism_ends_no_persons_name() -> None:
    # the recogniser reads "Peter Moss EU" as one person; "EU" is a short form of its own,
    # which articles spell out, so no party they must write so
    names, parties = _names("Which deals did Peter Moss EU sign?")
    assert names == ("Peter Moss", "EU")
    assert parties == ("Peter Moss",)


def test_a_name_in_capitals_only_stays_whole() -> None:
    # all in capitals, case tells no initialism from a surname
    assert _names("What did ROBERT MAXWELL buy?") == (("ROBERT MAXWELL",), ("ROBERT MAXWELL",))


def test_a_persons_name_with_initials_or_a_suffix_stays_whole() -> None:
    names, _ = _names("When did John D. Rockefeller III visit Tokyo?")
    assert any(name.endswith("Rockefeller III") for name in names)


def test_a_name_the_tagger_reads_as_a_noun_is_no_focus() -> None:
    assert _focus("Where did HALDN file its suit?") is None


def test_a_common_noun_spelled_like_a_name_is_still_the_focus() -> None:
    assert _focus("How many apples did Apple sell?") == "apple"
