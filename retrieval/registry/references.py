"""What "it", "the company", "the two groups" and "the Venezuelan company" refer to.

Within a sentence the syntax often says: the subject of "said" is who "it" is in the
clause it reports ("A said it agreed ..."), and a possessive "its" belongs to the subject
of its clause ("A sold its unit"). Otherwise a reference goes to the most salient
organisation before it of the right number: a singular one to the organisation the
nearest earlier sentence is about (its first name), a plural one to the nearest earlier
pair named together ("A and B said ..."). A description with a place ("the Venezuelan
company") only takes an organisation the article ties to that place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from retrieval.registry.arguments import logical_subjects, reporter_subjects
from retrieval.registry.identified import Identification
from retrieval.registry.org_spans import OrgSpan
from retrieval.registry.org_words import (
    DEMONYMS,
    ORG_NOUNS,
    UNIT_NOUNS,
)
from retrieval.registry.organisations import SentenceOrgs
from retrieval.registry.possessives import conjunct_before, described_by
from retrieval.registry.reference_syntax import (
    agreed_with,
    bought_by_its_subject,
    clause_verb,
    objects_of,
    parallel_object,
    reporting_subjects,
    same_description_before,
)
from retrieval.registry.reference_words import a_state, place_of, reference_number
from retrieval.registry.syntax import host_subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_SENTENCES_BACK = 8
# Words this close to a name describe it ("Venezuela's state oil company, Petroleos ...").
CONTEXT_CHARS = 50


@dataclass
class Discourse:
    """Organisations in the order an article mentions them, sentence by sentence."""

    # position -> names in order of mention (the first is what the sentence is about)
    named: dict[int, list[str]] = field(default_factory=dict)
    # position -> groups of organisations named together ("A and B", a deal's parties)
    groups: dict[int, list[list[str]]] = field(default_factory=dict)
    # lower-case words near each organisation's mentions (for "the Venezuelan company")
    context: dict[str, set[str]] = field(default_factory=dict)
    # position -> the organisation a pronoun subject there stood for (see `center`)
    centers: dict[int, str] = field(default_factory=dict)
    # The company a capitals headline is about, when the article has no usable headline.
    headline: str | None = None
    # position -> the clauses there that name a referent ("They are A and B", identified)
    identified: dict[int, list[Identification]] = field(default_factory=dict)
    # position -> firms named on one side of a deal ("it and B agreed to buy"), joint_sides
    joint: dict[int, list[list[str]]] = field(default_factory=dict)

    def note(self, position: int, names: list[str], text: str) -> None:
        self.named[position] = list(dict.fromkeys(names))
        lowered = text.lower()
        for name in names:
            at = lowered.find(name.lower())
            if at >= 0:
                window = lowered[max(0, at - CONTEXT_CHARS) : at + len(name) + CONTEXT_CHARS]
                self.context.setdefault(name, set()).update(window.split())

    def note_group(self, position: int, names: list[str]) -> None:
        unique = list(dict.fromkeys(names))
        if len(unique) >= 2:
            self.groups.setdefault(position, []).append(unique)

    def center(self, position: int, name: str) -> None:
        """A pronoun subject continues the discourse's center (centering theory: the
        pronominalised subject realises the backward-looking center, which a following
        pronoun prefers): "Zorvex ... In 2001 it bought Kelmar. In 2002 it bought Pellin"
        has Zorvex, not Kelmar, as the second "it"."""
        self.centers[position] = name

    def singular(self, position: int, exclude: set[str], place: str | None = None) -> str | None:
        for earlier in self.recent(position):
            centered = [self.centers[earlier]] if earlier in self.centers else []
            for name in centered + self.named.get(earlier, []):
                if name not in exclude and (place is None or self._placed(name, place)):
                    return name
        return None

    def topic(self, position: int, exclude: set[str]) -> str | None:
        """What "the company" or "the group" stands for: the article's subject, the
        organisation it names most often so far, with the headline's and the lead's first
        name counting double; ties go to the nearest."""
        window = self.recent(position)
        nearest: dict[str, int] = {}
        for rank, earlier in enumerate(window):
            for name in self.named.get(earlier, []):
                nearest.setdefault(name, rank)
        if not nearest:
            # Only a capitals headline names it ("ECOLAB INC <ECL> 3RD QTR NET").
            return self.headline if self.headline not in exclude else None
        counts: dict[str, int] = {}
        for earlier, names in self.named.items():
            if earlier >= position:
                continue
            for name in dict.fromkeys(names):
                lead = earlier <= 0 and names[0] == name
                counts[name] = counts.get(name, 0) + (2 if lead else 1)
        candidates = [n for n in nearest if n not in exclude]
        if not candidates:
            return None
        return max(candidates, key=lambda n: (counts.get(n, 0), -nearest[n]))

    def plural(self, position: int, exclude: set[str]) -> list[str]:
        """The nearest earlier group named together; else the nearest sentence naming two
        ("Mitsubishi Motors ... Peugeot. The two firms signed ...")."""
        for earlier in self.recent(position):
            for group in reversed(self.groups.get(earlier, [])):
                kept = [name for name in group if name not in exclude]
                if len(kept) >= 2 or (kept and len(group) == 2):
                    return group
        for earlier in self.recent(position)[:2]:
            named = self.named.get(earlier, [])
            if len(named) == 2:
                return named
        return []

    def recent(self, position: int) -> list[int]:
        """The sentences a reference at `position` may reach back to, nearest first."""
        earlier = sorted((p for p in self.named if p < position), reverse=True)
        return earlier[:MAX_SENTENCES_BACK]

    def _placed(self, name: str, place: str) -> bool:
        """Is the organisation tied to the place ("the Venezuelan company")? Its name or
        the words around it name the place: a country starts like its demonym
        ("Venezuelan", "Venezuela's"), or is listed with it ("Spanish", "Spain")."""
        lowered = place.lower()
        stems = [lowered[:4], *DEMONYMS.get(lowered, "").split()]
        words = {w.lower().strip(".,'’s") for w in name.split()} | {
            w.strip(".,'’") for w in self.context.get(name, set())
        }
        return any(w.startswith(stem) for w in words for stem in stems if stem)


class Resolver:
    """Resolves references in one parsed sentence against the article so far."""

    def __init__(self, orgs: SentenceOrgs, discourse: Discourse, position: int) -> None:
        self.orgs = orgs
        self.discourse = discourse
        self.position = position

    def resolve(self, token: Token, exclude: set[str], depth: int = 0) -> list[str]:
        number = reference_number(token)
        if number is None or depth > 3:
            return []
        reporters = reporting_subjects(token)
        reported = self._names(reporters, depth)
        if reported and (len(reported) == 1) == (number == "singular"):
            return reported
        if number == "singular" and len(reporters) == 1 and a_state(reporters[0]):
            return []  # "the Turkish government said it had licensed X": the state did
        if number == "plural":
            return self._plural(token, exclude, reported, depth)
        if number in {"latter", "former"}:
            named = list(dict.fromkeys(s.name for s in self.orgs.before(token)))
            pair = named[-2:] if len(named) >= 2 else self.discourse.plural(self.position, set())
            return [pair[-1] if number == "latter" else pair[0]] if len(pair) == 2 else []
        found = self._singular(token, exclude, depth)
        if found and token.pos_ == "PRON" and token.dep_ in {"nsubj", "nsubjpass"}:
            self.discourse.center(self.position, found)
        return [found] if found else []

    def bound_names(self, token: Token) -> list[str]:
        """ "A said it agreed ...", "A said its holders approved ...": the names of the
        reporting verb's subject, written in this sentence, that bind a pronoun subject of
        the reported clause or its possessor ([] for any other token): a reference as sure
        as the name itself."""
        if reference_number(token) != "singular" or token.pos_ != "PRON":
            return []  # "they" may take in others than the reporting subjects
        subject = token.head if token.dep_ == "poss" else token
        spans = [self.orgs.party_at(t) for t in reporting_subjects(subject)]
        return [span.name for span in spans if span is not None]

    def topic(self, exclude: set[str]) -> str | None:
        """What the article is about just before this sentence (an unstated agent)."""
        return self.discourse.topic(self.position, exclude)

    def _singular(self, token: Token, exclude: set[str], depth: int) -> str | None:
        # "Benton Tool Inc and its units": Benton's, though the deal took it as the target
        # already (`exclude`): its units are sold with it, by it
        conjoined = conjunct_before(token, self.orgs) or self._parallel(token, exclude)
        if conjoined is not None:
            return conjoined
        described = described_by(token, self.orgs)
        if described is not None:
            exclude = exclude | {described}
        owner = self._clause_owner(token, described, depth) if token.dep_ == "poss" else None
        if owner is not None:
            return owner
        if token.pos_ == "PRON":
            hosts = [n for n in self._names(host_subjects(token), depth) if n not in exclude]
            if len(hosts) == 1:
                return hosts[0]
        place = place_of(token)
        earlier = [s.name for s in self.orgs.before(token) if s.name not in exclude]
        # A pronoun takes the name before it in its sentence; a description ("the
        # company") is the article's subject, named in an earlier sentence.
        if earlier and place is None and token.pos_ == "PRON":
            return earlier[0]
        repeated = [self.orgs.party_at(t) for t in same_description_before(token)]
        named = [s.name for s in repeated if s is not None and s.name not in exclude]
        if named:
            return named[0]  # "the French company CFEC ... the company"
        if place is None and token.pos_ != "PRON":
            found = self.discourse.topic(self.position, exclude)
        else:
            found = self.discourse.singular(self.position, exclude, place)
        return found or (earlier[0] if earlier and place is None else None)

    def _parallel(self, token: Token, exclude: set[str]) -> str | None:
        """The one firm the first of two coordinated verbs takes as object, for an object
        pronoun of the second ("bought Pellin in 1990 and sold it to Zorvex": Pellin)."""
        objects = {s.name for s in map(self.orgs.party_at, parallel_object(token)) if s}
        return next(iter(objects - exclude)) if len(objects - exclude) == 1 else None

    def _clause_owner(self, token: Token, described: str | None, depth: int) -> str | None:
        """A possessive's owner from its clause: i-within-i, "its" never stands for the
        phrase it is inside ("its Electronics Division reached ...": the division is not
        its own owner); a relative clause's noun governs the clause, not the phrase
        ("Chicago Milwaukee, which sold its railroad unit": its is Chicago Milwaukee's)."""
        clause = clause_verb(token)
        if clause is None:
            return None
        outside = [
            s for s in logical_subjects(clause) if not s.is_ancestor(token) or s.is_ancestor(clause)
        ]
        owners = [n for n in self._names(outside, depth) if n and n != described]
        if len(owners) != 1:
            return None
        if bought_by_its_subject(token, clause):
            # "A agreed with B to buy its unit", "A said B agreed to buy its unit": no
            # buyer buys its own unit; "its" is the other side's, else the reporter's.
            for side in (agreed_with(clause), reporter_subjects(clause)):
                others = self._names(side, depth)
                if len(others) == 1 and others[0] != owners[0]:
                    return others[0]
        return owners[0]  # "Quaker ... in its acquisition of X": Quaker's

    def _plural(
        self, token: Token, exclude: set[str], reported: list[str], depth: int
    ) -> list[str]:
        """The two names before it in its sentence, its reporter's among them ("the Gevaert
        group and VEBA AG said they ..."); else the discourse's last pair."""
        earlier = [*reported, *(s.name for s in self.orgs.before(token))]
        if len(set(earlier)) == 2:
            return list(dict.fromkeys(earlier))
        arguments = self._clause_pair(token, depth)
        return arguments or self.discourse.plural(self.position, exclude)

    def _clause_pair(self, token: Token, depth: int) -> list[str]:
        """ "Boeing has obtained control over Allegis by virtue of the deal between the two
        companies": a plural in a phrase of a verb (not its subject) is the verb's subject
        and object when both are firms."""
        verb = clause_verb(token)
        if verb is None or token.dep_ in {"nsubj", "nsubjpass"} or token.head == verb:
            return []
        sides = [logical_subjects(verb), objects_of(verb)]
        if any(token in side.subtree for each in sides for side in each):
            return []  # inside one of the two sides: no pair of them
        names = [self._names(side, depth) for side in sides]
        pair = [n[0] for n in names if len(n) == 1]
        return pair if len(set(pair)) == 2 else []

    def _phrase_owner(self, token: Token) -> OrgSpan | None:
        """ "A and the Eastman Chemicals division of Eastman Kodak said they ...": a unit
        that speaks or acts speaks for its owner; "the Gevaert group" is the name it holds
        (an organisation noun the article's names do not hold is left to `resolve`)."""
        if token.lemma_.lower() not in UNIT_NOUNS | ORG_NOUNS:
            return None
        owned = self.orgs.owned(token, agent=True)
        return None if owned is None else owned.org

    def _names(self, tokens: list[Token], depth: int) -> list[str]:
        names: list[str] = []
        for token in tokens:
            span = self.orgs.party_at(token) or self._phrase_owner(token)
            if span is not None:
                names.append(span.name)
            else:
                names.extend(self.resolve(token, set(), depth + 1))
        return list(dict.fromkeys(names))
