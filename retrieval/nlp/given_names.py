"""Abbreviated given names: "Wm. Wrigley Jr. Co", "Chas. A. Stevens", "Jos. Schlitz".

English once abbreviated common given names by their first and last letters, and firms'
names keep them. spaCy's tokenizer exceptions know titles ("Mr.", "Gen.") and states
("Calif."), not these: "Wm." is split from its stop, and the sentence splitter ends a
sentence there ("... Baldwin Associates and Wm." / "Willman and Co."). Made exceptions of
the tokenizer, they stay one word, as "Mr." does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from spacy.language import Language

# The forms newswire uses (a closed, historical set of English abbreviations).
GIVEN_NAME_ABBREVIATIONS = (
    "Wm.",
    "Chas.",
    "Jas.",
    "Jos.",
    "Thos.",
    "Geo.",
    "Robt.",
    "Benj.",
    "Saml.",
    "Edw.",
)


class _Exceptions(Protocol):
    """The part of spaCy's tokenizer (a compiled class, without stubs) used here."""

    def add_special_case(self, string: str, substrings: list[dict[str, str]]) -> None: ...


def keep_whole(nlp: Language) -> None:
    """Make each abbreviation a tokenizer exception: one token, stop included."""
    tokenizer = cast("_Exceptions", nlp.tokenizer)
    for form in GIVEN_NAME_ABBREVIATIONS:
        tokenizer.add_special_case(form, [{"ORTH": form}])
