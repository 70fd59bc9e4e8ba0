"""The company an all-capitals newswire headline is about.

A Reuters headline opens with the company and its stock symbol ("ECOLAB INC <ECL> 3RD QTR
NET"); the body may then name it only as "the company", or not at all. The headline's company
is the article's subject when no sentence names one.
"""

from __future__ import annotations

import re

from retrieval.registry.companies import CompanyDirectory
from retrieval.registry.company_names import canonical_company, is_company_name

# A newswire headline in capitals opens with the company it is about and its stock
# symbol: "ECOLAB INC <ECL> 3RD QTR NET", "THE BANKING CENTER <TBCX.O> 3RD QTR NET".
_HEADLINE_COMPANY = re.compile(
    r"^(?:THE\s+)?<?([A-Z][A-Z0-9&.'\- ]*?[A-Z0-9.])>?\s*<[A-Z0-9.]{1,12}>"
)


def headline_company(title: str, directory: CompanyDirectory) -> str | None:
    """The company an all-capitals headline is about (the body may name it only as "the
    company", or not at all: "results include ChemLawn, acquired in April"), as the body
    names it if it does."""
    match = _HEADLINE_COMPANY.match(title) if title.isupper() else None
    if match is None:
        return None
    surface = match.group(1).strip()
    known = directory.resolve(surface) or directory.resolve(canonical_company(surface))
    if known is not None:
        return known
    # "USAIR <U>" is the body's "USAir Group Inc": a name that starts with the same words.
    words = canonical_company(surface).lower().split()
    same = [n for n in directory.names() if _same_start(n.lower().split(), words)]
    if len(same) == 1:
        return same[0]
    # "WTC SHAREHOLDERS APPROVE PITTSTON <PCO> BUYOUT": the symbol follows its own name,
    # which need not open the headline.
    parts = surface.split()
    for start in range(1, len(parts)):
        tail = " ".join(parts[start:])
        if directory.knows(tail):  # exactly a name the body gives, no leading-word guess
            return directory.resolve(tail)
    name = _title_cased(parts)
    return name if is_company_name(name) else None


def _title_cased(words: list[str]) -> str:
    """ "REXNORD CORP" -> "Rexnord": the name as the body would write it."""
    return canonical_company(" ".join(w.capitalize() for w in words))


def _same_start(name: list[str], words: list[str]) -> bool:
    shorter = min(len(name), len(words))
    return shorter > 0 and name[:shorter] == words[:shorter]


def learn_headline_name(title: str, sentences: list[str], directory: CompanyDirectory) -> None:
    """A headline's company with its stock symbol ("REXNORD <REX> TO SELL UNIT") that the
    body writes only to open a sentence ("Rexnord nc said it ..."), where capitals say
    nothing, is a company's name all the same."""
    match = _HEADLINE_COMPANY.match(title) if title.isupper() else None
    if match is None:
        return
    name = _title_cased(match.group(1).split())
    if directory.knows(name) or not is_company_name(name):
        return
    if any(re.match(rf"{re.escape(name)}\b", sentence) for sentence in sentences):
        directory.add(name, name)
