"""A public body is no firm: "which investment bank will underwrite the offering" is not
answered by "the Securities and Exchange Commission", nor "which marketing company" by "the
Canadian Bureau of Non-Prescription Drugs". WordNet says which nouns name an
administrative unit (commission, bureau, department, board, agency) and which a business
(company, firm, bank, maker, insurer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.wordnet import kinds_above, kinds_above_any

if TYPE_CHECKING:
    from spacy.tokens import Span

    from retrieval.reading.asking import Part

# What a business is a kind of, in WordNet's hypernyms (a bank is an institution).
BUSINESS_KINDS = frozenset({"business", "enterprise", "institution", "company"})
PUBLIC_BODY = "administrative_unit"


def asks_a_business(part: Part) -> bool:
    """The asked noun names a business ("company", "investment bank"), not a body that
    may be public ("agency", "regulator", "group")."""
    noun = part.focus
    if not noun:
        return False
    return bool(kinds_above_any(noun) & BUSINESS_KINDS) and not a_public_noun(noun)


def a_public_noun(noun: str) -> bool:
    """The noun's most frequent sense is an administrative unit ("bureau", "commission")."""
    return PUBLIC_BODY in kinds_above(noun.lower())


def a_public_body(name: Span) -> bool:
    """The name's head word is a public body's noun: "Federal Trade Commission",
    "Canadian Bureau of Non-Prescription Drugs" (the head before its "of")."""
    head = name.root
    return head.pos_ == "PROPN" and a_public_noun(head.text)
