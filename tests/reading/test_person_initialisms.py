"""A person's name read together with an initialism after it: two names."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asked_names import question_names
from retrieval.reading.asking import understand


def _names(question: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return question_names(shared_pipeline().annotate([question])[0])


def test_an_initialism_ends_no_persons_name() -> None:
    # the recogniser reads "Carlsen JP" as one person; "JP" names a place of its own
    names, parties = _names("Carlsen JP trip dates?")
    assert names == ("Carlsen", "JP")
    assert parties == ("Carlsen",)


def test_a_persons_name_with_initials_or_a_suffix_stays_whole() -> None:
    names, _ = _names("When did John D. Rockefeller III visit Tokyo?")
    assert any(name.endswith("Rockefeller III") for name in names)


def test_a_name_the_tagger_reads_as_a_noun_is_no_focus() -> None:
    parse = shared_pipeline().annotate
    (part,) = understand("Where did HALDN file its suit?", parse=lambda t: parse([t])[0]).parts
    assert part.focus is None
