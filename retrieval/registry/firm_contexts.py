"""What the words around a capitalised run say of it: that it names a firm.

"Philadelphia-based C. Schmidt": what is based, owned or held is a firm; so is what a firm
noun describes ("the British bank Abbey National", "Tarrant, the world's biggest
winemaker"). Read by the company directory (retrieval.registry.companies) as it learns an
article's names.
"""

from __future__ import annotations

import re

from retrieval.registry.org_words import FIRM_KIND_NOUNS

_DESCRIBED_BEFORE = re.compile(r"\w-(?:based|owned|listed|held|controlled)\s+$", re.IGNORECASE)
_FIRM_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(FIRM_KIND_NOUNS))})(,?)\s+$")
# After "the company," a name is in apposition only if the apposition closes: "the
# company, Reynolds, said"; in "control of the company, Reynolds said" it opens a clause.
_APPOSITION_CLOSED = re.compile(r"^\s*(?:[,.;:)]|$)")
# "Constellation, the world's biggest winemaker": an apposition that is a firm noun phrase
# (modifiers, then the firm noun closing the phrase) says the name before it is a firm.
_FIRM_AFTER = re.compile(
    r"^,\s+(?:the|a|an)\s+(?:(?!(?:of|for|at|to|with|and|by|from)\b)[\w'’.&-]+\s+){0,5}"
    rf"(?:{'|'.join(sorted(FIRM_KIND_NOUNS))})(?=\s*[,.;:)]|\s+(?:that|which|in|based)\b)"
)


def described_as_firm(before: str, after: str) -> bool:
    """Whether the text `before` and `after` a run describes it as a firm."""
    return (
        bool(_DESCRIBED_BEFORE.search(before))
        or _firm_before(before, after)
        or bool(_FIRM_AFTER.match(after))
    )


def _firm_before(before: str, after: str) -> bool:
    """ "the holding company Quist", "the bank, Keel, said": a firm noun before the name."""
    match = _FIRM_BEFORE.search(before)
    return match is not None and (not match.group(1) or bool(_APPOSITION_CLOSED.match(after)))
