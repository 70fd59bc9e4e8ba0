"""Runs of capitalised words in a sentence, and the company names they hold.

A run joins capitalised words (and a number before one: "19 Entertainment Ltd") through
connectors of any language of firms' names, an ampersand, an inner stock symbol and a
comma before a legal form. It is then cut: after a possessive or a legal form with its full
stop, around a descriptive adjective ("New Jersey-based"), and at "and" between two names,
unless the whole run is one name with a legal suffix ("Western Savings and Loan Co").
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from retrieval.registry.company_names import (
    BUSINESS_HEADS,
    DESCRIPTIVE,
    SUFFIXES,
    TRADE_WORDS,
    clean_surface,
    has_suffix,
)
from retrieval.registry.places import place_name

if TYPE_CHECKING:
    from retrieval.registry.companies import CompanyDirectory


# A number opens a name only before a capitalised word ("19 Entertainment Ltd", "3M"), and
# only a whole number: "2,455,000 Benton Corp shares" holds no firm "000 Benton".
_WORD = (
    r"(?:[A-Z][A-Za-z0-9'’&./\-]*"
    r"|(?<![0-9,.])[0-9]+[A-Za-z][A-Za-z0-9\-]*|(?<![0-9,.])[0-9]+(?=\s+[A-Z]))"
)
# Inside a name, an elided French or Italian article joins its noun ("Cie Generale
# d'Electricite"); it opens none ("to l'Air Liquide SA" is "Air Liquide").
_INNER_WORD = rf"(?:{_WORD}|[dl]['’][A-Z][A-Za-z0-9'’&./\-]*)"
# A stock symbol may sit inside a name ("Merrill Lynch <MER> Capital Markets") or end it.
_INNER_TICKER = r"(?:\s+<[A-Z0-9.]{1,12}>)?"
# "Borealis Motor Co., Ltd.": a comma may come before a legal suffix.
_COMMA_SUFFIX = r"(?:,\s*(?:Ltd|Limited|Inc|Co|Corp|LLC|PLC|plc|AG|SA|NV|S\.A|N\.V|GmbH)\b\.?)*"
# Words that join the parts of one name, in English and the languages of firms' names
# ("Banca D'America e D'Italia", "Petroleos de Venezuela", "Jacobson och Ponsbach").
_CONNECTOR_WORDS = "and|of|de|du|del|della|di|da|do|dos|des|e|y|et|und|och|van|von|der|la|le"
NAME_RUN = re.compile(
    rf"<?{_WORD}(?:{_INNER_TICKER}(?:\s+|\s*&\s*|\s+(?:{_CONNECTOR_WORDS})\s+)"
    rf"(?!<){_INNER_WORD})*{_COMMA_SUFFIX}>?{_INNER_TICKER}"
)
_SUFFIX_STOPS = frozenset({"inc.", "corp.", "ltd.", "plc."})
_POSSESSIVE_WORD = re.compile(r"\w['’]s?,?$")


def split_run(
    sentence: str, start: int, end: int, directory: CompanyDirectory
) -> list[tuple[int, int]]:
    """A run of capitalised words as names: cut after a possessive ("Gelco Corp's First
    Boston"), drop a descriptive adjective and what precedes it ("New Jersey-based
    Purolator"), then split at "and" between names (`_split_connectors`)."""
    spans: list[tuple[int, int]] = []
    for sub_start, sub_end in _sub_runs(sentence, start, end):
        spans.extend(_split_connectors(sentence, sub_start, sub_end, directory))
    return spans


def _sub_runs(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    cursor = start
    for word in re.finditer(r"\S+", sentence[start:end]):
        word_start, word_end = start + word.start(), start + word.end()
        text = word.group().lower()
        if DESCRIPTIVE.search(text.rstrip(",")):
            if word_start > cursor:
                runs.append((cursor, word_start))
            cursor = word_end
        elif (_POSSESSIVE_WORD.search(text) or text in _SUFFIX_STOPS) and word_end < end:
            # "CKX Inc. Petroleos de Venezuela": a legal form with its full stop ends one
            # name (and, as often as not, a sentence).
            runs.append((cursor, word_end))
            cursor = word_end
    if cursor < end:
        runs.append((cursor, end))
    return [(s, e) for s, e in runs if sentence[s:e].strip()]


def _split_connectors(
    sentence: str, start: int, end: int, directory: CompanyDirectory
) -> list[tuple[int, int]]:
    """Split "Geely and Renault" in two; keep "Western Savings and Loan Co" whole.

    A connector stays inside a name only when the whole run ends with a legal suffix and
    the part before the connector is not itself a company: one the article already named,
    or one with its own legal suffix ("Kestrel Holdings and Nordlicht AG"). An ampersand
    never splits: English joins names with "and", and writes "&" inside them ("Johnson &
    Johnson").
    """
    leading = len(sentence[start:end]) - len(sentence[start:end].lstrip())
    start += leading
    text = sentence[start:end]
    # "AT and T", "A and P": a connector between initials is part of one name (not one
    # after a legal form, which closed a name: "Philips NV and E.I. Du Pont de Nemours").
    pieces = [
        p
        for p in re.finditer(rf"\s+(?:{_CONNECTOR_WORDS})\s+", text)
        if not re.match(r"[A-Z]\b", text[p.end() :]) or has_suffix(text[: p.start()])
    ]
    if not pieces:
        return [(start, end)]
    # "Don Bybee and Associates": a firm's word alone is no name; "Kelso Refining and
    # Marketing Partners": the trades of one firm
    alone = clean_surface(text[pieces[-1].end() :]).lower() in BUSINESS_HEADS
    if alone or _trades_joined(text, pieces[-1]):
        return [(start, end)]
    closed = _closed_before_of(text, pieces)
    if closed is not None:  # "BankAmerica Co of Charles Schwab and Co Inc": two names
        before = _split_connectors(sentence, start, start + closed.start(), directory)
        return [*before, *_split_connectors(sentence, start + closed.end(), end, directory)]
    nested = _nested_coordination(text, pieces) or _after_a_place(text, pieces)
    if nested is not None:
        return [(start + s, start + e) for s, e in nested]
    if has_suffix(clean_surface(text)):
        first = pieces[0]
        left = clean_surface(text[: first.start()])
        # "Piedmont and PSA Inc" after "Piedmont Aviation Inc": a company's short name
        complete = directory.knows(left) or has_suffix(left) or _short_name(left, directory)
        if first.group().strip() != "and" or not complete:
            return [(start, end)]
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        if piece.group().strip() == "and":
            spans.append((start + cursor, start + piece.start()))
            cursor = piece.end()
    spans.append((start + cursor, end))
    return [(s, e) for s, e in spans if e > s]


def _trades_joined(text: str, piece: re.Match[str]) -> bool:
    """ "Kelso Refining and Marketing Partners": an "and" between a trade ending the words
    before it and words after it that are only trades and firm words joins two trades of
    one firm. Such words name no firm of their own ("Marketing Partners" has nothing of
    its own), and a name before with its own legal form is complete ("Harlow Corp and
    Marketing Services Inc" is two)."""
    if piece.group().strip() != "and":
        return False
    left = clean_surface(text[: piece.start()]).split()
    right = text[piece.end() :].split()
    if len(left) < 2 or left[-1].lower() not in TRADE_WORDS or has_suffix(" ".join(left)):
        return False
    words = [w.lower().rstrip(".,") for w in right if not w.startswith("<")]
    trades = [w for w in words if w not in SUFFIXES]
    return bool(trades) and all(w in TRADE_WORDS for w in trades)


def _closed_before_of(text: str, pieces: list[re.Match[str]]) -> re.Match[str] | None:
    """An "of" right after a legal form and before no place: the form closed a name
    ("purchase from BankAmerica Co of Charles Schwab and Co Inc"); what follows belongs to
    the phrase around it. A place after it is the name's ("Aluminum Co of America")."""
    for index, piece in enumerate(pieces):
        if piece.group().strip() != "of" or not has_suffix(clean_surface(text[: piece.start()])):
            continue
        # up to the next connector: "Dynamics Corp of America" keeps its place
        after = pieces[index + 1].start() if index + 1 < len(pieces) else len(text)
        if not place_name(text[piece.end() : after].split()):
            return piece
    return None


def _short_name(left: str, directory: CompanyDirectory) -> bool:
    """The first word of one name the article knows, when that is more than the word."""
    known = directory.resolve(left)
    return known is not None and known.lower() != left.lower()


def _nested_coordination(text: str, pieces: list[re.Match[str]]) -> list[tuple[int, int]] | None:
    """ "Wagner and Brown and AFG Industries Inc": English lists names as "A, B and C", so
    two "and"s join two names, one of which holds the other "and". The conjunct with a
    legal form of its own is the complete name; the rest is the other name, whole."""
    ands = [p for p in pieces if p.group().strip() == "and"]
    # "American Telephone and Telegraph Co and Telerate Inc": an "and" with a whole name
    # and its legal form on each side joins names; the other "and"s are inside one.
    cuts = [p for p in ands if _whole_name(text[: p.start()]) and _whole_name(text[p.end() :])]
    if len(ands) >= 2 and cuts:
        bounds = [0, *(b for p in cuts for b in (p.start(), p.end())), len(text)]
        return [
            piece
            for start, end in zip(bounds[::2], bounds[1::2], strict=True)
            for piece in _closed_by_a_firm_word(text, start, end)
        ]
    if len(ands) != 2:
        return None
    first, second = ands
    closed = _closed_by_a_firm_word(text, 0, len(text))
    if len(closed) == 2:
        return closed
    left, right = text[: second.start()], text[second.end() :]
    if _complete_name(right) and not _complete_name(left):
        return [(0, second.start()), (second.end(), len(text))]
    left, right = text[: first.start()], text[first.end() :]
    if _complete_name(left) and not _complete_name(right):
        return [(0, first.start()), (first.end(), len(text))]
    return None


def _closed_by_a_firm_word(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "Len Hale and Associates and Tobin Inc": a firm's word alone after "and" closes the
    name it ends ("and Associates" is no name of its own), so the next "and" joins two."""
    ands = list(re.finditer(r"\s+and\s+", text[start:end]))
    for first, second in pairwise(ands):
        between = clean_surface(text[start + first.end() : start + second.start()])
        if between.lower() in BUSINESS_HEADS:
            return [(start, start + second.start()), (start + second.end(), end)]
    return [(start, end)]


def _after_a_place(text: str, pieces: list[re.Match[str]]) -> list[tuple[int, int]] | None:
    """ "Neville Lewis Associates of New York and Walker Associates Inc", "Bank of New York
    and Irving Trust Co": a name closed by its place ("of New York"), then "and" and a name
    of its own words with its own legal form, is two names."""
    for piece in pieces:
        if piece.group().strip() != "and":
            continue
        place = re.search(r"\bof\s+((?:[A-Z][\w.]*\s*)+)$", text[: piece.start()])
        right = _without_place(clean_surface(text[piece.end() :]))
        own_words = [w for w in right.split() if w.lower().rstrip(".") not in SUFFIXES]
        # the right is no place of its own ("Port Authority of New York and New Jersey Inc");
        # one word of its own names a firm when the left closed its name with a legal form
        # before its place ("Osko Corp of Houston and Brenna Ltd")
        closed = place is not None and has_suffix(text[: place.start()].strip())
        enough = len(own_words) >= 2 or (closed and len(own_words) == 1)
        named = enough and not place_name(own_words)
        if place and place_name(place.group(1).split()) and has_suffix(right) and named:
            return [(0, piece.start()), (piece.end(), len(text))]
    return None


def _without_place(name: str) -> str:
    """ "Vardeau Inc of Dallas": a name with its legal form, without the place after it."""
    found = re.search(r"\s+of\s+((?:[A-Z][\w.]*\s*)+)$", name)
    if found is None or not place_name(found.group(1).split()):
        return name
    return name[: found.start()] if has_suffix(name[: found.start()]) else name


def _whole_name(text: str) -> bool:
    """A complete name that ends with its legal form (a ticker aside), not one cut from the
    front of a longer run ("Telerate Inc and American Telephone")."""
    return _complete_name(text) and has_suffix(re.sub(r"<[^>]*>", " ", text).strip())


def _complete_name(text: str) -> bool:
    """A name with a legal form that is more than the legal form ("and Co" is not)."""
    surface = clean_surface(text)
    return has_suffix(surface) and len(surface.split()) >= 2


def extend_suffixes(sentence: str, end: int) -> int:
    """Swallow legal suffixes after a known name: "Geely" + " Holding Group", "Co" + "., Ltd."."""
    while True:
        last = sentence[:end].rsplit(maxsplit=1)[-1].lower() if sentence[:end].split() else ""
        if sentence[end : end + 1] == "." and last in SUFFIXES:
            end += 1
            continue
        match = re.match(r",?\s+([A-Za-z.]+)", sentence[end:])
        if not match or match.group(1).lower().rstrip(".") not in SUFFIXES | _BARE_SUFFIXES:
            return end
        end += match.end()


_BARE_SUFFIXES = frozenset(suffix.rstrip(".") for suffix in SUFFIXES)
