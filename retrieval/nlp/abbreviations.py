"""Abbreviations a text defines for common nouns: "video tape recorders (vtrs)", "liquefied
natural gas (LNG)".

Newswire defines a short form once, in brackets after the words it stands for, then uses
only the short form ("will start output at a rate of 20,000 vtrs"). The long form is the
shortest run of words before the bracket whose initials (or word beginnings) spell the
short form, as in Schwartz and Hearst's algorithm for biomedical abbreviations. Company
short forms ("Procter and Gamble (P&G)") are the names module's concern; this finds the
rest, so that a question about "video recorders" meets a sentence about "vtrs".
"""

from __future__ import annotations

import re

from retrieval.nlp.names import abbreviates
from retrieval.text import STOPWORDS

# A bracketed short form of 2-10 letters (a plural "s" may follow: "vtrs"), and the two to
# seven words right before it. The words are read backwards from each bracket found (in the
# reversed text): a search for both at once tries the words at every position of the text.
_BRACKETED = re.compile(r"\(([A-Za-z]{2,10})\)")
_WORDS_BEFORE_REVERSED = re.compile(r"\s*([\w-]+(?:\s+[\w-]+){1,6})")
MIN_WORDS = 2  # a long form has at least two words
MIN_PLURAL_LETTERS = 2  # "PCs" -> "PC"; "as" stays "as"


def defined_abbreviations(text: str) -> dict[str, str]:
    """short form (lower case, singular) -> the words it stands for (lower case)."""
    found: dict[str, str] = {}
    reversed_text = text[::-1]
    for match in _BRACKETED.finditer(text):
        short = match.group(1)
        if short.lower() in STOPWORDS:
            continue  # "(US)": the pronoun "us" elsewhere must not become the country
        before = _WORDS_BEFORE_REVERSED.match(reversed_text, len(text) - match.start())
        if before is None:
            continue
        words = before.group(1)[::-1].replace("-", " ").split()
        long_form = _long_form(short, words) or _long_form(_singular(short), words)
        if long_form:
            found[short_form_key(short)] = long_form.lower()
    return found


def _long_form(short: str, words: list[str]) -> str | None:
    """The fewest last words the short form abbreviates ("VHS-format video tape recorders"
    -> "video tape recorders" for "vtr")."""
    for size in range(MIN_WORDS, len(words) + 1):
        candidate = " ".join(words[-size:])
        if abbreviates(short.lower(), candidate.lower()):
            return candidate
    return None


def short_form_key(word: str) -> str:
    """How a short form is looked up wherever it is used: lower case, singular."""
    return _singular(word).lower()


def _singular(short: str) -> str:
    """ "vtrs", "VCRs" -> "vtr", "VCR": a plural ending is not a letter of the initials."""
    return short[:-1] if len(short) > MIN_PLURAL_LETTERS and short.endswith("s") else short
