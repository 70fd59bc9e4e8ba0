"""Reuters copy as the parser should read it.

Reuters brackets company names and their stock symbols: "Willis Faber Plc <WIFL.L> will bid
for <Stewart Wrightson Plc>". The parser takes a bracketed symbol for the clause's subject
and the brackets for words of their own. The pipeline parses the text with a symbol that
follows a name blanked out and a name's brackets turned into spaces: every character keeps
its offset, and the extra spaces still part two bracketed names written side by side
("<Lockheed Aircraft Service International> and <Aerospace Industries Malaysia>"), which
the entity recogniser would otherwise read as one.
The registry drops symbols and brackets itself before parsing (`registry.candidates
.for_parsing`), which its rules were measured with; the bracket rule is then a no-op on
its texts.
Reuters copy also capitalises the word after "U.S." (and "U.K.") as if the abbreviation
ended a sentence ("the U.S. And Japan", "a U.S. Firm which uses", "6.28 billion U.S.
Dlrs"): the parser then reads a name ("U.S. Firm") or a proper noun where a verb is ("the
U.S. Has been seeking"). Such a word gets its lower case back when it cannot open a
sentence (an auxiliary or a coordinator: "U.S. Has", "U.S. And"), or when it is a common
word (a currency, a word WordNet lists in lower case only) after "the", "a", a number or a
sum's scale ("6.28 billion U.S. Dlrs"), with a lower-case word or a stop after it ("the
U.S. Firm which"). A name goes on in capitals or through "of" ("U.S. Agriculture
Department", "U.S. Department of Energy"); a firm is named without an article ("sold its
routes to U.S. Air, which", "U.S. Lines said"); a body WordNet writes with a capital stays
one ("the U.S. Navy").
The bracketed names themselves are given to the pipeline (`bracketed_names`), which makes
each one entity (retrieval.nlp.bracketed); a symbol (`names.EXCHANGE_SYMBOL`, "<Neoy.He>")
is no name.
A few Reuters stories bracket names with parentheses instead ("(Nap Transport Cie Ltd)"):
those brackets are dropped too, when they hold a name ending in a legal form.
Stored parses are keyed by `pipeline.RULES_VERSION`: bump it when this changes.
"""

from __future__ import annotations

import re

from retrieval.nlp.names import COMPANY_FORMS, EXCHANGE_SYMBOL
from retrieval.nlp.patterns import SCALES
from retrieval.nlp.vocabulary import is_common_word, is_proper_noun, is_stop_word

_BRACKETED = re.compile(r"<([^<>\n]{1,80})>")
# A name Reuters brackets with parentheses instead ("agreed to buy two wholesalers, (Nap
# Dumont (1982) Ltd) and (Nap Transport Cie Ltd) for ..."): opening with a capital, closing
# with a company's legal form, a year in brackets allowed inside.
_PARENTHESISED = re.compile(r"\(([A-Z][^()\n]{0,80}(?:\(\d{4}\)[^()\n]{0,40})?)\)")
_SYMBOL = re.compile(rf"[A-Z0-9][A-Z0-9.\-/&]*|{EXCHANGE_SYMBOL}")


def for_parsing(text: str) -> str:
    """The text with stock symbols after a name blanked, names' brackets made spaces and
    common words after "U.S." and "U.K." in lower case, of the same length."""

    def blank(match: re.Match[str]) -> str:
        inner = match.group(1)
        if _SYMBOL.fullmatch(inner) and match.start() > 0:
            return " " * len(match.group())
        return f" {inner} "

    text = unparenthesised(_BRACKETED.sub(blank, text))
    if "U.S. " not in text and "U.K. " not in text:
        return text
    return _AFTER_US.sub(_decapitalised, text)


def bracketed_names(text: str) -> list[tuple[int, int]]:
    """The character bounds of each name Reuters brackets ("<Midland and Scottish Resources
    Ltd>"): one company's name by the agency's convention, whatever words it holds."""
    return [
        match.span(1)
        for match in _BRACKETED.finditer(text)
        if match.group(1)[:1].isupper() and not _SYMBOL.fullmatch(match.group(1))
    ]


def unparenthesised(text: str, *, keep_length: bool = True) -> str:
    """The text with the parentheses around a company's name dropped ("(Nap Dumont Ltd)"),
    as spaces when `keep_length`: the parser reads such brackets as a remark's."""
    spaced = " {} " if keep_length else "{}"

    def unbracketed(match: re.Match[str]) -> str:
        inner = match.group(1)
        words = inner.split()
        # a name and its legal form: "(SPA)" and "(Pte)" alone are a short form and a part
        named = len(words) >= 2 and words[-1].rstrip(".").lower() in COMPANY_FORMS
        return spaced.format(inner) if named else match.group()

    return _PARENTHESISED.sub(unbracketed, text) if "(" in text else text


# A capitalised word after "U.S." or "U.K." (and what comes before it), and whether a
# lower-case word or a stop follows; a name goes on through "of" or "for" ("U.S.
# Department of Energy").
_AFTER_US = re.compile(
    r"(?:(?P<before>\S+) )?(?<![\w.])U\.[SK]\. (?P<word>[A-Z][a-z]+)"
    r"(?P<goes_on>(?=[ ]+(?!(?:of|for) [A-Z])[a-z]|[,.;:]))?"
)
# Words that cannot open a sentence: auxiliaries and coordinators.
_NO_OPENERS = frozenset(
    "and or nor has have had is are was were will would could should can must does did".split()
)
# Words before "U.S." that make what follows a common noun phrase: an article or a number.
_ARTICLES = frozenset({"the", "a", "an"})


def _decapitalised(match: re.Match[str]) -> str:
    word = match.group("word")
    lowered = word.lower()
    before = (match.group("before") or "").lower()
    common_phrase = before in _ARTICLES or before in SCALES or before[:1].isdigit()
    content = is_common_word(lowered) and not is_stop_word(lowered)
    if lowered in _NO_OPENERS or (
        common_phrase
        and match.group("goes_on") is not None
        and content
        and not is_proper_noun(lowered)
    ):
        start = match.start("word") - match.start()
        return match.group()[:start] + lowered
    return match.group()
