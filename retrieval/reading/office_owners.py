"""Whose office a person's title gives: "Zeng Yuqun, chairman of CATL" chairs CATL. For a
part asking the holder of a firm's office ("who is the chairman of BAIC Group", "BAIC
Group's chairman"), a person whose apposed title is that office of another named firm holds
the other firm's, however close the title stands to the asked noun; one whose title is the
asked office of the asked firm ("Jiang Deyi, party secretary and chairman of BAIC Group")
holds the asked one, however many titles stand between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.names import same_party
from retrieval.reading.named_subjects import name_around

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from retrieval.reading.asking import Part

# How a part gives the asked office's firm: "the chairman of X", "X's chairman".
_OWNING_ROLES = frozenset({"of", "subj"})


def holds_anothers_office(span: Span, part: Part) -> bool:
    """The person's apposed title is the asked office, "of" a firm the part does not ask."""
    firms = _offices_of(span, part)
    owners = _owners(part)
    return any(not any(same_party(owner, firm) for owner in owners) for firm in firms)


def holds_the_asked_office(span: Span, part: Part) -> bool:
    """The person's apposed title is the asked office "of" the asked firm."""
    firms = _offices_of(span, part)
    owners = _owners(part)
    return any(same_party(owner, firm) for firm in firms for owner in owners)


def _owners(part: Part) -> list[str]:
    """The firms whose office the part asks of ("the chairman of X", "X's chairman")."""
    return [n for head, role, n in part.arguments if head == part.focus and role in _OWNING_ROLES]


def _offices_of(span: Span, part: Part) -> list[str]:
    """The firms whose asked office the person's apposed titles name."""
    if part.focus is None or not _owners(part):
        return []
    titles = [t for t in _titles(span.root) if t.lemma_.lower() == part.focus]
    return [firm for firm in map(_of_firm, titles) if firm]


def _titles(person: Token) -> list[Token]:
    """The nouns apposed to the name, with their conjuncts ("party secretary and chairman")."""
    apposed = [c for c in person.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    return [t for noun in apposed for t in (noun, *noun.conjuncts) if t.pos_ == "NOUN"]


def _of_firm(title: Token) -> str:
    """The proper name the title's "of" takes ("chairman of CATL"), if any; coordinated
    titles share it ("chief engineer and chairman of Corvex": the parse may hang it on
    either)."""
    for noun in (title, *title.conjuncts):
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            named = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if named is not None:
                return name_around(named)
    return ""
