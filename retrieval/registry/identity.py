"""One company, many names: the registry's parties merged across articles.

Each article names its parties its own way ("American Motors Corp", "AMC", "American
Motors"); the registry shows one company under one name and accepts any of them. Names are
one company when
- they compare equal once case, punctuation and legal forms are set aside (`name_key`);
- an article gives one as another name of the other (its defined short form, its ticker,
  its full name: a party's `aliases`);
- a one-word name is the first word of exactly one longer name ("Purolator", "Purolator
  Courier"), or an initialism of exactly one ("AMC", "American Motors Corp") — never a word
  that opens many names ("General", "American", "First").
The company's name is the one its records use most. Units sold ("Gelco Express") are not
merged into their owners: they are other companies.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import combinations

from retrieval.models import Alliance, Party
from retrieval.nlp.names import COMPANY_FORMS, INITIALISM, abbreviates, name_key
from retrieval.nlp.short_form_index import short_form_probes, spelling_keys
from retrieval.nlp.spelling import close_spelling

# First words shared by many unrelated names: never enough to merge two names.
GENERIC = frozenset(
    """
    general american first national united international british new federal royal
    standard continental pacific western eastern northern southern central the
    """.split()
)


class CompanyIdentity:
    """Canonical names for every party name and alias in a set of records."""

    def __init__(self, alliances: Iterable[Alliance]) -> None:
        self._parent: dict[str, str] = {}
        uses: Counter[str] = Counter()
        self._surface: dict[str, Counter[str]] = {}
        # initialism -> the names it was an alias of, joined once all are known
        self._initialisms: dict[str, set[str]] = {}
        for alliance in alliances:
            for party in alliance.parties:
                self._add_party(party)
                uses[party.name] += 1
        self._join_initialisms()
        self._join_short_forms()
        self._join_slips()
        self._names = self._choose_names(uses)

    def canonical(self, name: str) -> str:
        """The company's name for any of its names (a name never seen is its own)."""
        key = name_key(name)
        if key not in self._parent:
            return name
        return self._names[self._find(key)]

    def canonicalize(self, alliances: Sequence[Alliance]) -> list[Alliance]:
        """Records with their parties under the company's name (the name the article used
        kept as an alias); a record whose parties turn out to be one company is dropped."""
        found = []
        for alliance in alliances:
            parties = [self._party(p) for p in alliance.parties]
            if len({p.name for p in parties}) < 2:
                continue
            found.append(alliance.model_copy(update={"parties": parties}))
        return found

    def _party(self, party: Party) -> Party:
        name = self.canonical(party.name)
        units = sorted({self.canonical(unit) for unit in party.units} - {name})
        aliases = sorted({*party.aliases, party.name} - {name})
        return party.model_copy(update={"name": name, "aliases": aliases, "units": units})

    # -- building -------------------------------------------------------------------------
    def _add_party(self, party: Party) -> None:
        key = self._node(party.name)
        for alias in party.aliases:
            if INITIALISM.fullmatch(alias):
                self._initialisms.setdefault(self._node(alias), set()).add(key)
            elif _distinctive(alias):
                self._union(key, self._node(alias))
        for unit in party.units:  # a company of its own, known by this name too
            self._node(unit)

    def _join_initialisms(self) -> None:
        """An initialism articles gave as another name of one company is that company's;
        one given to two companies ("AMC": American Motors, Associated Media) joins none."""
        for initialism, bearers in self._initialisms.items():
            companies = {self._find(bearer) for bearer in bearers}
            if len(companies) == 1:
                self._union(companies.pop(), initialism)

    def _node(self, name: str) -> str:
        key = name_key(name) or name.lower()
        self._parent.setdefault(key, key)
        self._surface.setdefault(key, Counter())[name] += 1
        return key

    def _join_short_forms(self) -> None:
        """ "Purolator" -> "Purolator Courier", "AMC" -> "American Motors Corp", when one
        longer name (of any company) is the only one it can stand for."""
        keys = list(self._parent)
        by_first_word: dict[str, list[str]] = {}
        # Long names by what a short form of them must share (`spelling_keys`), so a short
        # form is compared with the few names it may spell, not with every name.
        by_spelling: dict[str, list[str]] = {}
        for key in keys:
            words = key.split()
            if len(words) > 1:
                by_first_word.setdefault(words[0], []).append(key)
                spellings = {k for surface in self._surface[key] for k in spelling_keys(surface)}
                for spelling in spellings:
                    by_spelling.setdefault(spelling, []).append(key)
        for key in keys:
            words = key.split()
            if len(words) != 1 or words[0] in GENERIC or len(key) < 3:
                continue
            # A short form stands for one company only: "AMC" opening "AMC Entertainment"
            # and spelling "American Motors Corp" joins neither.
            meant = {self._find(k) for k in by_first_word.get(key, [])}
            # (only an initialism in capitals may spell a name besides opening one)
            spells = not meant or any(s.isupper() for s in self._surface[key])
            if spells and len(meant) < 2 and key.isalpha() and len(key) <= 5:
                meant |= set() if self._registered(key) else self._spelled(key, by_spelling)
            if len(meant) == 1:
                self._union(key, meant.pop())

    def _join_slips(self) -> None:
        """ "Regie Natiionale des Usines Renault": a name of several words that differs
        from another only by a typing slip in one long word is the same name."""
        # Names by their other words and the slipped word's first letter (a slip in the
        # first letter is rarer than a same name under two spellings), so only names
        # that may be one are compared.
        by_rest: dict[tuple[int, str, str], list[str]] = {}
        for key in self._parent:
            words = key.split()
            if len(words) < 2:
                continue
            for index, word in enumerate(words):
                rest = " ".join([*words[:index], "*", *words[index + 1 :]])
                by_rest.setdefault((index, rest, word[0]), []).append(key)
        for (index, _, _), keys in by_rest.items():
            for first, second in combinations(keys, 2):
                if close_spelling(first.split()[index], second.split()[index]):
                    self._union(first, second)

    def _spelled(self, key: str, by_spelling: dict[str, list[str]]) -> set[str]:
        """The companies whose longer names `key` spells ("AMC": "American Motors Corp")."""
        longer = {k for probe in short_form_probes(key) for k in by_spelling.get(probe, [])}
        return {
            self._find(k)
            for k in longer
            if k[0] == key[0] and any(abbreviates(key, surface) for surface in self._surface[k])
        }

    def _registered(self, key: str) -> bool:
        """A name written with a legal form ("Amcor Ltd") is a company's registered name,
        not a short form of another's: a firm registers its full name, and the press
        shortens it without the legal form ("AMC", not "AMC Corp", for American Motors)."""
        return any(
            len(words := surface.split()) > 1 and words[-1].lower().strip(".") in COMPANY_FORMS
            for surface in self._surface[key]
        )

    def _choose_names(self, uses: Counter[str]) -> dict[str, str]:
        members: dict[str, list[str]] = {}
        for key in self._parent:
            members.setdefault(self._find(key), []).append(key)
        names: dict[str, str] = {}
        for root, keys in members.items():
            surfaces = [s for k in keys for s in self._surface[k]]
            # The most used; then the most specific ("Purolator Courier" over
            # "Purolator"), without legal forms ("Renault" over "Renault Group").
            names[root] = max(
                surfaces,
                key=lambda s: (uses[s], len(name_key(s).split()), -len(s.split()), s),
            )
        return names

    def _find(self, key: str) -> str:
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def _union(self, a: str, b: str) -> None:
        root_a, root_b = self._find(a), self._find(b)
        if root_a != root_b:
            self._parent[root_b] = root_a


def _distinctive(alias: str) -> bool:
    """An alias that can tell a company apart (not "Group", not "General")."""
    words = name_key(alias).split()
    return bool(words) and not (len(words) == 1 and (words[0] in GENERIC or len(words[0]) < 2))
