"""The text spaCy is given for a sentence worth parsing (candidates): Reuters' stock
symbols ("Gelco Corp <GEC>") are dropped and its brackets around private companies ("<Onex
Capital Corp Ltd>") removed, as they are markup that confuses the parser; a town and state
before a noun ("Englewood, Colo., homebuilder Winley"), which only says where a firm is,
is left out; so is a label opening the text ("NOTE:").
"""

from __future__ import annotations

import re

from retrieval.nlp.names import EXCHANGE_SYMBOL
from retrieval.nlp.newswire import unparenthesised
from retrieval.registry.candidates import deal_words_respelled
from retrieval.registry.company_names import SUFFIXES
from retrieval.registry.org_words import FIRM_KIND_NOUNS
from retrieval.registry.places import place_name

_BRACKETED = re.compile(r"(\s*)<([^<>]{1,80}?)>")
_TICKER = re.compile(rf"[A-Z0-9][A-Z0-9.]{{0,11}}|{EXCHANGE_SYMBOL}")


def for_parsing(sentence: str) -> str:
    """ "Gelco Corp's <GEC> Canadian unit" -> "Gelco Corp's Canadian unit"; a bracketed
    name standing alone ("to buy <Acme Inc>") keeps its words; a town and state before a
    noun are left out ("acquire Englewood, Colo., homebuilder Winley" -> "acquire
    homebuilder Winley": the parser reads the town as what is bought); so is a label
    opening the text ("NOTE:")."""

    sentence = deal_words_respelled(_LEADING_LABEL.sub("", sentence))
    sentence = unparenthesised(sentence, keep_length=False)  # "(Nap Dumont Ltd)"

    def replace(match: re.Match[str]) -> str:
        before = sentence[: match.start()].split()
        last = before[-1] if before else ""
        follows_a_name = last[:1].isupper() or last[:1].isdigit() or last.endswith(("'s", ")"))
        # "the Matra group <MATR.PA>": a firm noun closing a name is its end too; after
        # common nouns only it closes none ("boot manufacturer <CFAS>": the bracket is
        # the name), unless the bracket has an exchange's suffix ("group <BENT.PA>")
        named_kind = _name_before_kind(before[:-1]) or "." in match.group(2)
        follows_a_name = follows_a_name or (last.lower() in FIRM_KIND_NOUNS and named_kind)
        if _TICKER.fullmatch(match.group(2)) and follows_a_name:
            return ""
        return match.group(1) + match.group(2)

    return without_town_state(_BRACKETED.sub(replace, sentence))


def _name_before_kind(words: list[str]) -> bool:
    """A name opens the noun phrase a firm noun ends ("the Benton electronics group"):
    a capitalised word before it, past lower-case nouns, before a word that starts the
    phrase ("a", "the", "and", "its")."""
    for word in reversed(words[-3:]):
        if word[:1].isupper():
            return True
        if word.lower() in _PHRASE_OPENERS:
            return False
    return False


_PHRASE_OPENERS = frozenset({"a", "an", "the", "and", "or", "its", "their", "of", "to"})


# "NOTE: 1986 results include NICO Inc acquired Oct 1985": a one-word label and its colon
# head the text; the parser would take the label as a subject.
_LEADING_LABEL = re.compile(r"^[A-Z][A-Za-z]{1,11}:\s+(?=\S)")


# "Englewood, Colo., homebuilder Winley Inc", "a Falmouth, Maine-based maker": a town, its
# state (province, country) and a comma or "-based" before the noun they qualify. The
# parser reads the town as the noun phrase's head (what is bought) or the state as an
# apposition; the phrase only says where the firm is. A town's words are capitalised,
# none in capitals only ("IBM Poughkeepsie") and none hyphen-joined ("Rouyn-Noranda").
_TOWN_STATE = re.compile(
    r"(?<![\w-])((?:[A-Z][a-z][\w'.]*\s+){0,2}[A-Z][a-z][\w'.]*), "
    r"([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(, |-based )(?=(\S+))"
)
# After these a town and state are where something is ("based in Houston, Texas, said").
_BEFORE_A_PLACE = frozenset("of in at from near to based outside and or".split())
# A comma after the state that ends a list or a clause ("Boston, Mass., and", "said").
_AFTER_A_CLAUSE = frozenset(
    "and or but which who where said says has have is was will would on in at for to with"
    " a an the as".split()
)


def without_town_state(sentence: str) -> str:
    """The sentence with each "Town, State," qualifying the noun after it left out."""

    def replace(match: re.Match[str]) -> str:
        before = sentence[: match.start()].split()
        after = match.group(4)
        if not place_name(match.group(2).split()) or _a_firm(match.group(1)):
            return match.group()
        # "to Troy, Michigan-based MLX": "-based" makes them a modifier whatever precedes
        if match.group(3) == ", " and before and before[-1].lower() in _BEFORE_A_PLACE:
            return match.group()
        if match.group(3) == ", " and (
            not after[0].islower() or after.strip(",.").lower() in _AFTER_A_CLAUSE
        ):
            return match.group()
        return ""

    return _TOWN_STATE.sub(replace, sentence)


def _a_firm(words: str) -> bool:
    """A legal form says the words before the comma name a firm, not a town ("Benton Corp,
    Texas, agreed ...")."""
    return any(w.lower().strip(",") in SUFFIXES for w in words.split())
