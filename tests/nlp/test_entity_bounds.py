"""Names the recogniser ends wrongly are mended on every doc the pipeline makes."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline


def _names(text: str) -> list[str]:
    (doc,) = shared_pipeline().annotate([text])
    return [e.text for e in doc.ents if e.label_ == "ORG"]


def test_no_name_ends_on_a_joining_word_nor_holds_a_verb() -> None:
    names = _names(
        "<Corvex Tool Inc> said it completed the sale of its subsidiary, Halden Inc, to "
        "Seismic Holdings Inc and Energy Holdings Inc, of Denver, Colo."
    )
    assert not any(name.endswith((" and", ",")) for name in names)
    asked = _names("What stake in Cyclops did Dixons acquire in its tender offer?")
    assert not any(" did " in name for name in asked)


def test_brackets_and_full_stops_stay_in_a_name() -> None:
    names = _names("Industrial Equity (Pacific) Ltd said it bought 5.1 pct of McGill Inc.")
    assert any(name.startswith("Industrial Equity (Pacific)") for name in names)


def test_an_abbreviated_legal_form_ends_a_name_before_a_preposition() -> None:
    names = _names("How much is Corvex paying Halden Corp for Western National Life Insurance?")
    assert "Halden Corp" in names and not any(" for " in name for name in names)
    # a preposition of a name stays, and a spelled-out form may take one
    assert "Aluminum Co of America" in _names("Aluminum Co of America said it formed a venture.")


def test_no_name_ends_on_a_lower_case_pronoun() -> None:
    (doc,) = shared_pipeline().annotate(
        [
            "Halden and Sons Co reached an agreement with Corvex-Osko Co Inc to sell Adams its "
            "Rockford cable system."
        ]
    )
    assert not any(e.text.endswith(" its") for e in doc.ents)
