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
Stored parses are keyed by `pipeline.RULES_VERSION`: bump it when this changes.
"""

from __future__ import annotations

import re

from retrieval.nlp.names import EXCHANGE_SYMBOL

_BRACKETED = re.compile(r"<([^<>\n]{1,80})>")
_SYMBOL = re.compile(rf"[A-Z0-9][A-Z0-9.\-/&]*|{EXCHANGE_SYMBOL}")


def for_parsing(text: str) -> str:
    """The text with stock symbols after a name blanked and names' brackets made spaces,
    of the same length."""

    def blank(match: re.Match[str]) -> str:
        inner = match.group(1)
        if _SYMBOL.fullmatch(inner) and match.start() > 0:
            return " " * len(match.group())
        return f" {inner} "

    return _BRACKETED.sub(blank, text)
