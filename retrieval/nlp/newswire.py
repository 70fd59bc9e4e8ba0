"""Reuters copy as the parser should read it.

Reuters brackets company names and their stock symbols: "Willis Faber Plc <WIFL.L> will bid
for <Stewart Wrightson Plc>". The parser takes a bracketed symbol for the clause's subject
and the brackets for words of their own. The pipeline parses the text with a symbol that
follows a name blanked out and a name's brackets turned into spaces: every character keeps
its offset, and the extra spaces still part two bracketed names written side by side
("<Lockheed Aircraft Service International> and <Aerospace Industries Malaysia>"), which
the entity recogniser would otherwise read as one.
The registry drops symbols and brackets itself before parsing (`registry.candidates
.for_parsing`), which its rules were measured with; this is then a no-op on its texts.
Reuters copy also capitalises the word after "U.S." as if the abbreviation ended a
sentence ("the U.S. And Japan", "a U.S. Firm which uses", "6.28 billion U.S. Dlrs"): the
parser then reads a name ("U.S. Firm") or a proper noun where a verb is ("the U.S. Has been
seeking"). Such a word gets its lower case back when it is a stop word, or a common word (a
currency, a word WordNet lists) with a lower-case word or a stop after it: a name goes on in
capitals ("U.S. Agriculture Department", "U.S. Home Corp"). A firm named so ("U.S. Lines
said") loses its capital there.
Stored parses are keyed by `pipeline.RULES_VERSION`: bump it when this changes.
"""

from __future__ import annotations

import re

from retrieval.nlp.names import EXCHANGE_SYMBOL
from retrieval.nlp.wordnet import is_common_word, is_stop_word

_BRACKETED = re.compile(r"<([^<>\n]{1,80})>")
_SYMBOL = re.compile(rf"[A-Z0-9][A-Z0-9.\-/&]*|{EXCHANGE_SYMBOL}")


def for_parsing(text: str) -> str:
    """The text with stock symbols after a name blanked, names' brackets made spaces and
    common words after "U.S." in lower case, of the same length."""

    def blank(match: re.Match[str]) -> str:
        inner = match.group(1)
        if _SYMBOL.fullmatch(inner) and match.start() > 0:
            return " " * len(match.group())
        return f" {inner} "

    text = _BRACKETED.sub(blank, text)
    if "U.S. " not in text:
        return text
    return _AFTER_US.sub(_decapitalised, text)


# A capitalised word after "U.S.", and whether a lower-case word or a stop follows it.
# A name goes on through "of" or "for" ("U.S. Department of Energy", "U.S. Court for").
_AFTER_US = re.compile(
    r"(?<=\bU\.S\. )([A-Z][a-z]+)(?P<goes_on>(?=[ ]+(?!(?:of|for) [A-Z])[a-z]|[,.;:]))?"
)


def _decapitalised(match: re.Match[str]) -> str:
    """A stop word ("U.S. And Japan") never opens a name; another common word does not
    when lower case follows ("U.S. Firm which", not "U.S. Agriculture Department")."""
    word = match.group(1)
    lowered = word.lower()
    dated = match.string[match.end() : match.end() + 2][1:].isdigit()  # "U.S. May 5"
    stop = is_stop_word(lowered) and not dated
    if stop or (match.group("goes_on") is not None and is_common_word(lowered)):
        return lowered
    return word
