"""A firm's name the writer began in lower case: "a subsidiary of dixons Group PLC".

A run made only of legal-form and group words ("Group PLC", "Holdings Ltd") names no firm by
itself: such words close a name, they carry no identity (company_names.SUFFIXES). The word
before them is the name's own, typed in lower case, when the article writes that word
capitalised elsewhere ("It said Dixons held 83 pct"); otherwise the run is left as it is.
"""

from __future__ import annotations

import re

from retrieval.registry.company_names import SUFFIXES, clean_surface, may_be_name
from retrieval.text import STOPWORDS

# The lower-case word right before a run.
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z][a-z'’-]+)\s+$")


def only_suffixes(surface: str) -> bool:
    """ "Group PLC": legal-form and group words only, no name of its own. Not initials
    that spell one ("LLC Corp"): a legal form closes a name, so one in capitals opening
    the run is the firm's own letters."""
    words = surface.split()
    if not words or words[0].isupper():
        return False
    return all(w.lower().rstrip(".,") in SUFFIXES for w in words)


def names_someone(surface: str) -> bool:
    """The surface may be a firm's name: a name's shape, and more than legal-form words
    ("dixons Group PLC" is learnt whole, never as "Group PLC")."""
    return bool(surface) and may_be_name(surface) and not only_suffixes(surface)


def retyped_start(sentence: str, start: int, end: int, capitalised: set[str]) -> tuple[int, str]:
    """The run's start and surface, widened over the lower-cased word of its name."""
    surface = clean_surface(sentence[start:end])
    if not only_suffixes(surface):
        return start, surface
    match = _WORD_BEFORE.search(sentence[:start])
    if match is None:
        return start, surface
    word = match.group(1)
    written = word[:1].upper() + word[1:]
    if word in STOPWORDS or written not in capitalised:
        return start, surface
    return match.start(1), f"{written} {surface}"
