"""What a company's name looks like, and its one canonical form.

Canonical names drop legal-form and group suffixes ("Geely Holding Group" -> "Geely",
"Merck and Co Inc" -> "Merck"). A surface is cleaned of what a sentence puts around a name
(an opening word, a year, a possessive, a ticker, a full stop). No gazetteer of companies:
a cleaned run of capitalised words may name one unless it is only places, roles, dates,
numbers and function words, a government body, or a hyphenated description; a legal form
or a trade ("Motors", "Labs") at its end is the evidence that it does.
"""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.registry.places import PLACE_WORDS
from retrieval.text import STOPWORDS

# Legal forms and group words: they say a run is a company, and carry no identity.
SUFFIXES = frozenset(
    """
    inc inc. incorporated corp corp. corporation co co. cos company ltd ltd. limited plc llc
    lp l.p. ag sa s.a. nv n.v. spa gmbh kk pty bhd fsb group holding holdings association a/s
    ab bv b.v. oy oyj kgaa pte srl sarl
    """.split()
)
_CONNECTORS = frozenset(
    "and & of de du del della di da do dos des e y et und och van von der la le".split()
)
# The trades companies name themselves after ("Pyra Labs", "BLB Investors", "Air Canada"
# aside): a run ending in one is a company as surely as one ending in "Inc".
BUSINESS_HEADS = frozenset(
    """
    airlines airways motors bank bancorp bancshares labs laboratories software systems
    technologies networks communications entertainment pharmaceuticals industries
    electronics petroleum resources mining minerals chemicals brewing breweries foods
    insurance computers semiconductor semiconductors steel capital partners investors
    ventures securities financial telecom telecommunications media publishing studios
    pictures broadcasting shipping logistics stores enterprises manufacturing healthcare
    utilities airline motor sawmill sawmills associates
    drilling exploration refining pipeline dairy dairies milk
    """.split()
)
# Trades a firm's name may join by "and" ("Kelso Refining and Marketing Partners", "Esso
# Exploration and Production"): the firm words above and the trades a name joins to them.
# Only for telling an inner "and" (name_runs): not evidence that a run is a firm.
TRADE_WORDS = BUSINESS_HEADS | frozenset(
    """
    marketing production distribution trading development engineering construction
    services supply transport transportation research refineries
    """.split()
)
# Founders' names before one legal form: "Holt, Rinehart and Winston Inc".
PARTNERS_NAME = re.compile(
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s+[A-Z][a-z]+)+,?\s+(?:and|&)\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:Co|Cos|Inc|Corp|Ltd)\b\.?"
)
# Capitalised words that open sentences or name roles and times: dropped from a run's start.
_LEADING = frozenset(
    """
    according under yesterday today tomorrow meanwhile however also both each after before
    since while although among during following last next this that these those their its
    his her our your we it they he she i mr mrs ms dr sir said says investor investors
    chairman chairwoman president ceo cfo cto coo chief executive officer director manager
    vice party secretary founder analyst analysts spokesman spokeswoman official
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec privately equity
    """.split()
)
# Words that never make a company name on their own (a run of only these is not a company).
# The wire's byline ("REUTER") is no name alone; with a legal form it names the wire's
# own company ("Reuters Holdings Plc"), as any proper noun followed by a legal form does.
_BYLINES = frozenset({"reuter", "reuters"})
_NOT_NAMES = _LEADING | PLACE_WORDS | _BYLINES | frozenset("u.s. u.k. u.s uk eu the of".split())
# A public body's name has one of these as its head: the last word, or the word before
# "of"/"for" ("Department of Energy"); as a modifier it names no body ("Federated
# Department Stores"). Armed forces are public bodies too ("U.S. Air Force", "the Navy").
# "Reserve" marks a central bank wherever it stands.
_GOVERNMENT = re.compile(
    r"\b(?:commission|department|ministry|government|administration|court|police|bureau"
    r"|agency|council|parliament|congress|senate|treasury|service|office|alliance"
    r"|coalition|federation|confederation|community|army|navy|force)(?:$|\s+(?:of|for)\b)"
    r"|\breserve\b"
    # Seats of government that stand for it ("the Kremlin sold Yugansk").
    r"|^(?:the\s+)?(?:kremlin|pentagon|white\s+house|downing\s+street|whitehall|elysee)$",
    re.IGNORECASE,
)
# Unions used in hot loops, built once (rebuilding them per word dominated ingest time).
_OPENERS = STOPWORDS | _LEADING
NEVER_A_NAME = _NOT_NAMES | SUFFIXES | _CONNECTORS | STOPWORDS
_INNER_TICKERS = re.compile(r"\s*<[A-Z0-9.]{1,12}>")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# Participles made adjectives by a hyphen ("New Jersey-based", "Canadian-led"): no names.
DESCRIPTIVE = re.compile(r"-(?:based|owned|listed|held|run|led|backed|controlled|funded)$")
_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=65_536)
def canonical_company(surface: str) -> str:
    """ "Geely Holding Group" -> "Geely"; "Merck and Co Inc" -> "Merck"; keeps one word."""
    words = clean_surface(surface).split()
    while len(words) > 1 and (words[-1].lower() in SUFFIXES or words[-1].lower() in {"&"}):
        words.pop()
        while len(words) > 1 and words[-1].lower().rstrip(",") in _CONNECTORS:
            words.pop()
    name = " ".join(words).rstrip(",")
    return name.title() if name.isupper() and len(name) > 6 and " " in name else name


def business_named(surface: str) -> bool:
    words = surface.split()
    return len(words) > 1 and words[-1].lower() in BUSINESS_HEADS and is_company_name(surface)


def legal_form(word: str) -> bool:
    """The word is a legal form ("Inc", "Corp.", "Ltd"): the word that completes a firm's
    name, whatever the recogniser took the name for."""
    return word.lower().rstrip(".") in SUFFIXES


def has_suffix(surface: str) -> bool:
    words = surface.split()
    return len(words) > 1 and words[-1].lower() in SUFFIXES


# What "Co of ..." names end with.
_OF_AMERICA = frozenset({("of", "america"), ("of", "north", "america"), ("of", "south", "america")})


@lru_cache(maxsize=65_536)
def clean_surface(text: str) -> str:
    text = _INNER_TICKERS.sub("", text).strip().strip("<>").strip()
    text = _POSSESSIVE.sub("", text)
    words = text.split()
    # "AT and T": an all-capitals word is a name even when it spells a stopword.
    popped = False
    # "US West Inc": "US" in capitals is the country, as "U.S." is, never the pronoun.
    while (
        words
        and words[0].lower().strip(".,") in _OPENERS
        and not _is_caps_name(words[0])
        and words[0] != "US"
    ):
        if not popped and _month_named(words):
            break  # "rival May Department Stores" (but "In May Ford Motor Co said")
        words.pop(0)
        popped = True
    # "In 1987 Ford said": a year before a name is not part of it; "19 Entertainment Ltd" is.
    if words and words[0].isdigit() and (len(words[0]) == 4 or not has_suffix(" ".join(words))):
        words.pop(0)
    # "Siemens Informations Systems Inc. Has": a name ends at its last legal suffix.
    # Swedish "AB" may stand inside a name ("Telefon AB L.M. Ericsson"), so it ends none.
    last_suffix = max(
        (i for i, w in enumerate(words) if w.lower() in SUFFIXES and w.lower() != "ab"),
        default=-1,
    )
    # "Aluminum Co of America", "Insurance Co of North America": the American naming
    # pattern ends the name there (elsewhere a place says where the firm is: "Acme Inc
    # of Houston", "Benton Corp of Canada")
    tail = tuple(w.lower().strip(",.") for w in words[last_suffix + 1 :])
    of_a_place = tail in _OF_AMERICA
    if 0 < last_suffix < len(words) - 1 and not of_a_place:
        words = words[: last_suffix + 1]
    # A sentence's full stop is not part of the name; initials ("W.", "U.S.") keep theirs.
    if words and words[-1].endswith(".") and not _INITIALS.fullmatch(words[-1]):
        words[-1] = words[-1].rstrip(".")
    return " ".join(words).rstrip(",;:")


def _month_named(words: list[str]) -> bool:
    """A month opening a run is a name's first word when the run is a firm's name without
    it ("May Department Stores") or a legal form follows it ("May Co": no date does)."""
    if words[0].lower() not in _MONTHS or len(words) < 2 or not words[1][:1].isupper():
        return False
    if len(words) == 2:
        return words[1].lower().strip(".,") in _LEGAL_ABBREVIATIONS
    rest = " ".join(words[1:])
    return has_suffix(rest) or business_named(rest)


_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_NOT_CAPS_NAMES = PLACE_WORDS | frozenset("us uk u.s u.k eu un i ii iii iv".split())


def _is_caps_name(word: str) -> bool:
    lowered = word.lower().strip(".,")
    return len(word) >= 2 and word.isupper() and lowered not in _LEADING | _NOT_CAPS_NAMES


# The US government's deposit insurers are corporations by name ("Federal Savings and
# Loan Insurance Corp", "Federal Deposit Insurance Corp"): public bodies all the same.
_PUBLIC_INSURER = re.compile(
    r"^(?:the\s+)?federal\s+(?:[\w&]+\s+){0,5}insurance\s+corp(?:oration)?\.?$", re.IGNORECASE
)


def is_authority(run: str) -> bool:
    surface = clean_surface(run)
    if _PUBLIC_INSURER.match(surface):
        return True
    return bool(_GOVERNMENT.search(run)) and not has_suffix(surface)


_INITIAL_SKIPS = frozenset({"and", "of", "for", "the", "&"})


def initialisms(run: str) -> set[str]:
    """The short forms a body's name makes from its words' initials: "US Securities and
    Exchange Commission" -> "USSEC", "SEC" (a qualifier before the name is often left out
    of its initials: "SEC", not "USSEC"), each of at least two letters."""
    letters = "".join(
        w[0].upper() for w in clean_surface(run).split() if w.lower() not in _INITIAL_SKIPS
    )
    return {letters[i:] for i in range(len(letters) - 1)}


_NUMBERISH = re.compile(r"^\d[\d,.]*(?:st|nd|rd|th|s)?$")


def is_company_name(surface: str) -> bool:
    """Could this cleaned run of capitalised words name a company? (not a place, a role,
    a date, a number, a government body)"""
    return may_be_name(surface)


@lru_cache(maxsize=65_536)
def may_be_name(surface: str) -> bool:
    words = surface.split()
    lowered = [w.lower().strip(".,") for w in words]
    if len(words) == 2 and _month_named(words):
        return True
    if len(lowered) == 1 and len(lowered[0]) < 2:
        return False  # a lone letter is an initial ("S and P" cut at "and"), not a name
    generic = all(
        (w in NEVER_A_NAME or _NUMBERISH.match(w)) and not _is_caps_name(original)
        for w, original in zip(lowered, words, strict=True)
    )
    if generic and not _suffixed_name(lowered):
        return False
    if (_GOVERNMENT.search(surface) and not has_suffix(surface)) or _PUBLIC_INSURER.match(surface):
        return False
    # Hyphenated adjectives ("Dallas-based", "state-owned") describe, they do not name.
    return not any(DESCRIPTIVE.search(w) for w in lowered)


_LEGAL_ABBREVIATIONS = frozenset(
    """inc corp co cos ltd plc llc ag sa nv spa gmbh kk pty bhd ab bv oy oyj kgaa pte srl
    sarl""".split()
)


def _suffixed_name(lowered: list[str]) -> bool:
    """Place and common words before an abbreviated legal form make a name ("Wisconsin
    Central Ltd"); one such word before a capitalised common noun ("another Canadian
    Company") does not, nor do the suffix and function words alone."""
    if len(lowered) < 3 or lowered[-1] not in _LEGAL_ABBREVIATIONS:
        return False
    words = [w for w in lowered[:-1] if w not in SUFFIXES | _CONNECTORS | STOPWORDS]
    return len(words) >= 2 or (len(words) == 1 and words[0] in _BYLINES)
