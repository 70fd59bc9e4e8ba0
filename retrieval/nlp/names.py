"""How organisations are named: legal forms, short forms, initialisms and tickers.

These are facts of English business naming, not of any one article: "Hewlett-Packard" is
written "HP", "American Express" "Amex", "Procter and Gamble" "P&G", "Caterpillar" "Cat";
a Reuters name may carry its ticker ("Procter and Gamble Co <PG>"), and a name may define
its own short form in brackets ("Contemporary Amperex Technology Co. Limited (CATL)").
The reader uses them to recognise a question's name in an article that spells it
differently; the registry to merge one company's names across articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.nlp.spelling import spelling_distance
from retrieval.nlp.vocabulary import (
    is_adjective,
    is_common_word,
    is_derived_word,
    is_proper_noun,
    is_stop_word,
)

# Legal forms (English, and the European and Asian ones newswire keeps: Swedish "AB", Dutch
# "BV", Finnish "Oy", Singapore "Pte") and group words: they say a name is a company's,
# and carry no identity.
LEGAL_FORMS = frozenset(
    """
    inc incorporated corp corporation co cos company ltd limited plc llc lp ag sa nv spa
    gmbh kk pty bhd fsb group holding holdings the ab bv oy oyj kgaa pte srl sarl
    """.split()
)
# The legal forms that only a company's name ends with ("Kanto Yakuhin KK" is a company
# whatever the NER called it); "Group" or "Holdings" may end other names.
COMPANY_FORMS = LEGAL_FORMS - frozenset({"the", "group", "holding", "holdings"})
# Words that join the parts of a name and are left out of its initials ("P&G").
CONNECTORS = frozenset({"and", "&", "of", "de", "du", "del", "van", "von", "der", "la", "et"})
# Words of address before a person's name, no part of it ("Ms Tan" is Lillian Tan).
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "mme", "herr"})
_PIECE = re.compile(r"[A-Za-z0-9]+")
# A short form in capitals ("AMC", "NZFP", "P&G"): it may stand for any name it spells.
INITIALISM = re.compile(r"[A-Z][A-Z&]{1,5}")
_POSSESSIVE = re.compile(r"(?<=\w)['’][sS]\b")
# Reuters stock symbols written with their exchange or share class after a space ("<ERIC
# ST>" Stockholm, "<REED L>" London, "<GFS A>" class A, "<MON PR>" preferred) or in lower case,
# perhaps capitalised ("<skbs.St.>", "<Neoy.He>"): codes, not names. Only known codes follow
# the space: "<BP AG>", "<ABN BV>" are names with their legal form.
_EXCHANGES = "ST|L|N|O|A|B|J|T|F|S|Z|PA|TO|AS|HK|PR|MI|HE|OL|BR|MC|SI|AX"
EXCHANGE_SYMBOL = (
    rf"[A-Z0-9]{{2,6}} (?:{_EXCHANGES})|[A-Za-z0-9][a-z0-9]{{1,5}}\.[A-Za-z]{{1,3}}\.?"
)
# "Procter and Gamble Co <PG>": a Reuters stock symbol right after the name.
_NAME = r"[A-Z][\w&'.-]*(?:,?\s+(?:(?:and|of|de|du|del|la|&)\s+)?[A-Z][\w&'.-]*){0,7}"
_TICKER = re.compile(rf"({_NAME})\s*<([A-Z0-9.]{{1,12}})>")
# "Contemporary Amperex Technology Co. Limited (CATL)": a short form defined in brackets.
_DEFINED = re.compile(rf"({_NAME})\s*\(([A-Z][\w&.-]{{1,14}})\)")


def pieces(name: str) -> list[str]:
    """Lower-case word pieces; "Hewlett-Packard" -> ["hewlett", "packard"], "U.K." -> ["uk"];
    a possessive ending is no piece of a name ("Standard and Poor's": S&P)."""
    name = name.replace(".", "")
    if "'" in name or "’" in name:
        name = _POSSESSIVE.sub("", name)
    return [p.lower() for p in _PIECE.findall(name)]


def name_key(name: str) -> str:
    """A comparison key: case, punctuation, "&"/"and" and legal forms ignored."""
    kept = [p for p in pieces(name.replace("&", " and ")) if p not in LEGAL_FORMS]
    return " ".join(kept)


# A name written as one word of capitalised pieces ("NatWest", "AlliedSignal", "PdVSA").
_COMPOUND = re.compile(r"[A-Z][A-Za-z]+")
_COMPOUND_PIECE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+")


def compound_pieces(name: str) -> list[str]:
    """The lower-case pieces of a name written as one word of capitalised pieces of two
    letters or more ("NatWest" -> ["nat", "west"], "AlliedSignal" -> ["allied", "signal"]);
    [] for any other name. A piece of one letter ("BofA", "BoE") makes an initialism of
    it, not a compound of words."""
    if not _COMPOUND.fullmatch(name):
        return []
    found = _COMPOUND_PIECE.findall(name)
    if len(found) < 2 or any(len(piece) < 2 for piece in found):
        return []
    return [piece.lower() for piece in found]


def abbreviates(short: str, full: str) -> bool:
    """Is `short` an initialism or clipped form of `full`? (HP, Amex, P&G, Cat, NUMMI)."""
    letters = "".join(cached_pieces(short))
    words = cached_pieces(full.replace("-", " "))
    if not letters or len(words) == 0 or letters == "".join(words):
        return False
    one_word = len(words) == 1 or all(w in LEGAL_FORMS for w in words[1:])
    joined = _JOINED_INITIALS.fullmatch(short)
    initialism = short.isupper() or joined is not None
    pieced = compound_pieces(full.split(maxsplit=1)[0]) if one_word and initialism else []
    if len(pieced) > 1:  # "GSK" for "GlaxoSmithKline plc": one word of capitalised words
        words = (*pieced, *words[1:])
        # "BofA" for "BankAmerica Corp": a compound fuses its words without the connector
        # the initialism writes out
        letters = "".join(c for c in short if c.isupper()).lower() if joined else letters
    if len(words) == 1 or all(w in LEGAL_FORMS for w in words[1:]):
        # One word: only a clipping of at least three letters ("Cat" for "Caterpillar").
        return len(letters) >= 3 and words[0].startswith(letters) and len(words[0]) > len(letters)
    if _may_spell(letters, words) and _spells(letters, words, used=0):
        return True
    # "JAL" for "Japan Airlines": a closed compound's words give a letter each
    split = tuple(part for word in words for part in compound_words(word))
    initials = "".join(w[0] for w in split if w not in CONNECTORS and w not in LEGAL_FORMS)
    return split != words and letters == initials


@lru_cache(maxsize=65_536)
def compound_words(word: str) -> tuple[str, ...]:
    """A closed compound noun's two words ("airlines": "air", "lines"; "railroad": "rail",
    "road"), each a word of the language of three letters or more; any other word alone
    (an adjective is no compound of nouns: "international")."""
    if not is_common_word(word) or is_adjective(word):
        return (word,)
    for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
        head, tail = word[:cut], word[cut:]
        if is_common_word(head) and is_common_word(tail) and not is_stop_word(head):
            return (head, tail)
    return (word,)


# The shortest word a closed compound is made of ("air" of "airlines").
MIN_COMPOUND_PART = 3


# Initials joined by a connector written out ("BofA", "BoE"): the capitals are the initials.
_JOINED_INITIALS = re.compile(r"[A-Z](?:(?:of|o|and|&)[A-Z])+")


def same_party(a: str, b: str) -> bool:
    """One name's words are within the other's ("Sina", "Sina Corp"), or one abbreviates
    the other ("CDC", "Canada Development Corp")."""
    key_a, key_b = set(name_key(a).split()), set(name_key(b).split())
    if key_a and key_b and (key_a <= key_b or key_b <= key_a):
        return True
    if _compact(a) and _compact(a) == _compact(b):
        return True  # "AT&T", "ATT", "AT and T": one name with or without its ampersand
    if _clips_a_word(a, b) or _clips_a_word(b, a):
        return True
    return abbreviates(a, b) or abbreviates(b, a) or _misspelt(key_a, key_b)


def _clips_a_word(short: str, full: str) -> bool:
    """A clipping of one of a longer name's coined words names it, as that word alone does
    ("Citi" for "Citicorp Savings", as for "Citicorp"), or of a place's name in it ("Wisc"
    for "First Wisconsin"). A common word opens any number of names, as a lead ("Nation",
    "Golden") or as the clipping ("Nova" of "Novacor", "She" of "Shearson"); and a clipping
    cuts a word short, not by a letter ("Transamerica" is another firm than
    "TransAmerican")."""
    words = full.split()
    if len(short.split()) != 1 or len(words) < 2 or is_derived_word(short.lower()):
        return False
    clip = short.lower()
    return any(
        (is_proper_noun(word.lower()) or not is_derived_word(word.lower()))
        and len(word) - len(clip) >= MIN_CLIPPED
        and abbreviates(short, word)
        for word in words
    )


# A clipping leaves out at least this many letters of the word it cuts.
MIN_CLIPPED = 3


def _compact(name: str) -> str:
    """The name's letters without connectors or legal forms ("AT&T", "AT and T": "att")."""
    return "".join(p for p in pieces(name) if p not in CONNECTORS and p not in LEGAL_FORMS)


# Words of a name that must agree exactly before a slip in another is forgiven: firms one
# letter apart are common ("Capitol" / "Capital Bancorp", "Country" / "County Bank"), so a
# slip says "the same" only inside a long name ("Banco Portugues de Investimento").
_AGREEING_WORDS = 2


def _misspelt(key_a: set[str], key_b: set[str]) -> bool:
    """The shorter name's words are all in the longer one but one, which is a slip (one
    edit) of another of its words, and at least two others agree exactly."""
    small, large = sorted((key_a - CONNECTORS, key_b - CONNECTORS), key=len)
    missing = small - large
    if len(missing) != 1 or len(small & large) < _AGREEING_WORDS:
        return False
    [word] = missing
    return len(word) >= 6 and any(spelling_distance(word, other) == 1 for other in large - small)


@lru_cache(maxsize=65_536)
def cached_pieces(name: str) -> tuple[str, ...]:
    # The registry compares every short form with every long name: cache the split.
    return tuple(pieces(name))


def _may_spell(letters: str, words: tuple[str, ...]) -> bool:
    """A quick necessary test: the initials of the name's own words (connectors and legal
    forms aside, which may or may not give a letter) appear in the letters in order."""
    initials = [w[0] for w in words if w not in CONNECTORS and w not in LEGAL_FORMS]
    if len(initials) > len(letters):
        return False
    position = 0
    for initial in initials:
        position = letters.find(initial, position)
        if position < 0:
            return False
        position += 1
    return True


@lru_cache(maxsize=65_536)
def _spells(letters: str, words: tuple[str, ...], *, used: int) -> bool:
    """Letters taken as a non-empty prefix of each word in turn; connectors and legal forms
    may be skipped, other words may not (an initialism does not jump over a name word)."""
    if not letters:
        rest = words
        return used >= 2 and all(w in CONNECTORS or w in LEGAL_FORMS for w in rest)
    if not words:
        return False
    word, rest = words[0], words[1:]
    if (word in CONNECTORS or word in LEGAL_FORMS) and _spells(letters, rest, used=used):
        return True
    for size in range(min(len(word), len(letters)), 0, -1):
        if word[:size] == letters[:size] and _spells(letters[size:], rest, used=used + 1):
            return True
    return False


def defined_short_forms(text: str) -> list[tuple[str, str]]:
    """(short form, full name) pairs that a text defines: tickers and bracketed short forms."""
    found = [(m.group(2), m.group(1)) for m in _TICKER.finditer(text)]
    for match in _DEFINED.finditer(text):
        short, full = match.group(2), match.group(1).rstrip(", ")
        if abbreviates(short, full) or short.isupper():
            found.append((short, full))
        elif spelled := _spelled_from(short, full):
            found.append((short, spelled))
    return found


def _spelled_from(short: str, full: str) -> str | None:
    """The fewest last words of the name holding the bracketed form's letters in order,
    from the first letter of its first word ("PricewaterhouseCoopers (PwC)"): Schwartz and
    Hearst's test for a definition, looser than an initialism's, which the bracket itself
    vouches for."""
    letters = [c for c in short.lower() if c.isalnum()]
    # a word of letters ("PwC"), not a party label ("D-Kan.") or a legal form ("Pty")
    if len(letters) < 2 or not short.isalnum() or short.lower() in LEGAL_FORMS:
        return None
    words = full.split()
    for size in range(1, len(words) + 1):
        spelled = " ".join(words[-size:])
        rest = iter(spelled.lower())  # each letter found after the one before it
        starts = spelled[:1].isupper() and next(rest) == letters[0]
        if starts and all(letter in rest for letter in letters[1:]):
            return spelled
    return None


def swapped_initials(a: str, b: str) -> bool:
    """Two initialisms one swap of neighbouring letters apart ("GGHF" / "GGFH"): the
    commonest typing slip, which `close_spelling` leaves to words of five letters."""
    key_a, key_b = name_key(a).replace(" ", ""), name_key(b).replace(" ", "")
    if not (_initialism(a) and _initialism(b)) or len(key_a) != len(key_b):
        return False
    one_swap = spelling_distance(key_a, key_b) == 1
    return len(key_a) >= 3 and sorted(key_a) == sorted(key_b) and one_swap


def _initialism(name: str) -> bool:
    """Its words, legal forms aside, are all capitals ("GGFH Inc")."""
    own = [w for w in _PIECE.findall(name) if w.lower() not in LEGAL_FORMS]
    return bool(own) and all(w.isupper() for w in own)
