"""An article's company names: learnt in a first pass, found again in each sentence.

Canonical names drop legal-form and group suffixes ("Geely Holding Group" -> "Geely") and
prefer an acronym the article defines in parentheses ("Contemporary Amperex Technology Co.
Limited (CATL)" -> "CATL"). A :class:`CompanyDirectory` learns an article's names in a first
pass, so later mentions in another case or form ("GEELY" in a capitals headline, "Tempo"
for "Tempo Enterprises Inc") resolve to the same company; a mention all in lower case
("our trade agreements" after "Tariffs and Trade") is a common word, not a name. No
gazetteer of companies: the evidence that a run of capitalised words is a company is its
shape (a suffix, a ticker, an acronym definition).
What a name looks like and its canonical form are retrieval.registry.company_names; how
a sentence's capitalised runs are cut into names, retrieval.registry.name_runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from retrieval.nlp.names import INITIALISM, abbreviates
from retrieval.registry.company_names import (
    NEVER_A_NAME,
    PARTNERS_NAME,
    business_named,
    canonical_company,
    clean_surface,
    has_suffix,
    initialisms,
    is_authority,
)
from retrieval.registry.firm_contexts import described_as_firm
from retrieval.registry.misspelt_names import names_someone, retyped_start
from retrieval.registry.name_runs import NAME_RUN, extend_suffixes, split_run
from retrieval.text import STOPWORDS

_TICKER = re.compile(r"^<[A-Z0-9.]{1,12}>$")  # "<ERIC.ST>" after a name is its stock symbol
_TRAILING_TICKER = re.compile(r"<[A-Z0-9.]{1,12}>$")
# A lower-case building noun after a name ("the Savoy hotel"), not a firm's ("hotel group").
_BUILDING_AFTER = re.compile(
    r"^\s+(?:hotel|building|tower|skyscraper|stadium|racecourse)\b"
    r"(?!\s+(?:group|company|chain|operator|business|firm|unit|division|arm))"
)
# (Not after a colon: "NOTE: Results reflected ..." opens a sentence there.)
_CAPITALISED_INSIDE = re.compile(r"(?<=[\w,;)] )[A-Z][\w&'’-]*")
# A label before a colon that opens a note: "NOTE:", "NOTES:".
_LABEL = re.compile(r"^[A-Za-z]{2,12}:$")
_ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Za-z0-9&]{1,9})\)")
# A bracketed name with a possessive inside ("<Scott's Hospitality Inc>"): with a legal form
# at its end, the brackets keep it one name where "Scott's" would otherwise be its owner.
_BRACKETED_POSSESSIVE = re.compile(r"<([A-Z][\w&.-]*['’]s(?:\s+[A-Z][\w&.-]*)+)>")
# Reuters brackets one private company's name, so founders listed inside ("<Rosskopf, Rapp
# and Schmidt Insurance Agency>", "<W. Damm, M. Frank and Co>") are one firm whatever
# word it ends with.
_BRACKETED_MEMBER = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*"
_BRACKETED_PARTNERS = re.compile(
    rf"<({_BRACKETED_MEMBER}(?:,\s+{_BRACKETED_MEMBER})+,?\s+(?:and|&)\s+{_BRACKETED_MEMBER})>"
)
_TICKER_AFTER = re.compile(r"^\s*<[A-Z][A-Z0-9.]{0,9}>")


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
    # Initialisms of the public bodies the article names ("SEC" for "Securities and
    # Exchange Commission"): a body's short form is the body, never a company.
    authorities: set[str] = field(default_factory=set)
    # Names the article gives a building ("London's famous Savoy hotel"): a property
    # bought or sold, never a party to a deal.
    properties: set[str] = field(default_factory=set)

    def learn(self, sentence: str) -> None:
        """Record every run in `sentence` that has the shape of a company name."""
        self.capitalised.update(_CAPITALISED_INSIDE.findall(sentence))
        for bracketed in _BRACKETED_POSSESSIVE.findall(sentence):
            if has_suffix(bracketed):  # "<Scott's Hospitality Inc>": one whole name
                self.add(canonical_company(bracketed), bracketed)
        for bracketed in _BRACKETED_PARTNERS.findall(sentence):
            self.add(canonical_company(bracketed), bracketed)
        partners = [m.span() for m in PARTNERS_NAME.finditer(sentence) if self._partners(m)]
        for match in NAME_RUN.finditer(sentence):
            if is_authority(match.group()):
                self.authorities.update(initialisms(match.group()))
            if _BUILDING_AFTER.match(sentence[match.end() :]):
                self.properties.add(canonical_company(clean_surface(match.group())))
            spans = split_run(sentence, match.start(), match.end(), self)
            for start, end in spans:
                if not any(s <= start and end <= e for s, e in partners):
                    self._learn_run(sentence, start, end)
            self._learn_conjunct(sentence, spans)

    def _learn_conjunct(self, sentence: str, spans: list[tuple[int, int]]) -> None:
        """ "Wagner and Brown and AFG Industries Inc" (name_runs cut it in two): "and"
        joins like with like, so the name holding the other "and" is a firm too."""
        if len(spans) != 2:
            return
        surfaces = [clean_surface(sentence[s:e]) for s, e in spans]
        for this, other in (surfaces, surfaces[::-1]):
            if " and " in this and has_suffix(other) and not has_suffix(this):
                self.add(canonical_company(this), this)

    def _partners(self, match: re.Match[str]) -> bool:
        """ "Holt, Rinehart and Winston Inc", "Kidder, Peabody and Co": founders' names
        listed before one legal form are one firm, unless a listed name is a place or a
        company of its own. Learnt when so."""
        surface = clean_surface(match.group())
        name = re.sub(r",?\s+(?:(?:and|&)\s+)?(?:Co|Cos|Inc|Corp|Ltd)$", "", surface)
        for member in re.split(r",\s+|\s+(?:and|&)\s+", name):
            if member.lower() in NEVER_A_NAME or self.knows(member):
                return False
        self.add(name, surface)
        return True

    def _learn_run(self, sentence: str, start: int, end: int) -> None:
        if _TICKER.match(sentence[start:end]):
            return
        surface = clean_surface(sentence[start:end])
        if not names_someone(surface):
            return
        after = sentence[end:]
        acronym = _ACRONYM_AFTER.match(after)
        shaped = (
            has_suffix(surface)
            or business_named(surface)
            or bool(_TICKER_AFTER.match(after))
            or sentence[start:end].startswith("<")
            or bool(_TRAILING_TICKER.search(sentence[start:end]))
            or described_as_firm(sentence[:start], after)
        )
        short = acronym.group(1) if acronym else ""
        defined = short.isupper() and not has_suffix(short)
        if defined and abbreviates(short, surface):
            self.add(short, surface)
        elif defined:
            # "Soo Line Railroad Co (SOO)": a ticker or another short form that spells no
            # initials is the full name's alias, not the name the article chose
            self.add(canonical_company(surface), surface, short)
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
        cleaned = clean_surface(surface)
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
        # A public body's initialism ("SEC") is that body, never a firm it happens to spell.
        if not owners and INITIALISM.fullmatch(cleaned) and cleaned not in self.authorities:
            owners = self._spelled_by(cleaned)
            if len(owners) == 1:  # learnt, so the company's record lists it as an alias
                self.add(next(iter(owners)), cleaned)
        return owners.pop() if len(owners) == 1 else None

    def _spelled_by(self, initialism: str) -> set[str]:
        """ "AMC" in an article that names "American Motors Corp": an initialism stands
        for the article's one company whose name it spells."""
        return {
            name
            for name, forms in self.surfaces.items()
            if any(abbreviates(initialism, form) for form in forms)
        }

    def names_authority(self, name: str) -> bool:
        """True when `name` is the initialism of a public body the article names."""
        return name in self.authorities

    def knows(self, surface: str) -> bool:
        """True when `surface` is exactly a name the article defined (no prefix matching)."""
        cleaned = clean_surface(surface)
        return cleaned.lower() in self.aliases or canonical_company(cleaned).lower() in self.aliases

    def names(self) -> list[str]:
        return sorted(set(self.aliases.values()))

    def other_forms(self, canonical: str) -> list[str]:
        return sorted(form for form in self.surfaces.get(canonical, set()) if form != canonical)

    def mentions(self, sentence: str) -> list[Mention]:
        """Companies in `sentence`: known names (any case but all lower) first, then
        name-shaped runs."""
        found = self._known_mentions(sentence)
        taken = [(m.start, m.end) for m in found]
        for match in NAME_RUN.finditer(sentence):
            if is_authority(match.group()):
                continue  # "Securities and Exchange Commission": no part of it is a company
            for start, end in split_run(sentence, match.start(), match.end(), self):
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
            if match.group("name").islower():
                continue  # "our trade agreements": a word in lower case names no one
            alias = match.group("name").lower()
            end = extend_suffixes(sentence, match.end())
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
        start, surface = retyped_start(sentence, start, end, self.capitalised)
        if not names_someone(surface):
            return None
        known = self.resolve(surface)
        if known is not None:
            return Mention(start, end, known, surface, True)
        strong = (
            has_suffix(surface) or business_named(surface) or sentence[start:end].startswith("<")
        )
        # "Results of the quarter ...": one capitalised word opening a sentence is a name
        # only if the article also capitalises it elsewhere.
        before = sentence[:start].strip(" \"“‘'(")
        opener = not before or bool(_LABEL.match(before))
        if not strong and opener and " " not in surface and surface not in self.capitalised:
            return None
        return Mention(start, end, canonical_company(surface), surface, strong)
