"""Company names: find them in a sentence and reduce each to one canonical name.

Canonical names drop legal-form and group suffixes ("Geely Holding Group" -> "Geely") and
prefer an acronym the article defines in parentheses ("Contemporary Amperex Technology Co.
Limited (CATL)" -> "CATL"). A :class:`CompanyDirectory` learns an article's names in a first
pass, so later mentions in another case or form ("geely", "Tempo" for "Tempo Enterprises
Inc") resolve to the same company. No gazetteer of companies: the evidence that a run of
capitalised words is a company is its shape (a suffix, a ticker, an acronym definition).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from retrieval.registry.lexicon import FIRM_KIND_NOUNS
from retrieval.registry.places import PLACE_WORDS
from retrieval.text import STOPWORDS

# Legal forms and group words: they say a run is a company, and carry no identity.
SUFFIXES = frozenset(
    """
    inc inc. incorporated corp corp. corporation co co. cos company ltd ltd. limited plc llc
    lp l.p. ag sa s.a. nv n.v. spa gmbh kk pty bhd fsb group holding holdings association a/s
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
    utilities airline motor
    """.split()
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
_NOT_NAMES = _LEADING | PLACE_WORDS | frozenset("reuter reuters u.s. u.k. u.s uk eu the of".split())
# A public body's name has one of these as its head: the last word, or the word before
# "of"/"for" ("Department of Energy"); as a modifier it names no body ("Federated
# Department Stores"). "Reserve" marks a central bank wherever it stands.
_GOVERNMENT = re.compile(
    r"\b(?:commission|department|ministry|government|administration|court|police|bureau"
    r"|agency|council|parliament|congress|senate|treasury|service|office|alliance"
    r"|coalition|federation|confederation)(?:$|\s+(?:of|for)\b)"
    r"|\breserve\b"
    # Seats of government that stand for it ("the Kremlin sold Yugansk").
    r"|^(?:the\s+)?(?:kremlin|pentagon|white\s+house|downing\s+street|whitehall|elysee)$",
    re.IGNORECASE,
)
# A number opens a name only before a capitalised word ("19 Entertainment Ltd", "3M").
_WORD = r"(?:[A-Z][A-Za-z0-9'’&./\-]*|[0-9]+[A-Za-z][A-Za-z0-9\-]*|[0-9]+(?=\s+[A-Z]))"
_TICKER = re.compile(r"^<[A-Z0-9.]{1,12}>$")  # "<ERIC.ST>" after a name is its stock symbol
# A stock symbol may sit inside a name ("Merrill Lynch <MER> Capital Markets") or end it.
_INNER_TICKER = r"(?:\s+<[A-Z0-9.]{1,12}>)?"
# "Borealis Motor Co., Ltd.": a comma may come before a legal suffix.
_COMMA_SUFFIX = r"(?:,\s*(?:Ltd|Limited|Inc|Co|Corp|LLC|PLC|plc|AG|SA|NV|S\.A|N\.V|GmbH)\b\.?)*"
# Words that join the parts of one name, in English and the languages of firms' names
# ("Banca D'America e D'Italia", "Petroleos de Venezuela", "Jacobson och Ponsbach").
_CONNECTOR_WORDS = "and|of|de|du|del|della|di|da|do|dos|des|e|y|et|und|och|van|von|der|la|le"
# Founders' names before one legal form: "Holt, Rinehart and Winston Inc".
_PARTNERS_NAME = re.compile(
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s+[A-Z][a-z]+)+,?\s+(?:and|&)\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:Co|Cos|Inc|Corp|Ltd)\b\.?"
)
_RUN = re.compile(
    rf"<?{_WORD}(?:{_INNER_TICKER}(?:\s+|\s*&\s*|\s+(?:{_CONNECTOR_WORDS})\s+)"
    rf"(?!<){_WORD})*{_COMMA_SUFFIX}>?{_INNER_TICKER}"
)
# Unions used in hot loops, built once (rebuilding them per word dominated ingest time).
_OPENERS = STOPWORDS | _LEADING
_NEVER_A_NAME = _NOT_NAMES | SUFFIXES | _CONNECTORS | STOPWORDS
_INNER_TICKERS = re.compile(r"\s*<[A-Z0-9.]{1,12}>")
_TRAILING_TICKER = re.compile(r"<[A-Z0-9.]{1,12}>$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# Participles made adjectives by a hyphen ("New Jersey-based", "Canadian-led"): no names.
_DESCRIPTIVE = re.compile(r"-(?:based|owned|listed|held|run|led|backed|controlled|funded)$")
_DESCRIBED_BEFORE = re.compile(r"\w-(?:based|owned|listed|held|controlled)\s+$", re.IGNORECASE)
_FIRM_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(FIRM_KIND_NOUNS))}),?\s+$")
_CAPITALISED_INSIDE = re.compile(r"(?<=[\w,;:)] )[A-Z][\w&'’-]*")
_ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Za-z0-9&]{1,9})\)")
_TICKER_AFTER = re.compile(r"^\s*<[A-Z][A-Z0-9.]{0,9}>")
_POSSESSIVE = re.compile(r"['’]s?$")
_SUFFIX_STOPS = frozenset({"inc.", "corp.", "ltd.", "plc."})
_POSSESSIVE_WORD = re.compile(r"\w['’]s?,?$")


@dataclass(frozen=True)
class Mention:
    """A company named in a sentence: character span, canonical name, and how sure we are."""

    start: int
    end: int
    name: str
    surface: str
    strong: bool  # a suffix, ticker, acronym definition or a name the article defined


@dataclass
class CompanyDirectory:
    """One article's company names: alias (lower case) -> canonical name."""

    aliases: dict[str, str] = field(default_factory=dict)
    surfaces: dict[str, set[str]] = field(default_factory=dict)
    _pattern: tuple[int, re.Pattern[str]] | None = field(default=None, repr=False)
    # Words the article capitalises inside sentences: names, not sentence openers.
    capitalised: set[str] = field(default_factory=set)

    def learn(self, sentence: str) -> None:
        """Record every run in `sentence` that has the shape of a company name."""
        self.capitalised.update(_CAPITALISED_INSIDE.findall(sentence))
        partners = [m.span() for m in _PARTNERS_NAME.finditer(sentence) if self._partners(m)]
        for match in _RUN.finditer(sentence):
            for start, end in _split_run(sentence, match.start(), match.end(), self):
                if not any(s <= start and end <= e for s, e in partners):
                    self._learn_run(sentence, start, end)

    def _partners(self, match: re.Match[str]) -> bool:
        """ "Holt, Rinehart and Winston Inc", "Kidder, Peabody and Co": founders' names
        listed before one legal form are one firm, unless a listed name is a place or a
        company of its own. Learnt when so."""
        surface = _clean_surface(match.group())
        name = re.sub(r",?\s+(?:(?:and|&)\s+)?(?:Co|Cos|Inc|Corp|Ltd)$", "", surface)
        for member in re.split(r",\s+|\s+(?:and|&)\s+", name):
            if member.lower() in _NEVER_A_NAME or self.knows(member):
                return False
        self.add(name, surface)
        return True

    def _learn_run(self, sentence: str, start: int, end: int) -> None:
        if _TICKER.match(sentence[start:end]):
            return
        surface = _clean_surface(sentence[start:end])
        if not surface or not _may_be_name(surface):
            return
        after = sentence[end:]
        acronym = _ACRONYM_AFTER.match(after)
        shaped = (
            _has_suffix(surface)
            or _business_named(surface)
            or bool(_TICKER_AFTER.match(after))
            or sentence[start:end].startswith("<")
            or bool(_TRAILING_TICKER.search(sentence[start:end]))
            # "Philadelphia-based C. Schmidt": what is based, owned or held is a firm; so
            # is what a firm noun describes ("the British bank Abbey National").
            or bool(_DESCRIBED_BEFORE.search(sentence[:start]))
            or bool(_FIRM_BEFORE.search(sentence[:start]))
        )
        if acronym and acronym.group(1).isupper() and not _has_suffix(acronym.group(1)):
            self.add(acronym.group(1), surface)
        elif shaped:
            self.add(canonical_company(surface), surface)

    def add(self, canonical: str, *surfaces: str) -> None:
        """Record names of one company. A name already known as another company's makes
        them one ("American Motors" in a headline, "American Motors Corp (AMC)" below),
        under the name just given (a defined short form is the article's own choice)."""
        known = self.aliases.get(canonical.lower(), canonical)
        forms = [f for f in (canonical, *surfaces, *(canonical_company(s) for s in surfaces))]
        forms = [f for f in forms if f and len(f) >= 2]
        for form in forms:
            earlier = self.aliases.get(form.lower())
            if earlier is not None and earlier != known:
                self._rename(earlier, known)
            self.aliases[form.lower()] = known
            self.surfaces.setdefault(known, set()).add(form)

    def _rename(self, old: str, new: str) -> None:
        for alias, name in list(self.aliases.items()):
            if name == old:
                self.aliases[alias] = new
        self.surfaces.setdefault(new, set()).update(self.surfaces.pop(old, set()))

    def resolve(self, surface: str) -> str | None:
        """The canonical name for a surface form, or None when it is not a known company."""
        cleaned = _clean_surface(surface)
        for form in (cleaned, canonical_company(cleaned)):
            if form.lower() in self.aliases:
                return self.aliases[form.lower()]
        # "Upland" for "Upland Minerals and Chemicals": a unique leading-word match.
        words = canonical_company(cleaned).lower().split()
        if not words:
            return None
        owners = {
            name
            for alias, name in self.aliases.items()
            if alias.replace(",", "").split()[: len(words)] == words
            and len(alias.split()) > len(words)
        }
        return owners.pop() if len(owners) == 1 else None

    def knows(self, surface: str) -> bool:
        """True when `surface` is exactly a name the article defined (no prefix matching)."""
        cleaned = _clean_surface(surface)
        return cleaned.lower() in self.aliases or canonical_company(cleaned).lower() in self.aliases

    def names(self) -> list[str]:
        return sorted(set(self.aliases.values()))

    def other_forms(self, canonical: str) -> list[str]:
        return sorted(form for form in self.surfaces.get(canonical, set()) if form != canonical)

    def mentions(self, sentence: str) -> list[Mention]:
        """Companies in `sentence`: known names (any case) first, then name-shaped runs."""
        found = self._known_mentions(sentence)
        taken = [(m.start, m.end) for m in found]
        for match in _RUN.finditer(sentence):
            if _is_authority(match.group()):
                continue  # "Securities and Exchange Commission": no part of it is a company
            for start, end in _split_run(sentence, match.start(), match.end(), self):
                if any(s < end and start < e for s, e in taken):
                    continue
                mention = self._run_mention(sentence, start, end)
                if mention is not None:
                    found.append(mention)
        return sorted(found, key=lambda m: m.start)

    def _known_mentions(self, sentence: str) -> list[Mention]:
        found: list[Mention] = []
        pattern = self._known_pattern()
        if pattern is None:
            return found
        for match in pattern.finditer(sentence):
            alias = match.group("name").lower()
            end = _extend_suffixes(sentence, match.end())
            surface = sentence[match.start() : end]
            found.append(Mention(match.start(), end, self.aliases[alias], surface, True))
        return found

    def _known_pattern(self) -> re.Pattern[str] | None:
        """One pattern for every known name, longest first (rebuilt as names are learnt).

        Short acronyms must match in case ("GAC", not "gac"); longer names need not. A name
        does not match as the start of a longer one ("Beta" in "Beta Phase"), nor as part
        of a hyphenated one ("Alfa" in "Alfa-Eco")."""
        if self._pattern is not None and self._pattern[0] == len(self.aliases):
            return self._pattern[1]
        if not self.aliases:
            return None
        parts = []
        for alias in sorted(self.aliases, key=len, reverse=True):
            if len(alias) >= 4 and alias not in STOPWORDS:
                parts.append(f"(?i:{re.escape(alias)})")
            else:
                parts.append(re.escape(self._surface_case(alias)))
        pattern = re.compile(
            rf"(?<![\w<-])(?P<name>{'|'.join(parts)})(?:['’]s)?(?![\w>]|-\w)"
            rf"(?!\s+[A-Z][a-z])"
        )
        self._pattern = (len(self.aliases), pattern)
        return pattern

    def _surface_case(self, alias: str) -> str:
        forms = self.surfaces.get(self.aliases[alias], set())
        return next((form for form in forms if form.lower() == alias), alias)

    def _run_mention(self, sentence: str, start: int, end: int) -> Mention | None:
        if _TICKER.match(sentence[start:end]):
            return None
        surface = _clean_surface(sentence[start:end])
        if not surface or not _may_be_name(surface):
            return None
        known = self.resolve(surface)
        if known is not None:
            return Mention(start, end, known, surface, True)
        strong = (
            _has_suffix(surface) or _business_named(surface) or sentence[start:end].startswith("<")
        )
        # "Results of the quarter ...": one capitalised word opening a sentence is a name
        # only if the article also capitalises it elsewhere.
        opener = not sentence[:start].strip(" \"“‘'(")
        if not strong and opener and " " not in surface and surface not in self.capitalised:
            return None
        return Mention(start, end, canonical_company(surface), surface, strong)


@lru_cache(maxsize=65_536)
def canonical_company(surface: str) -> str:
    """ "Geely Holding Group" -> "Geely"; "Merck and Co Inc" -> "Merck"; keeps one word."""
    words = _clean_surface(surface).split()
    while len(words) > 1 and (words[-1].lower() in SUFFIXES or words[-1].lower() in {"&"}):
        words.pop()
        while len(words) > 1 and words[-1].lower().rstrip(",") in _CONNECTORS:
            words.pop()
    name = " ".join(words).rstrip(",")
    return name.title() if name.isupper() and len(name) > 6 and " " in name else name


def _business_named(surface: str) -> bool:
    words = surface.split()
    return len(words) > 1 and words[-1].lower() in BUSINESS_HEADS and is_company_name(surface)


def _has_suffix(surface: str) -> bool:
    words = surface.split()
    return len(words) > 1 and words[-1].lower() in SUFFIXES


@lru_cache(maxsize=65_536)
def _clean_surface(text: str) -> str:
    text = _INNER_TICKERS.sub("", text).strip().strip("<>").strip()
    text = _POSSESSIVE.sub("", text)
    words = text.split()
    # "AT and T": an all-capitals word is a name even when it spells a stopword.
    popped = False
    while words and words[0].lower().strip(".,") in _OPENERS and not _is_caps_name(words[0]):
        if not popped and _month_named(words):
            break  # "rival May Department Stores" (but "In May Ford Motor Co said")
        words.pop(0)
        popped = True
    # "In 1987 Ford said": a year before a name is not part of it; "19 Entertainment Ltd" is.
    if words and words[0].isdigit() and (len(words[0]) == 4 or not _has_suffix(" ".join(words))):
        words.pop(0)
    # "Siemens Informations Systems Inc. Has": a name ends at its last legal suffix.
    last_suffix = max((i for i, w in enumerate(words) if w.lower() in SUFFIXES), default=-1)
    if 0 < last_suffix < len(words) - 1:
        words = words[: last_suffix + 1]
    # A sentence's full stop is not part of the name; initials ("W.", "U.S.") keep theirs.
    if words and words[-1].endswith(".") and not _INITIALS.fullmatch(words[-1]):
        words[-1] = words[-1].rstrip(".")
    return " ".join(words).rstrip(",;:")


def _month_named(words: list[str]) -> bool:
    """A month opening a run is a name's first word when the run is a firm's name without
    it: "May Department Stores"."""
    rest = " ".join(words[1:])
    return (
        words[0].lower() in _MONTHS
        and len(words) > 2
        and words[1][:1].isupper()
        and (_has_suffix(rest) or _business_named(rest))
    )


_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_NOT_CAPS_NAMES = PLACE_WORDS | frozenset("us uk u.s u.k eu un i ii iii iv".split())


def _is_caps_name(word: str) -> bool:
    lowered = word.lower().strip(".,")
    return len(word) >= 2 and word.isupper() and lowered not in _LEADING | _NOT_CAPS_NAMES


def _is_authority(run: str) -> bool:
    return bool(_GOVERNMENT.search(run)) and not _has_suffix(_clean_surface(run))


_NUMBERISH = re.compile(r"^\d[\d,.]*(?:st|nd|rd|th|s)?$")


def is_company_name(surface: str) -> bool:
    """Could this cleaned run of capitalised words name a company? (not a place, a role,
    a date, a number, a government body)"""
    return _may_be_name(surface)


@lru_cache(maxsize=65_536)
def _may_be_name(surface: str) -> bool:
    words = surface.split()
    lowered = [w.lower().strip(".,") for w in words]
    generic = all(
        (w in _NEVER_A_NAME or _NUMBERISH.match(w)) and not _is_caps_name(original)
        for w, original in zip(lowered, words, strict=True)
    )
    if generic and not _suffixed_name(lowered):
        return False
    if _GOVERNMENT.search(surface) and not _has_suffix(surface):
        return False
    # Hyphenated adjectives ("Dallas-based", "state-owned") describe, they do not name.
    return not any(_DESCRIPTIVE.search(w) for w in lowered)


_LEGAL_ABBREVIATIONS = frozenset("inc corp co cos ltd plc llc ag sa nv spa gmbh kk pty bhd".split())


def _suffixed_name(lowered: list[str]) -> bool:
    """Place and common words before an abbreviated legal form make a name ("Wisconsin
    Central Ltd"); one such word before a capitalised common noun ("another Canadian
    Company") does not, nor do the suffix and function words alone."""
    if len(lowered) < 3 or lowered[-1] not in _LEGAL_ABBREVIATIONS:
        return False
    words = [w for w in lowered[:-1] if w not in SUFFIXES | _CONNECTORS | STOPWORDS]
    return len(words) >= 2


def _split_run(
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
        if _DESCRIPTIVE.search(text.rstrip(",")):
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
    # "AT and T", "A and P": a connector between initials is part of one name.
    pieces = [
        p
        for p in re.finditer(rf"\s+(?:{_CONNECTOR_WORDS})\s+", text)
        if not re.match(r"[A-Z]\b", text[p.end() :])
    ]
    if not pieces:
        return [(start, end)]
    if _has_suffix(_clean_surface(text)):
        first = pieces[0]
        left = _clean_surface(text[: first.start()])
        complete = directory.knows(left) or _has_suffix(left)
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


def _extend_suffixes(sentence: str, end: int) -> int:
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
