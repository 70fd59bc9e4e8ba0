"""Whose debt a credit grade rates.

An agency's statement rates several issuers' debts in one list ("Affirmed were AAA
long-term deposits of Pittsburgh National Bank, and Aa-2 long-term deposits of Citizens
Fidelity Bank"): the grade is of the debt it modifies, and the debt is the issuer's its
"of" or "on" names. A grade rating another issuer's debt than the asked one's answers
nothing about the asked one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.names import same_party
from retrieval.reading.named_subjects import name_around

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Prepositions naming whose debt is rated ("deposits of X", "the rating on X's notes").
_ISSUER_MARKS = frozenset({"of", "on"})
# How a grade hangs on the noun it rates ("AAA deposits", "the AA-2 rating").
_MODIFYING = frozenset({"amod", "compound", "nmod", "nummod", "appos"})


def rates_another(grade: Span, names: list[str]) -> bool:
    """The grade rates a debt whose issuer is named and is none of `names` (the asked
    names; with none asked, no grade is another's)."""
    root = grade.root
    if not names or root.dep_ not in _MODIFYING:
        return False
    issuer = _issuer(root.head)
    return bool(issuer) and not any(same_party(name, issuer) for name in names)


def _issuer(noun: Token) -> str:
    """The proper name a debt noun's "of" or "on" gives, or its possessor's ("on National
    City's senior notes"); empty when none is written."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _ISSUER_MARKS):
        for debt in (c for c in prep.children if c.dep_ == "pobj"):
            owner = next((c for c in debt.children if c.dep_ == "poss"), None)
            named = owner if owner is not None else debt
            if named.pos_ == "PROPN":
                return name_around(named)
    return ""
