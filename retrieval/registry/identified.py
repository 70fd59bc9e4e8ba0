"""Parties a deal sentence introduces without a name, named by a sentence that follows.

An indefinite noun phrase introduces a new referent ("it acquired two design firms", "sold
a site to a limited partnership"): it cannot refer back to a firm named before, and news
prose often names it in the next sentence or the one after, in a clause that identifies
it -- a copula whose subject is a pronoun of its number ("They are A and B"), or a
definite description that takes up its head noun or names its role in the deal, named by
an apposition ("the two firms, A and B, ...") or by "as" ("The purchaser was identified
as A").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.org_words import ORG_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from retrieval.registry.organisations import SentenceOrgs

# How many sentences after the deal's may name what it introduced.
FOLLOWING = 2
# Nouns that introduce an organisation ("a limited partnership" is a firm, not a deal).
INTRODUCING_NOUNS = ORG_NOUNS | {"partnership"}
# Nouns that name a side of a deal by its role ("the purchaser"), by the role they fill.
ROLE_NAMES: dict[str, frozenset[str]] = {
    "acquirer": frozenset({"buyer", "purchaser", "acquirer"}),
    "seller": frozenset({"seller", "vendor"}),
    "partner": frozenset({"partner"}),
}
# Verbs that name their passive subject by an "as" phrase: "was identified as A".
NAMING_VERBS = frozenset({"identify", "name"})
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
_NOUN_FORMS = sorted(INTRODUCING_NOUNS | {f"{n}s" for n in INTRODUCING_NOUNS} | {"companies"})
# Before the parse: an indefinite article or a number a few words before such a noun.
_INTRODUCING = re.compile(
    rf"\b(?:a|an|{'|'.join(_NUMBERS)})\s+(?:[\w.-]+\s+){{0,3}}?(?:{'|'.join(_NOUN_FORMS)})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Identification:
    """A clause naming a referent: its subject ("They", "the purchaser") and the names."""

    descriptor: Token
    names: tuple[str, ...]


def may_introduce(text: str) -> bool:
    """Could the sentence introduce a firm without its name? (Then the next sentences that
    name one are parsed too, for the clause that may identify it.)"""
    return _INTRODUCING.search(text) is not None


def identifications(orgs: SentenceOrgs) -> list[Identification]:
    """The identifying clauses of one parsed sentence, in order."""
    found = []
    for token in orgs.doc:
        if token.dep_ not in {"nsubj", "nsubjpass"} or not _may_describe(token):
            continue
        names = [
            span.name
            for named in _named_by(token)
            for each in with_conjuncts(named)
            if (span := orgs.party_at(each)) is not None
        ]
        if names:
            found.append(Identification(token, tuple(dict.fromkeys(names))))
    return found


def _may_describe(token: Token) -> bool:
    """A pronoun or a definite description: what may take up a referent introduced."""
    if token.pos_ == "PRON":
        return token.lower_ in {"it", "they"}
    return token.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    )


def _named_by(subject: Token) -> list[Token]:
    """What names the subject: its apposition ("the two firms, A and B"), the complement
    of its copula ("They are A and B"), the "as" of a naming verb ("identified as A")."""
    found = [c for c in subject.children if c.dep_ == "appos"]
    if subject.tag_ == "NNS" and subject.pos_ == "NOUN":
        # a plural named by its members in apposition: with_conjuncts lists them
        found += [m for m in with_conjuncts(subject) if m is not subject]
    verb = subject.head
    if verb.lemma_ == "be" and subject.dep_ == "nsubj":
        found += [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
    if verb.lemma_.lower() in NAMING_VERBS and subject.dep_ == "nsubjpass":
        found += [
            obj
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "as"
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
    return found


def introduced(token: Token) -> int | None:
    """How many firms an indefinite description introduces ("a limited partnership": 1,
    "two design firms": 2; 0 for a number not read); None when it introduces none."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in INTRODUCING_NOUNS:
        return None
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    if any(c.dep_ == "poss" for c in token.children) or determiners - {"a", "an"}:
        return None
    numbers = [c for c in token.children if c.dep_ == "nummod"]
    if numbers:
        word = numbers[0].lower_
        return _NUMBERS.get(word) or (int(word) if word.isdigit() else 0)
    if determiners and token.tag_ == "NN":
        return 1
    return None


def named_later(
    identified: dict[int, list[Identification]],
    position: int,
    token: Token,
    role: str,
    exclude: set[str],
) -> list[str]:
    """What an indefinite description at `position` introduced, as the next sentences
    name it (`identified`: each parsed sentence's identifications), [] when none does."""
    later = [
        found
        for after in range(position + 1, position + 1 + FOLLOWING)
        for found in identified.get(after, [])
    ]
    return [name for name in _naming(token, role, later) if name not in exclude]


def _naming(token: Token, role: str, later: list[Identification]) -> list[str]:
    """The names of the first later clause that takes the description up, as many as it
    introduced."""
    count = introduced(token)
    if count is None:
        return []
    plural = token.tag_ == "NNS"
    for found in later:
        if not _takes_up(found.descriptor, token, role, plural=plural):
            continue
        if (count and len(found.names) != count) or (plural and len(found.names) < 2):
            continue
        return list(found.names)
    return []


def _takes_up(descriptor: Token, token: Token, role: str, *, plural: bool) -> bool:
    """A pronoun of its number, its own head noun again, or a noun of its role."""
    if descriptor.pos_ == "PRON":
        return descriptor.lower_ == ("they" if plural else "it")
    if (descriptor.tag_ == "NNS") != plural:
        return False
    lemma = descriptor.lemma_.lower()
    return lemma == token.lemma_.lower() or lemma in ROLE_NAMES.get(role, frozenset())
