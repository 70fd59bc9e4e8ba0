"""Registry questions: is this a question about the set of alliances, and which filters?

A registry question has the shape of a relationship or aggregate question ("Which companies
has X partnered with?", "List all alliances", "What did X agree in 2023?", "Which alliances
involve batteries?") and everything it names is known to the registry: companies (by any
alias), months and years, and topic words that some alliance's areas or agreement type
contain. A capitalised name the registry does not know ("Toyota") makes it a question for
the passages instead, which can refuse it properly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from retrieval.index.casing import capitalises_names
from retrieval.models import Alliance
from retrieval.nlp.vocabulary import is_proper_noun, is_word_of_the_language
from retrieval.registry.event_dates import date_parts
from retrieval.registry.org_words import ORG_NOUNS
from retrieval.registry.places import place_name
from retrieval.text import QUESTION_WORDS, STOPWORDS, stem

# Words that frame the question rather than filter the alliances.
_FRAME_WORDS = frozenset(
    """
    alliance alliances partner partners partnered partnering partnership partnerships ally
    allied agreement agreements agree agreed deal deals sign signed signing signatory
    mou mous memorandum memoranda understanding their its
    company companies firm firms automaker automakers carmaker carmakers business businesses
    manufacturer manufacturers group groups cooperate cooperated cooperation collaborate
    collaborated collaboration together involve involves involved involving aim aimed aims
    target targets targeted targeting focus focused focuses concern concerns concerning
    about all list show name give me summarise summarize other each every any kind type form
    formed announce announced tie-up tie-ups made make makes join joined joint-ly with whom
    year month date dates ever so far recently currently total number
    team teams teamed teaming forces
    """.split()
)
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&.'’-]*")


@dataclass(frozen=True)
class RegistryQuery:
    """Filters; an alliance must pass all of them."""

    companies: tuple[str, ...] = ()
    year: int | None = None
    month: int | None = None
    topics: tuple[str, ...] = ()  # stems that the alliance's areas or type must contain
    unknown: tuple[str, ...] = field(default=())  # names the registry does not know
    # Places qualifying the companies ("Which U.S. companies ..."): the registry does not
    # record where a company is based, so these are said to be unchecked, not filtered on.
    places: tuple[str, ...] = field(default=())

    @property
    def filtered(self) -> bool:
        return bool(self.companies or self.year or self.month or self.topics)


class CompanyIndex:
    """Every alias of every party in the registry, lower case -> canonical name."""

    def __init__(self, alliances: Iterable[Alliance]) -> None:
        self.aliases: dict[str, str] = {}
        for alliance in alliances:
            for party in alliance.parties:
                for form in (party.name, *party.aliases):
                    self.aliases.setdefault(form.lower(), party.name)
            for unit in units_of(alliance):
                self.aliases.setdefault(unit.lower(), unit)
        self.aliases.update(_short_forms(self.aliases))
        self.longest = max((len(a.split()) for a in self.aliases), default=1)
        self._forms: dict[str, list[str]] | None = None

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(first word, end word, canonical name) of each company named in `text`."""
        return self._find_in([_bare(w) for w in _WORD.findall(text)])

    def named(self, text: str) -> list[tuple[str, str]]:
        """(the words used, canonical name) of each company named in `text`."""
        words = [_bare(w) for w in _WORD.findall(text)]
        return [(" ".join(words[start:end]), name) for start, end, name in self._find_in(words)]

    def _find_in(self, words: list[str]) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        # text that capitalises names says which words are names: there a word in lower
        # case is a common one ("which security software companies has Microsoft bought")
        cased = capitalises_names(words)
        start = 0
        while start < len(words):
            for size in range(min(self.longest, len(words) - start), 0, -1):
                phrase = " ".join(words[start : start + size])
                if cased and phrase[:1].islower():
                    continue
                name = self.aliases.get(phrase.lower())
                if name and (len(phrase) >= 4 or phrase.isupper() or phrase.istitle()):
                    found.append((start, start + size, name))
                    start += size
                    break
            else:
                start += 1
        return found

    def forms(self, name: str) -> list[str]:
        """Every name the registry knows the company `name` by (lower case)."""
        if self._forms is None:
            self._forms = {}
            for alias, canonical in self.aliases.items():
                self._forms.setdefault(canonical, []).append(alias)
        return self._forms.get(name, [])

    def resolve(self, name: str) -> str | None:
        found = self.find(name)
        return found[0][2] if len(found) == 1 else None


def _short_forms(aliases: dict[str, str]) -> dict[str, str]:
    """ "TVX" for "TVX Broadcast", "Dixons" for "Dixons Group": a name's first word, when
    that word names one company only and is no word of the language or place ("General",
    "Texas") -- as people call a company by its distinctive word."""
    owners: dict[str, set[str]] = {}
    for alias, name in aliases.items():
        words = alias.split()
        if len(words) > 1:
            owners.setdefault(words[0], set()).add(name)
    return {
        word: next(iter(names))
        for word, names in owners.items()
        if len(names) == 1 and word not in aliases and _distinctive(word)
    }


def _distinctive(word: str) -> bool:
    """A word only a name can be ("Taft", not "General"), not a place's, and no initial
    ("C.H. Masland")."""
    bare = word.strip(".'’-")
    return (
        len(bare) > 1
        and "." not in bare
        and bare not in STOPWORDS
        and (is_proper_noun(bare) or not is_word_of_the_language(bare))
        and not place_name([bare])
        and not bare.isdigit()
    )


def parse(question: str, index: CompanyIndex, alliances: Sequence[Alliance]) -> RegistryQuery:
    """The filters a question sets; names it cannot place go to `unknown`."""
    written = _WORD.findall(question)
    words = [_bare(w) for w in written]
    named = index.find(question)
    in_names = {i for start, end, _ in named for i in range(start, end)}
    year_match = _YEAR.search(question)
    month = next((_MONTHS.index(w.lower()) + 1 for w in words if _is_month(w)), None)
    vocabulary = _facet_vocabulary(alliances)
    topics: list[str] = []
    unknown: list[str] = []
    places: list[str] = []
    for position, word in enumerate(words):
        lowered = word.lower()
        if position in in_names or _YEAR.fullmatch(word) or _is_month(word):
            continue
        if lowered in STOPWORDS or lowered in QUESTION_WORDS or lowered in _FRAME_WORDS:
            continue
        term = stem(lowered)
        if word[:1].isupper() and position > 0 and not _known_term(term, vocabulary):
            if place_name([word]) and _qualifies_a_firm(words, position):
                # "U.S." as written: its last full stop is the abbreviation's own
                places.append(written[position] if "." in word else word)
            else:
                unknown.append(word)
        elif len(term) >= 3:
            topics.append(term)
    return RegistryQuery(
        companies=tuple(dict.fromkeys(name for _, _, name in named)),
        year=int(year_match.group(1)) if year_match else None,
        month=month,
        topics=tuple(dict.fromkeys(topics)),
        unknown=tuple(unknown),
        places=tuple(places),
    )


def _qualifies_a_firm(words: list[str], position: int) -> bool:
    """ "U.S. companies", "Japanese carmakers": the place word says where the firms are
    from. Alone ("Delta", "Texas Eastern") place words may be a company's name."""
    after = position + 1
    while after < len(words) and place_name([words[after]]):
        after += 1  # "South Korean firms"
    return after < len(words) and words[after].lower() in ORG_NOUNS


def matches(alliance: Alliance, query: RegistryQuery) -> bool:
    # A unit sold is in the deal too ("Gelco Express" in Air Canada's purchase from Gelco).
    names = {*alliance.party_names, *units_of(alliance)}
    if not set(query.companies) <= names:
        return False
    if query.year or query.month:
        year, month = date_parts(_effective_date(alliance))
        if (query.year and year != query.year) or (query.month and month != query.month):
            return False
    facets = facet_terms(alliance)
    return all(_known_term(term, facets) for term in query.topics)


def units_of(alliance: Alliance) -> list[str]:
    return [unit for party in alliance.parties for unit in party.units]


def matched_areas(alliance: Alliance, query: RegistryQuery) -> list[str]:
    """The alliance's areas that hold a topic of the query (to list them first)."""
    return [
        area.name
        for area in alliance.areas
        if any(_known_term(t, _stems(area.name)) for t in query.topics)
    ]


def facet_terms(alliance: Alliance) -> set[str]:
    texts = [area.name for area in alliance.areas] + [alliance.kind, alliance.label]
    return {term for text in texts for term in _stems(text)}


def _facet_vocabulary(alliances: Sequence[Alliance]) -> set[str]:
    return {term for alliance in alliances for term in facet_terms(alliance)}


def _effective_date(alliance: Alliance) -> str:
    """The event date, else the article's date: a report dates the deal it reports."""
    if alliance.date is not None:
        return alliance.date.value
    return alliance.article_date or ""


def _known_term(term: str, vocabulary: set[str]) -> bool:
    """Exact stem, or one a prefix of the other ("korean"/"korea", "battery"/"batteri")."""
    if term in vocabulary:
        return True
    return len(term) >= 4 and any(
        len(v) >= 4 and (v.startswith(term) or term.startswith(v)) for v in vocabulary
    )


def _stems(text: str) -> set[str]:
    return {stem(w.lower()) for w in _WORD.findall(text) if w.lower() not in STOPWORDS}


def _is_month(word: str) -> bool:
    # "may" is a month only as "May": "Which firms may merge?" asks no date.
    return word.lower() in _MONTHS and (word.lower() != "may" or word == "May")


def _bare(word: str) -> str:
    return re.sub(r"['’]s$", "", word).strip(".'’-")
