"""Reuters copy as the parser should read it.

Reuters brackets company names and their stock symbols: "Willis Faber Plc <WIFL.L> will bid
for <Stewart Wrightson Plc>". The parser takes a bracketed symbol for the clause's subject
and the brackets for words of their own, so the pipeline parses the text without them.
Stored parses are keyed by `pipeline.RULES_VERSION`: bump it when this changes.
"""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"(\s*)<([^<>]{1,80}?)>")
_SYMBOL = re.compile(r"[A-Z0-9][A-Z0-9.]{0,11}")


def for_parsing(sentence: str) -> str:
    """ "Gelco Corp's <GEC> Canadian unit" -> "Gelco Corp's Canadian unit"; a bracketed
    name standing alone ("to buy <Acme Inc>") keeps its words."""

    def replace(match: re.Match[str]) -> str:
        before = sentence[: match.start()].split()
        last = before[-1] if before else ""
        follows_a_name = last[:1].isupper() or last[:1].isdigit() or last.endswith(("'s", ")"))
        if _SYMBOL.fullmatch(match.group(2)) and follows_a_name:
            return ""
        return match.group(1) + match.group(2)

    return _BRACKETED.sub(replace, sentence)
