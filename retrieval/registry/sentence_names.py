"""The names of organisations in one parsed sentence (found by
retrieval.registry.org_spans), and the name a noun phrase holds: "medical technology firm
Guidant", "a company formed by X", "a group of its managers and X". What a phrase stands
for beyond a name (a unit, a stake, a governing body) is retrieval.registry.organisations'.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from retrieval.registry.companies import CompanyDirectory
from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.noun_uses import a_site
from retrieval.registry.org_spans import OrgSpan, find_orgs
from retrieval.registry.org_words import ORG_NOUNS, UNIT_NOUNS
from retrieval.registry.owned import FORMED_BY, MADE_OF, agents
from retrieval.registry.places import place_name
from retrieval.registry.syntax import phrase_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class SentenceNames:
    """The names of organisations in one parsed sentence, and the name a phrase holds."""

    def __init__(
        self,
        doc: Doc,
        directory: CompanyDirectory,
        known: frozenset[str] = frozenset(),
        people: frozenset[str] = frozenset(),
    ) -> None:
        """`known`: names spaCy tagged as organisations anywhere in the article; `people`:
        the article's people's family names (lower case)."""
        self.doc = doc
        self.authorities = frozenset(directory.authorities)
        self.properties = frozenset(directory.properties)
        self.spans, candidates = find_orgs(doc, directory, known, people)
        self._at: dict[int, OrgSpan] = {}
        for span in self.spans:
            for index in range(span.start, span.end):
                self._at[index] = span
        # Capitalised runs that are no sure name, taken as one only where a deal wants a
        # party: "Ask Jeeves has bought ...".
        self._maybe: dict[int, OrgSpan] = {}
        for span in candidates:
            for index in range(span.start, span.end):
                self._maybe[index] = span

    def at(self, token: Token) -> OrgSpan | None:
        return self._at.get(token.i)

    def party_at(self, token: Token) -> OrgSpan | None:
        return self._at.get(token.i) or self._maybe.get(token.i)

    def before(self, token: Token) -> list[OrgSpan]:
        return [span for span in self.spans if span.end <= token.i]

    def _named_inside(self, token: Token) -> OrgSpan | None:
        """ "medical technology firm Guidant", "a company formed by X", "a group led by X",
        "a group of its managers and X", "an affiliate of X": the name inside."""
        for child in token.children:
            if child.dep_ in {"appos", "compound", "nmod"}:
                span = self._modifying_name(token, child)
                if span is not None:
                    return span
        for child in token.children:
            found = None
            if child.dep_ == "acl" and child.lemma_.lower() in FORMED_BY:
                found = self._first_named(agents(child))
            elif (
                child.dep_ == "prep"
                and child.lower_ in {"of", "including"}
                and token.lemma_.lower() in MADE_OF
            ):
                # "a group of X and Y", "the investment firm of Rosenkranz and Co" (but
                # "the maker of the Kingfisher brand" names what it makes)
                found = self._first_named(
                    t
                    for p in child.children
                    if p.dep_ == "pobj"
                    for member in with_conjuncts(p)
                    for t in phrase_tokens(member)
                )
            if found is not None:
                return found
        return None

    def _modifying_name(self, noun: Token, modifier: Token) -> OrgSpan | None:
        """The name a noun's modifier is, or opens: "five Taft television stations" (a
        name before a business's compound is its owner's, modifying the whole compound)."""
        span = self._name_before(noun, modifier)
        business = noun.lemma_.lower() in ORG_NOUNS | UNIT_NOUNS or a_site(noun)
        if span is None and business and modifier.dep_ == "compound" and modifier.pos_ == "NOUN":
            inner = [c for c in modifier.children if c.dep_ == "compound" and c.i < modifier.i]
            span = self._name_before(noun, inner[0]) if inner else None
        return span

    def _name_before(self, noun: Token, modifier: Token) -> OrgSpan | None:
        span = self.at(modifier)
        if span is None:
            maybe = self._maybe.get(modifier.i)
            span = None if maybe is None or _placed(noun, modifier, maybe) else maybe
        return span

    def _first_named(self, tokens: Iterable[Token]) -> OrgSpan | None:
        for token in tokens:
            span = self.party_at(token)
            if span is not None:
                return span
        return None

    def inside(self, token: Token) -> OrgSpan | None:
        """The first name in a phrase the parse got wrong ("the acquisition of number one
        ranked Purolator Courier Ltd"), not looking into its clauses."""
        for item in phrase_tokens(token, skip=frozenset({"appos", "punct", "cc"})):
            span = self.at(item)
            if span is not None:
                return span if span.strong else None
        return None


def _placed(noun: Token, modifier: Token, span: OrgSpan) -> bool:
    """ "the Louisville offices of Wells Fargo", "a Texas oil firm": a place before a
    noun says where it is; but before a firm noun ("the Cheung Kong group") a name the
    recogniser took for a place, and no known place's, is the firm's."""
    if modifier.ent_type_ != "GPE":
        return False
    return noun.lemma_.lower() not in ORG_NOUNS or place_name(span.surface.split())
